/**
 * Opens the desk on PostgreSQL (DATABASE_URL=postgres://…), applies migrations under an advisory
 * lock, and hands back the stores that share the pool: the PostgreSQL twin of
 * storage/sqlite/open-desk.ts. Each store group adds its stores here.
 */
import type { Clock } from '../../kernel/clock';
import type { SlaPolicy } from '../../tickets/sla';
import { migratePostgres, type PgMigrationReport } from './migrate';
import { PgDatabase, type PgOpenOptions } from './pg-database';
import { PostgresAttemptLedger } from './postgres-attempt-ledger';
import { PostgresTicketAccess } from './postgres-ticket-access';
import { PostgresTicketStore } from './postgres-ticket-store';

export interface PostgresDeskSettings extends PgOpenOptions {
  clock: Clock;
  sla: SlaPolicy;
  timeZone: string;
}

export interface PostgresDesk {
  db: PgDatabase;
  migrations: PgMigrationReport;
  tickets: PostgresTicketStore;
  /** Who may see a ticket besides its customer (a proven code or link), and attempts counted per attacker. */
  access: PostgresTicketAccess;
  attempts: PostgresAttemptLedger;
  close(): Promise<void>;
}

export async function openPostgresDesk(url: string, settings: PostgresDeskSettings): Promise<PostgresDesk> {
  const db = await PgDatabase.open(url, settings);
  try {
    const migrations = await migratePostgres(db, undefined, () => settings.clock.now());
    return {
      db,
      migrations,
      tickets: new PostgresTicketStore(db, settings),
      access: new PostgresTicketAccess(db, settings.clock),
      attempts: new PostgresAttemptLedger(db),
      close: () => db.close(),
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}
