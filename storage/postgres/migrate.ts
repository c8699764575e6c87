/**
 * Applies the PostgreSQL migrations at start. Several instances may start at once, so the runner
 * holds a session-level advisory lock while it reads what is applied and applies the rest: the
 * second instance waits, then finds nothing left to do.
 */
import type { PgDatabase } from './pg-database';
import { MIGRATIONS, type PgMigration } from './migrations/index';

/** An arbitrary constant: the advisory lock key every instance of this application agrees on. */
const MIGRATION_LOCK_KEY = 0x61667465; // "afte"

export interface PgMigrationReport {
  applied: number[];
  current: number;
}

export async function migratePostgres(db: PgDatabase, migrations: PgMigration[] = MIGRATIONS, now: () => Date = () => new Date()): Promise<PgMigrationReport> {
  const client = await db.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)');
      const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      const applied: number[] = [];
      for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
        if (done.has(migration.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [migration.version, migration.name, now()]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw new Error(`PostgreSQL migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`, { cause: error });
        }
        applied.push(migration.version);
      }
      const current = Math.max(0, ...done, ...applied);
      return { applied, current };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    client.release();
  }
}
