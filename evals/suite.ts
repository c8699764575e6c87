/**
 * The shape every eval suite reports in, so one runner can run them all, one report can draw
 * them and two runs can be compared figure by figure. A suite is a function: it gets the options
 * and a progress callback, and returns its headline figures plus anything worth drawing.
 */
import type { ConfusionMatrix } from './metrics';

export const SUITE_NAMES = ['retrieval', 'understanding', 'intent-bitext', 'ocr', 'conversations', 'adversarial', 'tau2-retail'] as const;
export type SuiteName = (typeof SUITE_NAMES)[number];

/** Suites whose figures depend on the brain; `--llm` runs them against the configured endpoint. */
export const BRAIN_SUITES: readonly SuiteName[] = ['conversations', 'adversarial', 'tau2-retail'];

export interface Metric {
  /** Stable key, compared between runs (e.g. hitAt1). */
  key: string;
  label: string;
  value: number;
  /** Which way is better, so a comparison can say "improved" or "regressed". */
  better: 'higher' | 'lower';
  /** 'ratio' values are 0-1 and drawn as percentages; others are shown as they are. */
  unit: 'ratio' | 'count' | 'ms' | 'turns';
}

export interface LatencySeries {
  label: string;
  /** One value per item, in milliseconds. */
  valuesMs: number[];
}

export interface SuiteResult {
  name: SuiteName;
  title: string;
  status: 'ok' | 'skipped' | 'failed';
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
  /** Run the brain-dependent suites against the configured endpoint instead of the offline brain. */
  llm: boolean;
  /** Most SROIE receipts to read (OCR is the slow suite). */
  ocrLimit: number;
  /** Most τ²-bench tasks the LLM agent attempts. */
  tau2Limit?: number;
  progress: Progress;
}

export const noProgress: Progress = { total: () => undefined, tick: () => undefined };

export const ratio = (key: string, label: string, value: number, better: Metric['better'] = 'higher'): Metric => ({ key, label, value, better, unit: 'ratio' });
export const count = (key: string, label: string, value: number, better: Metric['better'] = 'higher'): Metric => ({ key, label, value, better, unit: 'count' });
export const millis = (key: string, label: string, value: number): Metric => ({ key, label, value, better: 'lower', unit: 'ms' });

export function skipped(name: SuiteName, title: string, why: string): SuiteResult {
  return { name, title, status: 'skipped', notes: [why], metrics: [], ms: 0 };
}
