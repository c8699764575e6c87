/**
 * Runs the chosen suites one after another and writes the report folder: report.html (charts),
 * summary.md and results.json (the input of a later `--compare`). A suite that throws is
 * recorded as failed with its error, and the others still run, so one broken suite never costs
 * the whole report.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../app/config';
import { compareRuns, type Comparison } from './reporting/compare';
import type { EvalRun } from './reporting/eval-run';
import { htmlReport } from './reporting/html-report';
import { summaryMarkdown } from './reporting/summary-markdown';
import { SUITE_NAMES, type Progress, type SuiteName, type SuiteOptions, type SuiteResult } from './suite';

export const REPORT_DIR = path.join(import.meta.dirname, 'report');

export interface RunEvalsOptions {
  suites?: readonly SuiteName[];
  datasetsDir: string;
  /** Score this knowledge folder instead of the shipped sample (kb lint, retrieval, the assistant). */
  knowledgeDir?: string;
  /** Scripted customers for the customers suite (default: AFTERSALES_CUSTOMERS_FILE's default). */
  customersFile?: string;
  llm?: boolean;
  /** The model endpoint for --llm (config.llm); required when llm is true. */
  llmConfig?: Config['llm'];
  /** Most SROIE receipts to read (default: all 44). */
  ocrLimit?: number;
  tau2Limit?: number;
  /** Called as each suite starts, for a progress bar. */
  onSuite?: (name: SuiteName, index: number, count: number) => Progress;
  onSuiteDone?: (result: SuiteResult) => void;
}

type SuiteRunner = (options: SuiteOptions & { llmConfig?: Config['llm'] }) => Promise<SuiteResult>;

// Loaded when chosen: the assistant, the knowledge index and OCR are heavy, and
// `--suites tau2-retail` should not pay for them.
const RUNNERS: Record<SuiteName, () => Promise<SuiteRunner>> = {
  customers: async () => (await import('./customers/suite')).customersSuite,
  'kb-lint': async () => (await import('./kb-lint/suite')).kbLintSuite,
  retrieval: async () => (await import('./kb/suite')).retrievalSuite,
  understanding: async () => (await import('./understanding/suite')).understandingSuite,
  sentiment: async () => (await import('./sentiment/suite')).sentimentSuite,
  'intent-bitext': async () => (await import('./intent-bitext/suite')).intentBitextSuite,
  ocr: async () => (await import('./ocr/suite')).ocrSuite,
  adversarial: async () => (await import('./adversarial/suite')).adversarialSuite,
  security: async () => (await import('./security/suite')).securitySuite,
  'tau2-retail': async () => (await import('./tau2-retail/suite')).tau2RetailSuite,
  'unknown-codes': async () => (await import('./unknown-codes/suite')).unknownCodesSuite,
};

export async function runEvals(options: RunEvalsOptions): Promise<EvalRun> {
  const started = performance.now();
  const names = options.suites?.length ? SUITE_NAMES.filter((n) => options.suites!.includes(n)) : [...SUITE_NAMES];
  if (options.llm && !options.llmConfig?.baseUrl) throw new Error('--llm needs a model endpoint (LLM_BASE_URL)');
  const suites: SuiteResult[] = [];
  for (const [i, name] of names.entries()) {
    const progress = options.onSuite?.(name, i, names.length) ?? { total: () => undefined, tick: () => undefined };
    const suiteStarted = performance.now();
    let result: SuiteResult;
    try {
      const runner = await RUNNERS[name]();
      result = await runner({
        datasetsDir: options.datasetsDir,
        knowledgeDir: options.knowledgeDir,
        customersFile: options.customersFile,
        llm: options.llm ?? false,
        llmConfig: options.llmConfig,
        ocrLimit: options.ocrLimit,
        tau2Limit: options.tau2Limit,
        progress,
      });
    } catch (error) {
      result = { name, title: name, status: 'failed', notes: [`failed: ${(error as Error).message}`], metrics: [], ms: performance.now() - suiteStarted };
    }
    suites.push(result);
    options.onSuiteDone?.(result);
  }
  return {
    version: 1,
    ranAt: new Date().toISOString(),
    durationMs: performance.now() - started,
    options: {
      suites: names,
      llm: options.llm ?? false,
      model: options.llm ? options.llmConfig?.model : undefined,
      datasetsDir: options.datasetsDir,
      knowledgeDir: options.knowledgeDir,
      ocrLimit: options.ocrLimit,
    },
    machine: { node: process.version, cores: os.cpus().length, platform: `${os.platform()} ${os.arch()}` },
    suites,
  };
}

export interface WrittenReport {
  dir: string;
  html: string;
  summary: string;
  results: string;
  comparison?: Comparison;
}

/** Writes the three report files; with `before`, the comparison goes into both documents. */
export function writeReport(run: EvalRun, options: { dir?: string; before?: EvalRun } = {}): WrittenReport {
  const dir = options.dir ?? REPORT_DIR;
  fs.mkdirSync(dir, { recursive: true });
  const comparison = options.before ? compareRuns(options.before, run) : undefined;
  const files = { html: path.join(dir, 'report.html'), summary: path.join(dir, 'summary.md'), results: path.join(dir, 'results.json') };
  fs.writeFileSync(files.html, htmlReport(run, comparison));
  fs.writeFileSync(files.summary, summaryMarkdown(run, comparison) + '\n');
  fs.writeFileSync(files.results, JSON.stringify(run, null, 1) + '\n');
  return { dir, ...files, comparison };
}

/** Every gate that failed, as "suite: gate (detail)", so the CLI can exit non-zero and say why. */
export function failedGates(run: EvalRun): string[] {
  return run.suites.flatMap((s) => (s.gates ?? []).filter((g) => !g.passed).map((g) => `${s.title}: ${g.label}${g.detail ? ` (${g.detail})` : ''}`));
}
