/**
 * Every date expression in a message, as a span of days with its precision, whatever it is the
 * date of: purchase-date.ts decides which one, if any, is the purchase. Rules run most specific
 * first and claim their words, so 2025年5月10日 is one mention, not also 5月10日 and 2025年.
 */
import { addDays, daysBetween } from '../../../kernel/calendar-days';
import { formatDateSpan } from '../../../kernel/date-span';
import type { PurchaseDatePrecision } from '../types';
import { EN_RULES } from './date-mentions-en';
import { NUMERIC_RULES } from './date-mentions-numeric';
import { ZH_RULES } from './date-mentions-zh';
import { coarser, precisionOfSpan, type MentionContext, type Reading } from './date-readings';
import type { MentionMatch, MentionRule } from './date-rule';
import { joinYearsWithParts } from './date-year-joins';
import { RecentReadings } from '../../../kernel/text/recent-readings';

export interface DateMention extends Reading {
  index: number;
  length: number;
  /** The words, as written. */
  text: string;
  /** The best single reading at the mention's precision (see PurchaseDate.value). */
  value: string;
}

const HAN = /\p{Script=Han}/u;
// "5月还是6月", "去年或者前年", "May or June": the customer is unsure between two, so both count.
const EITHER = /^\s*(?:还是|或者|或是|或|要么|到|至|~|～|-|or|to)\s*$/i;
const HEDGE_AFTER = /^\s*(?:左右|前后|上下|-?ish\b|or so\b)/i;
const HEDGE_BEFORE = /(?:大概|大约|差不多|around|about|roughly|approximately|sometime around)\s*$/i;
// Some grammars read the hedge as part of the date ("around 2021").
const HEDGE_LEAD = /^(?:around|about|roughly|approximately|sometime around)\s/i;

const RULES: MentionRule[] = [...NUMERIC_RULES, ...ZH_RULES, ...EN_RULES];

/**
 * `locale` says how to read all-digit dates; by default Chinese when the message has Chinese in
 * it or no words at all (a bare "24.7.15" to a Chinese service), English otherwise.
 */
export function findDateMentions(text: string, today?: string, locale?: 'zh' | 'en'): DateMention[] {
  return DATE_READINGS.get(`${today ?? ''}|${locale ?? ''}|${text}`, () => readDateMentions(text, today, locale)).map((m) => ({ ...m, span: { ...m.span } }));
}

/** The purchase date reads a message two or three times (with and without words taken back), and the other slots read it again. */
const DATE_READINGS = new RecentReadings<DateMention[]>();

function readDateMentions(text: string, today: string | undefined, locale: 'zh' | 'en' | undefined): DateMention[] {
  const ctx: MentionContext = { today, zh: locale ? locale === 'zh' : HAN.test(text) || !/[a-z]/i.test(text) };
  const found: DateMention[] = [];
  for (const rule of RULES) {
    for (const match of rule.scan(text, ctx)) {
      const start = match.index;
      const end = start + match.text.length;
      // Words an earlier, more specific rule already read belong to that reading.
      if (found.some((f) => start < f.index + f.length && f.index < end)) continue;
      const mention = settle(match, today);
      if (mention) found.push(mention);
    }
  }
  found.sort((a, b) => a.index - b.index);
  const joined = joinYearsWithParts(text, joinAlternatives(text, found), today, (reading, index, length) => settle({ index, text: text.slice(index, index + length), reading }, today));
  return widenHedged(text, joined, today);
}

/** Never after today: the span is cut at today, and a span that has not begun yet is no purchase date. */
function settle(match: MentionMatch, today: string | undefined): DateMention | undefined {
  const r = match.reading;
  if (!r) return undefined;
  const { earliest } = r.span;
  let { latest } = r.span;
  if (today) {
    if (earliest > today) return undefined;
    if (latest > today) latest = today;
  }
  const anchor = r.anchor && r.anchor >= earliest && r.anchor <= latest ? r.anchor : undefined;
  const span = { earliest, latest };
  return { ...r, span, anchor, index: match.index, length: match.text.length, text: match.text.trim(), value: valueOf(span, r.precision, anchor) };
}

const middle = (span: { earliest: string; latest: string }) => addDays(span.earliest, Math.floor(daysBetween(span.earliest, span.latest) / 2));

export function valueOf(span: { earliest: string; latest: string }, precision: PurchaseDatePrecision, anchor?: string): string {
  const best = anchor ?? middle(span);
  if (precision === 'day' || precision === 'week') return best;
  if (precision === 'month') return best.slice(0, 7);
  if (precision === 'year') return best.slice(0, 4);
  return formatDateSpan(span);
}

function joinAlternatives(text: string, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    if (prev && EITHER.test(text.slice(prev.index + prev.length, m.index))) {
      const span = { earliest: prev.span.earliest < m.span.earliest ? prev.span.earliest : m.span.earliest, latest: prev.span.latest > m.span.latest ? prev.span.latest : m.span.latest };
      const precision = coarser(coarser(prev.precision, m.precision), precisionOfSpan(span));
      const length = m.index + m.length - prev.index;
      out[out.length - 1] = { span, precision, index: prev.index, length, text: text.slice(prev.index, prev.index + length), value: valueOf(span, precision), weak: prev.weak && m.weak };
      continue;
    }
    out.push(m);
  }
  return out;
}

/** "7月15号左右", "around May 10th": a named day, give or take three; "2021年左右", "around 2021": a year or month kept, said as "about". */
function widenHedged(text: string, mentions: DateMention[], today: string | undefined): DateMention[] {
  return mentions.map((m) => {
    const after = HEDGE_AFTER.exec(text.slice(m.index + m.length));
    if (!after && !HEDGE_LEAD.test(m.text) && !HEDGE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) return m;
    if (m.precision !== 'day') return m.precision === 'year' || m.precision === 'month' ? { ...m, approximate: true } : m;
    let latest = addDays(m.span.latest, 3);
    if (today && latest > today) latest = today;
    const length = m.length + (after?.[0].length ?? 0);
    return { ...m, span: { earliest: addDays(m.span.earliest, -3), latest }, precision: 'week', length, text: text.slice(m.index, m.index + length).trim() };
  });
}
