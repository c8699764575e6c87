/**
 * The `ReportData` contract (reports/report-data.ts), run on every store: a desk seeded through the
 * real SQLite stores (test/reports/report-seed.ts keeps its own record of what it wrote) is read
 * for a period, and every figure of the service report is computed again from that record by plain
 * counting and compared. A store under test gets exactly those rows (the PostgreSQL one a copy of
 * them, testing/copy-sqlite-to-postgres.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportData } from '../../../reports/report-data';
import { parsePeriod } from '../../../reports/report-period';
import { buildServiceReport, type ServiceReport } from '../../../reports/service-report';
import { DEFAULT_SLA } from '../../../tickets/sla';
import { openTestDesk, type TestDesk } from '../../../testing/desk';
import { expectedReport, seedReportData, type ExpectedReport, type Seeded } from '../../reports/report-seed';

const DAY = 86_400_000;
export const period = parsePeriod({ from: '2026-11-01', to: '2026-11-15' }, 'Asia/Shanghai', new Date('2026-12-01T00:00:00Z'));
export const NOW = new Date(period.to.getTime() + 30 * DAY);

/** The seeded SQLite desk every implementation's rows come from. */
export async function seedReportSource(): Promise<{ desk: TestDesk; seeded: Seeded }> {
  const desk = await openTestDesk('2026-10-01T00:00:00Z');
  const seeded = await seedReportData({ desk, clock: desk.clock, from: period.from, to: period.to, now: NOW, stories: 70, seed: 17 });
  return { desk, seeded };
}

export interface SeededReports {
  reports: ReportData;
  seeded: Seeded;
  close(): Promise<void>;
}

function compareReport(report: ServiceReport, expected: ExpectedReport): void {
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
    expect({
      p: tier.priority,
      n: tier.tickets,
      frMet: tier.firstResponse.met,
      frBreached: tier.firstResponse.breached,
      resMet: tier.resolution.met,
      resBreached: tier.resolution.breached,
      breached: tier.breached,
    }).toEqual({
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

export function describeReportDataContract(implementation: string, open: () => Promise<SeededReports>): void {
  describe(`ReportData on ${implementation}: the service report`, () => {
    let store: SeededReports;
    let seeded: Seeded;
    beforeAll(async () => {
      store = await open();
      seeded = store.seeded;
    }, 60_000);
    afterAll(() => store?.close());

    async function reportAt(now: Date): Promise<ServiceReport> {
      return buildServiceReport(await store.reports.read(period), { period, now, sla: DEFAULT_SLA });
    }

    it('reads each conversation of the period with its handoff reasons in the order they were made, who wrote and who has it', async () => {
      const rows = await store.reports.read(period);
      const shown = seeded.conversations.filter((c) => c.startedAt >= period.from.getTime() && c.startedAt < period.to.getTime());
      expect(rows.conversations.map((c) => [c.startedAt, c.handoffReasons, c.agentWrote, c.mode])).toEqual(
        shown.map((c) => [new Date(c.startedAt).toISOString(), c.handoffReasons.map((r) => r ?? 'customer_request'), c.agentWrote, c.mode]),
      );
    });

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
      compareReport(await reportAt(NOW), expectedReport(seeded, period, NOW, DEFAULT_SLA));
    });

    it('matches the rows the day after the period, with clocks still running and recontact windows open', async () => {
      const soon = new Date(period.to.getTime() + DAY);
      const expected = expectedReport(seeded, period, soon, DEFAULT_SLA);
      expect(expected.stillInWindow).toBeGreaterThan(0);
      compareReport(await reportAt(soon), expected);
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
  });
}
