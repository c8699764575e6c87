/**
 * Waits until some session of this database is blocked on a lock: proof that a second instance's
 * statement has reached the row or key the first one holds, so a race test really overlaps them.
 */
import type { PgDatabase } from '../../storage/postgres/pg-database';

export async function untilSomeoneWaitsForALock(observer: PgDatabase, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await observer.get<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
    if (row && row.n > 0) return;
    if (Date.now() > deadline) throw new Error('no session ever waited for a lock: the race did not happen');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
