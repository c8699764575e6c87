import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SLA, deadlinesFor, slaStanding } from '../../tickets/sla';
import { PRIORITIES } from '../../tickets/ticket';
import { newCustomer, openTestDesk, repairTicket, type TestDesk } from '../../testing/desk';

const H = 3_600_000;
const FILED = '2026-11-24T01:00:00.000Z';
const at = (hoursAfterFiling: number) => new Date(Date.parse(FILED) + hoursAfterFiling * H);

// The tiers the desk promises customers (issue 2): [first response, resolution, update] in hours.
const TIERS = { P1: [1, 24, 4], P2: [4, 48, 12], P3: [8, 72, 24], P4: [24, 168, 48] } as const;

describe('SLA deadlines', () => {
  it.each(PRIORITIES)('%s deadlines run from filing time', (p) => {
    const [first, resolution, update] = TIERS[p];
    const due = deadlinesFor(p, new Date(FILED), DEFAULT_SLA);
    expect(due.firstResponseDue).toEqual(at(first));
    expect(due.resolutionDue).toEqual(at(resolution));
    expect(due.nextUpdateDue).toEqual(at(update));
  });
});

describe('overdue and at-risk tickets in the store', () => {
  let desk: TestDesk;
  let customerId: number;
  beforeEach(async () => {
    desk = await openTestDesk(FILED);
    customerId = await newCustomer(desk);
  });
  afterEach(() => desk.dispose());

  it.each(PRIORITIES)('%s: ok, then at risk, then breached on first response, then on resolution', async (p) => {
    const [first, resolution] = TIERS[p];
    const { ticket } = await desk.tickets.create(repairTicket(customerId, { priority: p }), { actor: 'bot' });
    expect(ticket.firstResponseDue).toBe(at(first).toISOString());
    expect(ticket.resolutionDue).toBe(at(resolution).toISOString());

    const numbers = async (when: Date) => ({
      overdue: (await desk.tickets.overdue(when)).map((t) => t.number),
      atRisk: (await desk.tickets.atRisk(when)).map((t) => t.number),
    });
    // Right after filing: nothing to worry about.
    expect(await numbers(at(first * 0.5))).toEqual({ overdue: [], atRisk: [] });
    // Inside the last quarter of the first-response span.
    expect(await numbers(at(first * 0.9))).toEqual({ overdue: [], atRisk: [ticket.number] });
    expect(slaStanding(ticket, at(first * 0.9), DEFAULT_SLA).firstResponse).toBe('at_risk');
    // Exactly at the deadline is still on time; one minute later it is overdue.
    expect((await numbers(at(first))).overdue).toEqual([]);
    expect(await numbers(new Date(at(first).getTime() + 60_000))).toEqual({ overdue: [ticket.number], atRisk: [] });

    // Responding stops the first-response clock: no longer overdue until resolution is late.
    desk.clock.set(at(first * 0.5));
    const responded = await desk.tickets.markResponded(ticket.id, 'agent:li');
    expect((await numbers(at(first + 0.01))).overdue).toEqual([]);
    expect(slaStanding(responded, at(first + 0.01), DEFAULT_SLA).firstResponse).toBe('met');
    expect((await numbers(at(resolution * 0.9))).atRisk).toEqual([ticket.number]);
    expect((await numbers(at(resolution + 0.01))).overdue).toEqual([ticket.number]);
    expect(slaStanding(responded, at(resolution + 0.01), DEFAULT_SLA).overall).toBe('breached');
  });

  it('does not report resolved or closed tickets, and sorts the most urgent first', async () => {
    const p3 = await desk.tickets.create(repairTicket(customerId, { priority: 'P3' }), { actor: 'bot' });
    const p1 = await desk.tickets.create(repairTicket(customerId, { priority: 'P1', symptom: '插座冒烟' }), { actor: 'bot' });
    const done = await desk.tickets.create(repairTicket(customerId, { priority: 'P1' }), { actor: 'bot' });
    await desk.tickets.changeStatus(done.ticket.id, 'open', 'agent');
    await desk.tickets.changeStatus(done.ticket.id, 'resolved', 'agent');
    const overdue = await desk.tickets.overdue(at(100));
    expect(overdue.map((t) => t.number)).toEqual([p1.ticket.number, p3.ticket.number]);
  });

  it('moves the clocks when the priority changes, still from filing time', async () => {
    const { ticket } = await desk.tickets.create(repairTicket(customerId, { priority: 'P4' }), { actor: 'bot' });
    desk.clock.set(at(2));
    const raised = await desk.tickets.update(ticket.id, { priority: 'P1' }, 'agent:li');
    expect(raised.firstResponseDue).toBe(at(1).toISOString());
    expect(raised.resolutionDue).toBe(at(24).toISOString());
    expect((await desk.tickets.overdue(at(2))).map((t) => t.id)).toEqual([ticket.id]);
  });

  it('uses configured tiers', async () => {
    const custom = { ...DEFAULT_SLA, tiers: { ...DEFAULT_SLA.tiers, P2: { firstResponseMs: 30 * 60_000, resolutionMs: 6 * H, updateEveryMs: H } } };
    expect(deadlinesFor('P2', new Date(FILED), custom).firstResponseDue).toEqual(at(0.5));
  });
});
