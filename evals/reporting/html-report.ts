/**
 * report.html: one self-contained page (inline CSS and SVG, no script, no network) that opens
 * offline in any browser: the headline figures with their intervals, n, baselines and data
 * label; then per suite its gates, figures, charts, notes, details and transcripts (failures
 * first); and what moved since the compared run.
 */
import type { Transcript } from '../suite';
import type { Comparison } from './compare';
import { formatDelta, formatValue } from './compare';
import type { EvalRun } from './eval-run';
import { DATA_LABEL, formatBaselines, formatInterval, headlineMetrics, verdict } from './figure-text';
import { barChart, confusionChart, escapeXml, latencyChart } from './svg-charts';

const CSS = `
body { font-family: system-ui, sans-serif; margin: 24px auto; max-width: 1100px; color: #222; padding: 0 16px; }
h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 32px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
table { border-collapse: collapse; margin: 8px 0; font-size: 13px; } td, th { border: 1px solid #ddd; padding: 3px 8px; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.verdict-skipped { color: #8a6d00; } .verdict-failed, .verdict-error { color: #b00020; font-weight: 600; } .verdict-passed { color: #1b7f3b; } .verdict-measured { color: #555; }
.data-own { color: #8a6d00; } .data-third-party { color: #1b5e9b; }
.improved { color: #1b7f3b; } .regressed { color: #b00020; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
.notes { color: #444; font-size: 13px; } details { font-size: 12px; color: #333; }
.gate-failed { color: #b00020; } .gate-passed { color: #1b7f3b; }
.transcript { border: 1px solid #ddd; border-radius: 4px; margin: 6px 0; padding: 4px 8px; }
.transcript.failed { border-left: 4px solid #b00020; } .transcript.passed { border-left: 4px solid #1b7f3b; }
.turn { margin: 4px 0; } .customer { color: #1b5e9b; } .bot { color: #222; white-space: pre-wrap; margin-left: 1.5em; } .meta { color: #777; font-size: 11px; }
.problems { color: #b00020; }
`;

function figureRows(metrics: EvalRun['suites'][number]['metrics']): string[] {
  return metrics.map(
    (m) =>
      `<tr><td>${escapeXml(m.label)}</td><td class="num">${formatValue(m.unit, m.value)}</td><td class="num">${escapeXml(formatInterval(m))}</td><td class="num">${m.n ?? ''}</td><td>${escapeXml(formatBaselines(m))}</td><td class="${m.data ? `data-${m.data}` : ''}">${m.data ? DATA_LABEL[m.data] : ''}</td></tr>`,
  );
}

const FIGURE_HEAD = '<tr><th>figure</th><th>value</th><th>95% interval</th><th>n</th><th>baseline(s)</th><th>data</th></tr>';

function transcriptHtml(t: Transcript): string {
  const turns = t.turns
    .map((turn) => {
      const replies = turn.replies.length
        ? turn.replies.map((r) => `<div class="bot">◀ ${escapeXml(r)}</div>`).join('')
        : `<div class="bot meta">(no reply${turn.mode && turn.mode !== 'bot' ? `; with a person: ${escapeXml(turn.mode)}` : ''})</div>`;
      const meta = [turn.ticket ? `ticket ${turn.ticket}` : '', turn.mode && turn.mode !== 'bot' ? `mode ${turn.mode}` : ''].filter(Boolean).join(' · ');
      return `<div class="turn"><div class="customer">▶ ${escapeXml(turn.customer)}</div>${replies}${meta ? `<div class="meta">${escapeXml(meta)}</div>` : ''}</div>`;
    })
    .join('');
  const problems = t.problems.length ? `<ul class="problems">${t.problems.map((p) => `<li>${escapeXml(p)}</li>`).join('')}</ul>` : '';
  return `<details class="transcript ${t.passed ? 'passed' : 'failed'}"${t.passed ? '' : ' open'}><summary>${t.passed ? '✓' : '✗'} ${escapeXml(t.id)} (${t.lang})${t.persona ? ` — ${escapeXml(t.persona)}` : ''}</summary>${problems}${turns}</details>`;
}

export function htmlReport(run: EvalRun, comparison?: Comparison): string {
  const ran = run.suites.filter((s) => s.status === 'ran');
  const headlines = ran.flatMap((s) => headlineMetrics(s).map((m) => ({ s, m })));
  const overviewBars = headlines.filter(({ m }) => m.unit === 'ratio').map(({ s, m }) => ({ label: `${s.name}: ${m.label}`, value: m.value, better: m.better }));
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Evaluation report / 评测报告</title>',
    `<style>${CSS}</style></head><body>`,
    '<h1>After-sales agent — evaluation report / 评测报告</h1>',
    `<p class="notes">Ran ${escapeXml(run.ranAt)} in ${(run.durationMs / 1000).toFixed(1)} s; brain: ${run.options.llm ? `LLM ${escapeXml(run.options.model ?? '')}` : 'offline'}; Node ${escapeXml(run.machine.node)}, ${run.machine.cores} cores.</p>`,
    '<p class="notes">Every rate carries its n and a 95% interval (Wilson for rates). <span class="data-third-party">third-party</span> data was not written by us; <span class="data-own">our own data</span> was written by the team that wrote the rules, so it flatters them. A suite without gates only measures and gets no pass badge.</p>',
    '<table><tr><th>suite</th><th>verdict</th><th>headline</th><th>time</th></tr>',
    ...run.suites.map((s) => {
      const v = verdict(s);
      const head = headlineMetrics(s)
        .map(
          (m) =>
            `${escapeXml(m.label)} <b>${formatValue(m.unit, m.value)}</b>${m.interval ? ` [${escapeXml(formatInterval(m))}]` : ''}${m.n !== undefined ? ` n=${m.n}` : ''}${m.data ? ` <span class="data-${m.data}">${DATA_LABEL[m.data]}</span>` : ''}`,
        )
        .join('<br>');
      return `<tr><td><a href="#${s.name}">${escapeXml(s.title)}</a></td><td class="verdict-${v.className}">${escapeXml(v.text)}</td><td>${head || escapeXml(s.notes[0] ?? '')}</td><td class="num">${(s.ms / 1000).toFixed(1)} s</td></tr>`;
    }),
    '</table>',
    `<div class="charts" id="overview">${overviewBars.length ? barChart('Headline figures by suite', overviewBars) : ''}</div>`,
  ];
  if (comparison) {
    const moved = comparison.changes.filter((c) => c.verdict !== 'unchanged');
    parts.push(
      `<h2 id="compare">What moved since ${escapeXml(comparison.before.ranAt)}</h2>`,
      `<p class="notes">${moved.length} figure(s) moved, ${comparison.changes.length - moved.length} unchanged.</p>`,
    );
    if (moved.length) {
      parts.push('<table><tr><th>suite</th><th>figure</th><th>before</th><th>after</th><th>change</th></tr>');
      for (const c of moved) {
        parts.push(
          `<tr class="${c.verdict}"><td>${escapeXml(c.suite)}</td><td>${escapeXml(c.label)}</td><td class="num">${formatValue(c.unit, c.before)}</td><td class="num">${formatValue(c.unit, c.after)}</td><td class="num">${formatDelta(c.unit, c.delta)} ${c.verdict === 'improved' ? '▲' : '▼'}</td></tr>`,
        );
      }
      parts.push('</table>');
    }
  }
  for (const s of run.suites) {
    const v = verdict(s);
    parts.push(`<section class="suite" id="${s.name}"><h2>${escapeXml(s.title)} <span class="verdict-${v.className}">(${escapeXml(v.text)})</span></h2>`);
    parts.push(`<ul class="notes">${s.notes.map((n) => `<li>${escapeXml(n)}</li>`).join('')}</ul>`);
    if (s.gates?.length) {
      parts.push(
        `<ul class="gates">${s.gates.map((g) => `<li class="gate-${g.passed ? 'passed' : 'failed'}">${g.passed ? '✓' : '✗'} ${escapeXml(g.label)}${g.detail ? ` — ${escapeXml(g.detail)}` : ''}</li>`).join('')}</ul>`,
      );
    }
    if (s.metrics.length) parts.push(`<table>${FIGURE_HEAD}`, ...figureRows(s.metrics), '</table>');
    const charts: string[] = [];
    const ratios = s.metrics.filter((m) => m.unit === 'ratio');
    if (ratios.length)
      charts.push(
        barChart(
          s.title,
          ratios.map((m) => ({ label: m.label, value: m.value, better: m.better })),
        ),
      );
    for (const c of s.confusions ?? []) charts.push(confusionChart(c.title, c.matrix));
    for (const l of s.latencies ?? []) charts.push(latencyChart(`Latency: ${l.label}`, l.valuesMs));
    if (charts.length) parts.push(`<div class="charts">${charts.join('')}</div>`);
    if (s.details?.length) parts.push(`<details><summary>${s.details.length} detail line(s)</summary><ul>${s.details.map((d) => `<li>${escapeXml(d)}</li>`).join('')}</ul></details>`);
    if (s.transcripts?.length) {
      const ordered = [...s.transcripts].sort((a, b) => Number(a.passed) - Number(b.passed));
      const failed = ordered.filter((t) => !t.passed).length;
      parts.push(`<h3>Transcripts: ${failed} failed, ${ordered.length - failed} passed (failures first)</h3>`, `<div class="transcripts">${ordered.map(transcriptHtml).join('')}</div>`);
    }
    parts.push('</section>');
  }
  parts.push('</body></html>');
  return parts.join('\n');
}
