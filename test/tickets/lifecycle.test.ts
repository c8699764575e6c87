import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../kernel/errors';
import { allowedNext, canTransition } from '../../tickets/lifecycle';
import { TICKET_STATUSES, type TicketStatus } from '../../tickets/ticket';
import { newCustomer, openTestDesk, repairTicket, type TestDesk } from '../../testing/desk';

/** Every allowed move, written out as the desk's own rules state them. */
const ALLOWED: [TicketStatus, TicketStatus][] = [
  ['new', 'open'],
  ['new', 'in_progress'],
  ['open', 'in_progress'],
  ['open', 'waiting_customer'],
  ['open', 'resolved'],
  ['in_progress', 'waiting_customer'],
  ['in_progress', 'resolved'],
  ['waiting_customer', 'in_progress'],
  ['waiting_customer', 'resolved'],
  ['resolved', 'closed'],
  ['resolved', 'open'],
  ['closed', 'open'],
];

/** Walks a fresh ticket from `new` to `target` along allowed moves. */
const PATH_TO: Record<TicketStatus, TicketStatus[]> = {
  new: [],
  open: ['open'],
  in_progress: ['in_progress'],
  waiting_customer: ['open', 'waiting_customer'],
  resolved: ['open', 'resolved'],
  closed: ['open', 'resolved', 'closed'],
};

describe('ticket lifecycle rules', () => {
  it('allows exactly the listed moves', () => {
    for (const from of TICKET_STATUSES) {
      for (const to of TICKET_STATUSES) {
        const expected = ALLOWED.some(([a, b]) => a === from && b === to);
        expect(canTransition(from, to), `${from} -> ${to}`).toBe(expected);
      }
    }
    expect(allowedNext('new')).toEqual(['open', 'in_progress']);
  });
});

describe('ticket lifecycle in the SQLite store', () => {
  let desk: TestDesk;
  let customerId: number;
  beforeEach(async () => {
    desk = await openTestDesk();
    customerId = await newCustomer(desk);
  });
  afterEach(() => desk.dispose());

  it.each(ALLOWED)('moves %s -> %s and records who did it', async (from, to) => {
    const { ticket } = await desk.tickets.create(repairTicket(customerId), { actor: 'bot' });
    for (const step of PATH_TO[from]) await desk.tickets.changeStatus(ticket.id, step, 'agent:li');
    desk.clock.advance(60_000);
    const moved = await desk.tickets.changeStatus(ticket.number, to, 'agent:wang', 'checked');
    expect(moved.status).toBe(to);
    const events = await desk.tickets.events(ticket.id);
    const last = events.at(-1)!;
    expect(last).toMatchObject({ kind: 'status_changed', actor: 'agent:wang', detail: { from, to, note: 'checked' } });
    expect(events[0]).toMatchObject({ kind: 'created', actor: 'bot' });
    expect(events).toHaveLength(1 + PATH_TO[from].length + 1);
  });

  it.each([
    ['new', 'resolved'],
    ['new', 'closed'],
    ['new', 'waiting_customer'],
    ['open', 'closed'],
    ['in_progress', 'new'],
    ['waiting_customer', 'closed'],
    ['resolved', 'in_progress'],
    ['closed', 'resolved'],
  ] as [TicketStatus, TicketStatus][])('refuses %s -> %s, naming both states, and changes nothing', async (from, to) => {
    const { ticket } = await desk.tickets.create(repairTicket(customerId), { actor: 'bot' });
    for (const step of PATH_TO[from]) await desk.tickets.changeStatus(ticket.id, step, 'agent:li');
    const before = await desk.tickets.events(ticket.id);
    const error = await desk.tickets.changeStatus(ticket.id, to, 'agent:li').catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('illegal_transition');
    expect((error as Error).message).toContain(`"${from}"`);
    expect((error as Error).message).toContain(`"${to}"`);
    expect((await desk.tickets.get(ticket.id)).status).toBe(from);
    expect(await desk.tickets.events(ticket.id)).toEqual(before);
  });

  it('stamps resolution and closing times and clears them on reopen', async () => {
    const { ticket } = await desk.tickets.create(repairTicket(customerId), { actor: 'bot' });
    await desk.tickets.changeStatus(ticket.id, 'open', 'agent:li');
    desk.clock.advance(3_600_000);
    const resolved = await desk.tickets.changeStatus(ticket.id, 'resolved', 'agent:li');
    expect(resolved.resolvedAt).toBe('2026-11-24T02:00:00.000Z');
    const closed = await desk.tickets.changeStatus(ticket.id, 'closed', 'agent:li');
    expect(closed.closedAt).toBeDefined();
    const reopened = await desk.tickets.changeStatus(ticket.id, 'open', 'customer', 'still leaking');
    expect(reopened.resolvedAt).toBeUndefined();
    expect(reopened.closedAt).toBeUndefined();
  });

  it('records field updates with before and after values; the audit trail cannot be edited', async () => {
    const { ticket } = await desk.tickets.create(repairTicket(customerId), { actor: 'bot' });
    await desk.tickets.update(ticket.id, { assignee: 'engineer:zhao', model: 'KFR-50LW' }, 'agent:li');
    const events = await desk.tickets.events(ticket.id);
    expect(events.at(-1)).toMatchObject({
      kind: 'updated',
      actor: 'agent:li',
      detail: { changes: { assignee: { from: null, to: 'engineer:zhao' }, model: { from: 'KFR-35GW', to: 'KFR-50LW' } } },
    });
    await expect(desk.db.run('UPDATE ticket_events SET actor = ?', ['someone'])).rejects.toThrow(/append-only/);
    await expect(desk.db.run('DELETE FROM ticket_events')).rejects.toThrow(/append-only/);
  });

  it('rejects unknown tickets and invalid fields with clear errors', async () => {
    await expect(desk.tickets.get('AS-20991231-0001')).rejects.toMatchObject({ code: 'ticket_not_found' });
    await expect(desk.tickets.changeStatus(999, 'open', 'x')).rejects.toMatchObject({ kind: 'not_found' });
    await expect(desk.tickets.create({ ...repairTicket(customerId), priority: 'P9' as 'P1' }, { actor: 'bot' })).rejects.toMatchObject({
      kind: 'validation',
      code: 'invalid_ticket',
    });
    await expect(desk.tickets.update(1, { purchaseDate: '15/03/2025' }, 'x')).rejects.toThrow(/YYYY-MM-DD/);
  });

  it('dates ticket numbers in the desk time zone, with a random suffix that does not count up', async () => {
    // 2026-11-24T17:00Z is already 11-25 01:00 in Shanghai.
    const first = await desk.tickets.create(repairTicket(customerId), { actor: 'bot' });
    const second = await desk.tickets.create(repairTicket(customerId), { actor: 'bot' });
    desk.clock.set('2026-11-24T17:00:00Z');
    const nextDay = await desk.tickets.create(repairTicket(customerId), { actor: 'bot' });
    const numbers = [first.ticket.number, second.ticket.number, nextDay.ticket.number];
    expect(numbers.map((n) => n.slice(0, 12))).toEqual(['AS-20261124-', 'AS-20261124-', 'AS-20261125-']);
    for (const n of numbers) expect(n).toMatch(/^AS-\d{8}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(new Set(numbers.map((n) => n.slice(12))).size).toBe(3);
    // The day's count is still kept for reports, apart from the numbers.
    expect(await desk.db.all('SELECT day, last FROM ticket_counters ORDER BY day')).toEqual([
      { day: '20261124', last: 2 },
      { day: '20261125', last: 1 },
    ]);
  });

  it('takes one satisfaction score per ticket and closes a resolved ticket with it', async () => {
    const { ticket } = await desk.tickets.create(repairTicket(customerId), { actor: 'bot' });
    await desk.tickets.changeStatus(ticket.id, 'open', 'agent:li');
    await desk.tickets.changeStatus(ticket.id, 'resolved', 'agent:li');
    await expect(desk.tickets.recordCsat(ticket.id, 6, 'customer')).rejects.toMatchObject({ kind: 'validation' });
    const csat = await desk.tickets.recordCsat(ticket.id, 5, 'customer', '师傅很专业');
    expect(csat).toMatchObject({ score: 5, comment: '师傅很专业', channel: 'web' });
    expect((await desk.tickets.get(ticket.id)).status).toBe('closed');
    await expect(desk.tickets.recordCsat(ticket.id, 1, 'customer')).rejects.toMatchObject({ code: 'csat_already_recorded' });
  });

  it('records filing and status changes in the audit trail and queues no delivery nothing would read', async () => {
    const { ticket } = await desk.tickets.create(repairTicket(customerId), { actor: 'bot' });
    await desk.tickets.changeStatus(ticket.id, 'open', 'agent:li');
    const events = await desk.db.all<{ kind: string }>('SELECT kind FROM ticket_events WHERE ticket_id = ? ORDER BY id', [ticket.id]);
    expect(events.map((e) => e.kind)).toEqual(['created', 'status_changed']);
    // The desks learn of tickets through handoffs and the store; a 'desk' item was never sent.
    expect(await desk.db.all('SELECT destination, kind FROM outbox')).toEqual([]);
  });
});
