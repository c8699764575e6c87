/** `OutboxAdmin` on SQLite: stuck deliveries seen, retried or dropped by an operator (tickets/outbox-admin.ts). */
import type { Clock } from '../../kernel/clock';
import { ConflictError, NotFoundError } from '../../kernel/errors';
import { countStuck, type DestinationCounts, type OutboxAdmin, type StuckDelivery, type StuckKind } from '../../tickets/outbox-admin';
import { STUCK_WHERE, stuckCountRow, stuckRow } from '../outbox-rows';
import type { SqliteDatabase } from './database';

export type { DestinationCounts, StuckDelivery, StuckKind } from '../../tickets/outbox-admin';

export class SqliteOutboxAdmin implements OutboxAdmin {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly clock: Clock,
  ) {}

  async countsByDestination(): Promise<Record<string, DestinationCounts>> {
    const rows = await this.db.all(
      `SELECT destination, status, (status = 'pending' AND attempts > 0) AS retrying, waits_for, count(*) AS n
         FROM outbox WHERE status <> 'delivered' AND dropped_at IS NULL GROUP BY destination, status, retrying, waits_for`,
    );
    const counts: Record<string, DestinationCounts> = {};
    for (const raw of rows) countStuck(counts, stuckCountRow.parse(raw));
    return counts;
  }

  async list(filter: { destination?: string; states?: StuckKind[]; limit?: number } = {}): Promise<StuckDelivery[]> {
    const rows = await this.db.all(
      `SELECT id, destination, kind, status, attempts, last_error, created_at, next_attempt_at, payload, waits_for FROM outbox
        WHERE ${STUCK_WHERE}${filter.destination ? ' AND destination = ?' : ''} ORDER BY id LIMIT ?`,
      [...(filter.destination ? [filter.destination] : []), filter.limit ?? 200],
    );
    const items = rows.map((r) => stuckRow.parse(r));
    return filter.states?.length ? items.filter((i) => filter.states!.includes(i.state)) : items;
  }

  async retry(id: number): Promise<StuckDelivery> {
    return this.db.transaction(async () => {
      await this.mustBeUndelivered(id);
      await this.db.run(`UPDATE outbox SET status = 'pending', next_attempt_at = ?, dropped_at = NULL WHERE id = ?`, [this.clock.now().toISOString(), id]);
      return this.read(id);
    });
  }

  async drop(id: number): Promise<StuckDelivery> {
    return this.db.transaction(async () => {
      await this.mustBeUndelivered(id);
      await this.db.run(`UPDATE outbox SET status = 'dead', dropped_at = ? WHERE id = ?`, [this.clock.now().toISOString(), id]);
      return this.read(id);
    });
  }

  /** Inside the write transaction: SQLite's single writer means nobody delivers it meanwhile. */
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
