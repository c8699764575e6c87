/**
 * `DeskRetention` on SQLite (the rules are in storage/desk-retention.ts). Runs in one write
 * transaction, so a reader never sees a message gone while the reply that answered it still
 * points at it.
 */
import type { DatabaseRetentionReport, DeskRetention, RetentionCutoffs } from '../desk-retention';
import type { SqliteDatabase } from './database';

export class SqliteDeskRetention implements DeskRetention {
  constructor(private readonly db: SqliteDatabase) {}

  prune(cutoffs: RetentionCutoffs): Promise<DatabaseRetentionReport> {
    return pruneDatabase(this.db, cutoffs);
  }
}

async function pruneDatabase(db: SqliteDatabase, cutoffs: RetentionCutoffs): Promise<DatabaseRetentionReport> {
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
