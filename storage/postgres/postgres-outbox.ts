/**
 * `Outbox` on PostgreSQL. `enqueue` joins the caller's transaction, which is the point of an
 * outbox. Several instances' relays claim from it at once: see `claim`.
 */
import type { Clock } from '../../kernel/clock';
import { laneOf, type NewOutboxItem, type Outbox, type OutboxItem, type OutboxLease } from '../../tickets/outbox';
import { outboxRow } from '../outbox-rows';
import type { PgDatabase } from './pg-database';

const COLUMNS = 'id, destination, kind, payload::text AS payload, dedup_key, status, attempts, next_attempt_at, last_error, external_ref, lane, waits_for, sent_parts::text AS sent_parts';

/** `o` is not behind a pending item of its lane that waits out a retry or a hold ($2 is now). */
const NOT_BEHIND_A_WAIT = `NOT EXISTS (SELECT 1 FROM outbox b WHERE b.status = 'pending' AND b.destination = o.destination
                             AND b.lane IS NOT DISTINCT FROM o.lane AND b.next_attempt_at > $2 AND b.id < o.id)`;

/** Ends an item's lease once the outbox row is written (row first, then lease, as `claim` locks them). */
const endLease = (update: string) => `WITH u AS (${update} RETURNING id) DELETE FROM outbox_leases WHERE outbox_id IN (SELECT id FROM u)`;

export class PostgresOutbox implements Outbox {
  constructor(
    private readonly db: PgDatabase,
    private readonly clock: Clock,
  ) {}

  /**
   * Ids order a lane. Two instances queuing for one customer at the same moment may commit in the
   * other order than their ids; `claim` then never hands the lane's later items to a second sender,
   * but the two items may go out in commit order rather than id order.
   */
  async enqueue(item: NewOutboxItem): Promise<number | undefined> {
    const now = this.clock.now().toISOString();
    const due = item.notBefore && item.notBefore.toISOString() > now ? item.notBefore.toISOString() : now;
    const row = await this.db.get<{ id: number }>(
      `INSERT INTO outbox (destination, kind, payload, dedup_key, lane, status, waits_for, next_attempt_at, created_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9) ON CONFLICT (dedup_key) DO NOTHING RETURNING id`,
      [item.destination, item.kind, JSON.stringify(item.payload), item.dedupKey ?? null, laneOf(item) ?? null, item.waitsFor ? 'dead' : 'pending', item.waitsFor ?? null, due, now],
    );
    return row?.id;
  }

  async due(destination: string, now: Date, limit = 50): Promise<OutboxItem[]> {
    const rows = await this.db.all(
      `SELECT ${COLUMNS} FROM outbox o WHERE status = 'pending' AND destination = $1 AND next_attempt_at <= $2 AND ${NOT_BEHIND_A_WAIT}
        ORDER BY id LIMIT $3`,
      [destination, now.toISOString(), limit],
    );
    return rows.map((r) => outboxRow.parse(r));
  }

  /**
   * Two steps in one transaction. First the heads (each lane's earliest pending item) that are due
   * and not leased to another owner are locked `FOR UPDATE SKIP LOCKED`: a head another instance is
   * claiming right now is skipped, not waited for, so claims never queue behind each other. Then,
   * with a fresh snapshot taken after the locks (one that sees any lease committed meanwhile), the
   * lanes of those heads are leased from the head on, as far as nothing waits out a retry and no
   * item is leased to someone else (an item committed late with a lower id must not hand a lane's
   * later items to a second sender).
   */
  async claim(destination: string, lease: OutboxLease, limit = 50): Promise<OutboxItem[]> {
    const at = lease.now.toISOString();
    const until = new Date(lease.now.getTime() + lease.leaseMs).toISOString();
    return this.db.transaction(async () => {
      const heads = await this.db.all<{ id: number }>(
        `SELECT o.id FROM outbox o
          WHERE o.status = 'pending' AND o.destination = $1 AND o.next_attempt_at <= $2
            AND NOT EXISTS (SELECT 1 FROM outbox b WHERE b.status = 'pending' AND b.destination = o.destination
                              AND b.lane IS NOT DISTINCT FROM o.lane AND b.id < o.id)
            AND NOT EXISTS (SELECT 1 FROM outbox_leases l WHERE l.outbox_id = o.id AND l.owner <> $3 AND l.until > $2)
          ORDER BY o.id LIMIT $4
          FOR UPDATE OF o SKIP LOCKED`,
        [destination, at, lease.owner, limit],
      );
      if (!heads.length) return [];
      const leased = await this.db.all<{ outbox_id: number }>(
        `WITH heads AS (
           SELECT o.id, o.lane FROM outbox o
            WHERE o.id = ANY($4::int[]) AND o.status = 'pending' AND o.next_attempt_at <= $2
              AND NOT EXISTS (SELECT 1 FROM outbox b WHERE b.status = 'pending' AND b.destination = o.destination
                                AND b.lane IS NOT DISTINCT FROM o.lane AND b.id < o.id)
              AND NOT EXISTS (SELECT 1 FROM outbox_leases l WHERE l.outbox_id = o.id AND l.owner <> $3 AND l.until > $2)
         ), picked AS (
           SELECT o.id FROM heads h
             JOIN outbox o ON o.destination = $1 AND o.lane IS NOT DISTINCT FROM h.lane AND o.id >= h.id
            WHERE o.status = 'pending' AND o.next_attempt_at <= $2
              AND NOT EXISTS (
                SELECT 1 FROM outbox b LEFT JOIN outbox_leases l ON l.outbox_id = b.id AND l.owner <> $3 AND l.until > $2
                 WHERE b.status = 'pending' AND b.destination = o.destination AND b.lane IS NOT DISTINCT FROM o.lane
                   AND b.id >= h.id AND b.id <= o.id
                   AND ((b.id < o.id AND b.next_attempt_at > $2) OR l.outbox_id IS NOT NULL))
            ORDER BY o.id LIMIT $6
         )
         INSERT INTO outbox_leases (outbox_id, owner, until) SELECT id, $3, $5 FROM picked
         ON CONFLICT (outbox_id) DO UPDATE SET owner = excluded.owner, until = excluded.until
         RETURNING outbox_id`,
        [destination, at, lease.owner, heads.map((h) => h.id), until, limit],
      );
      if (!leased.length) return [];
      const rows = await this.db.all(`SELECT ${COLUMNS} FROM outbox WHERE id = ANY($1::int[]) ORDER BY id`, [leased.map((l) => l.outbox_id)]);
      return rows.map((r) => outboxRow.parse(r));
    });
  }

  async markDelivered(id: number, externalRef: string | undefined, now: Date): Promise<void> {
    await this.db.run(endLease(`UPDATE outbox SET status = 'delivered', external_ref = $1, delivered_at = $2, attempts = attempts + 1 WHERE id = $3`), [externalRef ?? null, now.toISOString(), id]);
  }

  async markPartSent(id: number, part: string): Promise<void> {
    // One statement: two instances never both append, and a part already listed is not added again.
    await this.db.run(
      `UPDATE outbox SET sent_parts = coalesce(sent_parts, '[]'::jsonb) || jsonb_build_array($1::text)
        WHERE id = $2 AND NOT (coalesce(sent_parts, '[]'::jsonb) @> jsonb_build_array($1::text))`,
      [part, id],
    );
  }

  async markDeliveredByKey(dedupKey: string, externalRef: string, now: Date): Promise<boolean> {
    const { rows } = await this.db.run(
      `UPDATE outbox SET status = 'delivered', external_ref = $1, delivered_at = $2, attempts = attempts + 1
        WHERE dedup_key = $3 AND status = 'pending' RETURNING id`,
      [externalRef, now.toISOString(), dedupKey],
    );
    return rows.length > 0;
  }

  async markDeliveredByKeys(dedupKeys: readonly string[], externalRef: string, now: Date): Promise<number> {
    if (!dedupKeys.length) return 0;
    const { changes } = await this.db.run(
      `UPDATE outbox SET status = 'delivered', external_ref = $1, delivered_at = $2, attempts = attempts + 1
        WHERE dedup_key = ANY($3::text[]) AND status = 'pending'`,
      [externalRef, now.toISOString(), [...dedupKeys]],
    );
    return changes;
  }

  async holdByKey(dedupKey: string, until: Date, now: Date): Promise<boolean> {
    const { changes } = await this.db.run(`UPDATE outbox SET next_attempt_at = $1 WHERE dedup_key = $2 AND status = 'pending' AND attempts = 0 AND next_attempt_at > $3`, [
      until.toISOString(),
      dedupKey,
      now.toISOString(),
    ]);
    return changes > 0;
  }

  async releaseByKey(dedupKey: string, now: Date): Promise<void> {
    const at = now.toISOString();
    await this.db.run(`UPDATE outbox SET next_attempt_at = $1 WHERE dedup_key = $2 AND status = 'pending' AND next_attempt_at > $1`, [at, dedupKey]);
  }

  async parkByKey(dedupKey: string, reason: string): Promise<void> {
    await this.db.run(`UPDATE outbox SET last_error = $1, status = 'dead', waits_for = 'customer' WHERE dedup_key = $2 AND status = 'pending'`, [reason.slice(0, 2000), dedupKey]);
  }

  async markFailed(id: number, error: string, retryAt: Date | undefined): Promise<void> {
    await this.db.run(endLease(`UPDATE outbox SET attempts = attempts + 1, last_error = $1, status = $2, next_attempt_at = coalesce($3, next_attempt_at) WHERE id = $4 AND status = 'pending'`), [
      error.slice(0, 2000),
      retryAt ? 'pending' : 'dead',
      retryAt?.toISOString() ?? null,
      id,
    ]);
  }

  async markParked(id: number, error: string): Promise<void> {
    await this.db.run(endLease(`UPDATE outbox SET attempts = attempts + 1, last_error = $1, status = 'dead', waits_for = 'customer' WHERE id = $2 AND status = 'pending'`), [error.slice(0, 2000), id]);
  }

  async waiting(destination: string, lane: string): Promise<OutboxItem[]> {
    const rows = await this.db.all(`SELECT ${COLUMNS} FROM outbox WHERE destination = $1 AND lane = $2 AND (status = 'pending' OR (status = 'dead' AND waits_for = 'customer')) ORDER BY id`, [
      destination,
      lane,
    ]);
    return rows.map((r) => outboxRow.parse(r));
  }

  async revive(destination: string, lane: string, now: Date): Promise<number> {
    const { changes } = await this.db.run(
      `UPDATE outbox SET status = 'pending', waits_for = NULL, next_attempt_at = $1 WHERE destination = $2 AND lane = $3 AND status = 'dead' AND waits_for = 'customer'`,
      [now.toISOString(), destination, lane],
    );
    return changes;
  }

  async pendingCount(destination?: string): Promise<number> {
    const row = await this.db.get<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE status = 'pending'${destination ? ' AND destination = $1' : ''}`, destination ? [destination] : []);
    return row?.n ?? 0;
  }
}
