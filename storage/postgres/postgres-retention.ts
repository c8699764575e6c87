/**
 * `DeskRetention` on PostgreSQL (the rules are in storage/desk-retention.ts), in one transaction
 * like the SQLite twin. Two instances pruning at once is harmless: each statement deletes or
 * clears only what is still there, and a deadlock between them is retried by PgDatabase.
 */
import type { DatabaseRetentionReport, DeskRetention, RetentionCutoffs } from '../desk-retention';
import type { PgDatabase } from './pg-database';

export class PostgresDeskRetention implements DeskRetention {
  constructor(private readonly db: PgDatabase) {}

  prune(cutoffs: RetentionCutoffs): Promise<DatabaseRetentionReport> {
    const db = this.db;
    const before = cutoffs.messagesBefore.toISOString();
    return db.transaction(async () => {
      // Rows that point at a message about to go let go of it first (the foreign keys hold).
      await db.run('UPDATE messages SET reply_to = NULL WHERE reply_to IN (SELECT id FROM messages WHERE at < $1)', [before]);
      await db.run('UPDATE knowledge_misses SET message_id = NULL WHERE message_id IN (SELECT id FROM messages WHERE at < $1)', [before]);
      const messages = (await db.run('DELETE FROM messages WHERE at < $1', [before])).changes;

      const finished = `created_at < $1 AND (status = 'delivered' OR dropped_at IS NOT NULL)`;
      await db.run(`DELETE FROM desk_posts WHERE outbox_id IN (SELECT id FROM outbox WHERE ${finished})`, [before]);
      const deliveries = (await db.run(`DELETE FROM outbox WHERE ${finished}`, [before])).changes;

      // ->> is NULL for a JSON null too, as json_extract is on SQLite: only real values count as cleared.
      const conversationsCleared = (
        await db.run(
          `UPDATE conversations SET state = state - 'policy' - 'receipt'
            WHERE updated_at < $1 AND (state->>'policy' IS NOT NULL OR state->>'receipt' IS NOT NULL)`,
          [before],
        )
      ).changes;

      let ticketsCleared = 0;
      if (cutoffs.personalDataBefore) {
        ticketsCleared = (
          await db.run(
            `UPDATE tickets SET contact_phone = NULL, address = NULL
              WHERE status = 'closed' AND closed_at < $1 AND (contact_phone IS NOT NULL OR address IS NOT NULL)`,
            [cutoffs.personalDataBefore.toISOString()],
          )
        ).changes;
      }
      return { messages, deliveries, conversationsCleared, ticketsCleared };
    });
  }
}
