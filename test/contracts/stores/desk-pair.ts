/**
 * Two "instances" of the desk's stores on one database, for the contract suites: on SQLite two
 * connections to one file (two processes), on PostgreSQL two PgDatabase pools (two app instances).
 * A store's promises are checked on `a`; races between instances use `a` and `b` together.
 */
import path from 'node:path';
import type { FixedClock } from '../../../kernel/clock';
import type { PostgresDesk } from '../../../storage/postgres/open-postgres-desk';
import { openSqliteDesk, type SqliteDesk } from '../../../storage/sqlite/open-desk';
import { openTestDesk, testDeskSettings } from '../../../testing/desk';
import { openPostgresTestDesk } from '../../helpers/postgres-desk';

export interface DeskPair<T> {
  a: T;
  b: T;
  clock: FixedClock;
  close(): Promise<void>;
}

export async function openSqlitePair(start = '2026-12-05T08:00:00Z'): Promise<DeskPair<SqliteDesk> & { file: string }> {
  const a = await openTestDesk(start);
  const file = path.join(a.dir, 'desk.db');
  const b = await openSqliteDesk(file, testDeskSettings(a.clock));
  return {
    a,
    b,
    clock: a.clock,
    file,
    close: async () => {
      await b.close();
      await a.dispose();
    },
  };
}

export async function openPostgresPair(start = '2026-12-05T08:00:00Z', url?: string): Promise<DeskPair<PostgresDesk> & { url: string }> {
  const a = await openPostgresTestDesk(start, { url, poolSize: 8 });
  const b = await openPostgresTestDesk(start, { url: a.url, clock: a.clock, poolSize: 8 });
  return { a, b, clock: a.clock, url: a.url, close: async () => void (await Promise.all([a.dispose(), b.dispose()])) };
}

/** Maps a pair of desks to a pair of one of their stores. */
export function pairOf<D, T>(pair: DeskPair<D>, pick: (desk: D) => T): DeskPair<T> {
  return { a: pick(pair.a), b: pick(pair.b), clock: pair.clock, close: () => pair.close() };
}
