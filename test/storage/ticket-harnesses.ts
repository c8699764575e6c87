/** The ticket-group harness on each implementation: a SQLite file in a temp folder, and a fresh PostgreSQL database. */
import path from 'node:path';
import { FixedClock } from '../../kernel/clock';
import { openPostgresDesk } from '../../storage/postgres/open-postgres-desk';
import { openSqliteDesk } from '../../storage/sqlite/open-desk';
import { DEFAULT_SLA } from '../../tickets/sla';
import { tempDir } from '../../testing/temp-dir';
import type { OpenTicketHarness } from '../contracts/stores/ticket-harness';
import { freshPostgresUrl } from '../helpers/postgres';

const START = '2026-11-24T01:00:00Z';
const TIME_ZONE = 'Asia/Shanghai';

export const openSqliteTickets: OpenTicketHarness = async (start = START) => {
  const { dir, cleanup } = tempDir('tickets-contract-');
  const clock = new FixedClock(start);
  const desk = await openSqliteDesk(path.join(dir, 'desk.db'), { clock, sla: DEFAULT_SLA, timeZone: TIME_ZONE });
  let customers = 0;
  return {
    tickets: desk.tickets,
    access: desk.access,
    attempts: desk.attempts,
    clock,
    newCustomer: async () => (await desk.customers.resolve({ channel: 'web', externalId: `visitor-${++customers}` })).id,
    rows: (sql) => desk.db.all(sql),
    close: async () => {
      await desk.close();
      cleanup();
    },
  };
};

export const openPostgresTickets: OpenTicketHarness = async (start = START) => {
  const clock = new FixedClock(start);
  const desk = await openPostgresDesk(await freshPostgresUrl(), { clock, sla: DEFAULT_SLA, timeZone: TIME_ZONE, poolSize: 4 });
  return {
    tickets: desk.tickets,
    access: desk.access,
    attempts: desk.attempts,
    clock,
    // The customer directory on PostgreSQL is another store group's; a bare row is all a ticket needs.
    newCustomer: async () => (await desk.db.get<{ id: number }>('INSERT INTO customers (created_at) VALUES ($1) RETURNING id', [clock.now().toISOString()]))!.id,
    rows: (sql) => desk.db.all(sql),
    close: () => desk.close(),
  };
};
