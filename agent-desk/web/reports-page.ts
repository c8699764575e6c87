/**
 * The manager's report page (/desk/reports), rendered on the server from a `ServiceReport`:
 * figures with the counts behind them, charts as inline SVG, every word in Chinese or English
 * and never an internal code. Each figure carries a data-figure name so tests and scrapers can
 * read it without parsing prose.
 */
import { brandLabel } from '../../kernel/lexicon/brands';
import { categoryLabel } from '../../kernel/lexicon/product-categories';
import { formatDuration } from '../../kernel/duration';
import type { Share } from '../../reports/figures';
import { HANDOFF_CATEGORY_LABELS } from '../../reports/handoff-taxonomy';
import { percent } from '../../reports/report-lines';
import type { ServiceReport } from '../../reports/service-report';
import type { AgentAccount } from '../agent-accounts';
import { escapeHtml } from './desk-pages';
import { deskWords, fill, type DeskLang } from './desk-words';
import { reportWords, type ReportWords } from './reports-words';
import { svgBars } from './svg-bars';

export interface ReportsPage {
  lang: DeskLang;
  agent: AgentAccount;
  csrfToken: string;
  timeZone: string;
  /** The days shown in the form (YYYY-MM-DD; `to` not included). */
  fromDay: string;
  toDay: string;
  report?: ServiceReport;
  error?: 'bad_period';
}

const e = escapeHtml;
const duration = (ms: number | undefined, lang: DeskLang) => (ms === undefined ? '—' : formatDuration(ms, lang));

function product(p: { brand?: string; model?: string; category?: string }, lang: DeskLang, w: ReportWords): string {
  const parts = [p.brand ? brandLabel(p.brand, lang) : '', p.category ? (categoryLabel(p.category, lang) ?? '') : '', p.model ?? ''];
  return parts.filter(Boolean).join(' ') || w.unknownProduct;
}

/** A fault group: every ticket has one, so a ticket with no brand is shown as such ("brand not given · 冰箱"). */
function faultGroup(g: { brand?: string; model?: string; category?: string }, lang: DeskLang, w: ReportWords): string {
  if (g.brand) return product(g, lang, w);
  const rest = product(g, lang, w);
  return rest === w.unknownProduct ? `${w.noBrand} · ${w.unknownProduct}` : `${w.noBrand} · ${rest}`;
}

function card(name: string, label: string, value: string, detail: string, help?: string): string {
  return `<div class="card" data-figure="${name}"${help ? ` title="${e(help)}"` : ''}>
<span class="card-label">${e(label)}</span><span class="card-value">${e(value)}</span><span class="card-detail">${e(detail)}</span>
${help ? `<span class="card-help">${e(help)}</span>` : ''}</div>`;
}

const ofShare = (s: Share) => `${s.count} / ${s.of}`;

function body(report: ServiceReport, lang: DeskLang, w: ReportWords, timeZone: string): string {
  const time = (iso: string) => new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
  const cards = [
    card('conversations', w.conversations, String(report.conversations), ''),
    card('bot-resolution', w.botResolution, percent(report.botResolution.rate), ofShare(report.botResolution), w.botResolutionHelp),
    card('first-contact-resolution', w.fcr, percent(report.firstContactResolution.rate), ofShare(report.firstContactResolution), w.fcrHelp),
    card('handoff-rate', w.handoffRate, percent(report.handoffs.conversations.rate), ofShare(report.handoffs.conversations)),
    card('csat-average', w.csatAverage, report.csat.average === undefined ? '—' : report.csat.average.toFixed(2), fill(w.responses, { n: report.csat.responses })),
    card('survey-response-rate', w.responseRate, percent(report.csat.surveys.rate), ofShare(report.csat.surveys)),
  ].join('\n');
  const still = report.stillInRecontactWindow ? `<p class="hint">${e(fill(w.stillOpen, { n: report.stillInRecontactWindow }))}</p>` : '';

  const handoffChart = svgBars(
    w.handoffs,
    report.handoffs.byCategory.map((r) => ({ label: HANDOFF_CATEGORY_LABELS[r.category][lang], value: r.requests, shown: `${r.requests} · ${percent(r.rate)}` })),
    { name: 'handoffs' },
  );

  const times = `<table class="figures" data-table="times"><thead><tr><th></th><th>${e(w.median)}</th><th>${e(w.p90)}</th><th>n</th></tr></thead><tbody>
<tr data-figure="first-response"><th>${e(w.firstResponse)}</th><td class="median">${e(duration(report.firstResponse.medianMs, lang))}</td><td class="p90">${e(duration(report.firstResponse.p90Ms, lang))}</td><td class="n">${report.firstResponse.n}</td></tr>
<tr data-figure="handling"><th>${e(w.handling)}</th><td class="median">${e(duration(report.handling.medianMs, lang))}</td><td class="p90">${e(duration(report.handling.p90Ms, lang))}</td><td class="n">${report.handling.n}</td></tr>
</tbody></table>`;

  const tiers = `<table class="figures" data-table="sla"><thead><tr><th>${e(w.tier)}</th><th>${e(w.tickets)}</th><th>${e(w.handoffsNoTicket)}</th><th>${e(w.frMet)}</th><th>${e(w.resMet)}</th><th>${e(w.breached)}</th></tr></thead><tbody>
${report.sla.tiers
  .map(
    (t) => `<tr data-tier="${t.priority}"><th>${t.priority}</th><td class="tickets">${t.tickets}</td><td class="handoffs">${t.handoffs}</td>
<td class="fr">${e(percent(t.firstResponse.compliance))} <span class="muted">(${t.firstResponse.met}/${t.firstResponse.met + t.firstResponse.breached})</span></td>
<td class="res">${e(percent(t.resolution.compliance))} <span class="muted">(${t.resolution.met}/${t.resolution.met + t.resolution.breached})</span></td>
<td class="breached">${t.breached}</td></tr>`,
  )
  .join('\n')}
</tbody></table>
${svgBars(
  w.resMet,
  report.sla.tiers.map((t) => ({ label: t.priority, value: t.resolution.compliance ?? 0, shown: percent(t.resolution.compliance) })),
  { max: 1, name: 'sla' },
)}`;

  const atRisk = report.sla.atRisk.length
    ? `<ul class="at-risk" data-list="at-risk">${report.sla.atRisk
        .map(
          (t) =>
            `<li data-ticket="${e(t.number)}"><strong>${e(t.number)}</strong> <span class="prio ${t.priority.toLowerCase()}">${t.priority}</span> ${e(t.clock === 'first_response' ? w.dueFirstResponse : w.dueResolution)} ${e(time(t.dueAt))}</li>`,
        )
        .join('')}</ul>`
    : `<p class="empty" data-list="at-risk">${e(w.atRiskNone)}</p>`;

  const csatChart = svgBars(
    w.csat,
    (['5', '4', '3', '2', '1'] as const).map((s) => ({ label: `${s} ★`, value: report.csat.distribution[s], shown: String(report.csat.distribution[s]) })),
    { name: 'csat' },
  );

  const faults = report.topFaults.length
    ? `<table class="figures" data-table="faults"><thead><tr><th>${e(w.product)}</th><th>${e(w.tickets)}</th><th>${e(w.codes)}</th></tr></thead><tbody>
${report.topFaults.map((g) => `<tr><th>${e(faultGroup(g, lang, w))}</th><td class="tickets">${g.tickets}</td><td>${e(g.faults.map((f) => `${f.code ?? w.noCode} ×${f.tickets}`).join('，'))}</td></tr>`).join('\n')}
</tbody></table>`
    : `<p class="empty">${e(w.nothing)}</p>`;

  const gaps = report.knowledgeGaps.length
    ? `<table class="figures" data-table="gaps"><thead><tr><th>${e(w.product)}</th><th>${e(w.gapCount)}</th><th>${e(w.gapConversations)}</th><th>${e(w.examples)}</th></tr></thead><tbody>
${report.knowledgeGaps
  .map(
    (g) =>
      `<tr><th>${e(product(g, lang, w))}${g.errorCode ? ` · ${e(g.errorCode)}` : ''}</th><td class="gap-count">${g.count}</td><td>${g.conversations}</td><td><ul class="examples">${g.examples.map((x) => `<li>${e(x)}</li>`).join('')}</ul></td></tr>`,
  )
  .join('\n')}
</tbody></table>`
    : `<p class="empty">${e(w.nothing)}</p>`;

  return `<section class="cards">${cards}</section>${still}
<section class="panel"><h2>${e(w.handoffs)}</h2><p class="hint">${e(w.handoffsHelp)}</p>${handoffChart}</section>
<section class="panel"><h2>${e(w.times)}</h2><p class="hint">${e(w.timesHelp)}</p>${times}</section>
<section class="panel"><h2>${e(w.sla)}</h2><p class="hint">${e(w.slaHelp)}</p>${tiers}<h3>${e(w.atRisk)}</h3>${atRisk}</section>
<section class="panel"><h2>${e(w.csat)}</h2>${csatChart}</section>
<section class="panel"><h2>${e(w.faults)}</h2>${faults}</section>
<section class="panel"><h2>${e(w.gaps)}</h2><p class="hint">${e(w.gapsHelp)}</p>${gaps}</section>`;
}

export function reportsPage(page: ReportsPage): string {
  const w = reportWords(page.lang);
  const d = deskWords(page.lang);
  const other: DeskLang = page.lang === 'zh' ? 'en' : 'zh';
  const query = (lang: DeskLang) => `/desk/reports?from=${encodeURIComponent(page.fromDay)}&to=${encodeURIComponent(page.toDay)}&lang=${lang}`;
  return `<!doctype html>
<html lang="${page.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(w.title)} · ${e(d.title)}</title>
<link rel="stylesheet" href="/desk/assets/desk.css">
<link rel="stylesheet" href="/desk/assets/reports.css">
</head>
<body class="reports-body">
<header class="topbar">
  <strong class="brand">${e(w.title)}</strong>
  <a href="/desk?lang=${page.lang}">${e(w.backToDesk)}</a>
  <div class="me">
    <span class="who">${e(page.agent.name)}</span>
    <a href="${e(query(other))}">${e(d.otherLang)}</a>
    <form method="post" action="/desk/logout" class="inline"><input type="hidden" name="_csrf" value="${e(page.csrfToken)}"><button type="submit">${e(d.logout)}</button></form>
  </div>
</header>
<main class="report">
  <form method="get" action="/desk/reports" class="period">
    <input type="hidden" name="lang" value="${page.lang}">
    <label>${e(w.from)} <input type="date" name="from" value="${e(page.fromDay)}" required></label>
    <label>${e(w.to)} <input type="date" name="to" value="${e(page.toDay)}" required></label>
    <button type="submit" class="primary">${e(w.show)}</button>
  </form>
  ${page.error ? `<p class="form-error" role="alert">${e(w.badPeriod)}</p>` : ''}
  ${page.report ? body(page.report, page.lang, w, page.timeZone) : ''}
</main>
</body>
</html>`;
}

/** What an agent who is not a manager gets instead. */
export function managersOnlyPage(lang: DeskLang): string {
  const w = reportWords(lang);
  return `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${e(w.title)}</title><link rel="stylesheet" href="/desk/assets/desk.css"></head>
<body><main class="login-card"><h1>${e(w.title)}</h1><p class="form-error" role="alert">${e(w.managersOnly)}</p><p><a href="/desk?lang=${lang}">${e(w.backToDesk)}</a></p></main></body></html>`;
}
