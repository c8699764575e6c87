/**
 * Every figure of the service report against the rows: a real SQLite desk is seeded through the
 * real stores (test/reports/report-seed.ts keeps its own record of what it wrote), and each
 * figure is computed again from that record by plain counting and compared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServiceReport, type ServiceReport } from '../../reports/service-report';
import { parsePeriod } from '../../reports/report-period';
import { DEFAULT_SLA } from '../../tickets/sla';
import { openTestDesk, type TestDesk } from '../../testing/desk';
import { expectedReport, seedReportData, type ExpectedReport, type Seeded } from './report-seed';

const DAY = 86_400_000;
const period = parsePeriod({ from: '2026-11-01', to: '2026-11-15' }, 'Asia/Shanghai', new Date('2026-12-01T00:00:00Z'));
const NOW = new Date(period.to.getTime() + 30 * DAY);

let desk: TestDesk;
let seeded: Seeded;

beforeAll(async () => {
  desk = await openTestDesk('2026-10-01T00:00:00Z');
  seeded = await seedReportData({ desk, clock: desk.clock, from: period.from, to: period.to, now: NOW, stories: 70, seed: 17 });
}, 60_000);
afterAll(() => desk?.dispose());

async function reportAt(now: Date): Promise<ServiceReport> {
  return buildServiceReport(await desk.reports.read(period), { period, now, sla: DEFAULT_SLA });
}

function compare(report: ServiceReport, expected: ExpectedReport): void {
  expect(report.conversations).toBe(expected.conversations);
  expect(report.stillInRecontactWindow).toBe(expected.stillInWindow);
  expect(report.botResolution).toEqual({ count: expected.botResolved, of: expected.conversations, rate: expected.botResolved / expected.conversations });
  expect(report.firstContactResolution.count).toBe(expected.firstContact);
  expect(report.handoffs.conversations.count).toBe(expected.handedOffConversations);
  expect(report.handoffs.requests).toBe(expected.requests);
  for (const row of report.handoffs.byCategory) expect([row.category, row.requests]).toEqual([row.category, expected.byCategory[row.category] ?? 0]);
  expect(report.handoffs.byCategory.reduce((n, r) => n + r.requests, 0)).toBe(expected.requests);
  expect(report.firstResponse).toEqual({ n: expected.firstResponse.n, medianMs: expected.firstResponse.median, p90Ms: expected.firstResponse.p90 });
  expect(report.handling).toEqual({ n: expected.handling.n, medianMs: expected.handling.median, p90Ms: expected.handling.p90 });
  for (const tier of report.sla.tiers) {
    const e = expected.tiers[tier.priority];
    expect({ p: tier.priority, n: tier.tickets, frMet: tier.firstResponse.met, frBreached: tier.firstResponse.breached, resMet: tier.resolution.met, resBreached: tier.resolution.breached, breached: tier.breached }).toEqual({
      p: tier.priority,
      n: e.tickets,
      frMet: e.frMet,
      frBreached: e.frBreached,
      resMet: e.resMet,
      resBreached: e.resBreached,
      breached: e.breached,
    });
  }
  expect(report.sla.atRisk.map((t) => t.number).sort()).toEqual(expected.atRisk);
  expect(report.csat.responses).toBe(expected.csat.responses);
  expect(report.csat.average).toBeCloseTo(expected.csat.sum / expected.csat.responses, 10);
  expect(Object.values(report.csat.distribution)).toEqual(expected.csat.distribution);
  expect(report.csat.surveys).toEqual({ count: expected.csat.answered, of: expected.csat.surveys, rate: expected.csat.answered / expected.csat.surveys });
}

describe('the service report', () => {
  it('has enough of every kind of row to mean something', () => {
    const e = expectedReport(seeded, period, NOW, DEFAULT_SLA);
    // The seed must exercise each figure, or a comparison of zeros would prove nothing.
    expect(e.conversations).toBeGreaterThan(30);
    expect(e.botResolved).toBeGreaterThan(3);
    expect(e.firstContact).toBeGreaterThan(e.botResolved);
    expect(e.conversations).toBeGreaterThan(e.firstContact);
    expect(Object.keys(e.byCategory).length).toBeGreaterThanOrEqual(5);
    expect(e.firstResponse.n).toBeGreaterThan(5);
    expect(e.handling.n).toBeGreaterThan(5);
    expect(e.csat.responses).toBeGreaterThan(3);
    expect(e.csat.surveys).toBeGreaterThan(e.csat.answered);
    expect(e.atRisk.length).toBeGreaterThanOrEqual(2);
    expect(Object.values(e.tiers).some((t) => t.frBreached > 0)).toBe(true);
    expect(Object.values(e.tiers).some((t) => t.resMet > 0)).toBe(true);
    expect(e.gaps.size).toBeGreaterThan(3);
  });

  it('matches the rows, figure by figure, 30 days after the period', async () => {
    compare(await reportAt(NOW), expectedReport(seeded, period, NOW, DEFAULT_SLA));
  });

  it('matches the rows the day after the period, with clocks still running and recontact windows open', async () => {
    const soon = new Date(period.to.getTime() + DAY);
    const expected = expectedReport(seeded, period, soon, DEFAULT_SLA);
    expect(expected.stillInWindow).toBeGreaterThan(0);
    compare(await reportAt(soon), expected);
  });

  it('lists the top faults by brand and model with their error codes', async () => {
    const report = await reportAt(NOW);
    const e = expectedReport(seeded, period, NOW, DEFAULT_SLA);
    expect(report.topFaults.length).toBe(Math.min(10, e.faults.size));
    for (const group of report.topFaults) {
      const expected = e.faults.get(`${group.brand} ${group.model}`)!;
      expect(group.tickets).toBe(expected.tickets);
      for (const fault of group.faults) expect(fault.tickets).toBe(expected.codes.get(fault.code ?? ''));
      const top = Math.max(...expected.codes.values());
      expect(group.faults[0]!.tickets).toBe(top);
    }
    expect(report.topFaults.map((g) => g.tickets)).toEqual([...report.topFaults.map((g) => g.tickets)].sort((a, b) => b - a));
  });

  it('groups the questions with no good case, with counts and example wordings', async () => {
    const report = await reportAt(NOW);
    const e = expectedReport(seeded, period, NOW, DEFAULT_SLA);
    expect(report.knowledgeGaps.length).toBe(Math.min(20, e.gaps.size));
    expect(report.knowledgeGaps.reduce((n, g) => n + g.count, 0)).toBe([...e.gaps.values()].reduce((n, g) => n + g.count, 0));
    for (const gap of report.knowledgeGaps) {
      const expected = e.gaps.get(`${gap.category}|${gap.brand ?? ''}|${gap.errorCode ?? ''}`)!;
      expect(gap.count).toBe(expected.count);
      expect(gap.conversations).toBe(expected.conversations);
      expect(gap.examples.length).toBe(Math.min(3, expected.wordings.size));
      for (const example of gap.examples) expect(expected.wordings.has(example)).toBe(true);
    }
  });

  it('masks personal data in example wordings, even in a row stored before redaction', async () => {
    const conversation = (await desk.reports.read(period)).conversations[0]!;
    desk.clock.set(new Date(period.from.getTime() + DAY));
    await desk.conversations.commitTurn(conversation.id, {
      author: 'bot:offline',
      state: (await desk.conversations.get(conversation.id)).state,
      knowledgeMiss: { wording: '电视机黑屏有声音，回电13912345678', language: 'zh', category: 'television', brand: 'TCL' },
    });
    const report = await reportAt(NOW);
    const gap = report.knowledgeGaps.find((g) => g.category === 'television')!;
    expect(gap.count).toBe(1);
    expect(gap.examples[0]).toContain('电视机黑屏有声音');
    expect(gap.examples[0]).not.toContain('13912345678');
  });
});
