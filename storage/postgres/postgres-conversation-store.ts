/**
 * `ConversationStore` on PostgreSQL, for several instances on one database:
 * - The same channel message reaching two instances at once is stored once: the
 *   messages_inbound_once index decides, and the instance that loses gets the same answer as a
 *   redelivery (`duplicate`), never an error.
 * - It is answered once: a second reply to one inbound message is not stored (migration 3's
 *   messages_answered_once index), and that turn's state and deliveries are dropped with it.
 * - One customer's messages arriving together continue one conversation: starting one is
 *   serialised per customer and channel identity.
 * - Two turns of one conversation committing at once do not undo each other: the row is locked
 *   for the commit and a turn that says what it started from (`basedOn`) is rebased onto what the
 *   other committed (bot/state-rebase.ts). `get` inside a unit of work locks the row for that unit,
 *   so a desk's read-then-write (take over, release) is safe across instances too.
 */
import { conversationStateSchema, initialState, type Conversation, type ConversationState, type ConversationStore, type Received, type StoredMessage, type TurnOutcome } from '../../bot/conversation';
import { replyDeliveryKey } from '../../bot/customer-deliveries';
import type { KnowledgeMiss } from '../../bot/knowledge-miss';
import type { InboundMessage } from '../../bot/messages';
import { rebaseState } from '../../bot/state-rebase';
import type { Clock } from '../../kernel/clock';
import { activeSince } from '../../tickets/conversation-idle';
import { ConflictError, NotFoundError } from '../../kernel/errors';
import type { Outbox } from '../../tickets/outbox';
import { conversationRow, messageRow } from '../conversation-rows';
import { dropUndefined } from '../rows';
import { lockUntilCommit } from './advisory-lock';
import type { PgDatabase } from './pg-database';

const CONVERSATION = 'SELECT id, customer_id, channel, customer_ref, state::text AS state, started_at, updated_at FROM conversations';
const MESSAGE_COLUMNS = 'id, conversation_id, direction, author, channel, channel_message_id, text, attachments::text AS attachments, meta::text AS meta, at';
const INBOUND = `SELECT ${MESSAGE_COLUMNS} FROM messages WHERE direction = 'in' AND channel = $1 AND channel_message_id = $2`;

export class PostgresConversationStore implements ConversationStore {
  constructor(
    private readonly db: PgDatabase,
    private readonly clock: Clock,
    /** Where a turn's deliveries go, in the turn's own transaction (the outbox on the same database). */
    private readonly outbox: Pick<Outbox, 'enqueue'>,
  ) {}

  async receive(message: InboundMessage, customerId: number, options: { firstContact?: boolean } = {}): Promise<Received> {
    return this.db.transaction(async () => {
      // Nobody else can see a customer created in this unit; any other contact waits its turn here,
      // so two messages sent together continue (or start) one conversation.
      if (!options.firstContact) await lockUntilCommit(this.db, `conversation:${customerId}:${message.channel}:${message.customerRef}`);
      // No look for the message first: the insert below finds a redelivery by its conflict (a
      // round trip saved on every turn; a redelivery, which is rare, pays for a conversation it
      // may have started and then drops).
      const now = this.clock.now();
      const nowIso = now.toISOString();
      const recent = options.firstContact
        ? undefined
        : await this.db.get(`${CONVERSATION} WHERE customer_id = $1 AND channel = $2 AND customer_ref = $3 AND closed_at IS NULL AND updated_at >= $4 ORDER BY id DESC LIMIT 1`, [
            customerId,
            message.channel,
            message.customerRef,
            activeSince(now).toISOString(),
          ]);
      const conversation: Conversation = recent ? { ...conversationRow.parse(recent), updatedAt: nowIso } : await this.start(customerId, message, nowIso);
      const attachments = JSON.stringify(message.attachments);
      const meta = JSON.stringify({ receivedAt: message.receivedAt });
      // One round trip: the message, and (only if it was stored, in a conversation that was already
      // there) the conversation's last activity.
      const inserted = await this.db.get<{ id: number }>(
        `WITH m AS (
           INSERT INTO messages (conversation_id, direction, author, channel, channel_message_id, text, attachments, meta, at)
           VALUES ($1, 'in', $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8)
           ON CONFLICT (channel, channel_message_id) WHERE direction = 'in' AND channel_message_id IS NOT NULL DO NOTHING RETURNING id
         ), touched AS (UPDATE conversations SET updated_at = $8 WHERE id = $1 AND $9::boolean AND EXISTS (SELECT 1 FROM m) RETURNING id)
         SELECT id FROM m`,
        [conversation.id, `customer:${customerId}`, message.channel, message.channelMessageId, message.text, attachments, meta, nowIso, recent !== undefined],
      );
      if (!inserted) {
        // Stored before: a redelivery, or another instance stored it first (under another customer's lock) and committed.
        if (!recent) await this.db.run('DELETE FROM conversations WHERE id = $1', [conversation.id]);
        return this.redelivery(await this.db.get(INBOUND, [message.channel, message.channelMessageId]), message);
      }
      // Built from what was just written rather than read back: a turn's reads are its cost.
      const stored: StoredMessage = {
        id: inserted.id,
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

  /** A message stored before: what was said, and the reply it already has, if any. */
  private async redelivery(row: unknown, message: InboundMessage): Promise<Received> {
    if (!row) throw new Error(`Message ${message.channel}:${message.channelMessageId} conflicted but cannot be read`);
    const stored = messageRow.parse(row);
    // The same id for other words is not a retry: the client reused an id (a bug, or someone
    // trying to overwrite what was said). Refused, so it is never silently dropped.
    if (!sameContent(stored, message)) {
      throw new ConflictError('message_id_reused', `Message id ${message.channelMessageId} was already used for another message / 该消息编号已用于另一条消息`);
    }
    const reply = await this.db.get(`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE reply_to = $1 ORDER BY id LIMIT 1`, [stored.id]);
    // A reply committed but never sent (the process died before the send) is given to the redelivery.
    const delivery = reply ? await this.db.get<{ status: string }>('SELECT status FROM outbox WHERE dedup_key = $1', [replyDeliveryKey(message.channel, message.channelMessageId)]) : undefined;
    const conversation = await this.db.get(`${CONVERSATION} WHERE id = $1`, [stored.conversationId]);
    return dropUndefined({
      conversation: conversationRow.parse(conversation),
      message: stored,
      duplicate: true,
      earlierReply: reply ? messageRow.parse(reply) : undefined,
      earlierReplyUnsent: delivery ? delivery.status === 'pending' : undefined,
    });
  }

  private async start(customerId: number, message: InboundMessage, nowIso: string): Promise<Conversation> {
    const state = initialState();
    const row = await this.db.get<{ id: number }>('INSERT INTO conversations (customer_id, channel, customer_ref, state, started_at, updated_at) VALUES ($1, $2, $3, $4::jsonb, $5, $5) RETURNING id', [
      customerId,
      message.channel,
      message.customerRef,
      JSON.stringify(state),
      nowIso,
    ]);
    return { id: row!.id, customerId, channel: message.channel, customerRef: message.customerRef, state, startedAt: nowIso, updatedAt: nowIso };
  }

  async commitTurn(conversationId: number, outcome: TurnOutcome): Promise<StoredMessage | undefined> {
    return this.db.transaction(async () => {
      const nowIso = this.clock.now().toISOString();
      // Held until COMMIT: another turn of this conversation commits before or after this one, whole.
      const locked = await this.db.get<{ state: string }>('SELECT state::text AS state FROM conversations WHERE id = $1 FOR UPDATE', [conversationId]);
      if (!locked) throw new NotFoundError('conversation_not_found', `No conversation ${conversationId}`);
      // Under the row lock: a second resolve that lost the race (another instance) sends nothing.
      if (outcome.endsHandling && (JSON.parse(locked.state) as { mode?: string }).mode === 'bot') return undefined;
      let stored: StoredMessage | undefined;
      const reply = outcome.reply;
      if (reply) {
        const meta = dropUndefined({ ...outcome.meta, kind: reply.kind, ticket: reply.ticket, quickReplies: reply.quickReplies });
        const metaJson = JSON.stringify(meta);
        // An agent's pictures are part of what was said: the desks and the web chat show them from here.
        const attachments = reply.attachments ?? [];
        const inserted = await this.db.get<{ id: number }>(
          `INSERT INTO messages (conversation_id, direction, author, channel, text, meta, reply_to, at, attachments)
           VALUES ($1, 'out', $2, $3, $4, $5::jsonb, (SELECT id FROM messages WHERE direction = 'in' AND channel = $3 AND channel_message_id = $6), $7, $8::jsonb)
           ON CONFLICT (reply_to) WHERE reply_to IS NOT NULL DO NOTHING RETURNING id`,
          [conversationId, outcome.author, reply.channel, reply.text, metaJson, reply.inReplyTo ?? null, nowIso, JSON.stringify(attachments)],
        );
        if (!inserted) {
          // That message was answered already (the same message was delivered to two instances at
          // once and both turns ran): the first answer stands, with its state and deliveries.
          const first = await this.db.get(`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE reply_to = (SELECT id FROM messages WHERE direction = 'in' AND channel = $1 AND channel_message_id = $2)`, [
            reply.channel,
            reply.inReplyTo ?? null,
          ]);
          return messageRow.parse(first);
        }
        stored = {
          id: inserted.id,
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
      const state = outcome.basedOn ? rebaseState(outcome.basedOn, outcome.state, parseState(locked.state)) : outcome.state;
      await this.db.run('UPDATE conversations SET state = $1::jsonb, updated_at = $2 WHERE id = $3', [JSON.stringify(state), nowIso, conversationId]);
      for (const delivery of outcome.deliveries ?? []) await this.outbox.enqueue(delivery);
      if (outcome.knowledgeMiss) await this.recordMiss(conversationId, outcome.knowledgeMiss, reply, nowIso);
      return stored;
    });
  }

  /** A question the knowledge base had no good case for, tied to the customer message it came from. */
  private async recordMiss(conversationId: number, miss: KnowledgeMiss, reply: TurnOutcome['reply'], nowIso: string): Promise<void> {
    await this.db.run(
      `INSERT INTO knowledge_misses (conversation_id, message_id, at, language, intent, category, brand, model, error_code, wording, best_score)
       VALUES ($1, (SELECT id FROM messages WHERE direction = 'in' AND channel = $2 AND channel_message_id = $3), $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
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
    await this.db.run('UPDATE conversations SET state = $1::jsonb, updated_at = $2 WHERE id = $3', [JSON.stringify(state), this.clock.now().toISOString(), conversationId]);
  }

  /** Inside a unit of work the row stays locked until it commits: a read-then-write there cannot lose another instance's write. */
  async get(conversationId: number): Promise<Conversation> {
    const lock = this.db.holdsWriteLock ? ' FOR UPDATE' : '';
    const row = await this.db.get(`${CONVERSATION} WHERE id = $1${lock}`, [conversationId]);
    if (!row) throw new NotFoundError('conversation_not_found', `No conversation ${conversationId}`);
    return conversationRow.parse(row);
  }

  async history(conversationId: number, limit = 50): Promise<StoredMessage[]> {
    const rows = await this.db.all(`SELECT * FROM (SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = $1 ORDER BY id DESC LIMIT $2) latest ORDER BY id`, [conversationId, limit]);
    return rows.map((r) => messageRow.parse(r));
  }

  async historyAfter(conversationId: number, afterId: number, limit: number): Promise<StoredMessage[]> {
    const rows = await this.db.all(`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = $1 AND id > $2 ORDER BY id LIMIT $3`, [conversationId, afterId, limit]);
    return rows.map((r) => messageRow.parse(r));
  }

  async latestFor(customerId: number): Promise<Conversation | undefined> {
    const row = await this.db.get(`${CONVERSATION} WHERE customer_id = $1 AND closed_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 1`, [customerId]);
    return row ? conversationRow.parse(row) : undefined;
  }

  async activeFor(channel: Conversation['channel'], customerRef: string, since: Date): Promise<{ id: number; updatedAt: string }[]> {
    const rows = await this.db.all<{ id: number; updated_at: string }>(
      'SELECT id, updated_at FROM conversations WHERE channel = $1 AND customer_ref = $2 AND closed_at IS NULL AND updated_at >= $3 ORDER BY updated_at, id',
      [channel, customerRef, since.toISOString()],
    );
    return rows.map((r) => ({ id: r.id, updatedAt: r.updated_at }));
  }
}

function parseState(text: string): ConversationState {
  return conversationStateSchema.parse(JSON.parse(text));
}

/** A redelivery says the same thing: the same text and the same kinds of attachment (an upload's stored copy gets a new name each time). */
function sameContent(stored: StoredMessage, message: InboundMessage): boolean {
  const kinds = (list: { kind: string }[]) => list.map((a) => a.kind).join(',');
  return stored.text === message.text && kinds(stored.attachments) === kinds(message.attachments);
}
