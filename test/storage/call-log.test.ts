import { describe, expect, it } from 'vitest';
import { openTestDesk } from '../../testing/desk';
import { callRecord, describeCallLogContract } from '../contracts/stores/call-log.contract';
import { openPostgresPair } from '../contracts/stores/desk-pair';
import { ticketProbe } from '../contracts/stores/ticket-probe';
import { openPostgresTestDesk } from '../helpers/postgres-desk';

describeCallLogContract('SQLite', async () => {
  const desk = await openTestDesk();
  return { calls: desk.calls, customers: desk.customers, tickets: ticketProbe(desk.tickets), close: desk.dispose };
});

describeCallLogContract('PostgreSQL', async () => {
  const desk = await openPostgresTestDesk();
  return { calls: desk.calls, customers: desk.customers, tickets: ticketProbe(desk.tickets), close: desk.dispose };
});

describe('PostgresCallLog on two instances', () => {
  it('files a call posted to both instances at once once, running its work once', async () => {
    const pair = await openPostgresPair('2026-11-24T01:00:00Z');
    const a = pair.a.db;
    try {
      const instances = [pair.a, pair.b].map((desk) => ({ calls: desk.calls, customers: desk.customers, tickets: ticketProbe(desk.tickets) }));
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
      await pair.close();
    }
  });
});
