/**
 * `OutboxAdmin` on PostgreSQL. Retry and drop lock the row they check (`FOR UPDATE`): a relay on
 * another instance may be marking it delivered at that moment, and a delivered item must never
 * be made pending again (it would be sent twice).
 */
import type { Clock } from '../../kernel/clock';
import { ConflictError, NotFoundError } from '../../kernel/errors';
import { countStuck, type DestinationCounts, type OutboxAdmin, type StuckDelivery, type StuckKind } from '../../tickets/outbox-admin';
import { STUCK_WHERE, stuckCountRow, stuckRow } from '../outbox-rows';
import type { PgDatabase } from './pg-database';

const COLUMNS = 'id, destination, kind, status, attempts, last_error, created_at, next_attempt_at, payload::text AS payload, waits_for';

export class PostgresOutboxAdmin implements OutboxAdmin {
  constructor(
    private readonly db: PgDatabase,
    private readonly clock: Clock,
  ) {}

  async countsByDestination(): Promise<Record<string, DestinationCounts>> {
    const rows = await this.db.all(
      `SELECT destination, status, (status = 'pending' AND attempts > 0)::int AS retrying, waits_for, count(*)::int AS n
         FROM outbox WHERE status <> 'delivered' AND dropped_at IS NULL GROUP BY destination, status, retrying, waits_for`,
    );
    const counts: Record<string, DestinationCounts> = {};
    for (const raw of rows) countStuck(counts, stuckCountRow.parse(raw));
    return counts;
  }

  async list(filter: { destination?: string; states?: StuckKind[]; limit?: number } = {}): Promise<StuckDelivery[]> {
    const rows = await this.db.all(`SELECT ${COLUMNS} FROM outbox WHERE ${STUCK_WHERE}${filter.destination ? ' AND destination = $2' : ''} ORDER BY id LIMIT $1`, [
      filter.limit ?? 200,
      ...(filter.destination ? [filter.destination] : []),
    ]);
    const items = rows.map((r) => stuckRow.parse(r));
    return filter.states?.length ? items.filter((i) => filter.states!.includes(i.state)) : items;
  }

  async retry(id: number): Promise<StuckDelivery> {
    return this.db.transaction(async () => {
      await this.lockUndelivered(id);
      await this.db.run(`UPDATE outbox SET status = 'pending', next_attempt_at = $1, dropped_at = NULL WHERE id = $2`, [this.clock.now().toISOString(), id]);
      return this.read(id);
    });
  }

  async drop(id: number): Promise<StuckDelivery> {
    return this.db.transaction(async () => {
      await this.lockUndelivered(id);
      await this.db.run(`UPDATE outbox SET status = 'dead', dropped_at = $1 WHERE id = $2`, [this.clock.now().toISOString(), id]);
      return this.read(id);
    });
  }

  private async lockUndelivered(id: number): Promise<void> {
    const row = await this.db.get<{ status: string }>('SELECT status FROM outbox WHERE id = $1 FOR UPDATE', [id]);
    if (!row) throw new NotFoundError('outbox_item_not_found', `没有编号为 ${id} 的投递 / no delivery with id ${id}`);
    if (row.status === 'delivered') throw new ConflictError('outbox_item_delivered', `投递 ${id} 已经送达 / delivery ${id} was already delivered`);
  }

  private async read(id: number): Promise<StuckDelivery> {
    return stuckRow.parse(await this.db.get(`SELECT ${COLUMNS} FROM outbox WHERE id = $1`, [id]));
  }
}
