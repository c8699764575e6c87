import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../kernel/clock';
import { migratePostgres } from '../../storage/postgres/migrate';
import { openPostgresDesk } from '../../storage/postgres/open-postgres-desk';
import { PgDatabase } from '../../storage/postgres/pg-database';
import { PostgresCallLog } from '../../storage/postgres/postgres-call-log';
import { PostgresCustomerDirectory } from '../../storage/postgres/postgres-customer-directory';
import { DEFAULT_SLA } from '../../tickets/sla';
import { openTestDesk } from '../../testing/desk';
import { callRecord, describeCallLogContract } from '../contracts/stores/call-log.contract';
import { sqliteTicketProbe } from '../contracts/stores/sqlite-worlds';
import { pgTicketProbe } from '../helpers/pg-stand-ins';
import { freshPostgresUrl } from '../helpers/postgres';

describeCallLogContract('SQLite', async () => {
  const desk = await openTestDesk();
  return { calls: desk.calls, customers: desk.customers, tickets: sqliteTicketProbe(desk), close: desk.dispose };
});

describeCallLogContract('PostgreSQL', async () => {
  const clock = new FixedClock('2026-11-24T01:00:00Z');
  const desk = await openPostgresDesk(await freshPostgresUrl(), { clock, sla: DEFAULT_SLA, timeZone: 'Asia/Shanghai' });
  return { calls: desk.calls, customers: desk.customers, tickets: pgTicketProbe(desk.db, clock), close: desk.close };
});

describe('PostgresCallLog on two instances', () => {
  it('files a call posted to both instances at once once, running its work once', async () => {
    const url = await freshPostgresUrl();
    const clock = new FixedClock('2026-11-24T01:00:00Z');
    const [a, b] = await Promise.all([PgDatabase.open(url), PgDatabase.open(url)]);
    try {
      await migratePostgres(a);
      const instances = [a, b].map((db) => ({ db, calls: new PostgresCallLog(db, clock), customers: new PostgresCustomerDirectory(db, clock), tickets: pgTicketProbe(db, clock) }));
      const callIds = Array.from({ length: 8 }, (_, i) => `C-RACE-${i}`);
      let runs = 0;
      const results = await Promise.all(
        callIds.map((callId) =>
          Promise.all(
            instances.map((instance) =>
              instance.calls.fileOnce(callId, 'same-content', async () => {
                runs++;
                const customer = await instance.customers.resolve({ channel: 'voice', externalId: `call:${callId}` });
                return callRecord(customer.id, '2026-11-24T02:00:00.000Z', '空调不制冷', await instance.tickets.file(customer.id));
              }),
            ),
          ),
        ),
      );
      for (const pair of results) {
        expect(pair.map((r) => r.duplicate).sort()).toEqual([false, true]);
        expect(pair[0]!.record).toEqual(pair[1]!.record);
      }
      expect(runs).toBe(callIds.length);
      for (const table of ['calls', 'tickets', 'customers']) {
        expect({ table, rows: await a.get(`SELECT count(*)::int AS n FROM ${table}`) }).toEqual({ table, rows: { n: callIds.length } });
      }
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
