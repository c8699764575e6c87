/**
 * What an operator does with deliveries that did not go out: see them (per destination, for
 * /healthz, and one by one, for `aftersales outbox list`), send one again, or give it up.
 *
 * "Stuck" means any delivery that is neither delivered nor plainly queued: given up as dead by
 * the relay, in any other state a channel parks one in (a WeChat reply waiting for the customer to
 * write first), or still pending after failed attempts. A dropped delivery keeps its row (and so
 * its history) with `dropped_at` set, so nobody can later wonder whether the customer got it.
 */
import { z } from 'zod';
import type { Clock } from '../../kernel/clock';
import { ConflictError, NotFoundError } from '../../kernel/errors';
import type { SqliteDatabase } from './database';

export type StuckKind = 'dead' | 'retrying' | 'parked';

export interface StuckDelivery {
  id: number;
  destination: string;
  kind: string;
  /** dead: the relay gave up; retrying: pending after failed attempts; parked: held by its channel. */
  state: StuckKind;
  attempts: number;
  lastError?: string;
  createdAt: string;
  nextAttemptAt: string;
  payload: unknown;
}

export interface DestinationCounts {
  pending: number;
  retrying: number;
  dead: number;
  parked: number;
}

const stuckRow = z
  .object({
    id: z.number(),
    destination: z.string(),
    kind: z.string(),
    status: z.string(),
    attempts: z.number(),
    last_error: z.string().nullable(),
    created_at: z.string(),
    next_attempt_at: z.string(),
    payload: z.string(),
    waits_for: z.string().nullable().optional(),
  })
  .transform(
    (r): StuckDelivery => ({
      id: r.id,
      destination: r.destination,
      kind: r.kind,
      state: stateOf(r.status, r.waits_for),
      attempts: r.attempts,
      ...(r.last_error ? { lastError: r.last_error } : {}),
      createdAt: r.created_at,
      nextAttemptAt: r.next_attempt_at,
      payload: safeJson(r.payload),
    }),
  );

const countRow = z.object({ destination: z.string(), status: z.string(), retrying: z.number(), waits_for: z.string().nullable(), n: z.number() });

/** Not delivered, not dropped, and either failed before or not in the relay's plain queue. */
const STUCK = `status <> 'delivered' AND dropped_at IS NULL AND (status <> 'pending' OR attempts > 0)`;

export class SqliteOutboxAdmin {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly clock: Clock,
  ) {}

  /** Undelivered items per destination: queued, failing and retrying, given up, parked. */
  async countsByDestination(): Promise<Record<string, DestinationCounts>> {
    const rows = await this.db.all(
      `SELECT destination, status, (status = 'pending' AND attempts > 0) AS retrying, waits_for, count(*) AS n
         FROM outbox WHERE status <> 'delivered' AND dropped_at IS NULL GROUP BY destination, status, retrying, waits_for`,
    );
    const counts: Record<string, DestinationCounts> = {};
    for (const raw of rows) {
      const r = countRow.parse(raw);
      const c = (counts[r.destination] ??= { pending: 0, retrying: 0, dead: 0, parked: 0 });
      if (r.status === 'pending') c[r.retrying ? 'retrying' : 'pending'] += r.n;
      else c[stateOf(r.status, r.waits_for) === 'dead' ? 'dead' : 'parked'] += r.n;
    }
    return counts;
  }

  async list(filter: { destination?: string; states?: StuckKind[]; limit?: number } = {}): Promise<StuckDelivery[]> {
    const rows = await this.db.all(
      `SELECT id, destination, kind, status, attempts, last_error, created_at, next_attempt_at, payload, waits_for FROM outbox
        WHERE ${STUCK}${filter.destination ? ' AND destination = ?' : ''} ORDER BY id LIMIT ?`,
      [...(filter.destination ? [filter.destination] : []), filter.limit ?? 200],
    );
    const items = rows.map((r) => stuckRow.parse(r));
    return filter.states?.length ? items.filter((i) => filter.states!.includes(i.state)) : items;
  }

  /** Sends a stuck delivery again at the relay's next look (a dropped one too, if asked by id). */
  async retry(id: number): Promise<StuckDelivery> {
    return this.db.transaction(async () => {
      await this.mustBeUndelivered(id);
      await this.db.run(`UPDATE outbox SET status = 'pending', next_attempt_at = ?, dropped_at = NULL WHERE id = ?`, [this.clock.now().toISOString(), id]);
      return this.read(id);
    });
  }

  /** Gives a delivery up for good: the relay never sends it; the row stays, marked dropped. */
  async drop(id: number): Promise<StuckDelivery> {
    return this.db.transaction(async () => {
      await this.mustBeUndelivered(id);
      await this.db.run(`UPDATE outbox SET status = 'dead', dropped_at = ? WHERE id = ?`, [this.clock.now().toISOString(), id]);
      return this.read(id);
    });
  }

  private async mustBeUndelivered(id: number): Promise<void> {
    const row = await this.db.get<{ status: string }>('SELECT status FROM outbox WHERE id = ?', [id]);
    if (!row) throw new NotFoundError('outbox_item_not_found', `没有编号为 ${id} 的投递 / no delivery with id ${id}`);
    if (row.status === 'delivered') throw new ConflictError('outbox_item_delivered', `投递 ${id} 已经送达 / delivery ${id} was already delivered`);
  }

  private async read(id: number): Promise<StuckDelivery> {
    const row = await this.db.get('SELECT id, destination, kind, status, attempts, last_error, created_at, next_attempt_at, payload, waits_for FROM outbox WHERE id = ?', [id]);
    return stuckRow.parse(row);
  }
}

/** Parked: held until the customer writes again (WeChat's 48-hour and 5-message rules), not given up. */
function stateOf(status: string, waitsFor?: string | null): StuckKind {
  if (status === 'dead') return waitsFor ? 'parked' : 'dead';
  if (status === 'pending') return 'retrying';
  return 'parked';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
