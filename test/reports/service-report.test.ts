/**
 * The service report on a seeded SQLite desk, for what needs the desk's other stores: a wording
 * stored before redaction is masked. Every figure against the seed's own record is checked on each
 * store by the ReportData contract (test/contracts/stores/report-data.contract.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServiceReport, type ServiceReport } from '../../reports/service-report';
import { parsePeriod } from '../../reports/report-period';
import { DEFAULT_SLA } from '../../tickets/sla';
import { openTestDesk, type TestDesk } from '../../testing/desk';
import { seedReportData } from './report-seed';

const DAY = 86_400_000;
const period = parsePeriod({ from: '2026-11-01', to: '2026-11-15' }, 'Asia/Shanghai', new Date('2026-12-01T00:00:00Z'));
const NOW = new Date(period.to.getTime() + 30 * DAY);

let desk: TestDesk;

beforeAll(async () => {
  desk = await openTestDesk('2026-10-01T00:00:00Z');
  await seedReportData({ desk, clock: desk.clock, from: period.from, to: period.to, now: NOW, stories: 70, seed: 17 });
}, 60_000);
afterAll(() => desk?.dispose());

async function reportAt(now: Date): Promise<ServiceReport> {
  return buildServiceReport(await desk.reports.read(period), { period, now, sla: DEFAULT_SLA });
}

describe('the service report', () => {
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
