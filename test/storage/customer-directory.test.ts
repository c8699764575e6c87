import { describe, expect, it } from 'vitest';
import { openTestDesk } from '../../testing/desk';
import { describeCustomerDirectoryContract } from '../contracts/stores/customer-directory.contract';
import { ticketProbe } from '../contracts/stores/ticket-probe';
import { openPostgresPair } from '../contracts/stores/desk-pair';
import { openPostgresTestDesk } from '../helpers/postgres-desk';

describeCustomerDirectoryContract('SQLite', async () => {
  const desk = await openTestDesk();
  return { customers: desk.customers, transaction: (work) => desk.db.transaction(work), tickets: ticketProbe(desk.tickets), close: desk.dispose };
});

describeCustomerDirectoryContract('PostgreSQL', async () => {
  const desk = await openPostgresTestDesk();
  return { customers: desk.customers, transaction: (work) => desk.db.transaction(work), tickets: ticketProbe(desk.tickets), close: desk.dispose };
});

describe('PostgresCustomerDirectory on two instances', () => {
  it('makes one customer of a new identity that first contacts both instances at once', async () => {
    const pair = await openPostgresPair('2026-11-24T01:00:00Z');
    const a = pair.a.db;
    try {
      const directories = [pair.a.customers, pair.b.customers];
      const units = [pair.a.db, pair.b.db];
      const identities = Array.from({ length: 12 }, (_, i) => ({ channel: 'wechat', externalId: `wxid_race_${i}` }));
      // Half the races run bare, half inside a turn's unit of work as the pipeline does.
      const results = await Promise.all(
        identities.map((identity, i) =>
          Promise.all([0, 1].map((n) => (i % 2 ? units[n]!.transaction(() => directories[n]!.identify(identity, { displayName: `客户${n}` })) : directories[n]!.identify(identity)))),
        ),
      );
      for (const [first, second] of results) {
        expect(first!.customer.id).toBe(second!.customer.id);
        expect([first!.firstContact, second!.firstContact].sort()).toEqual([false, true]);
      }
      expect(await a.get('SELECT count(*)::int AS n FROM customers')).toEqual({ n: identities.length });
      expect(await a.get('SELECT count(*)::int AS n FROM customer_identities')).toEqual({ n: identities.length });
    } finally {
      await pair.close();
    }
  });

  it('lets only one of two records claim a number proven on both instances at once', async () => {
    const pair = await openPostgresPair('2026-11-24T01:00:00Z');
    const a = pair.a.db;
    try {
      const [onA, onB] = [pair.a.customers, pair.b.customers];
      const wechat = await onA.resolve({ channel: 'wechat', externalId: 'wxid_1' });
      const voice = await onB.resolve({ channel: 'voice', externalId: 'call-1' });
      // The same person proves the number on two channels at the same moment: one record, not an error.
      const [x, y] = await Promise.all([onA.attachPhone(wechat.id, '13800138000', 'agent:li', { verified: true }), onB.attachPhone(voice.id, '13800138000', 'voice', { verified: true })]);
      expect(x.id).toBe(y.id);
      expect(await a.get("SELECT count(*)::int AS n FROM customers WHERE phone = '13800138000'")).toEqual({ n: 1 });
      expect((await onA.identities(x.id)).map((i) => i.channel).sort()).toEqual(['voice', 'wechat']);
    } finally {
      await pair.close();
    }
  });
});
