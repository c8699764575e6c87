/** `Outbox` on SQLite. `enqueue` joins the caller's transaction, which is the point of an outbox. */
import { z } from 'zod';
import type { Clock } from '../../kernel/clock';
import type { NewOutboxItem, Outbox, OutboxItem } from '../outbox';
import type { SqliteDatabase } from './database';
import { dropUndefined } from './rows';

const outboxRow = z
  .object({
    id: z.number(),
    destination: z.string(),
    kind: z.string(),
    payload: z.string(),
    dedup_key: z.string().nullable(),
    status: z.enum(['pending', 'delivered', 'dead']),
    attempts: z.number(),
    next_attempt_at: z.string(),
    last_error: z.string().nullable(),
    external_ref: z.string().nullable(),
  })
  .transform(
    (r): OutboxItem =>
      dropUndefined({
        id: r.id,
        destination: r.destination,
        kind: r.kind,
        payload: JSON.parse(r.payload) as unknown,
        dedupKey: r.dedup_key ?? undefined,
        status: r.status,
        attempts: r.attempts,
        nextAttemptAt: r.next_attempt_at,
        lastError: r.last_error ?? undefined,
        externalRef: r.external_ref ?? undefined,
      }),
  );

export class SqliteOutbox implements Outbox {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly clock: Clock,
  ) {}

  async enqueue(item: NewOutboxItem): Promise<number | undefined> {
    return this.db.transaction(async () => {
      const now = this.clock.now().toISOString();
      const due = item.notBefore && item.notBefore.toISOString() > now ? item.notBefore.toISOString() : now;
      const { lastID, changes } = await this.db.run(
        `INSERT INTO outbox (destination, kind, payload, dedup_key, next_attempt_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dedup_key) DO NOTHING`,
        [item.destination, item.kind, JSON.stringify(item.payload), item.dedupKey ?? null, due, now],
      );
      return changes ? lastID : undefined;
    });
  }

  /**
   * Items due now, oldest first, stopping before the oldest pending item that is waiting out a
   * retry: one destination's deliveries never overtake each other (a relayed customer message
   * must not reach the agents' thread before the handoff post that opens it).
   */
  async due(destination: string, now: Date, limit = 50): Promise<OutboxItem[]> {
    const at = now.toISOString();
    const rows = await this.db.all(
      `SELECT * FROM outbox WHERE status = 'pending' AND destination = ? AND next_attempt_at <= ?
         AND id < coalesce((SELECT min(id) FROM outbox WHERE status = 'pending' AND destination = ? AND next_attempt_at > ?), 9223372036854775807)
       ORDER BY id LIMIT ?`,
      [destination, at, destination, at, limit],
    );
    return rows.map((r) => outboxRow.parse(r));
  }

  async markDelivered(id: number, externalRef: string | undefined, now: Date): Promise<void> {
    await this.db.transaction(() =>
      this.db.run(`UPDATE outbox SET status = 'delivered', external_ref = ?, delivered_at = ?, attempts = attempts + 1 WHERE id = ?`, [
        externalRef ?? null,
        now.toISOString(),
        id,
      ]),
    );
  }

  async markDeliveredByKey(dedupKey: string, externalRef: string, now: Date): Promise<boolean> {
    const { changes } = await this.db.transaction(() =>
      this.db.run(`UPDATE outbox SET status = 'delivered', external_ref = ?, delivered_at = ?, attempts = attempts + 1 WHERE dedup_key = ? AND status = 'pending'`, [
        externalRef,
        now.toISOString(),
        dedupKey,
      ]),
    );
    return changes > 0;
  }

  async holdByKey(dedupKey: string, until: Date, now: Date): Promise<boolean> {
    const { changes } = await this.db.transaction(() =>
      this.db.run(`UPDATE outbox SET next_attempt_at = ? WHERE dedup_key = ? AND status = 'pending' AND next_attempt_at > ?`, [until.toISOString(), dedupKey, now.toISOString()]),
    );
    return changes > 0;
  }

  async releaseByKey(dedupKey: string, now: Date): Promise<void> {
    const at = now.toISOString();
    await this.db.transaction(() =>
      this.db.run(`UPDATE outbox SET next_attempt_at = ? WHERE dedup_key = ? AND status = 'pending' AND next_attempt_at > ?`, [at, dedupKey, at]),
    );
  }

  /** `retryAt` undefined means give up: the item is kept as dead for a human to look at. */
  async markFailed(id: number, error: string, retryAt: Date | undefined): Promise<void> {
    await this.db.transaction(() =>
      this.db.run(
        `UPDATE outbox SET attempts = attempts + 1, last_error = ?, status = ?, next_attempt_at = coalesce(?, next_attempt_at) WHERE id = ?`,
        [error.slice(0, 2000), retryAt ? 'pending' : 'dead', retryAt?.toISOString() ?? null, id],
      ),
    );
  }

  async pendingCount(destination?: string): Promise<number> {
    const row = await this.db.get<{ n: number }>(
      `SELECT count(*) AS n FROM outbox WHERE status = 'pending'${destination ? ' AND destination = ?' : ''}`,
      destination ? [destination] : [],
    );
    return row?.n ?? 0;
  }
}
