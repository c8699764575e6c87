/** `HandoffQueue` on the desk database: conversations with people, read from their stored state. */
import type { HandoffQueue, OverdueHandoff, WaitingHandoff } from '../../bot/handoff-queue';
import { handoffRequestedSchema, type HandoffRequested } from '../../bot/handoff-payloads';
import { byDeadline, overdueRow, pickupTimes, ticketlessSince, waitingRow } from '../handoff-rows';
import type { SqliteDatabase } from './database';

/**
 * The request time is the queued handoff request (written with the mode change, so it is when
 * the customer was told a person would answer), not when a desk showed it: a desk that was down
 * must not stretch the customer's wait. Every desk gets a copy with the same time.
 */
const REQUESTED_AT = `coalesce((SELECT max(o.created_at) FROM outbox o
                                 WHERE o.kind = 'handoff.requested' AND json_extract(o.payload, '$.conversationId') = c.id),
                               c.updated_at)`;

export class SqliteHandoffQueue implements HandoffQueue {
  constructor(private readonly db: SqliteDatabase) {}

  async waiting(): Promise<WaitingHandoff[]> {
    const rows = await this.db.all(
      `SELECT c.id AS conversation_id,
              json_extract(c.state, '$.mode') AS mode,
              json_extract(c.state, '$.ticketNumber') AS ticket_number,
              json_extract(c.state, '$.agent') AS agent,
              ${REQUESTED_AT} AS requested_at,
              (SELECT max(m.at) FROM messages m
                WHERE m.conversation_id = c.id AND m.direction = 'out' AND m.author LIKE 'agent:%') AS last_agent_at,
              (SELECT max(m.at) FROM messages m
                WHERE m.conversation_id = c.id AND m.direction = 'out' AND m.author LIKE 'agent:%'
                  AND json_extract(m.meta, '$.kind') = 'agent') AS last_reply_at
         FROM conversations c
        WHERE json_extract(c.state, '$.mode') IN ('handoff_requested', 'agent')
        ORDER BY requested_at, c.id`,
    );
    return rows.map((r) => waitingRow.parse(r));
  }

  /**
   * From the overdue unanswered tickets (few) to the latest handoff request of their conversation,
   * naming that ticket: a handoff handed back to the bot unanswered stays overdue until someone
   * answers its ticket. A handoff with no ticket has its own clock in its request: overdue while no
   * person has written since it was queued.
   */
  async overdue(now: Date): Promise<OverdueHandoff[]> {
    const rows = await this.db.all(
      `SELECT k.conversation_id, k.number, k.first_response_due, r.created_at AS requested_at
         FROM tickets k
         JOIN outbox r ON r.id = (SELECT max(x.id) FROM outbox x
                                   WHERE x.kind = 'handoff.requested' AND json_extract(x.payload, '$.conversationId') = k.conversation_id)
        WHERE k.status NOT IN ('resolved', 'closed')
          AND k.first_responded_at IS NULL
          AND k.first_response_due <= ?
          AND k.conversation_id IS NOT NULL
          AND json_extract(r.payload, '$.ticketNumber') = k.number
        ORDER BY k.first_response_due`,
      [now.toISOString()],
    );
    const ticketless = await this.db.all(
      `SELECT json_extract(r.payload, '$.conversationId') AS conversation_id, NULL AS number,
              json_extract(r.payload, '$.firstResponseDue') AS first_response_due, r.created_at AS requested_at
         FROM outbox r
        WHERE r.kind = 'handoff.requested'
          AND r.created_at >= ?
          AND json_extract(r.payload, '$.ticketNumber') IS NULL
          AND json_extract(r.payload, '$.firstResponseDue') <= ?
          AND r.id = (SELECT max(x.id) FROM outbox x
                       WHERE x.kind = 'handoff.requested' AND json_extract(x.payload, '$.conversationId') = json_extract(r.payload, '$.conversationId'))
          AND NOT EXISTS (SELECT 1 FROM messages m
                           WHERE m.conversation_id = json_extract(r.payload, '$.conversationId') AND m.direction = 'out'
                             AND m.author LIKE 'agent:%' AND json_extract(m.meta, '$.kind') = 'agent' AND m.at >= r.created_at)`,
      [ticketlessSince(now), now.toISOString()],
    );
    return byDeadline([...rows, ...ticketless].map((r) => overdueRow.parse(r)));
  }

  async request(conversationId: number): Promise<(HandoffRequested & { requestedAt: string }) | undefined> {
    const row = await this.db.get<{ payload: string; created_at: string }>(
      `SELECT payload, created_at FROM outbox
        WHERE kind = 'handoff.requested' AND json_extract(payload, '$.conversationId') = ?
        ORDER BY id DESC LIMIT 1`,
      [conversationId],
    );
    if (!row) return undefined;
    const parsed = handoffRequestedSchema.safeParse(JSON.parse(row.payload));
    return parsed.success ? { ...parsed.data, requestedAt: row.created_at } : undefined;
  }

  async recentPickups(since: Date, limit: number): Promise<number[]> {
    // One row per request (each desk has its own copy of it), then the first word from a person after it.
    const rows = await this.db.all<{ requested_at: string; picked_at: string | null }>(
      `SELECT r.requested_at,
              (SELECT min(m.at) FROM messages m
                WHERE m.conversation_id = r.conversation_id AND m.direction = 'out'
                  AND m.author LIKE 'agent:%' AND m.at >= r.requested_at) AS picked_at
         FROM (SELECT json_extract(payload, '$.conversationId') AS conversation_id, created_at AS requested_at
                 FROM outbox WHERE kind = 'handoff.requested' AND created_at >= ?
                GROUP BY 1, 2) r
        ORDER BY r.requested_at DESC`,
      [since.toISOString()],
    );
    return pickupTimes(rows, limit);
  }
}
