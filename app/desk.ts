/**
 * Composition root for the ticket desk: the one place that turns a `Config` into stores.
 * DATABASE_URL=postgres://… opens the desk on PostgreSQL (several instances share it); unset, the
 * embedded SQLite file (the default).
 */
import type { Clock } from '../kernel/clock';
import { systemClock } from '../kernel/clock';
import type { Desk, DeskStores } from '../storage/desk';
import { openPostgresDesk, type PostgresDesk } from '../storage/postgres/open-postgres-desk';
import { openSqliteDesk } from '../storage/sqlite/open-desk';
import type { SlaPolicy } from '../tickets/sla';
import type { Config } from './config';

export function slaPolicyFrom(config: Config): SlaPolicy {
  return { tiers: config.sla.tiers, atRiskFraction: config.sla.atRiskFraction };
}

export async function openDesk(config: Config, clock: Clock = systemClock): Promise<Desk> {
  const settings = { clock, sla: slaPolicyFrom(config), timeZone: config.timeZone };
  if (!config.databaseUrl) return openSqliteDesk(config.dbPath, { ...settings, busyTimeoutMs: config.dbBusyTimeoutMs });
  const desk = await openPostgresDesk(config.databaseUrl, { ...settings, poolSize: config.databasePoolSize, applicationName: `aftersales:${config.port}` });
  return { ...notYetOnPostgres(desk), ...desk };
}

/**
 * The stores PostgresDesk does not have yet (their ports are being written): the type lists them,
 * so a store that lands on PostgreSQL makes this list fail to compile until it is removed, and a
 * call to one still missing fails loudly instead of reaching SQLite.
 */
type Missing = Exclude<keyof DeskStores, keyof PostgresDesk>;
function notYetOnPostgres(desk: PostgresDesk): Pick<DeskStores, Missing> {
  const missing: Record<Missing, true> = {
    agents: true,
    agentSessions: true,
    loginFailures: true,
    webSessions: true,
    reports: true,
    wecom: true,
    retention: true,
  };
  const stores = {} as Record<Missing, unknown>;
  for (const name of Object.keys(missing) as Missing[]) {
    stores[name] = new Proxy({}, {
      get: (_target, method) => {
        if (method === 'then') return undefined;
        return () => Promise.reject(new Error(`The ${name} store is not on PostgreSQL yet (${String(method)}, ${desk.where})`));
      },
    });
  }
  return stores as Pick<DeskStores, Missing>;
}
