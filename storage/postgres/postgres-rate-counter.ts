/**
 * `RateCounter` on PostgreSQL (migration 5's rate_counters), shared by every instance. A hit is an
 * INSERT … ON CONFLICT: the conflicting row is locked while it is updated, so parallel hits on a
 * key from any instance are counted one after another and each sees its own number.
 *
 * Every web request hits two keys (its address and its session), and behind a proxy every request
 * of an instance shares the address key: one statement (and one commit) per hit was two of a web
 * turn's round trips, each locking that one hot row in turn. Hits made in the same turn of the
 * event loop therefore go out together as one statement: one row per key, bumped by the number of
 * its hits, each hit then given its own number from the row's new count. The hits of one batch
 * share the batch's latest instant for the window check (they are at most a few milliseconds
 * apart), so a window that closes in between starts again for all of them.
 */
import { z } from 'zod';
import type { RateCount, RateCounter } from '../../kernel/rate-counter';
import type { PgDatabase } from './pg-database';

const countRow = z.object({ hits: z.number().int(), reset_at: z.string() }).transform((r): RateCount => ({ hits: r.hits, resetAt: new Date(r.reset_at) }));
const batchRow = z.object({ key: z.string(), hits: z.number().int(), reset_at: z.string() });

/** Each key's hits of one batch: n is the number added to its row; `now` the batch's latest instant. */
const HIT_BATCH = `WITH input AS (
    SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[]) AS i(key, n, now, reset_at)
  )
  INSERT INTO rate_counters (key, hits, reset_at)
  SELECT key, n, reset_at FROM input ORDER BY key
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN rate_counters.reset_at <= (SELECT now FROM input WHERE input.key = excluded.key) THEN excluded.hits ELSE rate_counters.hits + excluded.hits END,
    reset_at = CASE WHEN rate_counters.reset_at <= (SELECT now FROM input WHERE input.key = excluded.key) THEN excluded.reset_at ELSE rate_counters.reset_at END
  RETURNING key, hits, reset_at`;

/** Lost deadlocks a batch statement is run again after (two instances' batches lock rows in key order, so this is a safety net). */
const DEADLOCK_RETRIES = 3;

interface PendingHit {
  key: string;
  windowMs: number;
  now: Date;
  resolve(count: RateCount): void;
  reject(error: unknown): void;
}

export class PostgresRateCounter implements RateCounter {
  private pending: PendingHit[] = [];
  private flushScheduled = false;

  constructor(private readonly db: PgDatabase) {}

  hit(key: string, windowMs: number, now: Date): Promise<RateCount> {
    // Inside a caller's transaction the hit must be part of it (and a batch run later would not be).
    if (this.db.holdsWriteLock) return this.hitNow(key, windowMs, now);
    return new Promise((resolve, reject) => {
      this.pending.push({ key, windowMs, now, resolve, reject });
      if (this.flushScheduled) return;
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        void this.flush();
      });
    });
  }

  /** Sends the hits pending now: one statement per batch of distinct keys. */
  private async flush(): Promise<void> {
    let hits = this.pending;
    this.pending = [];
    while (hits.length) {
      // One row per key in a statement (ON CONFLICT cannot touch a row twice); a key's hits with
      // another window (not made by the web chat's limiters, which fix one per key) wait for the next.
      const groups = new Map<string, { windowMs: number; now: Date; hits: PendingHit[] }>();
      const later: PendingHit[] = [];
      for (const hit of hits) {
        const group = groups.get(hit.key);
        if (!group) groups.set(hit.key, { windowMs: hit.windowMs, now: hit.now, hits: [hit] });
        else if (group.windowMs !== hit.windowMs) later.push(hit);
        else {
          group.hits.push(hit);
          if (hit.now > group.now) group.now = hit.now;
        }
      }
      await this.send(groups);
      hits = later;
    }
  }

  private async send(groups: Map<string, { windowMs: number; now: Date; hits: PendingHit[] }>): Promise<void> {
    const keys = [...groups.keys()].sort();
    const params = [
      keys,
      keys.map((k) => groups.get(k)!.hits.length),
      keys.map((k) => groups.get(k)!.now.toISOString()),
      keys.map((k) => new Date(groups.get(k)!.now.getTime() + groups.get(k)!.windowMs).toISOString()),
    ];
    try {
      let rows: unknown[] | undefined;
      for (let attempt = 1; !rows; attempt++) {
        try {
          rows = await this.db.all(HIT_BATCH, params);
        } catch (error) {
          if ((error as { code?: string }).code !== '40P01' || attempt > DEADLOCK_RETRIES) throw error;
        }
      }
      for (const raw of rows) {
        const row = batchRow.parse(raw);
        const group = groups.get(row.key)!;
        const resetAt = new Date(row.reset_at);
        // The row counts this batch's hits last: the first of them is number hits - n + 1.
        group.hits.forEach((hit, i) => hit.resolve({ hits: row.hits - group.hits.length + 1 + i, resetAt }));
        groups.delete(row.key);
      }
      for (const group of groups.values()) for (const hit of group.hits) hit.reject(new Error('rate counter: a key of the batch came back without its row'));
    } catch (error) {
      for (const group of groups.values()) for (const hit of group.hits) hit.reject(error);
    }
  }

  /** One hit in one statement (inside a transaction). */
  private async hitNow(key: string, windowMs: number, now: Date): Promise<RateCount> {
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
