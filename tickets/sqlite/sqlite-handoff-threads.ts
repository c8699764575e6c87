/** `HandoffThreads` on the desk database. */
import { z } from 'zod';
import type { HandoffThread, HandoffThreads, NewHandoffThread, OverdueHandoff, WaitingHandoff } from '../../bot/handoff-threads';
import { NotFoundError } from '../../kernel/errors';
import type { SqliteDatabase } from './database';
import { dropUndefined } from './rows';

const threadRow = z
  .object({
    id: z.number(),
    conversation_id: z.number(),
    ticket_number: z.string().nullable(),
    desk: z.string(),
    channel_id: z.string(),
    thread_ts: z.string(),
    announcement: z.string(),
    posted_at: z.string(),
  })
  .transform(
    (r): HandoffThread =>
      dropUndefined({
        id: r.id,
        conversationId: r.conversation_id,
        ticketNumber: r.ticket_number ?? undefined,
        desk: r.desk,
        channelId: r.channel_id,
        threadTs: r.thread_ts,
        announcement: z.record(z.string(), z.unknown()).parse(JSON.parse(r.announcement)),
        postedAt: r.posted_at,
      }),
  );

const waitingRow = z
  .object({
    conversation_id: z.number(),
    mode: z.enum(['handoff_requested', 'agent']),
    ticket_number: z.string().nullable(),
    requested_at: z.string(),
    last_agent_at: z.string().nullable(),
  })
  .transform(
    (r): WaitingHandoff =>
      dropUndefined({
        conversationId: r.conversation_id,
        mode: r.mode,
        ticketNumber: r.ticket_number ?? undefined,
        requestedAt: r.requested_at,
        lastAgentAt: r.last_agent_at ?? undefined,
      }),
  );

const THREAD_COLUMNS = 't.id, t.conversation_id, t.ticket_number, t.desk, t.channel_id, t.thread_ts, t.announcement, t.posted_at';

export class SqliteHandoffThreads implements HandoffThreads {
  constructor(private readonly db: SqliteDatabase) {}

  async record(thread: NewHandoffThread): Promise<HandoffThread> {
    await this.db.transaction(() =>
      this.db.run(
        `INSERT INTO handoff_threads (conversation_id, ticket_number, desk, channel_id, thread_ts, announcement, posted_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (desk, channel_id, thread_ts) DO NOTHING`,
        [thread.conversationId, thread.ticketNumber ?? null, thread.desk, thread.channelId, thread.threadTs, JSON.stringify(thread.announcement), thread.postedAt],
      ),
    );
    const stored = await this.byThread(thread.desk, thread.channelId, thread.threadTs);
    if (!stored) throw new NotFoundError('thread_not_found', `Handoff thread ${thread.channelId}/${thread.threadTs} was not stored`);
    return stored;
  }

  async byThread(desk: string, channelId: string, threadTs: string): Promise<HandoffThread | undefined> {
    const row = await this.db.get(`SELECT ${THREAD_COLUMNS} FROM handoff_threads t WHERE desk = ? AND channel_id = ? AND thread_ts = ?`, [desk, channelId, threadTs]);
    return row ? threadRow.parse(row) : undefined;
  }

  async latestFor(conversationId: number, desk: string): Promise<HandoffThread | undefined> {
    const row = await this.db.get(`SELECT ${THREAD_COLUMNS} FROM handoff_threads t WHERE conversation_id = ? AND desk = ? ORDER BY id DESC LIMIT 1`, [
      conversationId,
      desk,
    ]);
    return row ? threadRow.parse(row) : undefined;
  }

  /**
   * The request time is the queued handoff request (written with the mode change, so it is when
   * the customer was told a person would answer), not the post: a desk that was down must not
   * stretch the customer's wait.
   */
  async waiting(): Promise<WaitingHandoff[]> {
    const rows = await this.db.all(
      `SELECT c.id AS conversation_id,
              json_extract(c.state, '$.mode') AS mode,
              json_extract(c.state, '$.ticketNumber') AS ticket_number,
              coalesce((SELECT max(o.created_at) FROM outbox o
                         WHERE o.kind = 'handoff.requested' AND json_extract(o.payload, '$.conversationId') = c.id),
                       c.updated_at) AS requested_at,
              (SELECT max(m.at) FROM messages m
                WHERE m.conversation_id = c.id AND m.direction = 'out' AND m.author LIKE 'agent:%') AS last_agent_at
         FROM conversations c
        WHERE json_extract(c.state, '$.mode') IN ('handoff_requested', 'agent')
        ORDER BY c.id`,
    );
    return rows.map((r) => waitingRow.parse(r));
  }

  async overdue(desk: string, now: Date): Promise<OverdueHandoff[]> {
    const rows = await this.db.all<Record<string, unknown> & { first_response_due: string; number: string }>(
      `SELECT ${THREAD_COLUMNS}, k.number, k.first_response_due
         FROM handoff_threads t
         JOIN tickets k ON k.number = t.ticket_number
        WHERE t.desk = ?
          AND t.id = (SELECT max(x.id) FROM handoff_threads x WHERE x.conversation_id = t.conversation_id AND x.desk = t.desk)
          AND k.status NOT IN ('resolved', 'closed')
          AND k.first_responded_at IS NULL
          AND k.first_response_due <= ?
        ORDER BY k.first_response_due`,
      [desk, now.toISOString()],
    );
    return rows.map((r) => ({ thread: threadRow.parse(r), ticketNumber: r.number, firstResponseDue: r.first_response_due }));
  }
}
