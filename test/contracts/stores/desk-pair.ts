/**
 * Two "instances" of the desk's stores on one database, for the contract suites: on SQLite two
 * connections to one file (two processes), on PostgreSQL two PgDatabase pools (two app instances).
 * A store's promises are checked on `a`; races between instances use `a` and `b` together.
 */
import path from 'node:path';
import { FixedClock } from '../../../kernel/clock';
import { openPostgresDesk, type PostgresDesk } from '../../../storage/postgres/open-postgres-desk';
import { openSqliteDesk, type SqliteDesk } from '../../../storage/sqlite/open-desk';
import { DEFAULT_SLA } from '../../../tickets/sla';
import { tempDir } from '../../../testing/temp-dir';
import { freshPostgresUrl } from '../../helpers/postgres';

export interface DeskPair<T> {
  a: T;
  b: T;
  clock: FixedClock;
  close(): Promise<void>;
}

const SETTINGS = (clock: FixedClock) => ({ clock, sla: DEFAULT_SLA, timeZone: 'Asia/Shanghai' });

export async function openSqlitePair(start = '2026-12-05T08:00:00Z'): Promise<DeskPair<SqliteDesk> & { file: string }> {
  const folder = tempDir('desk-pair-');
  const clock = new FixedClock(start);
  const file = path.join(folder.dir, 'desk.db');
  const a = await openSqliteDesk(file, SETTINGS(clock));
  const b = await openSqliteDesk(file, SETTINGS(clock));
  return {
    a,
    b,
    clock,
    file,
    close: async () => {
      await Promise.all([a.close(), b.close()]);
      folder.cleanup();
    },
  };
}

export async function openPostgresPair(start = '2026-12-05T08:00:00Z', url?: string): Promise<DeskPair<PostgresDesk> & { url: string }> {
  const where = url ?? (await freshPostgresUrl());
  const clock = new FixedClock(start);
  const [a, b] = await Promise.all([openPostgresDesk(where, { ...SETTINGS(clock), poolSize: 8 }), openPostgresDesk(where, { ...SETTINGS(clock), poolSize: 8 })]);
  return { a, b, clock, url: where, close: async () => void (await Promise.all([a.close(), b.close()])) };
}

/** Maps a pair of desks to a pair of one of their stores. */
export function pairOf<D, T>(pair: DeskPair<D>, pick: (desk: D) => T): DeskPair<T> {
  return { a: pick(pair.a), b: pick(pair.b), clock: pair.clock, close: () => pair.close() };
}
