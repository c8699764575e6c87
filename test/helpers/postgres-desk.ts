/**
 * The PostgreSQL twin of testing/desk.ts `openTestDesk`: the whole desk on a fresh database of
 * this test file's server (test/helpers/postgres.ts), with a fixed clock. Given `url`, it opens a
 * second instance (its own pool, as another app process would hold) on that same database.
 */
import { FixedClock } from '../../kernel/clock';
import { openPostgresDesk, type PostgresDesk } from '../../storage/postgres/open-postgres-desk';
import { testDeskSettings } from '../../testing/desk';
import { freshPostgresUrl } from './postgres';

export interface PostgresTestDesk extends PostgresDesk {
  clock: FixedClock;
  url: string;
  dispose(): Promise<void>;
}

export interface PostgresTestDeskOptions {
  /** Another instance on this database rather than a fresh one. */
  url?: string;
  /** Share one clock between instances; otherwise a new one at `start`. */
  clock?: FixedClock;
  poolSize?: number;
}

export async function openPostgresTestDesk(start = '2026-11-24T01:00:00Z', options: PostgresTestDeskOptions = {}): Promise<PostgresTestDesk> {
  const clock = options.clock ?? new FixedClock(start);
  const url = options.url ?? (await freshPostgresUrl());
  const desk = await openPostgresDesk(url, { ...testDeskSettings(clock), poolSize: options.poolSize });
  return { ...desk, clock, url, dispose: () => desk.close() };
}
