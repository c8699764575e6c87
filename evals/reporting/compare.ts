/**
 * What moved between two runs: every metric present in both, with its delta and whether that is
 * an improvement given the metric's direction. Noise counts as unchanged, so a re-run of the same
 * code reads "no change": below 0.0005 for ratios, and for timings less than a quarter (or half a
 * millisecond) either way, because two runs on a busy machine differ that much on their own.
 */
import type { Metric } from '../suite';
import type { EvalRun } from './eval-run';

export interface MetricChange {
  suite: string;
  key: string;
  label: string;
  unit: Metric['unit'];
  before: number;
  after: number;
  delta: number;
  verdict: 'improved' | 'regressed' | 'unchanged';
}

export interface Comparison {
  before: { ranAt: string; llm: boolean; model?: string };
  changes: MetricChange[];
  /** suite.key of metrics only one side has. */
  added: string[];
  removed: string[];
}

function unchanged(unit: Metric['unit'], before: number, after: number): boolean {
  if (unit === 'ms') return Math.abs(after - before) <= Math.max(0.25 * Math.abs(before), 0.5);
  if (unit === 'ratio') return Math.abs(after - before) < 0.0005;
  return after === before;
}

export function compareRuns(before: EvalRun, after: EvalRun): Comparison {
  const index = (run: EvalRun) => new Map(run.suites.filter((s) => s.status === 'ran').flatMap((s) => s.metrics.map((m) => [`${s.name}.${m.key}`, { suite: s.name, m }] as const)));
  const old = index(before);
  const now = index(after);
  const changes: MetricChange[] = [];
  for (const [id, { suite, m }] of now) {
    const prior = old.get(id);
    if (!prior) continue;
    const delta = m.value - prior.m.value;
    const verdict = unchanged(m.unit, prior.m.value, m.value) ? 'unchanged' : delta > 0 === (m.better === 'higher') ? 'improved' : 'regressed';
    changes.push({ suite, key: m.key, label: m.label, unit: m.unit, before: prior.m.value, after: m.value, delta, verdict });
  }
  return {
    before: { ranAt: before.ranAt, llm: before.options.llm, model: before.options.model },
    changes,
    added: [...now.keys()].filter((k) => !old.has(k)),
    removed: [...old.keys()].filter((k) => !now.has(k)),
  };
}

export function formatValue(unit: Metric['unit'], value: number): string {
  if (unit === 'ratio') return `${(value * 100).toFixed(1)}%`;
  if (unit === 'ms') return `${value.toFixed(value >= 100 ? 0 : 2)} ms`;
  if (unit === 'turns') return value.toFixed(2);
  return String(Math.round(value * 100) / 100);
}

export function formatDelta(unit: Metric['unit'], delta: number): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const abs = Math.abs(delta);
  if (unit === 'ratio') return `${sign}${(abs * 100).toFixed(1)} pt`;
  if (unit === 'ms') return `${sign}${abs.toFixed(abs >= 100 ? 0 : 2)} ms`;
  return `${sign}${Math.round(abs * 100) / 100}`;
}

const ARROW = { improved: '▲ better', regressed: '▼ worse', unchanged: '= same' } as const;

/** Lines for the terminal: what moved first, then how many stayed. */
export function formatComparison(c: Comparison): string[] {
  const moved = c.changes.filter((x) => x.verdict !== 'unchanged');
  const lines = [
    `Compared with the run of ${c.before.ranAt}${c.before.llm ? ` (LLM ${c.before.model ?? ''})` : ' (offline)'}: ${moved.length} figure(s) moved, ${c.changes.length - moved.length} unchanged.`,
  ];
  for (const x of moved) lines.push(`  ${ARROW[x.verdict]}  ${x.suite} ${x.label}: ${formatValue(x.unit, x.before)} → ${formatValue(x.unit, x.after)} (${formatDelta(x.unit, x.delta)})`);
  if (c.added.length) lines.push(`  new figures: ${c.added.join(', ')}`);
  if (c.removed.length) lines.push(`  no longer measured: ${c.removed.join(', ')}`);
  return lines;
}

export function comparisonMarkdown(c: Comparison): string {
  const moved = c.changes.filter((x) => x.verdict !== 'unchanged');
  const lines = [
    `## What moved`,
    '',
    `Against the run of ${c.before.ranAt}${c.before.llm ? ` (LLM ${c.before.model ?? ''})` : ' (offline)'}: ${moved.length} figure(s) moved, ${c.changes.length - moved.length} unchanged.`,
    '',
  ];
  if (moved.length) {
    lines.push('| suite | figure | before | after | change | |', '|---|---|---:|---:|---:|---|');
    for (const x of moved) lines.push(`| ${x.suite} | ${x.label} | ${formatValue(x.unit, x.before)} | ${formatValue(x.unit, x.after)} | ${formatDelta(x.unit, x.delta)} | ${ARROW[x.verdict]} |`);
    lines.push('');
  }
  if (c.added.length) lines.push(`New figures: ${c.added.join(', ')}`, '');
  if (c.removed.length) lines.push(`No longer measured: ${c.removed.join(', ')}`, '');
  return lines.join('\n');
}
