/** `ConversationStore` on the desk database: messages stored once, replies with their deliveries. */
import { initialState, type Conversation, type ConversationState, type ConversationStore, type Received, type StoredMessage, type TurnOutcome } from '../../bot/conversation';
import { replyDeliveryKey } from '../../bot/customer-deliveries';
import type { KnowledgeMiss } from '../../bot/knowledge-miss';
import type { InboundMessage } from '../../bot/messages';
import type { Clock } from '../../kernel/clock';
import { ConflictError, NotFoundError } from '../../kernel/errors';
import { activeSince } from '../../tickets/conversation-idle';
import type { SqliteDatabase } from './database';
import { conversationRow, messageRow } from '../conversation-rows';
import { dropUndefined } from '../rows';
import { SqliteOutbox } from './sqlite-outbox';

export class SqliteConversationStore implements ConversationStore {
  private readonly outbox: SqliteOutbox;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly clock: Clock,
  ) {
    this.outbox = new SqliteOutbox(db, clock);
  }

  async receive(message: InboundMessage, customerId: number, options: { firstContact?: boolean } = {}): Promise<Received> {
    return this.db.transaction(async () => {
      const earlier = await this.db.get(`SELECT * FROM messages WHERE direction = 'in' AND channel = ? AND channel_message_id = ?`, [message.channel, message.channelMessageId]);
      if (earlier) {
        const stored = messageRow.parse(earlier);
        // The same id for other words is not a retry: the client reused an id (a bug, or someone
        // trying to overwrite what was said). Refused, so it is never silently dropped.
        if (!sameContent(stored, message)) {
          throw new ConflictError('message_id_reused', `Message id ${message.channelMessageId} was already used for another message / 该消息编号已用于另一条消息`);
        }
        const reply = await this.db.get('SELECT * FROM messages WHERE reply_to = ? ORDER BY id LIMIT 1', [stored.id]);
        // A reply committed but never sent (the process died before the send) is given to the redelivery.
        const delivery = reply ? await this.db.get<{ status: string }>('SELECT status FROM outbox WHERE dedup_key = ?', [replyDeliveryKey(message.channel, message.channelMessageId)]) : undefined;
        return dropUndefined({
          conversation: await this.get(stored.conversationId),
          message: stored,
          duplicate: true,
          earlierReply: reply ? messageRow.parse(reply) : undefined,
          earlierReplyUnsent: delivery ? delivery.status === 'pending' : undefined,
        });
      }
      const now = this.clock.now();
      const nowIso = now.toISOString();
      // A customer created in this transaction has no conversation to continue: one read fewer on a first contact.
      const recent = options.firstContact
        ? undefined
        : await this.db.get(
            `SELECT * FROM conversations WHERE customer_id = ? AND channel = ? AND customer_ref = ? AND closed_at IS NULL AND updated_at >= ?
             ORDER BY id DESC LIMIT 1`,
            [customerId, message.channel, message.customerRef, activeSince(now).toISOString()],
          );
      const conversation: Conversation = recent ? { ...conversationRow.parse(recent), updatedAt: nowIso } : await this.start(customerId, message, nowIso);
      const attachments = JSON.stringify(message.attachments);
      const meta = JSON.stringify({ receivedAt: message.receivedAt });
      const { lastID } = await this.db.run(
        `INSERT INTO messages (conversation_id, direction, author, channel, channel_message_id, text, attachments, meta, at)
         VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?)`,
        [conversation.id, `customer:${customerId}`, message.channel, message.channelMessageId, message.text, attachments, meta, nowIso],
      );
      if (recent) await this.db.run('UPDATE conversations SET updated_at = ? WHERE id = ?', [nowIso, conversation.id]);
      // Built from what was just written rather than read back: a turn's reads are its cost.
      const stored: StoredMessage = {
        id: lastID,
        conversationId: conversation.id,
        direction: 'in',
        author: `customer:${customerId}`,
        channel: message.channel,
        channelMessageId: message.channelMessageId,
        text: message.text,
        attachments: JSON.parse(attachments) as StoredMessage['attachments'],
        meta: JSON.parse(meta) as Record<string, unknown>,
        at: nowIso,
      };
      return { conversation, message: stored, duplicate: false };
    });
  }

  private async start(customerId: number, message: InboundMessage, nowIso: string): Promise<Conversation> {
    const state = initialState();
    const { lastID } = await this.db.run('INSERT INTO conversations (customer_id, channel, customer_ref, state, started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)', [
      customerId,
      message.channel,
      message.customerRef,
      JSON.stringify(state),
      nowIso,
      nowIso,
    ]);
    return { id: lastID, customerId, channel: message.channel, customerRef: message.customerRef, state, startedAt: nowIso, updatedAt: nowIso };
  }

  async commitTurn(conversationId: number, outcome: TurnOutcome): Promise<StoredMessage | undefined> {
    return this.db.transaction(async () => {
      const nowIso = this.clock.now().toISOString();
      // Read in the same transaction as the write: a second resolve that lost the race sends nothing.
      if (outcome.endsHandling && (await this.backWithBot(conversationId))) return undefined;
      let stored: StoredMessage | undefined;
      const reply = outcome.reply;
      if (reply) {
        const meta = dropUndefined({ ...outcome.meta, kind: reply.kind, ticket: reply.ticket, quickReplies: reply.quickReplies });
        const metaJson = JSON.stringify(meta);
        // An agent's pictures are part of what was said: the desks and the web chat show them from here.
        const attachments = reply.attachments ?? [];
        const { lastID } = await this.db.run(
          `INSERT INTO messages (conversation_id, direction, author, channel, text, attachments, meta, reply_to, at)
           VALUES (?, 'out', ?, ?, ?, ?, ?, (SELECT id FROM messages WHERE direction = 'in' AND channel = ? AND channel_message_id = ?), ?)`,
          [conversationId, outcome.author, reply.channel, reply.text, JSON.stringify(attachments), metaJson, reply.channel, reply.inReplyTo ?? null, nowIso],
        );
        stored = {
          id: lastID,
          conversationId,
          direction: 'out',
          author: outcome.author,
          channel: reply.channel,
          text: reply.text,
          attachments,
          meta: JSON.parse(metaJson) as Record<string, unknown>,
          at: nowIso,
        };
      }
      await this.db.run('UPDATE conversations SET state = ?, updated_at = ? WHERE id = ?', [JSON.stringify(outcome.state), nowIso, conversationId]);
      for (const delivery of outcome.deliveries ?? []) await this.outbox.enqueue(delivery);
      if (outcome.knowledgeMiss) await this.recordMiss(conversationId, outcome.knowledgeMiss, reply, nowIso);
      return stored;
    });
  }

  /** Whether the conversation's handling by people has ended (its stored mode is the bot's). */
  private async backWithBot(conversationId: number): Promise<boolean> {
    const row = await this.db.get<{ state: string }>('SELECT state FROM conversations WHERE id = ?', [conversationId]);
    return (JSON.parse(row?.state ?? '{}') as { mode?: string }).mode === 'bot';
  }

  /** A question the knowledge base had no good case for, tied to the customer message it came from. */
  private async recordMiss(conversationId: number, miss: KnowledgeMiss, reply: TurnOutcome['reply'], nowIso: string): Promise<void> {
    await this.db.run(
      `INSERT INTO knowledge_misses (conversation_id, message_id, at, language, intent, category, brand, model, error_code, wording, best_score)
       VALUES (?, (SELECT id FROM messages WHERE direction = 'in' AND channel = ? AND channel_message_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        conversationId,
        reply?.channel ?? null,
        reply?.inReplyTo ?? null,
        nowIso,
        miss.language,
        miss.intent ?? null,
        miss.category ?? null,
        miss.brand ?? null,
        miss.model ?? null,
        miss.errorCode ?? null,
        miss.wording,
        miss.bestScore ?? null,
      ],
    );
  }

  async setState(conversationId: number, state: ConversationState): Promise<void> {
    await this.db.transaction(() => this.db.run('UPDATE conversations SET state = ?, updated_at = ? WHERE id = ?', [JSON.stringify(state), this.clock.now().toISOString(), conversationId]));
  }

  async get(conversationId: number): Promise<Conversation> {
    const row = await this.db.get('SELECT * FROM conversations WHERE id = ?', [conversationId]);
    if (!row) throw new NotFoundError('conversation_not_found', `No conversation ${conversationId}`);
    return conversationRow.parse(row);
  }

  async history(conversationId: number, limit = 50): Promise<StoredMessage[]> {
    const rows = await this.db.all('SELECT * FROM (SELECT * FROM messages WHERE conversation_id = ? ORDER BY id DESC LIMIT ?) ORDER BY id', [conversationId, limit]);
    return rows.map((r) => messageRow.parse(r));
  }

  async historyAfter(conversationId: number, afterId: number, limit: number): Promise<StoredMessage[]> {
    const rows = await this.db.all('SELECT * FROM messages WHERE conversation_id = ? AND id > ? ORDER BY id LIMIT ?', [conversationId, afterId, limit]);
    return rows.map((r) => messageRow.parse(r));
  }

  async latestFor(customerId: number): Promise<Conversation | undefined> {
    const row = await this.db.get('SELECT * FROM conversations WHERE customer_id = ? AND closed_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 1', [customerId]);
    return row ? conversationRow.parse(row) : undefined;
  }

  async activeFor(channel: Conversation['channel'], customerRef: string, since: Date): Promise<{ id: number; updatedAt: string }[]> {
    const rows = await this.db.all<{ id: number; updated_at: string }>(
      'SELECT id, updated_at FROM conversations WHERE channel = ? AND customer_ref = ? AND closed_at IS NULL AND updated_at >= ? ORDER BY updated_at, id',
      [channel, customerRef, since.toISOString()],
    );
    return rows.map((r) => ({ id: r.id, updatedAt: r.updated_at }));
  }
}

/** A redelivery says the same thing: the same text and the same kinds of attachment (an upload's stored copy gets a new name each time). */
function sameContent(stored: StoredMessage, message: InboundMessage): boolean {
  const kinds = (list: { kind: string }[]) => list.map((a) => a.kind).join(',');
  return stored.text === message.text && kinds(stored.attachments) === kinds(message.attachments);
}
