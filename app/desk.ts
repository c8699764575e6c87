/**
 * Composition root for the ticket desk: the one place that turns a `Config` into stores.
 * DATABASE_URL=postgres://… opens the desk on PostgreSQL (several instances share it); unset, the
 * embedded SQLite file (the default).
 */
import type { Clock } from '../kernel/clock';
import { systemClock } from '../kernel/clock';
import type { Desk } from '../storage/desk';
import { openSqliteDesk } from '../storage/sqlite/open-desk';
import type { SlaPolicy } from '../tickets/sla';
import type { Config } from './config';

export function slaPolicyFrom(config: Config): SlaPolicy {
  return { tiers: config.sla.tiers, atRiskFraction: config.sla.atRiskFraction };
}

export async function openDesk(config: Config, clock: Clock = systemClock): Promise<Desk> {
  const settings = { clock, sla: slaPolicyFrom(config), timeZone: config.timeZone };
  if (!config.databaseUrl) return openSqliteDesk(config.dbPath, { ...settings, busyTimeoutMs: config.dbBusyTimeoutMs });
  // Loaded only with DATABASE_URL: pg and the PostgreSQL stores are not needed on the embedded default.
  const { openPostgresDesk } = await import('../storage/postgres/open-postgres-desk');
  return openPostgresDesk(config.databaseUrl, { ...settings, poolSize: config.databasePoolSize, applicationName: `aftersales:${config.port}` });
}
