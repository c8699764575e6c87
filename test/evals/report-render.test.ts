/**
 * The report renders: a real (small) eval run written to a temp folder, report.html opened in
 * headless Chromium from disk with the network cut off, its charts counted, and a screenshot kept
 * under test-results/screenshots/. Then the CLI writes the three files and says what moved.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failedGates, runEvals, writeReport, type WrittenReport } from '../../evals/run-evals';
import { rate } from '../../evals/suite';
import type { EvalRun } from '../../evals/reporting/eval-run';
import { loadConfig } from '../../app/config';
import { runCli } from '../../testing/cli';
import { tempDir } from '../../testing/temp-dir';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

const temp = tempDir('eval-report-');
let run: EvalRun;
let written: WrittenReport;
let browser: Browser | undefined;

beforeAll(async () => {
  // Suites on the project's own data, so the report looks the same with or without ../shared/datasets.
  run = await runEvals({ suites: ['understanding', 'retrieval'], datasetsDir: loadConfig().datasetsDir });
  // An earlier run where intent accuracy was lower and urgency higher, to see both directions.
  const before: EvalRun = structuredClone(run);
  const understanding = before.suites.find((s) => s.name === 'understanding')!;
  understanding.metrics.find((m) => m.key === 'intentAccuracy')!.value -= 0.1;
  understanding.metrics.find((m) => m.key === 'urgencyAccuracy')!.value += 0.05;
  before.ranAt = '2026-01-01T00:00:00.000Z';
  written = writeReport(run, { dir: temp.dir, before });
  if (fs.existsSync(CHROMIUM)) browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  else console.warn(`report render test skipped: ${CHROMIUM} not installed (apt-get install chromium)`);
});

afterAll(async () => {
  await browser?.close();
  temp.cleanup();
});

describe('eval report', () => {
  it('writes results.json that reads back, and a summary with what moved', () => {
    const saved = JSON.parse(fs.readFileSync(written.results, 'utf8')) as EvalRun;
    expect(saved.suites.map((s) => s.name).sort()).toEqual(['retrieval', 'understanding']);
    const summary = fs.readFileSync(written.summary, 'utf8');
    expect(summary).toMatch(/## What moved/);
    expect(summary).toMatch(/\| understanding \| intent accuracy \| .* \| \+10\.0 pt \| ▲ better \|/);
    expect(summary).toMatch(/\| understanding \| urgency accuracy \| .* \| −5\.0 pt \| ▼ worse \|/);
  });

  it.runIf(fs.existsSync(CHROMIUM))('opens offline in Chromium with its bars, confusion matrices and latency charts', async () => {
    const page = await browser!.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${written.html}`);
    expect(await page.title()).toMatch(/Evaluation report/);
    // Overview + one bar chart per suite with 0-1 figures.
    expect(run.suites.map((s) => s.status)).toEqual(['ran', 'ran']);
    expect(await page.locator('svg.chart-bars').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('svg.chart-bars rect.bar').count()).toBeGreaterThan(10);
    // Intent and urgency, 8 x 8 and 4 x 4 cells.
    const confusions = page.locator('#understanding svg.chart-confusion');
    expect(await confusions.count()).toBe(2);
    expect(await confusions.nth(0).locator('rect.cell').count()).toBe(64);
    expect(await confusions.nth(1).locator('rect.cell').count()).toBe(16);
    expect(await page.locator('svg.chart-latency').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('svg.chart-latency rect.bin').count()).toBeGreaterThan(0);
    // The charts have real size on the page, not just markup.
    const box = await confusions.nth(0).boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(await page.locator('tr.improved').count()).toBeGreaterThan(0);
    expect(await page.locator('tr.regressed').count()).toBeGreaterThan(0);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const shot = path.join(SCREENSHOTS, 'eval-report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('shows gates that failed, figures with n, interval and data label, and transcripts failures first', () => {
    const gated: EvalRun = structuredClone(run);
    gated.suites.push({
      name: 'adversarial',
      title: 'Customers (test)',
      status: 'ran',
      notes: ['two customers'],
      gates: [
        { label: 'no unsafe advice', passed: false, detail: '1 reply' },
        { label: 'every turn answered', passed: true },
      ],
      metrics: [rate('pass', 'customers passed', 1, 2, { data: 'own', headline: true, baselines: [{ label: 'shipped', value: 0.2 }] })],
      transcripts: [
        { id: 'c-ok', lang: 'en', passed: true, problems: [], turns: [{ customer: 'hello', replies: ['Hi, how can I help?'] }] },
        { id: 'c-bad', lang: 'zh', passed: false, problems: ['never said /排水/'], turns: [{ customer: '洗衣机不排水', replies: [] }] },
      ],
      ms: 1,
    });
    gated.suites.push({
      name: 'tau2-retail',
      title: 'Conformance (test)',
      status: 'ran',
      conformance: true,
      notes: ['our tools against gold actions'],
      metrics: [rate('agree', 'replays agreeing', 9, 10, { data: 'third-party' })],
      ms: 1,
    });
    const out = writeReport(gated, { dir: path.join(temp.dir, 'gated') });
    const html = fs.readFileSync(out.html, 'utf8');
    expect(html).toMatch(/FAILED 1 of 2 gate\(s\)/);
    expect(html).toMatch(/✗ no unsafe advice — 1 reply/);
    expect(html.indexOf('c-bad')).toBeLessThan(html.indexOf('c-ok'));
    expect(html).toMatch(/<b>50\.0%<\/b> \[9\.5%–90\.5%\] n=2/);
    expect(html).toMatch(/measured \(no pass\/fail gate\)/);
    const summary = fs.readFileSync(out.summary, 'utf8');
    expect(summary).toMatch(/customers passed 50\.0% \(95% CI 9\.5%–90\.5%, n=2; baseline: shipped 20\.0%; our own data\)/);
    expect(summary).toMatch(/- c-bad \(zh\): never said \/排水\//);
    expect(failedGates(gated)).toEqual(['Customers (test): no unsafe advice (1 reply)']);
    // A conformance check has no headline figure: its row shows its note, not "replays agreeing".
    expect(summary).toMatch(/\| Conformance \(test\) \| measured \(no pass\/fail gate\) \| our tools against gold actions \|/);
  });

  // Child processes on a busy machine: generous limits, no timing asserted.
  const slow = { timeoutMs: 240_000 };
  const cliEnv = () => ({ AFTERSALES_DATA_DIR: path.join(temp.dir, 'data'), AFTERSALES_DATASETS_DIR: loadConfig().datasetsDir });

  it('runs from the CLI: writes the report, then compares with it', { timeout: 300_000 }, async () => {
    const out = path.join(temp.dir, 'cli');
    const first = await runCli(['eval', '--suites', 'tau2-retail', '--out', out], cliEnv(), slow);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/tasks replayed to the end\s+114|skipped/);
    for (const f of ['report.html', 'summary.md', 'results.json']) expect(fs.existsSync(path.join(out, f))).toBe(true);
    const second = await runCli(['eval', '--suites', 'tau2-retail', '--out', out, '--compare', path.join(out, 'results.json')], cliEnv(), slow);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/Compared with the run of .*: 0 figure\(s\) moved/);
    expect(fs.readFileSync(path.join(out, 'summary.md'), 'utf8')).toMatch(/## What moved/);
  });

  it('refuses an unknown suite and --llm without an endpoint, clearly and before running anything', { timeout: 300_000 }, async () => {
    const out = path.join(temp.dir, 'refused');
    const bad = await runCli(['eval', '--suites', 'retrieval,nope', '--out', out], cliEnv(), slow);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Unknown suite\(s\): nope/);
    const noModel = await runCli(['eval', '--llm', '--suites', 'customers', '--out', out], cliEnv(), slow);
    expect(noModel.code).toBe(2);
    expect(noModel.stderr).toMatch(/LLM_BASE_URL/);
    const missing = await runCli(['eval', '--compare', path.join(temp.dir, 'nothing.json'), '--out', out], cliEnv(), slow);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/No such file/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
