/** Composition root for the ticket desk: the one place that turns a `Config` into stores. */
import type { Clock } from '../kernel/clock';
import { systemClock } from '../kernel/clock';
import { openSqliteDesk, type SqliteDesk } from '../storage/sqlite/open-desk';
import type { SlaPolicy } from '../tickets/sla';
import type { Config } from './config';

export function slaPolicyFrom(config: Config): SlaPolicy {
  return { tiers: config.sla.tiers, atRiskFraction: config.sla.atRiskFraction };
}

export function openDesk(config: Config, clock: Clock = systemClock): Promise<SqliteDesk> {
  return openSqliteDesk(config.dbPath, {
    clock,
    sla: slaPolicyFrom(config),
    timeZone: config.timeZone,
    busyTimeoutMs: config.dbBusyTimeoutMs,
  });
}
