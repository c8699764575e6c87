/** `DeskEvents` on the desk database: the id and the event's effect commit in one transaction. */
import type { DeskEvents, Once } from '../../bot/desk-events';
import type { Clock } from '../../kernel/clock';
import type { SqliteDatabase } from './database';

export class SqliteDeskEvents implements DeskEvents {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly clock: Clock,
  ) {}

  once<T>(desk: string, eventId: string, work: () => Promise<T>): Promise<Once<T>> {
    // The stores `work` calls join this transaction (SqliteDatabase nests calls), so a failure
    // rolls back the mark with the effect.
    return this.db.transaction(async (): Promise<Once<T>> => {
      const { changes } = await this.db.run('INSERT INTO desk_events (desk, event_id, handled_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [desk, eventId, this.clock.now().toISOString()]);
      if (!changes) return { first: false };
      return { first: true, value: await work() };
    });
  }

  async forget(before: Date): Promise<number> {
    const { changes } = await this.db.transaction(() => this.db.run('DELETE FROM desk_events WHERE handled_at < ?', [before.toISOString()]));
    return changes;
  }
}
