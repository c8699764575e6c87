/** summary.md: the headline table with intervals and data labels, then every suite in full. */
import type { Comparison } from './compare';
import { comparisonMarkdown, formatValue } from './compare';
import type { EvalRun } from './eval-run';
import { DATA_LABEL, formatBaselines, formatFigure, formatInterval, headlineMetrics, verdict } from './figure-text';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function summaryMarkdown(run: EvalRun, comparison?: Comparison): string {
  const lines = [
    '# Evaluation summary / 评测摘要',
    '',
    `Ran ${run.ranAt} in ${(run.durationMs / 1000).toFixed(1)} s on Node ${run.machine.node}, ${run.machine.cores} cores; brain: ${run.options.llm ? `LLM ${run.options.model ?? ''}` : 'offline'}; datasets: ${run.options.datasetsDir}.`,
    '',
    'Rates carry their n and a 95% interval (Wilson). "our own data" was written by the team that wrote the rules and flatters them; "third-party" was not. A suite without gates only measures.',
    '',
    '| suite | verdict | headline |',
    '|---|---|---|',
    ...run.suites.map(
      (s) =>
        `| ${s.title} | ${verdict(s).text} | ${cell(
          headlineMetrics(s)
            .map((m) => `${m.label} ${formatFigure(m)}`)
            .join('<br>') ||
            s.notes[0] ||
            '',
        )} |`,
    ),
    '',
  ];
  if (comparison) lines.push(comparisonMarkdown(comparison));
  for (const s of run.suites) {
    lines.push(`## ${s.title}`, '', `Verdict: ${verdict(s).text}, ${(s.ms / 1000).toFixed(1)} s.`, '');
    for (const note of s.notes) lines.push(`- ${note}`);
    if (s.notes.length) lines.push('');
    for (const g of s.gates ?? []) lines.push(`- ${g.passed ? '✓' : '✗'} gate: ${g.label}${g.detail ? ` — ${g.detail}` : ''}`);
    if (s.gates?.length) lines.push('');
    if (s.metrics.length) {
      lines.push('| figure | value | 95% interval | n | baseline(s) | data |', '|---|---:|---:|---:|---|---|');
      for (const m of s.metrics)
        lines.push(`| ${cell(m.label)} | ${formatValue(m.unit, m.value)} | ${formatInterval(m)} | ${m.n ?? ''} | ${cell(formatBaselines(m))} | ${m.data ? DATA_LABEL[m.data] : ''} |`);
      lines.push('');
    }
    if (s.details?.length) {
      lines.push('<details><summary>details</summary>', '');
      for (const d of s.details) lines.push(`- ${d.replace(/\|/g, '\\|')}`);
      lines.push('', '</details>', '');
    }
    const failed = (s.transcripts ?? []).filter((t) => !t.passed);
    if (failed.length) {
      lines.push(`<details><summary>${failed.length} failed conversation(s)</summary>`, '');
      for (const t of failed) lines.push(`- ${t.id} (${t.lang}): ${t.problems.join('; ')}`);
      lines.push('', '</details>', '');
    }
  }
  return lines.join('\n');
}
