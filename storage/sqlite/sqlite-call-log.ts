/** `CallLog` on SQLite: the filing work and the call's row commit together, or not at all. */
import type { CallLog, CallRecord, FiledCall, NewCallRecord } from '../../bot/calls/call-log';
import type { Clock } from '../../kernel/clock';
import { ConflictError } from '../../kernel/errors';
import type { SqliteDatabase } from './database';
import { callRow } from '../call-rows';

const SELECT = `SELECT c.*, t.number AS ticket_number FROM calls c LEFT JOIN tickets t ON t.id = c.ticket_id`;

export class SqliteCallLog implements CallLog {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly clock: Clock,
  ) {}

  fileOnce(callId: string, contentHash: string, work: () => Promise<NewCallRecord>): Promise<FiledCall> {
    // Inner writes (customers, tickets, notes) join this transaction: one commit for the whole call.
    return this.db.transaction(async () => {
      const existing = await this.get(callId);
      if (existing) {
        if (existing.contentHash !== contentHash) {
          throw new ConflictError('call_conflict', `Call ${callId} was already filed with different content; give a corrected transcript a new call id / 该通话编号已用于另一份通话记录`);
        }
        return { record: existing, duplicate: true };
      }
      const record = await work();
      const ticket = record.ticketNumber ? await this.db.get<{ id: number }>('SELECT id FROM tickets WHERE number = ?', [record.ticketNumber]) : undefined;
      await this.db.run(
        `INSERT INTO calls (call_id, customer_id, ticket_id, ticket_action, content_hash, started_at, caller_number, priority, analysis, transcript, filed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          callId,
          record.customerId,
          ticket?.id ?? null,
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
    const row = await this.db.get(`${SELECT} WHERE c.call_id = ?`, [callId]);
    return row ? callRow.parse(row) : undefined;
  }

  async forCustomer(customerId: number, limit = 50): Promise<CallRecord[]> {
    const rows = await this.db.all(`${SELECT} WHERE c.customer_id = ? ORDER BY c.started_at DESC, c.rowid DESC LIMIT ?`, [customerId, limit]);
    return rows.map((r) => callRow.parse(r));
  }

  async forTicket(ticketNumber: string): Promise<CallRecord[]> {
    const rows = await this.db.all(`${SELECT} WHERE t.number = ? ORDER BY c.started_at, c.rowid`, [ticketNumber.trim().toUpperCase()]);
    return rows.map((r) => callRow.parse(r));
  }
}
