/**
 * The shape every eval suite reports in, so one runner can run them all, one report can draw
 * them and two runs can be compared figure by figure. A suite is a function: it gets the options
 * and a progress callback, and returns its headline figures plus anything worth drawing.
 */
import type { ConfusionMatrix } from './metrics';

import { wilsonInterval, type Interval } from './metrics';

export const SUITE_NAMES = ['customers', 'unknown-codes', 'kb-lint', 'retrieval', 'understanding', 'sentiment', 'intent-bitext', 'ocr', 'adversarial', 'security', 'tau2-retail'] as const;
export type SuiteName = (typeof SUITE_NAMES)[number];

/** Suites whose figures depend on the brain; `--llm` runs them against the configured endpoint. */
export const BRAIN_SUITES: readonly SuiteName[] = ['customers', 'unknown-codes', 'adversarial', 'tau2-retail'];

/**
 * Where the items a figure was measured on come from. 'own' data was written by the team that
 * also wrote the rules, so it flatters them; 'third-party' data was not, and is the honest test.
 */
export type DataSource = 'own' | 'third-party';

/** A figure to read the headline against, computed in the same run or quoted with its source. */
export interface Baseline {
  label: string;
  value: number;
}

export interface Metric {
  /** Stable key, compared between runs (e.g. hitAt1). */
  key: string;
  label: string;
  value: number;
  /** Which way is better, so a comparison can say "improved" or "regressed". */
  better: 'higher' | 'lower';
  /** 'ratio' values are 0-1 and drawn as percentages; others are shown as they are. */
  unit: 'ratio' | 'count' | 'ms' | 'turns';
  /** How many items the figure rests on (customers, questions, receipts ...). */
  n?: number;
  /** 95% interval; for rates the Wilson score interval. */
  interval?: Interval;
  baselines?: Baseline[];
  data?: DataSource;
  /** A headline figure: shown in the overview, the terminal and the closing table. */
  headline?: boolean;
}

/**
 * A pass/fail check a suite can fail: the eval exits non-zero when any gate fails. A suite with
 * no gate only measures, and the report says so instead of showing a badge.
 */
export interface Gate {
  label: string;
  passed: boolean;
  detail?: string;
}

/** One conversation as the customer saw it, for the report (failures first). */
export interface Transcript {
  id: string;
  lang: 'zh' | 'en';
  passed: boolean;
  /** What went wrong, in words a reader of the report understands. */
  problems: string[];
  turns: { customer: string; replies: string[]; mode?: string; ticket?: string }[];
  persona?: string;
}

export interface LatencySeries {
  label: string;
  /** One value per item, in milliseconds. */
  valuesMs: number[];
}

export interface SuiteResult {
  name: SuiteName;
  title: string;
  /** 'ran': it measured (pass/fail lives in `gates`); 'skipped': data missing; 'failed': it threw. */
  status: 'ran' | 'skipped' | 'failed';
  gates?: Gate[];
  /** A check that our code matches a reference, not a score of the agent: kept out of the headline. */
  conformance?: boolean;
  transcripts?: Transcript[];
  /** Why it was skipped or failed, or what the figures rest on; shown in the report. */
  notes: string[];
  metrics: Metric[];
  confusions?: { title: string; matrix: ConfusionMatrix }[];
  latencies?: LatencySeries[];
  /** Lines of detail for summary.md (misses, per-dataset rows). */
  details?: string[];
  /** Wall time of the whole suite. */
  ms: number;
}

export interface Progress {
  /** Sets how many steps the suite will take (call again when it learns more). */
  total(n: number): void;
  tick(n?: number): void;
}

export interface SuiteOptions {
  datasetsDir: string;
  /** Knowledge folder the assistant is seeded with and the lint reads (default: knowledge/sample). */
  knowledgeDir?: string;
  /** Scripted customers to replay (default: AFTERSALES_CUSTOMERS_FILE's default, ../shared/conversations/customers-dev.jsonl). */
  customersFile?: string;
  /** Run the brain-dependent suites against the configured endpoint instead of the offline brain. */
  llm: boolean;
  /** Most SROIE receipts to read (default: every one; OCR is the slow suite). */
  ocrLimit?: number;
  /** Most τ²-bench retail tasks run through the product pipeline with --llm (each 4 times). */
  tau2Limit?: number;
  progress: Progress;
}

export const noProgress: Progress = { total: () => undefined, tick: () => undefined };

export const ratio = (key: string, label: string, value: number, better: Metric['better'] = 'higher'): Metric => ({ key, label, value, better, unit: 'ratio' });
export const count = (key: string, label: string, value: number, better: Metric['better'] = 'higher'): Metric => ({ key, label, value, better, unit: 'count' });
/**
 * A rate with its n and Wilson 95% interval: `hits` of `n`. Every headline rate goes through
 * here so no figure is reported without what it rests on.
 */
export function rate(key: string, label: string, hits: number, n: number, extra: { data?: DataSource; baselines?: Baseline[]; headline?: boolean; better?: Metric['better'] } = {}): Metric {
  const { better = 'higher', ...rest } = extra;
  return { key, label, value: n ? hits / n : 0, better, unit: 'ratio', n, interval: wilsonInterval(hits, n), ...rest };
}

export const millis = (key: string, label: string, value: number): Metric => ({ key, label, value, better: 'lower', unit: 'ms' });

export function skipped(name: SuiteName, title: string, why: string): SuiteResult {
  return { name, title, status: 'skipped', notes: [why], metrics: [], ms: 0 };
}
