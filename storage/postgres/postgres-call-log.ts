/**
 * `CallLog` on PostgreSQL: the filing work and the call's row commit together, or not at all. The
 * same call posted to two instances at once is filed once: the call id is locked before it is
 * looked up, so the second waits for the first's commit and then finds it (its work never runs,
 * so it creates no second ticket). The primary key stays the last word.
 */
import type { CallLog, CallRecord, FiledCall, NewCallRecord } from '../../bot/calls/call-log';
import type { Clock } from '../../kernel/clock';
import { ConflictError } from '../../kernel/errors';
import { callRow } from '../call-rows';
import { lockUntilCommit } from './advisory-lock';
import type { PgDatabase } from './pg-database';

const SELECT = `SELECT c.call_id, c.customer_id, c.ticket_action, c.content_hash, c.started_at, c.caller_number, c.analysis::text AS analysis,
  c.transcript::text AS transcript, c.filed_at, t.number AS ticket_number FROM calls c LEFT JOIN tickets t ON t.id = c.ticket_id`;

export class PostgresCallLog implements CallLog {
  constructor(
    private readonly db: PgDatabase,
    private readonly clock: Clock,
  ) {}

  fileOnce(callId: string, contentHash: string, work: () => Promise<NewCallRecord>): Promise<FiledCall> {
    // Inner writes (customers, tickets, notes) join this transaction: one commit for the whole call.
    return this.db.transaction(async () => {
      await lockUntilCommit(this.db, `call:${callId}`);
      const existing = await this.get(callId);
      if (existing) {
        if (existing.contentHash !== contentHash) {
          throw new ConflictError('call_conflict', `Call ${callId} was already filed with different content; give a corrected transcript a new call id / 该通话编号已用于另一份通话记录`);
        }
        return { record: existing, duplicate: true };
      }
      const record = await work();
      await this.db.run(
        `INSERT INTO calls (call_id, customer_id, ticket_id, ticket_action, content_hash, started_at, caller_number, priority, analysis, transcript, filed_at)
         VALUES ($1, $2, (SELECT id FROM tickets WHERE number = $3), $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11)`,
        [
          callId,
          record.customerId,
          record.ticketNumber ?? null,
          record.ticketAction ?? null,
          contentHash,
          record.startedAt,
          record.callerNumber ?? null,
          record.analysis.urgency.priority,
          JSON.stringify(record.analysis),
          JSON.stringify(record.transcript),
          this.clock.now().toISOString(),
        ],
      );
      return { record: (await this.get(callId))!, duplicate: false };
    });
  }

  async get(callId: string): Promise<CallRecord | undefined> {
    const row = await this.db.get(`${SELECT} WHERE c.call_id = $1`, [callId]);
    return row ? callRow.parse(row) : undefined;
  }

  // No rowid here: calls that started in the same second are ordered by when they were filed, then by id.
  async forCustomer(customerId: number, limit = 50): Promise<CallRecord[]> {
    const rows = await this.db.all(`${SELECT} WHERE c.customer_id = $1 ORDER BY c.started_at DESC, c.filed_at DESC, c.call_id DESC LIMIT $2`, [customerId, limit]);
    return rows.map((r) => callRow.parse(r));
  }

  async forTicket(ticketNumber: string): Promise<CallRecord[]> {
    const rows = await this.db.all(`${SELECT} WHERE t.number = $1 ORDER BY c.started_at, c.filed_at, c.call_id`, [ticketNumber.trim().toUpperCase()]);
    return rows.map((r) => callRow.parse(r));
  }
}
