/**
 * One private PostgreSQL server per test file (testing/postgres-server.ts), and a fresh database
 * per test that wants one, so tests neither share rows nor depend on order.
 *
 * Running every migration for each test's database cost ~0.3 s a test; instead the first test of a
 * file that wants the desk schema migrates one template database, and every later database is a
 * copy of it (CREATE DATABASE … TEMPLATE), which PostgreSQL makes in a few milliseconds. A store
 * that opens such a database still calls migratePostgres and finds nothing left to do.
 */
import { afterAll } from 'vitest';
import { migratePostgres } from '../../storage/postgres/migrate';
import { PgDatabase } from '../../storage/postgres/pg-database';
import { startPostgres, type PostgresServer } from '../../testing/postgres-server';

export interface FreshPostgresOptions {
  /** No tables at all, not even schema_migrations: for tests of the migration runner itself. */
  empty?: boolean;
}

const TEMPLATE = 'desk_template';

let server: Promise<PostgresServer> | undefined;
let template: Promise<string> | undefined;

function thisFilesServer(): Promise<PostgresServer> {
  if (!server) {
    server = startPostgres();
    afterAll(async () => {
      const stopping = server;
      server = undefined;
      template = undefined;
      await (await stopping!).stop();
    });
  }
  return server;
}

/** Migrates the template once per server; the pool is closed after, since a template must have no connections. */
async function migratedTemplate(pg: PostgresServer): Promise<string> {
  template ??= (async () => {
    const url = await pg.createDatabase(TEMPLATE);
    const db = await PgDatabase.open(url, { poolSize: 1 });
    try {
      await migratePostgres(db);
    } finally {
      await db.close();
    }
    return TEMPLATE;
  })();
  return template;
}

/**
 * A new database on this file's server with the desk schema migrated (or, with `empty`, nothing
 * in it); the server stops after the file's tests.
 */
export async function freshPostgresUrl(options: FreshPostgresOptions = {}): Promise<string> {
  const pg = await thisFilesServer();
  if (options.empty) return pg.createDatabase();
  return pg.createDatabase(undefined, { template: await migratedTemplate(pg) });
}
