/**
 * One way to write a figure with what it rests on, shared by the terminal, summary.md and the
 * HTML report: the value, its 95% interval and n, the baselines beside it, and whether the data
 * is our own (written by the team that wrote the rules, so it flatters them) or third-party.
 */
import type { Metric, SuiteResult } from '../suite';
import { formatValue } from './compare';

export const DATA_LABEL = { own: 'our own data', 'third-party': 'third-party' } as const;

export function formatInterval(m: Metric): string {
  if (!m.interval) return '';
  return `${formatValue(m.unit, m.interval.low)}–${formatValue(m.unit, m.interval.high)}`;
}

export function formatBaselines(m: Metric): string {
  return (m.baselines ?? []).map((b) => `${b.label} ${formatValue(m.unit, b.value)}`).join('; ');
}

/** "34.2% (95% CI 23.4%–47.0%, n=60; baseline: majority 50.0%; our own data)". */
export function formatFigure(m: Metric): string {
  const inner = [m.interval ? `95% CI ${formatInterval(m)}` : '', m.n !== undefined ? `n=${m.n}` : ''].filter(Boolean);
  const parts = [inner.join(', '), m.baselines?.length ? `baseline: ${formatBaselines(m)}` : '', m.data ? DATA_LABEL[m.data] : ''].filter(Boolean);
  return `${formatValue(m.unit, m.value)}${parts.length ? ` (${parts.join('; ')})` : ''}`;
}

/**
 * The figures a reader should see first: those marked headline, else the suite's first two. A
 * suite that says it is a conformance check (`conformance`) has no headline unless it marks one:
 * its figures say whether our code matches a reference, not how well the agent does.
 */
export function headlineMetrics(s: SuiteResult): Metric[] {
  const marked = s.metrics.filter((m) => m.headline);
  if (marked.length || s.conformance) return marked;
  return s.metrics.slice(0, 2);
}

/**
 * What the suite's badge says. A suite without gates only measures; it gets no pass badge, since
 * a figure alone cannot fail.
 */
export function verdict(s: SuiteResult): { text: string; className: 'passed' | 'failed' | 'measured' | 'skipped' | 'error' } {
  if (s.status === 'skipped') return { text: 'skipped', className: 'skipped' };
  if (s.status === 'failed') return { text: 'error: the suite did not finish', className: 'error' };
  const gates = s.gates ?? [];
  if (!gates.length) return { text: 'measured (no pass/fail gate)', className: 'measured' };
  const failed = gates.filter((g) => !g.passed);
  return failed.length ? { text: `FAILED ${failed.length} of ${gates.length} gate(s)`, className: 'failed' } : { text: `passed ${gates.length} gate(s)`, className: 'passed' };
}
