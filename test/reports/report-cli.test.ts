/**
 * `aftersales report` as a child process over a seeded database file: the JSON is the report the
 * seed's own record predicts, the CSV carries the same figures, the default is a plain table,
 * and a bad period is refused with exit code 2.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { FixedClock } from '../../kernel/clock';
import { parsePeriod } from '../../reports/report-period';
import { DEFAULT_SLA } from '../../tickets/sla';
import { openSqliteDesk } from '../../storage/sqlite/open-desk';
import { runCli } from '../../testing/cli';
import { tempDir } from '../../testing/temp-dir';
import { expectedReport, seedReportData, type ExpectedReport } from './report-seed';

const { dir, cleanup } = tempDir('report-cli-');
const NOW = '2026-11-20T04:00:00.000Z';
const env = { AFTERSALES_DATA_DIR: path.join(dir, 'data'), AFTERSALES_FIXED_TIME: NOW, AFTERSALES_TIMEZONE: 'Asia/Shanghai', AFTERSALES_LOG_LEVEL: 'silent' };
const period = parsePeriod({ from: '2026-11-01', to: '2026-11-15' }, 'Asia/Shanghai', new Date(NOW));
let expected: ExpectedReport;

beforeAll(async () => {
  const config = loadConfig(env);
  // The CLI's own SLA settings must be the ones the expectation uses.
  expect(config.sla.tiers).toEqual(DEFAULT_SLA.tiers);
  const clock = new FixedClock('2026-10-01T00:00:00Z');
  const desk = await openSqliteDesk(config.dbPath, { clock, sla: DEFAULT_SLA, timeZone: config.timeZone });
  try {
    const seeded = await seedReportData({ desk, clock, from: period.from, to: period.to, now: new Date(NOW), stories: 30, seed: 5 });
    expected = expectedReport(seeded, period, new Date(NOW), DEFAULT_SLA);
  } finally {
    await desk.close();
  }
}, 60_000);
afterAll(() => cleanup());

describe('aftersales report', () => {
  it('prints the report as JSON, with the figures the rows give', async () => {
    const run = await runCli(['report', '--from', '2026-11-01', '--to', '2026-11-15', '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    const report = run.json<any>();
    expect(report.period).toEqual({ from: '2026-10-31T16:00:00.000Z', to: '2026-11-14T16:00:00.000Z' });
    expect(report.conversations).toBe(expected.conversations);
    expect(report.botResolution.count).toBe(expected.botResolved);
    expect(report.firstContactResolution.count).toBe(expected.firstContact);
    expect(report.handoffs.requests).toBe(expected.requests);
    expect(report.firstResponse.medianMs).toBe(expected.firstResponse.median);
    expect(report.csat.responses).toBe(expected.csat.responses);
    expect(report.sla.atRisk.map((t: { number: string }) => t.number).sort()).toEqual(expected.atRisk);
  });

  it('writes CSV with the same figures, one line per figure', async () => {
    const run = await runCli(['report', '--from', '2026-11-01', '--to', '2026-11-15', '--csv'], env);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('period_from,period_to,section,item,value,count,of');
    const row = (item: string) => lines.find((l) => l.includes(item))!.split(',');
    expect(row('Bot resolution').slice(-2)).toEqual([String(expected.botResolved), String(expected.conversations)]);
    expect(row('Conversations /').at(-2)).toBe(String(expected.conversations));
  });

  it('prints plain tables by default and refuses a bad period', async () => {
    const run = await runCli(['report', '--from', '2026-11-01', '--to', '2026-11-15'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Bot resolution \/ 机器人解决率\s+\S+%\s+\d+\s+\d+/);
    expect(run.stdout).toMatch(/Knowledge gaps \/ 知识库缺口/);
    expect(run.stdout).not.toMatch(/customer_request|policy_exception|bot_error/);

    const bad = await runCli(['report', '--from', '2026-11-31'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--from/);
    const backwards = await runCli(['report', '--from', '2026-11-15', '--to', '2026-11-01'], env);
    expect(backwards.code).toBe(2);
    const help = await runCli(['report', '--help'], env);
    expect(help.stdout).toMatch(/--from <day>[\s\S]*--csv[\s\S]*knowledge gaps/);
  });
});
