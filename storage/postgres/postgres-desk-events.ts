/**
 * `DeskEvents` on PostgreSQL: the id and the event's effect commit in one transaction. The same
 * event arriving at two instances at once: the second INSERT waits on the first one's key until
 * that commits (then does nothing: not first) or rolls back (then it is first and runs the work).
 */
import type { DeskEvents, Once } from '../../bot/desk-events';
import type { Clock } from '../../kernel/clock';
import type { PgDatabase } from './pg-database';

export class PostgresDeskEvents implements DeskEvents {
  constructor(
    private readonly db: PgDatabase,
    private readonly clock: Clock,
  ) {}

  once<T>(desk: string, eventId: string, work: () => Promise<T>): Promise<Once<T>> {
    return this.db.transaction(async (): Promise<Once<T>> => {
      const { changes } = await this.db.run('INSERT INTO desk_events (desk, event_id, handled_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [desk, eventId, this.clock.now().toISOString()]);
      if (!changes) return { first: false };
      return { first: true, value: await work() };
    });
  }

  async forget(before: Date): Promise<number> {
    const { changes } = await this.db.run('DELETE FROM desk_events WHERE handled_at < $1', [before.toISOString()]);
    return changes;
  }
}
