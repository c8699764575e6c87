/**
 * Rate limits that hold across instances (the web chat's per-IP and per-session limits): one row
 * per key and its current window, counted by storage/postgres/postgres-rate-counter.ts. Times are
 * ISO text like the rest of the schema (see 001). Owned by the desk group (issue 20).
 */
import type { PgMigration } from './pg-migration';

const sql = /* sql */ `
CREATE TABLE rate_counters (
  key text PRIMARY KEY,
  hits integer NOT NULL,
  reset_at text NOT NULL
);
CREATE INDEX rate_counters_reset ON rate_counters(reset_at);
`;

export const rateCounters: PgMigration = { version: 5, name: 'rate counters shared by every instance', sql };
