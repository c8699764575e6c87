/**
 * Conversations and messages rows read back from either store. JSON columns arrive as text (SQLite
 * stores text; PostgreSQL selects its jsonb columns `::text`), so one schema parses both.
 */
import { z } from 'zod';
import { conversationStateSchema, type Conversation, type StoredMessage } from '../bot/conversation';
import { CHANNELS } from '../tickets/ticket';
import { dropUndefined } from './rows';

export const conversationRow = z
  .object({
    id: z.number(),
    customer_id: z.number(),
    channel: z.enum(CHANNELS),
    customer_ref: z.string(),
    state: z.string(),
    started_at: z.string(),
    updated_at: z.string(),
  })
  .transform((r): Conversation => ({
    id: r.id,
    customerId: r.customer_id,
    channel: r.channel,
    customerRef: r.customer_ref,
    state: conversationStateSchema.parse(JSON.parse(r.state)),
    startedAt: r.started_at,
    updatedAt: r.updated_at,
  }));

export const messageRow = z
  .object({
    id: z.number(),
    conversation_id: z.number(),
    direction: z.enum(['in', 'out']),
    author: z.string(),
    channel: z.enum(CHANNELS),
    channel_message_id: z.string().nullable(),
    text: z.string(),
    attachments: z.string(),
    meta: z.string(),
    at: z.string(),
  })
  .transform((r): StoredMessage =>
    dropUndefined({
      id: r.id,
      conversationId: r.conversation_id,
      direction: r.direction,
      author: r.author,
      channel: r.channel,
      channelMessageId: r.channel_message_id ?? undefined,
      text: r.text,
      attachments: JSON.parse(r.attachments) as StoredMessage['attachments'],
      meta: JSON.parse(r.meta) as Record<string, unknown>,
      at: r.at,
    }),
  );
