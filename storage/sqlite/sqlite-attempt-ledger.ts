/** `AttemptLedger` on the desk database: one row per attempt and key, counted by an index range scan. */
import type { AttemptKind, AttemptLedger } from '../../tickets/attempt-ledger';
import type { SqliteDatabase } from './database';

export class SqliteAttemptLedger implements AttemptLedger {
  constructor(private readonly db: SqliteDatabase) {}

  async record(kind: AttemptKind, keys: string[], at: Date): Promise<void> {
    if (!keys.length) return;
    await this.db.transaction(async () => {
      for (const key of keys) await this.db.run('INSERT INTO attempts (kind, key, at) VALUES (?, ?, ?)', [kind, key, at.toISOString()]);
    });
  }

  async count(kind: AttemptKind, key: string, since: Date): Promise<number> {
    const row = await this.db.get<{ n: number }>('SELECT count(*) AS n FROM attempts WHERE kind = ? AND key = ? AND at >= ?', [kind, key, since.toISOString()]);
    return row?.n ?? 0;
  }

  async prune(before: Date): Promise<number> {
    const { changes } = await this.db.transaction(() => this.db.run('DELETE FROM attempts WHERE at < ?', [before.toISOString()]));
    return changes;
  }
}
