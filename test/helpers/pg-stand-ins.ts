/**
 * Stand-ins for the PostgreSQL ticket store and outbox while they are built on other branches
 * (issue 20): what this group's contract suites need from them, written against the real tables
 * of migration 1. Replace with PostgresTicketStore / PostgresOutbox once those are merged.
 */
import { randomUUID } from 'node:crypto';
import type { PgDatabase } from '../../storage/postgres/pg-database';
import { laneOf, type NewOutboxItem, type Outbox } from '../../tickets/outbox';
import type { Clock } from '../../kernel/clock';
import type { TicketProbe } from '../contracts/stores/ticket-probe';

export function pgTicketProbe(db: PgDatabase, clock: Clock): TicketProbe {
  return {
    async file(customerId, contactPhone) {
      const now = clock.now().toISOString();
      const row = await db.get<{ id: number; number: string }>(
        `INSERT INTO tickets (number, customer_id, channel, type, priority, status, symptom, warranty_status, contact_phone,
           first_response_due, resolution_due, created_by, created_at, updated_at)
         VALUES ($1, $2, 'web', 'repair_request', 'P3', 'new', '空调开机显示E1', 'unknown', $3, $4, $4, 'bot', $4, $4) RETURNING id, number`,
        [`T-PG-${randomUUID().slice(0, 8).toUpperCase()}`, customerId, contactPhone ?? null, now],
      );
      return row!;
    },
    async ownerOf(ticketId) {
      return (await db.get<{ customer_id: number }>('SELECT customer_id FROM tickets WHERE id = $1', [ticketId]))!.customer_id;
    },
    async lastEvent(ticketId) {
      return db.get<{ kind: string; detail: Record<string, unknown> }>('SELECT kind, detail FROM ticket_events WHERE ticket_id = $1 ORDER BY id DESC LIMIT 1', [ticketId]);
    },
  };
}

/** The outbox's enqueue as SqliteOutbox writes it (ON CONFLICT on the dedup key), and a count of what waits. */
export function pgOutboxStandIn(db: PgDatabase, clock: Clock): Pick<Outbox, 'enqueue' | 'pendingCount'> {
  return {
    async enqueue(item: NewOutboxItem) {
      const now = clock.now().toISOString();
      const due = item.notBefore && item.notBefore.toISOString() > now ? item.notBefore.toISOString() : now;
      const row = await db.get<{ id: number }>(
        `INSERT INTO outbox (destination, kind, payload, dedup_key, lane, status, waits_for, next_attempt_at, created_at)
         VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9) ON CONFLICT (dedup_key) DO NOTHING RETURNING id`,
        [item.destination, item.kind, JSON.stringify(item.payload) ?? null, item.dedupKey ?? null, laneOf(item) ?? null, item.waitsFor ? 'dead' : 'pending', item.waitsFor ?? null, due, now],
      );
      return row?.id;
    },
    async pendingCount(destination?: string) {
      const row = await db.get<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE status = 'pending' AND ($1::text IS NULL OR destination = $1)`, [destination ?? null]);
      return row!.n;
    },
  };
}
