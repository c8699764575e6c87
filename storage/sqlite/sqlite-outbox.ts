/** `Outbox` on SQLite. `enqueue` joins the caller's transaction, which is the point of an outbox. */
import type { Clock } from '../../kernel/clock';
import { laneOf, type NewOutboxItem, type Outbox, type OutboxItem, type OutboxLease } from '../../tickets/outbox';
import type { SqliteDatabase } from './database';
import { outboxRow } from '../outbox-rows';

export class SqliteOutbox implements Outbox {
  /**
   * Leases live in memory: a SQLite desk is one process, whose restart must send again at once
   * what was not confirmed (as before leases existed), not wait for leases to lapse.
   */
  private readonly leases = new Map<number, { owner: string; until: number }>();

  constructor(
    private readonly db: SqliteDatabase,
    private readonly clock: Clock,
  ) {}

  async enqueue(item: NewOutboxItem): Promise<number | undefined> {
    return this.db.transaction(async () => {
      const now = this.clock.now().toISOString();
      const due = item.notBefore && item.notBefore.toISOString() > now ? item.notBefore.toISOString() : now;
      const { lastID, changes } = await this.db.run(
        `INSERT INTO outbox (destination, kind, payload, dedup_key, lane, status, waits_for, next_attempt_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedup_key) DO NOTHING`,
        [item.destination, item.kind, JSON.stringify(item.payload), item.dedupKey ?? null, laneOf(item) ?? null, item.waitsFor ? 'dead' : 'pending', item.waitsFor ?? null, due, now],
      );
      return changes ? lastID : undefined;
    });
  }

  /**
   * Items due now, oldest first, leaving out any item queued after a pending item of the same
   * lane that is waiting out a retry or a hold for an inline answer: one lane's deliveries never overtake each other (a relayed
   * customer message must not reach the agents' thread before the handoff post that opens it;
   * one customer's replies arrive in order), while other lanes go on.
   */
  async due(destination: string, now: Date, limit = 50): Promise<OutboxItem[]> {
    const at = now.toISOString();
    const rows = await this.db.all(
      `SELECT * FROM outbox o WHERE status = 'pending' AND destination = ? AND next_attempt_at <= ?
         AND NOT EXISTS (SELECT 1 FROM outbox b WHERE b.status = 'pending' AND b.destination = o.destination
                           AND b.lane IS o.lane AND b.next_attempt_at > ? AND b.id < o.id)
       ORDER BY id LIMIT ?`,
      [destination, at, at, limit],
    );
    return rows.map((r) => outboxRow.parse(r));
  }

  async claim(destination: string, lease: OutboxLease, limit = 50): Promise<OutboxItem[]> {
    // `due` lists each lane's earliest pending item first (a later one is never due before it).
    const due = await this.due(destination, lease.now, limit);
    const now = lease.now.getTime();
    for (const [id, old] of this.leases) if (old.until <= now) this.leases.delete(id);
    // A lane is skipped from its first item leased to another owner on (its head, usually).
    const held = new Set<string | undefined>();
    const claimed: OutboxItem[] = [];
    for (const item of due) {
      if (held.has(item.lane)) continue;
      const other = this.leases.get(item.id);
      if (other && other.owner !== lease.owner && other.until > now) {
        held.add(item.lane);
        continue;
      }
      this.leases.set(item.id, { owner: lease.owner, until: now + lease.leaseMs });
      claimed.push(item);
    }
    return claimed;
  }

  async markDelivered(id: number, externalRef: string | undefined, now: Date): Promise<void> {
    this.leases.delete(id);
    await this.db.transaction(() =>
      this.db.run(`UPDATE outbox SET status = 'delivered', external_ref = ?, delivered_at = ?, attempts = attempts + 1 WHERE id = ?`, [externalRef ?? null, now.toISOString(), id]),
    );
  }

  async markPartSent(id: number, part: string): Promise<void> {
    await this.db.transaction(() =>
      this.db.run(
        `UPDATE outbox SET sent_parts = json_insert(coalesce(sent_parts, '[]'), '$[#]', ?)
          WHERE id = ? AND NOT EXISTS (SELECT 1 FROM json_each(coalesce(sent_parts, '[]')) WHERE value = ?)`,
        [part, id, part],
      ),
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

  async markDeliveredByKeys(dedupKeys: readonly string[], externalRef: string, now: Date): Promise<number> {
    if (!dedupKeys.length) return 0;
    // The keys as one JSON array: one prepared statement for any batch size.
    const { changes } = await this.db.transaction(() =>
      this.db.run(
        `UPDATE outbox SET status = 'delivered', external_ref = ?, delivered_at = ?, attempts = attempts + 1
          WHERE dedup_key IN (SELECT value FROM json_each(?)) AND status = 'pending'`,
        [externalRef, now.toISOString(), JSON.stringify(dedupKeys)],
      ),
    );
    return changes;
  }

  async holdByKey(dedupKey: string, until: Date, now: Date): Promise<boolean> {
    const { changes } = await this.db.transaction(() =>
      this.db.run(`UPDATE outbox SET next_attempt_at = ? WHERE dedup_key = ? AND status = 'pending' AND attempts = 0 AND next_attempt_at > ?`, [until.toISOString(), dedupKey, now.toISOString()]),
    );
    return changes > 0;
  }

  async releaseByKey(dedupKey: string, now: Date): Promise<void> {
    const at = now.toISOString();
    await this.db.transaction(() => this.db.run(`UPDATE outbox SET next_attempt_at = ? WHERE dedup_key = ? AND status = 'pending' AND next_attempt_at > ?`, [at, dedupKey, at]));
  }

  async parkByKey(dedupKey: string, reason: string): Promise<void> {
    await this.db.transaction(() =>
      this.db.run(`UPDATE outbox SET last_error = ?, status = 'dead', waits_for = 'customer' WHERE dedup_key = ? AND status = 'pending'`, [reason.slice(0, 2000), dedupKey]),
    );
  }

  /**
   * `retryAt` undefined means give up: the item is kept as dead for a human to look at. An item
   * delivered meanwhile another way (an official account's passive answer) stays delivered.
   */
  async markFailed(id: number, error: string, retryAt: Date | undefined): Promise<void> {
    this.leases.delete(id);
    await this.db.transaction(() =>
      this.db.run(`UPDATE outbox SET attempts = attempts + 1, last_error = ?, status = ?, next_attempt_at = coalesce(?, next_attempt_at) WHERE id = ? AND status = 'pending'`, [
        error.slice(0, 2000),
        retryAt ? 'pending' : 'dead',
        retryAt?.toISOString() ?? null,
        id,
      ]),
    );
  }

  async markParked(id: number, error: string): Promise<void> {
    this.leases.delete(id);
    await this.db.transaction(() =>
      this.db.run(`UPDATE outbox SET attempts = attempts + 1, last_error = ?, status = 'dead', waits_for = 'customer' WHERE id = ? AND status = 'pending'`, [error.slice(0, 2000), id]),
    );
  }

  async waiting(destination: string, lane: string): Promise<OutboxItem[]> {
    const rows = await this.db.all(`SELECT * FROM outbox WHERE destination = ? AND lane = ? AND (status = 'pending' OR (status = 'dead' AND waits_for = 'customer')) ORDER BY id`, [destination, lane]);
    return rows.map((r) => outboxRow.parse(r));
  }

  async revive(destination: string, lane: string, now: Date): Promise<number> {
    return this.db.transaction(async () => {
      const { changes } = await this.db.run(
        `UPDATE outbox SET status = 'pending', waits_for = NULL, next_attempt_at = ? WHERE destination = ? AND lane = ? AND status = 'dead' AND waits_for = 'customer'`,
        [now.toISOString(), destination, lane],
      );
      return changes;
    });
  }

  async pendingCount(destination?: string): Promise<number> {
    const row = await this.db.get<{ n: number }>(`SELECT count(*) AS n FROM outbox WHERE status = 'pending'${destination ? ' AND destination = ?' : ''}`, destination ? [destination] : []);
    return row?.n ?? 0;
  }
}
