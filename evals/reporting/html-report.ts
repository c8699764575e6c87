/**
 * report.html: one self-contained page (inline CSS and SVG, no script, no network) that opens
 * offline in any browser: an overview of every suite, then per suite its bars, confusion
 * matrices, latency histograms, notes and details, and what moved since the compared run.
 */
import type { Comparison } from './compare';
import { formatDelta, formatValue } from './compare';
import type { EvalRun } from './eval-run';
import { barChart, confusionChart, escapeXml, latencyChart } from './svg-charts';

const CSS = `
body { font-family: system-ui, sans-serif; margin: 24px auto; max-width: 1100px; color: #222; padding: 0 16px; }
h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 32px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
table { border-collapse: collapse; margin: 8px 0; font-size: 13px; } td, th { border: 1px solid #ddd; padding: 3px 8px; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.status-skipped { color: #8a6d00; } .status-failed { color: #b00020; } .status-ok { color: #1b7f3b; }
.improved { color: #1b7f3b; } .regressed { color: #b00020; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
.notes { color: #444; font-size: 13px; } details { font-size: 12px; color: #333; }
`;

export function htmlReport(run: EvalRun, comparison?: Comparison): string {
  const ok = run.suites.filter((s) => s.status === 'ran');
  // The overview draws each suite's first two 0-1 figures where higher is better.
  const overview = ok.flatMap((s) => s.metrics.filter((m) => m.unit === 'ratio' && m.better === 'higher').slice(0, 2).map((m) => ({ label: `${s.name}: ${m.label}`, value: m.value })));
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Evaluation report / 评测报告</title>',
    `<style>${CSS}</style></head><body>`,
    '<h1>After-sales agent — evaluation report / 评测报告</h1>',
    `<p class="notes">Ran ${escapeXml(run.ranAt)} in ${(run.durationMs / 1000).toFixed(1)} s; brain: ${run.options.llm ? `LLM ${escapeXml(run.options.model ?? '')}` : 'offline'}; Node ${escapeXml(run.machine.node)}, ${run.machine.cores} cores.</p>`,
    '<table><tr><th>suite</th><th>status</th><th>time</th><th>notes</th></tr>',
    ...run.suites.map((s) => `<tr><td><a href="#${s.name}">${escapeXml(s.title)}</a></td><td class="status-${s.status}">${s.status}</td><td class="num">${(s.ms / 1000).toFixed(1)} s</td><td>${escapeXml(s.notes[0] ?? '')}</td></tr>`),
    '</table>',
    `<div class="charts" id="overview">${overview.length ? barChart('Headline figures by suite', overview) : ''}</div>`,
  ];
  if (comparison) {
    const moved = comparison.changes.filter((c) => c.verdict !== 'unchanged');
    parts.push(`<h2 id="compare">What moved since ${escapeXml(comparison.before.ranAt)}</h2>`, `<p class="notes">${moved.length} figure(s) moved, ${comparison.changes.length - moved.length} unchanged.</p>`);
    if (moved.length) {
      parts.push('<table><tr><th>suite</th><th>figure</th><th>before</th><th>after</th><th>change</th></tr>');
      for (const c of moved) {
        parts.push(`<tr class="${c.verdict}"><td>${escapeXml(c.suite)}</td><td>${escapeXml(c.label)}</td><td class="num">${formatValue(c.unit, c.before)}</td><td class="num">${formatValue(c.unit, c.after)}</td><td class="num">${formatDelta(c.unit, c.delta)} ${c.verdict === 'improved' ? '▲' : '▼'}</td></tr>`);
      }
      parts.push('</table>');
    }
  }
  for (const s of run.suites) {
    parts.push(`<section class="suite" id="${s.name}"><h2>${escapeXml(s.title)} <span class="status-${s.status}">(${s.status})</span></h2>`);
    parts.push(`<ul class="notes">${s.notes.map((n) => `<li>${escapeXml(n)}</li>`).join('')}</ul>`);
    if (s.metrics.length) {
      parts.push('<table><tr><th>figure</th><th>value</th><th>better</th></tr>', ...s.metrics.map((m) => `<tr><td>${escapeXml(m.label)}</td><td class="num">${formatValue(m.unit, m.value)}</td><td>${m.better}</td></tr>`), '</table>');
    }
    const charts: string[] = [];
    const ratios = s.metrics.filter((m) => m.unit === 'ratio');
    if (ratios.length) charts.push(barChart(s.title, ratios.map((m) => ({ label: m.label, value: m.value, better: m.better }))));
    for (const c of s.confusions ?? []) charts.push(confusionChart(c.title, c.matrix));
    for (const l of s.latencies ?? []) charts.push(latencyChart(`Latency: ${l.label}`, l.valuesMs));
    if (charts.length) parts.push(`<div class="charts">${charts.join('')}</div>`);
    if (s.details?.length) parts.push(`<details><summary>${s.details.length} detail line(s)</summary><ul>${s.details.map((d) => `<li>${escapeXml(d)}</li>`).join('')}</ul></details>`);
    parts.push('</section>');
  }
  parts.push('</body></html>');
  return parts.join('\n');
}
