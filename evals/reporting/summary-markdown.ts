/** summary.md: every suite's figures as a table, its notes and the details worth reading. */
import type { Comparison } from './compare';
import { comparisonMarkdown, formatValue } from './compare';
import type { EvalRun } from './eval-run';

export function summaryMarkdown(run: EvalRun, comparison?: Comparison): string {
  const lines = [
    '# Evaluation summary / 评测摘要',
    '',
    `Ran ${run.ranAt} in ${(run.durationMs / 1000).toFixed(1)} s on Node ${run.machine.node}, ${run.machine.cores} cores; brain: ${run.options.llm ? `LLM ${run.options.model ?? ''}` : 'offline'}; datasets: ${run.options.datasetsDir}.`,
    '',
    '| suite | status | headline |',
    '|---|---|---|',
    ...run.suites.map((s) => `| ${s.title} | ${s.status} | ${s.metrics.slice(0, 2).map((m) => `${m.label} ${formatValue(m.unit, m.value)}`).join(', ') || s.notes[0] || ''} |`),
    '',
  ];
  if (comparison) lines.push(comparisonMarkdown(comparison));
  for (const s of run.suites) {
    lines.push(`## ${s.title}`, '', `Status: ${s.status}, ${(s.ms / 1000).toFixed(1)} s.`, '');
    for (const note of s.notes) lines.push(`- ${note}`);
    if (s.notes.length) lines.push('');
    if (s.metrics.length) {
      lines.push('| figure | value | better |', '|---|---:|---|');
      for (const m of s.metrics) lines.push(`| ${m.label} | ${formatValue(m.unit, m.value)} | ${m.better} |`);
      lines.push('');
    }
    if (s.details?.length) {
      lines.push('<details><summary>details</summary>', '');
      for (const d of s.details) lines.push(`- ${d.replace(/\|/g, '\\|')}`);
      lines.push('', '</details>', '');
    }
  }
  return lines.join('\n');
}
