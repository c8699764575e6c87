/**
 * The ticket rules as plain functions (tickets/): what a store must write for a filing, a status
 * move, a field edit, a first response and a score, and when a conversation or a clock runs out.
 * The stores' contract (test/contracts/stores/ticket-store.contract.ts) checks they persist it.
 */
import { describe, expect, it } from 'vitest';
import { isIdle, activeSince } from '../../tickets/conversation-idle';
import { closeOnCsat, parseCsat } from '../../tickets/csat';
import { contentHash, fileTicket } from '../../tickets/filing';
import { applyStatusChange } from '../../tickets/lifecycle';
import { DEFAULT_SLA, isAtRisk, isOverdue } from '../../tickets/sla';
import { newTicketSchema, type Ticket } from '../../tickets/ticket';
import { applyFirstResponse, applyPatch, parsePatch } from '../../tickets/ticket-changes';
import { repairTicket } from '../../testing/desk';

const H = 3_600_000;
const FILED = new Date('2026-11-24T17:00:00Z'); // already 11-25 in Shanghai
const rules = { sla: DEFAULT_SLA, timeZone: 'Asia/Shanghai' };
const filed = (overrides = {}): Ticket => ({ id: 7, ...fileTicket(newTicketSchema.parse(repairTicket(1, overrides)), FILED, rules).ticket });

describe('filing a ticket', () => {
  it('numbers it on the desk time zone day, starts the clocks and says what the audit event holds', () => {
    const filing = fileTicket(newTicketSchema.parse(repairTicket(1, { priority: 'P1' })), FILED, rules, (day) => `AS-${day}-0000-0000`);
    expect(filing.day).toBe('20261125');
    expect(filing.ticket).toMatchObject({ number: 'AS-20261125-0000-0000', status: 'new', createdAt: FILED.toISOString(), updatedAt: FILED.toISOString() });
    // Filed at 01:00 China time: the one-hour clock runs from when the desk opens (09:00 = 01:00Z).
    expect(filing.ticket.firstResponseDue).toBe(new Date(FILED.getTime() + 8 * H).toISOString());
    expect(filing.ticket.resolutionDue).toBe(new Date(FILED.getTime() + 24 * H).toISOString());
    expect(filing.event).toEqual({ kind: 'created', detail: { number: 'AS-20261125-0000-0000', priority: 'P1', type: 'repair_request' } });
  });

  it('hashes content independently of key order, and differently for other content', () => {
    const a = newTicketSchema.parse(repairTicket(1));
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    expect(contentHash(reordered)).toBe(contentHash(a));
    expect(contentHash({ ...a, symptom: '漏水' })).not.toBe(contentHash(a));
  });
});

describe('status moves', () => {
  const now = new Date(FILED.getTime() + H);
  it('leaving new is the first response; resolving and closing are stamped; reopening clears both', () => {
    expect(applyStatusChange({ status: 'new' }, 'open', now).fields).toEqual({ status: 'open', updatedAt: now.toISOString(), firstRespondedAt: now.toISOString() });
    expect(applyStatusChange({ status: 'open', firstRespondedAt: 'x' }, 'resolved', now, 'fixed')).toEqual({
      fields: { status: 'resolved', updatedAt: now.toISOString(), resolvedAt: now.toISOString() },
      event: { kind: 'status_changed', detail: { from: 'open', to: 'resolved', note: 'fixed' } },
    });
    expect(applyStatusChange({ status: 'resolved' }, 'closed', now).fields.closedAt).toBe(now.toISOString());
    expect(applyStatusChange({ status: 'closed' }, 'open', now).fields).toMatchObject({ resolvedAt: null, closedAt: null });
  });

  it('refuses a move the lifecycle does not allow', () => {
    expect(() => applyStatusChange({ status: 'new' }, 'closed', now)).toThrow(/"new".*"closed"/);
  });
});

describe('field edits and responses', () => {
  it('records before and after, and a new urgency moves the clocks from filing time', () => {
    const ticket = filed({ priority: 'P4' });
    const later = new Date(FILED.getTime() + 2 * H);
    const change = applyPatch(ticket, parsePatch({ priority: 'P1', model: 'KFR-35GW' }), later, DEFAULT_SLA)!;
    expect(change.event).toEqual({ kind: 'updated', detail: { changes: { priority: { from: 'P4', to: 'P1' } } } });
    expect(change.fields).toMatchObject({ priority: 'P1', firstResponseDue: new Date(FILED.getTime() + 8 * H).toISOString(), updatedAt: later.toISOString() });
    expect(applyPatch(ticket, parsePatch({ model: 'KFR-35GW' }), later, DEFAULT_SLA)).toBeUndefined();
    expect(() => parsePatch({ purchaseDate: '15/03/2025' })).toThrow(/YYYY-MM-DD/);
  });

  it('counts only the first response', () => {
    const ticket = filed();
    expect(applyFirstResponse(ticket, FILED)?.fields.firstRespondedAt).toBe(FILED.toISOString());
    expect(applyFirstResponse({ ...ticket, firstRespondedAt: FILED.toISOString() }, FILED)).toBeUndefined();
  });
});

describe('satisfaction scores', () => {
  it('close a resolved ticket only, and take 1 to 5', () => {
    expect(closeOnCsat({ status: 'resolved' })).toEqual({ to: 'closed', note: 'closed by satisfaction survey' });
    for (const status of ['new', 'open', 'in_progress', 'waiting_customer', 'closed'] as const) expect(closeOnCsat({ status })).toBeUndefined();
    expect(parseCsat(5, ' 很好 ')).toEqual({ score: 5, comment: '很好' });
    expect(parseCsat(3, '  ')).toEqual({ score: 3 });
    expect(() => parseCsat(6)).toThrow(/score/);
  });
});

describe('clocks running out', () => {
  it('a conversation is idle after more than 12 hours without a message', () => {
    const last = '2026-11-24T01:00:00.000Z';
    expect(isIdle(last, new Date(Date.parse(last) + 12 * H))).toBe(false);
    expect(isIdle(last, new Date(Date.parse(last) + 12 * H + 1))).toBe(true);
    expect(activeSince(new Date(Date.parse(last) + 12 * H)).toISOString()).toBe(last);
  });

  it('a P3 ticket is at risk in the last quarter of its first-response span, then overdue; responding stops that clock', () => {
    const ticket = filed({ priority: 'P3' }); // first response due after 8 h, resolution after 72 h
    const at = (hours: number) => new Date(FILED.getTime() + hours * H);
    expect([isAtRisk(ticket, at(5.9), DEFAULT_SLA), isOverdue(ticket, at(5.9))]).toEqual([false, false]);
    expect([isAtRisk(ticket, at(6.1), DEFAULT_SLA), isOverdue(ticket, at(6.1))]).toEqual([true, false]);
    expect([isAtRisk(ticket, at(8), DEFAULT_SLA), isOverdue(ticket, at(8))]).toEqual([true, false]);
    expect([isAtRisk(ticket, at(8.01), DEFAULT_SLA), isOverdue(ticket, at(8.01))]).toEqual([false, true]);
    const answered = { ...ticket, firstRespondedAt: at(1).toISOString() };
    expect(isOverdue(answered, at(9))).toBe(false);
    expect(isAtRisk(answered, at(60), DEFAULT_SLA)).toBe(true);
    expect(isOverdue({ ...answered, status: 'resolved' }, at(100))).toBe(false);
  });
});
