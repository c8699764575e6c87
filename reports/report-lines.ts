/**
 * The service report as flat lines (section, item, value, count, of): what the CLI prints as
 * tables and writes as CSV, so both show the same figures with the same labels. Labels are in
 * English and Chinese; never an internal code.
 */
import { brandLabel } from '../kernel/lexicon/brands';
import { categoryLabel } from '../kernel/lexicon/product-categories';
import { formatDuration } from '../kernel/duration';
import type { Share, Spread } from './figures';
import { HANDOFF_CATEGORY_LABELS } from './handoff-taxonomy';
import type { ServiceReport } from './service-report';

export interface ReportLine {
  section: string;
  item: string;
  value: string;
  count?: number;
  of?: number;
}

export const SECTIONS = {
  overview: 'Overview / 概览',
  handoffs: 'Handoffs by reason / 转人工原因',
  times: 'Response and handling time / 响应与处理时长',
  sla: 'SLA by tier (tickets, and handoffs without a ticket for first response) / 各级别 SLA（工单；首响另计无工单转人工）',
  atRisk: 'About to breach / 即将超时',
  csat: 'Satisfaction / 满意度',
  faults: 'Top faults / 高发故障',
  gaps: 'Knowledge gaps / 知识库缺口',
} as const;

export const percent = (rate: number | undefined) => (rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`);
const shareLine = (section: string, item: string, s: Share): ReportLine => ({ section, item, value: percent(s.rate), count: s.count, of: s.of });
const duration = (ms: number | undefined) => (ms === undefined ? '—' : formatDuration(ms));

export function productLabel(p: { brand?: string; model?: string; category?: string }): string {
  const parts = [p.brand ? brandLabel(p.brand, 'en') : '', p.category ? (categoryLabel(p.category, 'en') ?? p.category) : '', p.model ?? ''];
  return parts.filter(Boolean).join(' ') || 'unknown product / 未知产品';
}

/** A fault group's name: a ticket with no brand is in the group "brand not given". */
function faultGroupLabel(g: { brand?: string; model?: string; category?: string }): string {
  return g.brand ? productLabel(g) : `brand not given / 未提供品牌 · ${productLabel(g)}`;
}

function spreadLines(section: string, item: string, s: Spread): ReportLine[] {
  return [
    { section, item: `${item}: median / 中位数`, value: duration(s.medianMs), count: s.n },
    { section, item: `${item}: p90`, value: duration(s.p90Ms), count: s.n },
  ];
}

export function reportLines(report: ServiceReport): ReportLine[] {
  const lines: ReportLine[] = [];
  const o = SECTIONS.overview;
  lines.push({ section: o, item: 'Conversations / 会话数', value: String(report.conversations), count: report.conversations });
  lines.push(shareLine(o, 'Bot resolution / 机器人解决率', report.botResolution));
  lines.push(shareLine(o, 'First-contact resolution / 首次解决率', report.firstContactResolution));
  lines.push(shareLine(o, 'Handed to a person / 转人工率', report.handoffs.conversations));
  lines.push({
    section: o,
    item: 'Still inside the 7-day recontact window / 仍在7天回访期内',
    value: String(report.stillInRecontactWindow),
    count: report.stillInRecontactWindow,
    of: report.conversations,
  });

  for (const row of report.handoffs.byCategory) {
    lines.push({
      section: SECTIONS.handoffs,
      item: `${HANDOFF_CATEGORY_LABELS[row.category].en} / ${HANDOFF_CATEGORY_LABELS[row.category].zh}`,
      value: percent(row.rate),
      count: row.requests,
      of: report.conversations,
    });
  }

  lines.push(...spreadLines(SECTIONS.times, 'First response / 首次响应', report.firstResponse));
  lines.push(...spreadLines(SECTIONS.times, 'Handling / 处理时长', report.handling));

  // One row per tier and what it counts: tickets filed, and handoffs without a ticket (first response only).
  for (const tier of report.sla.tiers) {
    lines.push({ section: SECTIONS.sla, item: `${tier.priority}: tickets / 工单`, value: String(tier.tickets), count: tier.tickets });
    lines.push({ section: SECTIONS.sla, item: `${tier.priority}: handoffs without a ticket / 无工单转人工`, value: String(tier.handoffs), count: tier.handoffs });
    lines.push({
      section: SECTIONS.sla,
      item: `${tier.priority}: first response met / 首响达标`,
      value: percent(tier.firstResponse.compliance),
      count: tier.firstResponse.met,
      of: tier.firstResponse.met + tier.firstResponse.breached,
    });
    lines.push({
      section: SECTIONS.sla,
      item: `${tier.priority}: resolution met / 解决达标`,
      value: percent(tier.resolution.compliance),
      count: tier.resolution.met,
      of: tier.resolution.met + tier.resolution.breached,
    });
    lines.push({ section: SECTIONS.sla, item: `${tier.priority}: tickets breached / 超时工单`, value: String(tier.breached), count: tier.breached, of: tier.tickets });
  }
  for (const t of report.sla.atRisk) {
    lines.push({ section: SECTIONS.atRisk, item: `${t.number} (${t.priority})`, value: `${t.clock === 'first_response' ? 'first response / 首次响应' : 'resolution / 解决'} due ${t.dueAt}` });
  }

  const c = report.csat;
  lines.push({ section: SECTIONS.csat, item: 'Average score / 平均分', value: c.average === undefined ? '—' : c.average.toFixed(2), count: c.responses });
  for (const score of ['5', '4', '3', '2', '1'] as const)
    lines.push({ section: SECTIONS.csat, item: `${score} ★`, value: String(c.distribution[score]), count: c.distribution[score], of: c.responses });
  lines.push(shareLine(SECTIONS.csat, 'Survey response rate / 调查回复率', c.surveys));

  for (const g of report.topFaults) {
    const faults = g.faults.map((f) => `${f.code ?? 'no code / 无代码'} ×${f.tickets}`).join(', ');
    lines.push({ section: SECTIONS.faults, item: faultGroupLabel(g), value: faults, count: g.tickets });
  }
  for (const g of report.knowledgeGaps) {
    const item = `${productLabel(g)}${g.errorCode ? ` · ${g.errorCode}` : ''}`;
    lines.push({ section: SECTIONS.gaps, item, value: `${g.conversations} conversation(s) / 个会话: ${g.examples.map((e) => `「${e}」`).join(' ')}`, count: g.count });
  }
  return lines;
}

/** RFC 4180 CSV with a header row; a cell that could start a spreadsheet formula is quoted with a leading apostrophe. */
export function reportCsv(report: ServiceReport): string {
  const cell = (v: string | number | undefined) => {
    let text = v === undefined ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(text) && typeof v === 'string') text = `'${text}`;
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const rows = [
    ['period_from', 'period_to', 'section', 'item', 'value', 'count', 'of'],
    ...reportLines(report).map((l) => [report.period.from, report.period.to, l.section, l.item, l.value, l.count, l.of]),
  ];
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
