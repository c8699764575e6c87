/**
 * `HandoffQueue` on PostgreSQL: conversations with people, read from their stored state (jsonb,
 * read with `->>`; the conversation id in a request's payload is text there, so it is compared
 * as text and the expression index on it serves the lookups). Reads only: nothing to race.
 */
import type { HandoffQueue, OverdueHandoff, WaitingHandoff } from '../../bot/handoff-queue';
import { handoffRequestedSchema, type HandoffRequested } from '../../bot/handoff-payloads';
import { byDeadline, overdueRow, pickupTimes, ticketlessSince, waitingRow } from '../handoff-rows';
import type { PgDatabase } from './pg-database';

/** As on SQLite: the time the request was queued (with the mode change), whatever desk showed it when. */
const REQUESTED_AT = `coalesce((SELECT max(o.created_at) FROM outbox o
                                 WHERE o.kind = 'handoff.requested' AND o.payload->>'conversationId' = c.id::text),
                               c.updated_at)`;

export class PostgresHandoffQueue implements HandoffQueue {
  constructor(private readonly db: PgDatabase) {}

  async waiting(): Promise<WaitingHandoff[]> {
    const rows = await this.db.all(
      `SELECT c.id AS conversation_id,
              c.state->>'mode' AS mode,
              c.state->>'ticketNumber' AS ticket_number,
              c.state->>'agent' AS agent,
              ${REQUESTED_AT} AS requested_at,
              (SELECT max(m.at) FROM messages m
                WHERE m.conversation_id = c.id AND m.direction = 'out' AND m.author LIKE 'agent:%') AS last_agent_at,
              (SELECT max(m.at) FROM messages m
                WHERE m.conversation_id = c.id AND m.direction = 'out' AND m.author LIKE 'agent:%'
                  AND m.meta->>'kind' = 'agent') AS last_reply_at
         FROM conversations c
        WHERE c.state->>'mode' IN ('handoff_requested', 'agent')
        ORDER BY requested_at, c.id`,
    );
    return rows.map((r) => waitingRow.parse(r));
  }

  async overdue(now: Date): Promise<OverdueHandoff[]> {
    const rows = await this.db.all(
      `SELECT k.conversation_id, k.number, k.first_response_due, r.created_at AS requested_at
         FROM tickets k
         JOIN outbox r ON r.id = (SELECT max(x.id) FROM outbox x
                                   WHERE x.kind = 'handoff.requested' AND x.payload->>'conversationId' = k.conversation_id::text)
        WHERE k.status NOT IN ('resolved', 'closed')
          AND k.first_responded_at IS NULL
          AND k.first_response_due <= $1
          AND k.conversation_id IS NOT NULL
          AND r.payload->>'ticketNumber' = k.number
        ORDER BY k.first_response_due, k.id`,
      [now.toISOString()],
    );
    // A handoff with no ticket: its own clock, in its latest request, while no person has written since (as on SQLite).
    const ticketless = await this.db.all(
      `SELECT CASE WHEN r.payload->>'conversationId' ~ '^[0-9]{1,9}$' THEN (r.payload->>'conversationId')::int END AS conversation_id,
              NULL AS number, r.payload->>'firstResponseDue' AS first_response_due, r.created_at AS requested_at
         FROM outbox r
        WHERE r.kind = 'handoff.requested'
          AND r.created_at >= $1
          AND r.payload->>'ticketNumber' IS NULL
          AND r.payload->>'firstResponseDue' <= $2
          AND r.id = (SELECT max(x.id) FROM outbox x
                       WHERE x.kind = 'handoff.requested' AND x.payload->>'conversationId' = r.payload->>'conversationId')
          AND NOT EXISTS (SELECT 1 FROM messages m
                           WHERE m.conversation_id::text = r.payload->>'conversationId' AND m.direction = 'out'
                             AND m.author LIKE 'agent:%' AND m.meta->>'kind' = 'agent' AND m.at >= r.created_at)`,
      [ticketlessSince(now), now.toISOString()],
    );
    return byDeadline([...rows, ...ticketless].map((r) => overdueRow.parse(r)));
  }

  async request(conversationId: number): Promise<(HandoffRequested & { requestedAt: string }) | undefined> {
    const row = await this.db.get<{ payload: unknown; created_at: string }>(
      `SELECT payload, created_at FROM outbox
        WHERE kind = 'handoff.requested' AND payload->>'conversationId' = $1
        ORDER BY id DESC LIMIT 1`,
      [String(conversationId)],
    );
    if (!row) return undefined;
    const parsed = handoffRequestedSchema.safeParse(row.payload);
    return parsed.success ? { ...parsed.data, requestedAt: row.created_at } : undefined;
  }

  async recentPickups(since: Date, limit: number): Promise<number[]> {
    // One row per request (each desk has its own copy of it), then the first word from a person after it.
    const rows = await this.db.all<{ requested_at: string; picked_at: string | null }>(
      `SELECT r.requested_at,
              (SELECT min(m.at) FROM messages m
                WHERE m.conversation_id = r.conversation_id AND m.direction = 'out'
                  AND m.author LIKE 'agent:%' AND m.at >= r.requested_at) AS picked_at
         FROM (SELECT CASE WHEN payload->>'conversationId' ~ '^[0-9]{1,9}$' THEN (payload->>'conversationId')::int END AS conversation_id,
                      created_at AS requested_at
                 FROM outbox WHERE kind = 'handoff.requested' AND created_at >= $1
                GROUP BY 1, 2) r
        ORDER BY r.requested_at DESC`,
      [since.toISOString()],
    );
    return pickupTimes(rows, limit);
  }
}
