/**
 * `AttemptLedger` on PostgreSQL: one row per attempt and key, so attempts recorded by several
 * instances at once all count (no counter row to read and write back, which would lose some).
 */
import type { AttemptKind, AttemptLedger } from '../../tickets/attempt-ledger';
import type { PgDatabase } from './pg-database';

export class PostgresAttemptLedger implements AttemptLedger {
  constructor(private readonly db: PgDatabase) {}

  async record(kind: AttemptKind, keys: string[], at: Date): Promise<void> {
    if (!keys.length) return;
    // One statement for every key: all of an attempt's keys are counted, or none.
    await this.db.run('INSERT INTO attempts (kind, key, at) SELECT $1, key, $3 FROM unnest($2::text[]) AS key', [kind, keys, at.toISOString()]);
  }

  async count(kind: AttemptKind, key: string, since: Date): Promise<number> {
    const row = await this.db.get<{ n: number }>('SELECT count(*)::int AS n FROM attempts WHERE kind = $1 AND key = $2 AND at >= $3', [kind, key, since.toISOString()]);
    return row?.n ?? 0;
  }

  async prune(before: Date): Promise<number> {
    const { changes } = await this.db.run('DELETE FROM attempts WHERE at < $1', [before.toISOString()]);
    return changes;
  }
}
