/**
 * One private PostgreSQL server per test file (testing/postgres-server.ts), and a fresh database
 * per test that wants one, so tests neither share rows nor depend on order.
 */
import { afterAll } from 'vitest';
import { startPostgres, type PostgresServer } from '../../testing/postgres-server';

let server: Promise<PostgresServer> | undefined;

/** A new empty database on this file's server; the server stops after the file's tests. */
export async function freshPostgresUrl(): Promise<string> {
  if (!server) {
    server = startPostgres();
    afterAll(async () => {
      await (await server!).stop();
      server = undefined;
    });
  }
  return (await server).createDatabase();
}
