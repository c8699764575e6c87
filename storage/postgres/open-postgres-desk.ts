/**
 * Opens the desk on PostgreSQL (DATABASE_URL=postgres://…), applies migrations under an advisory
 * lock, and hands back the stores that share the pool: the PostgreSQL twin of
 * storage/sqlite/open-desk.ts. Each store group adds its stores here.
 */
import type { Clock } from '../../kernel/clock';
import type { SlaPolicy } from '../../tickets/sla';
import { migratePostgres, type PgMigrationReport } from './migrate';
import { PgDatabase, type PgOpenOptions } from './pg-database';
import { PostgresCallLog } from './postgres-call-log';
import { PostgresCustomerDirectory } from './postgres-customer-directory';

export interface PostgresDeskSettings extends PgOpenOptions {
  clock: Clock;
  sla: SlaPolicy;
  timeZone: string;
}

export interface PostgresDesk {
  db: PgDatabase;
  migrations: PgMigrationReport;
  customers: PostgresCustomerDirectory;
  calls: PostgresCallLog;
  close(): Promise<void>;
}

export async function openPostgresDesk(url: string, settings: PostgresDeskSettings): Promise<PostgresDesk> {
  const db = await PgDatabase.open(url, settings);
  try {
    const migrations = await migratePostgres(db, undefined, () => settings.clock.now());
    return {
      db,
      migrations,
      customers: new PostgresCustomerDirectory(db, settings.clock),
      calls: new PostgresCallLog(db, settings.clock),
      close: () => db.close(),
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
