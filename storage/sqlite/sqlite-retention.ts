/**
 * Retention on SQLite: what a customer said, and the personal data a ticket keeps, are deleted
 * once they are older than the operator configured (RETENTION_*). Runs in one write transaction,
 * so a reader never sees a message gone while the reply that answered it still points at it.
 *
 * - Messages older than the cutoff are deleted, with the copies sent through the outbox once they
 *   are delivered or dropped (pending and parked ones still have to go out), and a conversation
 *   not touched since loses what its brain and receipt reading kept (slots such as phone and
 *   address, receipt fields); its mode, ticket and counters stay.
 * - A ticket closed before the personal-data cutoff loses its contact phone and address; what it
 *   was about (product, fault, dates, priority) stays for the reports.
 * The audit trail (ticket_events) is append-only by design and is not touched.
 */
import type { SqliteDatabase } from './database';

export interface RetentionCutoffs {
  /** Messages (and delivered copies of them) written before this go. */
  messagesBefore: Date;
  /** Tickets closed before this lose their phone and address; absent: kept. */
  personalDataBefore?: Date;
}

export interface DatabaseRetentionReport {
  messages: number;
  deliveries: number;
  conversationsCleared: number;
  ticketsCleared: number;
}

export async function pruneDatabase(db: SqliteDatabase, cutoffs: RetentionCutoffs): Promise<DatabaseRetentionReport> {
  const before = cutoffs.messagesBefore.toISOString();
  return db.transaction(async () => {
    // Rows that point at a message about to go let go of it first (foreign keys are on).
    await db.run('UPDATE messages SET reply_to = NULL WHERE reply_to IN (SELECT id FROM messages WHERE at < ?)', [before]);
    await db.run('UPDATE knowledge_misses SET message_id = NULL WHERE message_id IN (SELECT id FROM messages WHERE at < ?)', [before]);
    const messages = (await db.run('DELETE FROM messages WHERE at < ?', [before])).changes;

    const finished = `created_at < ? AND (status = 'delivered' OR dropped_at IS NOT NULL)`;
    await db.run(`DELETE FROM desk_posts WHERE outbox_id IN (SELECT id FROM outbox WHERE ${finished})`, [before]);
    const deliveries = (await db.run(`DELETE FROM outbox WHERE ${finished}`, [before])).changes;

    const conversationsCleared = (
      await db.run(
        `UPDATE conversations SET state = json_remove(state, '$.policy', '$.receipt')
          WHERE updated_at < ? AND (json_extract(state, '$.policy') IS NOT NULL OR json_extract(state, '$.receipt') IS NOT NULL)`,
        [before],
      )
    ).changes;

    let ticketsCleared = 0;
    if (cutoffs.personalDataBefore) {
      ticketsCleared = (
        await db.run(
          `UPDATE tickets SET contact_phone = NULL, address = NULL
            WHERE status = 'closed' AND closed_at < ? AND (contact_phone IS NOT NULL OR address IS NOT NULL)`,
          [cutoffs.personalDataBefore.toISOString()],
        )
      ).changes;
    }
    return { messages, deliveries, conversationsCleared, ticketsCleared };
  });
}
