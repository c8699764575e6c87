/**
 * Two instances on one PostgreSQL database (two pools, as two app processes would hold), racing on
 * each invariant of the ticket group: numbers never repeat, one key makes one ticket, one score
 * counts, one agent's move wins, a one-time code opens once, and every attempt is counted.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FixedClock } from '../../kernel/clock';
import { migratePostgres } from '../../storage/postgres/migrate';
import { PgDatabase } from '../../storage/postgres/pg-database';
import { PostgresAttemptLedger } from '../../storage/postgres/postgres-attempt-ledger';
import { PostgresTicketAccess } from '../../storage/postgres/postgres-ticket-access';
import { PostgresTicketStore } from '../../storage/postgres/postgres-ticket-store';
import { randomNumberDraw } from '../../tickets/filing';
import { DEFAULT_SLA } from '../../tickets/sla';
import { newTicketNumber } from '../../tickets/ticket-number';
import { repairTicket } from '../../testing/desk';
import { freshPostgresUrl } from '../helpers/postgres';

interface Instance {
  db: PgDatabase;
  tickets: PostgresTicketStore;
  access: PostgresTicketAccess;
  attempts: PostgresAttemptLedger;
  /** Numbers this instance draws before random ones: a test makes both instances draw the same. */
  forced: string[];
}

describe('ticket stores on two PostgreSQL instances at once', () => {
  const clock = new FixedClock('2026-11-24T01:00:00Z');
  let a: Instance;
  let b: Instance;
  let customerId: number;

  beforeEach(async () => {
    const url = await freshPostgresUrl();
    const open = async (name: string): Promise<Instance> => {
      const db = await PgDatabase.open(url, { poolSize: 8, applicationName: name });
      const forced: string[] = [];
      const drawNumber = (day: string) => forced.shift() ?? randomNumberDraw(day);
      return {
        db,
        forced,
        tickets: new PostgresTicketStore(db, { clock, sla: DEFAULT_SLA, timeZone: 'Asia/Shanghai', drawNumber }),
        access: new PostgresTicketAccess(db, clock),
        attempts: new PostgresAttemptLedger(db),
      };
    };
    [a, b] = await Promise.all([open('instance-a'), open('instance-b')]);
    await Promise.all([migratePostgres(a.db), migratePostgres(b.db)]);
    customerId = (await a.db.get<{ id: number }>('INSERT INTO customers (created_at) VALUES ($1) RETURNING id', [clock.now().toISOString()]))!.id;
  });
  afterEach(async () => {
    await Promise.all([a.db.close(), b.db.close()]);
  });

  it('numbers 2 x 50 tickets filed at once on one day without a repeat, with one filing event each', async () => {
    const filed = await Promise.all(Array.from({ length: 50 }, (_, i) => [a, b].map((at) => at.tickets.create(repairTicket(customerId, { symptom: `空调不制冷 ${i}` }), { actor: 'bot' }))).flat());
    expect(filed.every((r) => r.created)).toBe(true);
    expect(new Set(filed.map((r) => r.ticket.number)).size).toBe(100);
    expect(filed.every((r) => r.ticket.number.startsWith('AS-20261124-'))).toBe(true);
    expect(await a.db.get('SELECT count(*)::int AS n FROM tickets WHERE created_at >= $1', ['2026-11-24'])).toEqual({ n: 100 });
    expect(await a.db.get('SELECT count(*)::int AS n, count(DISTINCT ticket_id)::int AS tickets FROM ticket_events WHERE kind = $1', ['created'])).toEqual({ n: 100, tickets: 100 });
  });

  it('files a ticket in one statement that commits by itself, and inside a unit of work with it', async () => {
    const transactions = vi.spyOn(a.db, 'transaction');
    const statements = [vi.spyOn(a.db, 'get'), vi.spyOn(a.db, 'all'), vi.spyOn(a.db, 'run')];
    const { ticket, created } = await a.tickets.create(repairTicket(customerId, { symptom: '热水器打不着火' }), { actor: 'bot', idempotencyKey: 'web:one-trip' });
    expect(created).toBe(true);
    // No BEGIN and COMMIT around it: the row and its filing event are one statement, one commit.
    expect(transactions).not.toHaveBeenCalled();
    expect(statements.reduce((n, spy) => n + spy.mock.calls.length, 0)).toBe(1);
    expect((await b.tickets.events(ticket.id)).map((e) => e.kind)).toEqual(['created']);
    transactions.mockRestore();
    // In a caller's unit of work it is part of that transaction: rolled back with it, row and event.
    await expect(
      a.db.transaction(async () => {
        await a.tickets.create(repairTicket(customerId, { symptom: 'dryer will not heat' }), { actor: 'bot', idempotencyKey: 'web:rolled-back' });
        throw new Error('the turn failed after filing');
      }),
    ).rejects.toThrow('the turn failed after filing');
    expect(await b.db.get('SELECT count(*)::int AS n FROM tickets WHERE idempotency_key = $1', ['web:rolled-back'])).toEqual({ n: 0 });
    expect(await b.db.get('SELECT count(*)::int AS n FROM ticket_events')).toEqual({ n: 1 });
  });

  it('draws again when both instances draw the same number at the same moment', async () => {
    const same = Array.from({ length: 10 }, () => newTicketNumber('20261124'));
    // One pair at a time, each instance holding one forced number: a redraw is then random. With all
    // ten pairs at once, a loser's redraw took the next forced number, which the other instance
    // could already hold, and a create could run out of draws (CI failed once that way).
    const pairs = [];
    for (const [i, number] of same.entries()) {
      a.forced.push(number);
      b.forced.push(number);
      pairs.push(await Promise.all([a, b].map((at) => at.tickets.create(repairTicket(customerId, { symptom: `洗衣机漏水 ${i}` }), { actor: 'bot' }))));
    }
    const numbers = pairs.flat().map((r) => r.ticket.number);
    expect(new Set(numbers).size).toBe(20);
    // Each instance drew every one of the ten numbers, so each was drawn twice: exactly one ticket
    // holds it, and the other create drew again (ten redraws in all).
    for (const number of same) expect(numbers.filter((n) => n === number)).toHaveLength(1);
    expect(a.forced.length + b.forced.length).toBe(0);
    expect(await a.db.get('SELECT count(*)::int AS n FROM ticket_events WHERE kind = $1', ['created'])).toEqual({ n: 20 });
  });

  it('makes one ticket from one idempotency key sent to both instances 10 times each', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => [a, b].map((at) => at.tickets.create(repairTicket(customerId), { actor: 'bot', idempotencyKey: 'wechat:msg-77' }))).flat());
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.ticket.id)).size).toBe(1);
    expect(await a.db.all('SELECT kind FROM ticket_events')).toEqual([{ kind: 'created' }]);
    expect(await a.db.get('SELECT count(*)::int AS n FROM tickets')).toEqual({ n: 1 });
  });

  it('counts a satisfaction score given at both instances at once once, and closes the ticket once', async () => {
    for (let round = 0; round < 5; round++) {
      const { ticket } = await a.tickets.create(repairTicket(customerId), { actor: 'bot' });
      await a.tickets.changeStatus(ticket.id, 'open', 'agent:li');
      await a.tickets.changeStatus(ticket.id, 'resolved', 'agent:li');
      const outcomes = await Promise.allSettled([a.tickets.recordCsat(ticket.id, 5, 'customer'), b.tickets.recordCsat(ticket.id, 1, 'customer')]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ code: 'csat_already_recorded' });
      expect(await a.db.get('SELECT count(*)::int AS n FROM csat WHERE ticket_id = $1', [ticket.id])).toEqual({ n: 1 });
      const events = await a.tickets.events(ticket.id);
      expect(events.filter((e) => e.kind === 'csat')).toHaveLength(1);
      expect(events.filter((e) => e.kind === 'status_changed' && e.detail.to === 'closed')).toHaveLength(1);
      expect((await b.tickets.get(ticket.id)).status).toBe('closed');
    }
  });

  it('lets one of two agents resolving one ticket at once win; the other is told it already moved', async () => {
    for (let round = 0; round < 5; round++) {
      const { ticket } = await a.tickets.create(repairTicket(customerId), { actor: 'bot' });
      await a.tickets.changeStatus(ticket.id, 'open', 'agent:li');
      const outcomes = await Promise.allSettled([a.tickets.changeStatus(ticket.id, 'resolved', 'agent:li'), b.tickets.changeStatus(ticket.id, 'resolved', 'agent:wang')]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect((outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'illegal_transition' });
      expect((await a.tickets.events(ticket.id)).filter((e) => e.detail.to === 'resolved')).toHaveLength(1);
    }
  });

  it('opens a ticket once with a one-time code checked at both instances at once', async () => {
    const { ticket } = await a.tickets.create(repairTicket(customerId), { actor: 'bot' });
    const now = clock.now();
    for (let round = 0; round < 5; round++) {
      await a.access.startChallenge(ticket.id, '482913', new Date(now.getTime() + 300_000));
      const checks = await Promise.all([a.access.checkCode(ticket.id, '482913', now), b.access.checkCode(ticket.id, '482913', now)]);
      expect(checks.sort()).toEqual(['none', 'ok']);
    }
  });

  it('counts every attempt recorded at both instances at once', async () => {
    const at = clock.now();
    await Promise.all(Array.from({ length: 50 }, () => [a, b].map((on) => on.attempts.record('proof_failed', ['session:web:attacker', 'ip:203.0.113.9'], at))).flat());
    expect(await a.attempts.count('proof_failed', 'session:web:attacker', at)).toBe(100);
    expect(await b.attempts.count('proof_failed', 'ip:203.0.113.9', at)).toBe(100);
  });
});
