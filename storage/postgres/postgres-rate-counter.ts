/**
 * `RateCounter` on PostgreSQL (migration 5's rate_counters), shared by every instance. `hit` is one
 * INSERT … ON CONFLICT: the conflicting row is locked while it is updated, so parallel hits on a
 * key from any instance are counted one after another and each sees its own number.
 */
import { z } from 'zod';
import type { RateCount, RateCounter } from '../../kernel/rate-counter';
import type { PgDatabase } from './pg-database';

const countRow = z.object({ hits: z.number().int(), reset_at: z.string() }).transform((r): RateCount => ({ hits: r.hits, resetAt: new Date(r.reset_at) }));

export class PostgresRateCounter implements RateCounter {
  constructor(private readonly db: PgDatabase) {}

  async hit(key: string, windowMs: number, now: Date): Promise<RateCount> {
    const row = await this.db.get(
      `INSERT INTO rate_counters (key, hits, reset_at) VALUES ($1, 1, $3)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_counters.reset_at <= $2 THEN 1 ELSE rate_counters.hits + 1 END,
         reset_at = CASE WHEN rate_counters.reset_at <= $2 THEN excluded.reset_at ELSE rate_counters.reset_at END
       RETURNING hits, reset_at`,
      [key, now.toISOString(), new Date(now.getTime() + windowMs).toISOString()],
    );
    return countRow.parse(row);
  }

  async peek(key: string, now: Date): Promise<RateCount | undefined> {
    const row = await this.db.get('SELECT hits, reset_at FROM rate_counters WHERE key = $1 AND reset_at > $2', [key, now.toISOString()]);
    return row ? countRow.parse(row) : undefined;
  }

  async undo(key: string, now: Date): Promise<void> {
    await this.db.run('UPDATE rate_counters SET hits = hits - 1 WHERE key = $1 AND reset_at > $2 AND hits > 0', [key, now.toISOString()]);
  }

  async reset(key: string): Promise<void> {
    await this.db.run('DELETE FROM rate_counters WHERE key = $1', [key]);
  }

  async purge(before: Date): Promise<number> {
    return (await this.db.run('DELETE FROM rate_counters WHERE reset_at < $1', [before.toISOString()])).changes;
  }
}
