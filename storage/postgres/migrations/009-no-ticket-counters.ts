/**
 * Migration 9 (the ticket group): the day counter goes (SQLite migration 16). Filing bumped it for
 * every ticket and nothing read it: the manager's report counts tickets by created_at, and ticket
 * numbers are random, not counted.
 */
import type { PgMigration } from './pg-migration';

const sql = /* sql */ `
DROP TABLE ticket_counters;
`;

export const noTicketCounters: PgMigration = { version: 9, name: 'no-ticket-counters', sql };
