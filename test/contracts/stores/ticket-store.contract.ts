/**
 * The `TicketStore` contract: what every implementation (SQLite, PostgreSQL) promises, checked
 * through the port only. The rules themselves are tested as functions in test/tickets/.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../kernel/errors';
import { DEFAULT_SLA, slaStanding } from '../../../tickets/sla';
import { PRIORITIES, type TicketStatus } from '../../../tickets/ticket';
import { repairTicket } from '../../../testing/desk';
import type { OpenTicketHarness, TicketHarness } from './ticket-harness';

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

const H = 3_600_000;
const FILED = '2026-11-24T01:00:00.000Z';
const at = (hoursAfterFiling: number) => new Date(Date.parse(FILED) + hoursAfterFiling * H);
// The tiers the desk promises customers (issue 2): [first response, resolution] in hours.
const TIERS = { P1: [1, 24], P2: [4, 48], P3: [8, 72], P4: [24, 168] } as const;

export function describeTicketStoreContract(implementation: string, open: OpenTicketHarness): void {
  describe(`TicketStore contract: ${implementation}`, () => {
    let h: TicketHarness;
    let customerId: number;
    beforeEach(async () => {
      h = await open(FILED);
      customerId = await h.newCustomer();
    });
    afterEach(() => h.close());

    describe('lifecycle', () => {
      it.each(ALLOWED)('moves %s -> %s and records who did it', async (from, to) => {
        const { ticket } = await h.tickets.create(repairTicket(customerId), { actor: 'bot' });
        for (const step of PATH_TO[from]) await h.tickets.changeStatus(ticket.id, step, 'agent:li');
        h.clock.advance(60_000);
        const moved = await h.tickets.changeStatus(ticket.number, to, 'agent:wang', 'checked');
        expect(moved.status).toBe(to);
        const events = await h.tickets.events(ticket.id);
        expect(events.at(-1)).toMatchObject({ kind: 'status_changed', actor: 'agent:wang', detail: { from, to, note: 'checked' }, at: h.clock.now().toISOString() });
        expect(events[0]).toMatchObject({ kind: 'created', actor: 'bot', detail: { number: ticket.number, priority: 'P3', type: 'repair_request' } });
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
        const { ticket } = await h.tickets.create(repairTicket(customerId), { actor: 'bot' });
        for (const step of PATH_TO[from]) await h.tickets.changeStatus(ticket.id, step, 'agent:li');
        const before = await h.tickets.events(ticket.id);
        const error = await h.tickets.changeStatus(ticket.id, to, 'agent:li').catch((e: unknown) => e);
        expect(isAppError(error) && error.code).toBe('illegal_transition');
        expect((error as Error).message).toContain(`"${from}"`);
        expect((error as Error).message).toContain(`"${to}"`);
        expect((await h.tickets.get(ticket.id)).status).toBe(from);
        expect(await h.tickets.events(ticket.id)).toEqual(before);
      });

      it('stamps first response, resolution and closing times and clears the last two on reopen', async () => {
        const { ticket } = await h.tickets.create(repairTicket(customerId), { actor: 'bot' });
        h.clock.advance(60_000);
        const opened = await h.tickets.changeStatus(ticket.id, 'open', 'agent:li');
        expect(opened.firstRespondedAt).toBe('2026-11-24T01:01:00.000Z');
        h.clock.advance(3_600_000);
        const resolved = await h.tickets.changeStatus(ticket.id, 'resolved', 'agent:li');
        expect(resolved).toMatchObject({ resolvedAt: '2026-11-24T02:01:00.000Z', updatedAt: '2026-11-24T02:01:00.000Z', firstRespondedAt: '2026-11-24T01:01:00.000Z' });
        const closed = await h.tickets.changeStatus(ticket.id, 'closed', 'agent:li');
        expect(closed.closedAt).toBe('2026-11-24T02:01:00.000Z');
        const reopened = await h.tickets.changeStatus(ticket.id, 'open', 'customer', 'still leaking');
        expect(reopened.resolvedAt).toBeUndefined();
        expect(reopened.closedAt).toBeUndefined();
        expect(await h.tickets.get(ticket.id)).toEqual(reopened);
      });

      it('records field updates with before and after values; the audit trail cannot be edited', async () => {
        const { ticket } = await h.tickets.create(repairTicket(customerId), { actor: 'bot' });
        const updated = await h.tickets.update(ticket.id, { assignee: 'engineer:zhao', model: 'KFR-50LW' }, 'agent:li');
        expect(updated).toMatchObject({ assignee: 'engineer:zhao', model: 'KFR-50LW' });
        expect(await h.tickets.update(ticket.id, { model: 'KFR-50LW' }, 'agent:li')).toEqual(updated);
        const events = await h.tickets.events(ticket.id);
        expect(events).toHaveLength(2);
        expect(events.at(-1)).toMatchObject({
          kind: 'updated',
          actor: 'agent:li',
          detail: { changes: { assignee: { from: null, to: 'engineer:zhao' }, model: { from: 'KFR-35GW', to: 'KFR-50LW' } } },
        });
        await expect(h.rows("UPDATE ticket_events SET actor = 'someone'")).rejects.toThrow(/append-only/);
        await expect(h.rows('DELETE FROM ticket_events')).rejects.toThrow(/append-only/);
      });

      it('keeps notes in the audit trail, in order', async () => {
        const { ticket } = await h.tickets.create(repairTicket(customerId), { actor: 'bot' });
        const note = await h.tickets.addNote(ticket.number, 'agent:li', '  已电话联系客户 ');
        expect(note).toMatchObject({ ticketId: ticket.id, kind: 'note', actor: 'agent:li', detail: { text: '已电话联系客户' }, at: FILED });
        expect((await h.tickets.events(ticket.id)).map((e) => e.kind)).toEqual(['created', 'note']);
        await expect(h.tickets.addNote(ticket.id, 'agent:li', '   ')).rejects.toMatchObject({ kind: 'validation' });
      });

      it('rejects unknown tickets and invalid fields with clear errors', async () => {
        await expect(h.tickets.get('AS-20991231-0001')).rejects.toMatchObject({ code: 'ticket_not_found' });
        await expect(h.tickets.get(99_999_999_999)).rejects.toMatchObject({ code: 'ticket_not_found' });
        expect(await h.tickets.find(12345)).toBeUndefined();
        await expect(h.tickets.changeStatus(999, 'open', 'x')).rejects.toMatchObject({ kind: 'not_found' });
        await expect(h.tickets.create({ ...repairTicket(customerId), priority: 'P9' as 'P1' }, { actor: 'bot' })).rejects.toMatchObject({
          kind: 'validation',
          code: 'invalid_ticket',
        });
        await expect(h.tickets.update(1, { purchaseDate: '15/03/2025' }, 'x')).rejects.toThrow(/YYYY-MM-DD/);
      });
    });

    describe('filing and finding', () => {
      it('returns what it stored, and finds it by id, by number, and by the number as a person types it', async () => {
        const { ticket, created } = await h.tickets.create(repairTicket(customerId, { sentiment: -0.5, purchaseDate: '2025-03-15', contactPhone: '13911112222' }), { actor: 'bot' });
        expect(created).toBe(true);
        expect(await h.tickets.get(ticket.id)).toEqual(ticket);
        expect(await h.tickets.get(ticket.number)).toEqual(ticket);
        expect(await h.tickets.get(String(ticket.id))).toEqual(ticket);
        expect(await h.tickets.get(ticket.number.toLowerCase().replaceAll('-', ''))).toEqual(ticket);
        expect(ticket).toMatchObject({ status: 'new', sentiment: -0.5, purchaseDate: '2025-03-15', createdAt: FILED, updatedAt: FILED, warrantyStatus: 'unknown' });
      });

      it('dates ticket numbers in the desk time zone, with a random suffix, and keeps no day counter', async () => {
        // 2026-11-24T17:00Z is already 11-25 01:00 in Shanghai.
        const first = await h.tickets.create(repairTicket(customerId), { actor: 'bot' });
        const second = await h.tickets.create(repairTicket(customerId), { actor: 'bot' });
        h.clock.set('2026-11-24T17:00:00Z');
        const nextDay = await h.tickets.create(repairTicket(customerId), { actor: 'bot' });
        const numbers = [first.ticket.number, second.ticket.number, nextDay.ticket.number];
        expect(numbers.map((n) => n.slice(0, 12))).toEqual(['AS-20261124-', 'AS-20261124-', 'AS-20261125-']);
        for (const n of numbers) expect(n).toMatch(/^AS-\d{8}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
        expect(new Set(numbers.map((n) => n.slice(12))).size).toBe(3);
        // No day's count is kept beside the numbers: the day is in the number and created_at (migration 16 / pg 9 drop the counter).
      });

      it('lists by status, priority and customer, most urgent first', async () => {
        const other = await h.newCustomer();
        const p3 = await h.tickets.create(repairTicket(customerId, { priority: 'P3' }), { actor: 'bot' });
        const p1 = await h.tickets.create(repairTicket(customerId, { priority: 'P1' }), { actor: 'bot' });
        const theirs = await h.tickets.create(repairTicket(other, { priority: 'P2' }), { actor: 'bot' });
        await h.tickets.changeStatus(p3.ticket.id, 'open', 'agent');
        expect((await h.tickets.list()).map((t) => t.id)).toEqual([p1.ticket.id, theirs.ticket.id, p3.ticket.id]);
        expect((await h.tickets.list({ status: ['open'] })).map((t) => t.id)).toEqual([p3.ticket.id]);
        expect((await h.tickets.list({ priority: ['P1', 'P3'] })).map((t) => t.id)).toEqual([p1.ticket.id, p3.ticket.id]);
        expect((await h.tickets.list({ customerId: other })).map((t) => t.id)).toEqual([theirs.ticket.id]);
        expect(await h.tickets.list({ limit: 1 })).toHaveLength(1);
      });
    });

    describe('idempotent creation', () => {
      it('returns the same ticket for the same key and content', async () => {
        const first = await h.tickets.create(repairTicket(customerId), { actor: 'bot', idempotencyKey: 'web:msg-1' });
        const again = await h.tickets.create(repairTicket(customerId), { actor: 'bot', idempotencyKey: 'web:msg-1' });
        expect(first.created).toBe(true);
        expect(again).toEqual({ ticket: first.ticket, created: false });
        expect(await h.tickets.list()).toHaveLength(1);
        expect(await h.tickets.events(first.ticket.id)).toHaveLength(1);
      });

      it('refuses the same key with different content', async () => {
        await h.tickets.create(repairTicket(customerId), { actor: 'bot', idempotencyKey: 'k' });
        await expect(h.tickets.create(repairTicket(customerId, { symptom: 'something else' }), { actor: 'bot', idempotencyKey: 'k' })).rejects.toMatchObject({
          kind: 'conflict',
          code: 'idempotency_conflict',
        });
        expect(await h.tickets.list()).toHaveLength(1);
      });

      it('makes exactly one ticket and one audit event from 20 concurrent creates with one key', async () => {
        const results = await Promise.all(Array.from({ length: 20 }, () => h.tickets.create(repairTicket(customerId), { actor: 'bot', idempotencyKey: 'burst' })));
        expect(new Set(results.map((r) => r.ticket.id)).size).toBe(1);
        expect(results.filter((r) => r.created)).toHaveLength(1);
        expect(await h.tickets.list()).toHaveLength(1);
        expect(await h.rows('SELECT kind FROM ticket_events')).toEqual([{ kind: 'created' }]);
      });
    });

    describe('SLA clocks', () => {
      it.each(PRIORITIES)('%s: ok, then at risk, then breached on first response, then on resolution', async (p) => {
        const [first, resolution] = TIERS[p];
        const { ticket } = await h.tickets.create(repairTicket(customerId, { priority: p }), { actor: 'bot' });
        expect(ticket.firstResponseDue).toBe(at(first).toISOString());
        expect(ticket.resolutionDue).toBe(at(resolution).toISOString());
        const numbers = async (when: Date) => ({
          overdue: (await h.tickets.overdue(when)).map((t) => t.number),
          atRisk: (await h.tickets.atRisk(when)).map((t) => t.number),
        });
        expect(await numbers(at(first * 0.5))).toEqual({ overdue: [], atRisk: [] });
        expect(await numbers(at(first * 0.9))).toEqual({ overdue: [], atRisk: [ticket.number] });
        // Exactly at the deadline is still on time; one minute later it is overdue.
        expect((await numbers(at(first))).overdue).toEqual([]);
        expect(await numbers(new Date(at(first).getTime() + 60_000))).toEqual({ overdue: [ticket.number], atRisk: [] });
        // Responding stops the first-response clock: no longer overdue until resolution is late.
        h.clock.set(at(first * 0.5));
        const responded = await h.tickets.markResponded(ticket.id, 'agent:li');
        expect(await h.tickets.markResponded(ticket.id, 'agent:wang')).toEqual(responded);
        expect((await h.tickets.events(ticket.id)).map((e) => e.kind)).toEqual(['created', 'responded']);
        expect((await numbers(at(first + 0.01))).overdue).toEqual([]);
        expect((await numbers(at(resolution * 0.9))).atRisk).toEqual([ticket.number]);
        expect((await numbers(at(resolution + 0.01))).overdue).toEqual([ticket.number]);
        expect(slaStanding(responded, at(resolution + 0.01), DEFAULT_SLA).overall).toBe('breached');
      });

      it('does not report resolved or closed tickets, and sorts the most urgent first', async () => {
        const p3 = await h.tickets.create(repairTicket(customerId, { priority: 'P3' }), { actor: 'bot' });
        const p1 = await h.tickets.create(repairTicket(customerId, { priority: 'P1', symptom: '插座冒烟' }), { actor: 'bot' });
        const done = await h.tickets.create(repairTicket(customerId, { priority: 'P1' }), { actor: 'bot' });
        await h.tickets.changeStatus(done.ticket.id, 'open', 'agent');
        await h.tickets.changeStatus(done.ticket.id, 'resolved', 'agent');
        expect((await h.tickets.overdue(at(100))).map((t) => t.number)).toEqual([p1.ticket.number, p3.ticket.number]);
      });

      it('moves the clocks when the priority changes, still from filing time', async () => {
        const { ticket } = await h.tickets.create(repairTicket(customerId, { priority: 'P4' }), { actor: 'bot' });
        h.clock.set(at(2));
        const raised = await h.tickets.update(ticket.id, { priority: 'P1' }, 'agent:li');
        expect(raised.firstResponseDue).toBe(at(1).toISOString());
        expect(raised.resolutionDue).toBe(at(24).toISOString());
        expect(raised.nextUpdateDue).toBe(at(4).toISOString());
        expect((await h.tickets.overdue(at(2))).map((t) => t.id)).toEqual([ticket.id]);
      });
    });

    describe('satisfaction', () => {
      it('takes one score per ticket and closes a resolved ticket with it', async () => {
        const { ticket } = await h.tickets.create(repairTicket(customerId), { actor: 'bot' });
        await h.tickets.changeStatus(ticket.id, 'open', 'agent:li');
        await h.tickets.changeStatus(ticket.id, 'resolved', 'agent:li');
        await expect(h.tickets.recordCsat(ticket.id, 6, 'customer')).rejects.toMatchObject({ kind: 'validation' });
        const csat = await h.tickets.recordCsat(ticket.id, 5, 'customer', '师傅很专业');
        expect(csat).toEqual({ ticketId: ticket.id, score: 5, comment: '师傅很专业', channel: 'web', at: FILED });
        expect((await h.tickets.get(ticket.id)).status).toBe('closed');
        await expect(h.tickets.recordCsat(ticket.id, 1, 'customer')).rejects.toMatchObject({ code: 'csat_already_recorded' });
        const events = await h.tickets.events(ticket.id);
        expect(events.slice(-2)).toMatchObject([
          { kind: 'csat', detail: { score: 5, comment: '师傅很专业' } },
          { kind: 'status_changed', detail: { from: 'resolved', to: 'closed', note: 'closed by satisfaction survey' } },
        ]);
        expect(await h.rows('SELECT score FROM csat')).toEqual([{ score: 5 }]);
      });

      it('leaves a ticket that is not resolved open', async () => {
        const { ticket } = await h.tickets.create(repairTicket(customerId), { actor: 'bot' });
        expect(await h.tickets.recordCsat(ticket.number, 2, 'customer')).toEqual({ ticketId: ticket.id, score: 2, channel: 'web', at: FILED });
        expect((await h.tickets.get(ticket.id)).status).toBe('new');
      });
    });

    it('records filing and status changes in the audit trail and queues no delivery nothing would read', async () => {
      const { ticket } = await h.tickets.create(repairTicket(customerId), { actor: 'bot' });
      await h.tickets.changeStatus(ticket.id, 'open', 'agent:li');
      expect((await h.tickets.events(ticket.id)).map((e) => e.kind)).toEqual(['created', 'status_changed']);
      // The desks learn of tickets through handoffs and the store; a 'desk' item was never sent.
      expect(await h.rows('SELECT destination, kind FROM outbox')).toEqual([]);
    });
  });
}
