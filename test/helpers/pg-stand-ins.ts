/**
 * A stand-in for the PostgreSQL ticket store while it is built on another branch (issue 20): what
 * the customer and call contracts need of tickets, written against the real tables of migration 1.
 * Replace with PostgresTicketStore once it is merged.
 */
import { randomUUID } from 'node:crypto';
import type { PgDatabase } from '../../storage/postgres/pg-database';
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
