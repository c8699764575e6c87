/** The ticket-group harness on each implementation: a SQLite file in a temp folder, and a fresh PostgreSQL database. */
import type { PostgresDesk } from '../../storage/postgres/open-postgres-desk';
import type { SqliteDesk } from '../../storage/sqlite/open-desk';
import type { FixedClock } from '../../kernel/clock';
import { openTestDesk } from '../../testing/desk';
import type { OpenTicketHarness, TicketHarness } from '../contracts/stores/ticket-harness';
import { openPostgresTestDesk } from '../helpers/postgres-desk';

const START = '2026-11-24T01:00:00Z';

/** The same harness over either desk: only how it was opened differs. */
function harnessOf(desk: SqliteDesk | PostgresDesk, clock: FixedClock, close: () => Promise<void>): TicketHarness {
  let customers = 0;
  return {
    tickets: desk.tickets,
    access: desk.access,
    attempts: desk.attempts,
    clock,
    newCustomer: async () => (await desk.customers.resolve({ channel: 'web', externalId: `visitor-${++customers}` })).id,
    rows: <T>(sql: string) => desk.db.all<T>(sql),
    close,
  };
}

export const openSqliteTickets: OpenTicketHarness = async (start = START) => {
  const desk = await openTestDesk(start);
  return harnessOf(desk, desk.clock, desk.dispose);
};

export const openPostgresTickets: OpenTicketHarness = async (start = START) => {
  const desk = await openPostgresTestDesk(start, { poolSize: 4 });
  return harnessOf(desk, desk.clock, desk.dispose);
};
