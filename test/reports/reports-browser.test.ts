/**
 * The manager's dashboard in headless Chromium against the real server, over a database seeded
 * through the real stores: a manager logs in, follows the desk's link to the report, picks the
 * period and sees the figures the seed's own record predicts, in Chinese and in English; an
 * agent gets 403 and no link. Screenshots go to test-results/screenshots/reports-*.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { FixedClock } from '../../kernel/clock';
import { formatDuration } from '../../kernel/duration';
import { parsePeriod } from '../../reports/report-period';
import { DEFAULT_SLA } from '../../tickets/sla';
import { openSqliteDesk } from '../../storage/sqlite/open-desk';
import { addAgent, PASSWORD } from '../desk/desk-client';
import { tempDir } from '../../testing/temp-dir';
import { startWebServer, type WebServer } from '../web/web-client';
import { expectedReport, seedReportData, type ExpectedReport } from './report-seed';

const CHROMIUM = '/usr/bin/chromium';
const WAIT = { timeout: 15_000 };
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const NOW = '2026-11-20T04:00:00.000Z';
// No handoff goes back to the bot while the test runs: the rows stay as seeded.
const ENV = { AFTERSALES_TIMEZONE: 'Asia/Shanghai', HANDOFF_RETURN_AFTER: '3650d' };
const period = parsePeriod({ from: '2026-11-01', to: '2026-11-15' }, 'Asia/Shanghai', new Date(NOW));

const data = tempDir('reports-browser-');
let server: WebServer;
let browser: Browser;
let expected: ExpectedReport;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install chromium"`);
  fs.mkdirSync(SHOTS, { recursive: true });
  const config = loadConfig({ AFTERSALES_DATA_DIR: data.dir, ...ENV });
  expect(config.sla.tiers).toEqual(DEFAULT_SLA.tiers);
  const clock = new FixedClock('2026-10-01T00:00:00Z');
  const desk = await openSqliteDesk(config.dbPath, { clock, sla: DEFAULT_SLA, timeZone: config.timeZone });
  try {
    const seeded = await seedReportData({ desk, clock, from: period.from, to: period.to, now: new Date(NOW), stories: 40, seed: 23 });
    expected = expectedReport(seeded, period, new Date(NOW), DEFAULT_SLA);
  } finally {
    await desk.close();
  }
  server = await startWebServer({ AFTERSALES_DATA_DIR: data.dir, ...ENV });
  server.clock.set(NOW);
  await addAgent(server, 'wang', 'manager');
  await addAgent(server, 'li', 'agent');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  data.cleanup();
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `reports-${name}.png`), fullPage: true });

async function logIn(name: string, lang: 'zh' | 'en' = 'zh'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang === 'zh' ? 'zh-CN' : 'en-GB', timezoneId: 'Asia/Shanghai' });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  await page.goto(`${server.url}/desk/login?lang=${lang}`);
  await page.locator('input[name=name]').fill(name);
  await page.locator('input[name=password]').fill(PASSWORD);
  await page.locator('button[type=submit]').click();
  await expect.poll(() => page.locator('.topbar .who').textContent(), WAIT).toContain(name);
  return page;
}

const figure = (page: Page, name: string, part: 'value' | 'detail') => page.locator(`[data-figure="${name}"] .card-${part}`).textContent();
const pct = (count: number, of: number) => `${((count / of) * 100).toFixed(1)}%`;

describe('the manager dashboard', () => {
  it('shows a manager the figures the rows give, in Chinese', { timeout: 60_000 }, async () => {
    const page = await logIn('wang');
    await page.locator('#reports-link').click();
    await expect.poll(() => page.locator('h1, .brand').first().textContent(), WAIT).toContain('服务报表');
    await page.locator('input[name=from]').fill('2026-11-01');
    await page.locator('input[name=to]').fill('2026-11-15');
    await page.locator('.period button[type=submit]').click();
    await expect.poll(() => page.url(), WAIT).toContain('from=2026-11-01');

    expect(await figure(page, 'conversations', 'value')).toBe(String(expected.conversations));
    expect(await figure(page, 'bot-resolution', 'value')).toBe(pct(expected.botResolved, expected.conversations));
    expect(await figure(page, 'bot-resolution', 'detail')).toBe(`${expected.botResolved} / ${expected.conversations}`);
    expect(await figure(page, 'first-contact-resolution', 'detail')).toBe(`${expected.firstContact} / ${expected.conversations}`);
    expect(await figure(page, 'handoff-rate', 'detail')).toBe(`${expected.handedOffConversations} / ${expected.conversations}`);
    expect(await figure(page, 'csat-average', 'value')).toBe((expected.csat.sum / expected.csat.responses).toFixed(2));
    expect(await figure(page, 'survey-response-rate', 'detail')).toBe(`${expected.csat.answered} / ${expected.csat.surveys}`);

    // Durations in Chinese units on the Chinese page ("分钟 / 秒", never "min / s").
    expect(await page.locator('[data-figure="first-response"] .median').textContent()).toBe(formatDuration(expected.firstResponse.median!, 'zh'));
    expect(await page.locator('[data-figure="handling"] .p90').textContent()).toBe(formatDuration(expected.handling.p90!, 'zh'));
    expect(await page.locator('[data-figure="first-response"]').textContent()).not.toMatch(/min|\b\d+ s\b/);
    for (const p of ['P1', 'P2', 'P3', 'P4'] as const) {
      expect(await page.locator(`[data-tier="${p}"] .tickets`).textContent()).toBe(String(expected.tiers[p].tickets));
      expect(await page.locator(`[data-tier="${p}"] .breached`).textContent()).toBe(String(expected.tiers[p].breached));
    }
    expect((await page.locator('[data-list="at-risk"] [data-ticket]').evaluateAll((els) => els.map((el) => el.getAttribute('data-ticket')))).sort()).toEqual(expected.atRisk);

    // The handoff chart: one bar per reason of the taxonomy, as long as its count.
    const bars = await page.locator('[data-chart="handoffs"] .bar-row').evaluateAll((els) => els.map((el) => [el.getAttribute('data-label'), Number(el.getAttribute('data-value'))]));
    expect(bars.map(([label]) => label)).toEqual(['客户要求人工', '安全风险', '情绪激动或投诉', '知识库缺少答案', '机器人卡住', '政策需人工决定', '机器人出错']);
    const byLabel = {
      客户要求人工: 'customer_asked',
      安全风险: 'danger',
      情绪激动或投诉: 'anger_or_complaint',
      知识库缺少答案: 'missing_knowledge',
      机器人卡住: 'stuck',
      政策需人工决定: 'policy_needs_person',
      机器人出错: 'bot_error',
    } as Record<string, string>;
    for (const [label, value] of bars) expect(value).toBe(expected.byCategory[byLabel[label as string]!] ?? 0);
    const csatBars = await page.locator('[data-chart="csat"] .bar-row').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-value'))));
    expect(csatBars).toEqual([...expected.csat.distribution].reverse());

    const gapCounts = await page.locator('[data-table="gaps"] .gap-count').allTextContents();
    expect(gapCounts.reduce((n, c) => n + Number(c), 0)).toBe([...expected.gaps.values()].reduce((n, g) => n + g.count, 0));
    // Never an internal code on the page.
    expect(await page.locator('main').textContent()).not.toMatch(/customer_request|policy_exception|bot_error|air_conditioner|handoff_requested/);
    await shot(page, '01-manager-zh');
    await page.context().close();
  });

  it('shows the same figures in English', async () => {
    const page = await logIn('wang', 'en');
    await page.goto(`${server.url}/desk/reports?from=2026-11-01&to=2026-11-15&lang=en`);
    expect(await page.locator('.topbar .brand').textContent()).toBe('Service report');
    expect(await page.locator('[data-figure="bot-resolution"] .card-label').textContent()).toBe('Bot resolution');
    expect(await figure(page, 'bot-resolution', 'detail')).toBe(`${expected.botResolved} / ${expected.conversations}`);
    expect(await page.locator('[data-chart="handoffs"] .bar-row').first().getAttribute('data-label')).toBe('Customer asked');
    expect(await page.locator('[data-figure="handling"] .p90').textContent()).toBe(formatDuration(expected.handling.p90!, 'en'));
    expect(await page.locator('[data-figure="handling"]').textContent()).not.toMatch(/[秒分钟小时]/);
    await shot(page, '02-manager-en');
    await page.context().close();
  });

  it('refuses an agent who is not a manager, and shows them no link', async () => {
    const page = await logIn('li');
    expect(await page.locator('#reports-link').count()).toBe(0);
    const response = await page.goto(`${server.url}/desk/reports?from=2026-11-01&to=2026-11-15`);
    expect(response?.status()).toBe(403);
    expect(await page.locator('main').textContent()).toContain('只有主管可以查看服务报表');
    expect(await page.locator('[data-figure]').count()).toBe(0);
    await shot(page, '03-agent-refused');
    await page.context().close();
  });

  it('says so when the period is not valid', async () => {
    const page = await logIn('wang');
    const response = await page.goto(`${server.url}/desk/reports?from=2026-11-15&to=2026-11-01`);
    expect(response?.status()).toBe(400);
    expect(await page.locator('.form-error').textContent()).toContain('时间段格式不对');
    await page.context().close();
  });
});
