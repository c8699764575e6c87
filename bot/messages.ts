/**
 * The two shapes every channel speaks: what arrived (`InboundMessage`) and what to send back
 * (`OutboundMessage`). Channel adapters translate to and from these and nothing else.
 */
import { z } from 'zod';
import { textProblem, TEXT_PROBLEM_MESSAGE } from '../kernel/text/readable-text';
import { CHANNELS, PRIORITIES } from '../tickets/ticket';

/** Longest text stored as it arrived; longer input is refused with a clear error, not cut silently. */
export const MAX_STORED_TEXT = 50_000;

export const attachmentSchema = z.object({
  kind: z.enum(['image', 'audio', 'file']),
  /** Where the bytes are: a path under the data folder, or a channel's media id. */
  ref: z.string().min(1).max(1000),
  mimeType: z.string().max(100).optional(),
  name: z.string().max(255).optional(),
  bytes: z.number().int().nonnegative().optional(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const inboundMessageSchema = z
  .object({
    channel: z.enum(CHANNELS),
    /** The channel's own id for this delivery; a second delivery with the same id is a duplicate. */
    channelMessageId: z.string().trim().min(1).max(200),
    /** The channel's id for the customer: WeChat id, web session, phone number... */
    customerRef: z.string().trim().min(1).max(200),
    customerName: z.string().trim().max(120).optional(),
    text: z.string().max(MAX_STORED_TEXT, `message is longer than ${MAX_STORED_TEXT} characters`).default(''),
    attachments: z.array(attachmentSchema).max(10).default([]),
    receivedAt: z.iso.datetime({ offset: true }),
    /** Where the message came from, when the channel knows (the web chat's client address): limits count per address. */
    client: z.object({ ip: z.string().trim().min(1).max(64).optional() }).optional(),
    /**
     * The channel sends its replies through its outbox relay: the reply is committed with an
     * outbox item (bot/channel.ts `replyDeliveryKey`), not sent before `holdMs` have passed, so
     * the channel may still give it inline (a passive answer) and mark it delivered. Without it,
     * the channel gives the reply from the turn's result itself (the terminal, an eval harness).
     */
    relay: z.object({ holdMs: z.number().int().min(0).max(120_000).default(0) }).optional(),
  })
  .superRefine((m, ctx) => {
    const problem = textProblem(m.text);
    if (problem === 'lone_surrogate') ctx.addIssue({ code: 'custom', message: TEXT_PROBLEM_MESSAGE.lone_surrogate, path: ['text'] });
    // A photo or a voice note needs no words; a message without one must have some.
    else if (problem === 'nothing_visible' && m.attachments.length === 0) {
      ctx.addIssue({ code: 'custom', message: m.text.trim() ? TEXT_PROBLEM_MESSAGE.nothing_visible : 'a message needs text or an attachment', path: ['text'] });
    }
  });
export type InboundMessage = z.output<typeof inboundMessageSchema>;
export type InboundMessageInput = z.input<typeof inboundMessageSchema>;

export const ticketSummarySchema = z.object({
  number: z.string(),
  priority: z.enum(PRIORITIES),
  status: z.string(),
  firstResponseDue: z.string(),
  resolutionDue: z.string(),
});
export type TicketSummary = z.infer<typeof ticketSummarySchema>;

export const outboundMessageSchema = z.object({
  channel: z.enum(CHANNELS),
  customerRef: z.string().min(1),
  conversationId: z.number().int().positive(),
  /** Which inbound delivery this answers (absent for agent relays and notices). */
  inReplyTo: z.string().optional(),
  /** reply: the bot; agent: a human agent through the desk; notice: status; survey: CSAT request. */
  kind: z.enum(['reply', 'agent', 'notice', 'survey']),
  text: z.string().min(1),
  ticket: ticketSummarySchema.optional(),
  /** Suggested answers a channel may render as buttons. */
  quickReplies: z.array(z.string()).max(6).optional(),
  /** Photos sent after the text where the channel can (an agent's picture): paths under the uploads folder. */
  attachments: z.array(attachmentSchema).max(10).optional(),
});
export type OutboundMessage = z.infer<typeof outboundMessageSchema>;
