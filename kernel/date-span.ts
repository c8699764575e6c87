/**
 * A span of calendar days, earliest and latest inclusive: what an imprecise date ("2024年夏天",
 * "last May", "两年前") stands for. Written as ISO 8601 — a day, a month, a year, or an interval
 * of those (2024-06/2024-08) — so it travels as one string through tool arguments, conversation
 * state and ticket drafts, and every reader can turn it back into its two ends.
 */
import { dayParts, isoDay, isValidIsoDate, lastDayOfMonth } from './calendar-days';

export interface DateSpan {
  /** First possible day, YYYY-MM-DD. */
  earliest: string;
  /** Last possible day, YYYY-MM-DD. */
  latest: string;
}

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/**
 * Meteorological seasons, which is also how Chinese customers count them (春3-5月, 夏6-8月,
 * 秋9-11月, 冬12-2月). Winter of year Y runs from December Y into February Y+1.
 */
const SEASON_FIRST_MONTH: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

export function seasonSpan(season: Season, year: number): DateSpan {
  const first = SEASON_FIRST_MONTH[season];
  const endYear = first + 2 > 12 ? year + 1 : year;
  const endMonth = ((first + 1) % 12) + 1;
  return { earliest: isoDay(year, first, 1)!, latest: isoDay(endYear, endMonth, lastDayOfMonth(endYear, endMonth))! };
}

export function monthSpan(year: number, month: number): DateSpan {
  return { earliest: isoDay(year, month, 1)!, latest: isoDay(year, month, lastDayOfMonth(year, month))! };
}

export function yearSpan(year: number): DateSpan {
  return { earliest: isoDay(year, 1, 1)!, latest: isoDay(year, 12, 31)! };
}

export const daySpan = (iso: string): DateSpan => ({ earliest: iso, latest: iso });

export const isSingleDay = (span: DateSpan): boolean => span.earliest === span.latest;

const ISO_PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** One ISO 8601 part (YYYY, YYYY-MM or YYYY-MM-DD) as the days it covers. */
function partSpan(text: string): DateSpan | undefined {
  const m = ISO_PART.exec(text.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[3]) return isValidIsoDate(text.trim()) ? daySpan(text.trim()) : undefined;
  if (m[2]) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? monthSpan(y, month) : undefined;
  }
  return yearSpan(y);
}

/**
 * ISO 8601-2's "approximate" qualifier (EDTF level 1): "2023~" is "about 2023". It marks a span
 * worked out from words that were rough ("3 years old", "两年前", "2021年左右"), so the span is
 * said back as roughly as it was given ("about 2023"), never as a month range nobody said.
 */
const APPROXIMATE = '~';

export const isApproximate = (text: string): boolean => text.trim().endsWith(APPROXIMATE);

/** The span as one string, marked approximate when the customer's words were rough. */
export const formatDateSpanAs = (span: DateSpan, approximate: boolean): string => `${formatDateSpan(span)}${approximate ? APPROXIMATE : ''}`;

/** Reads a day, month, year or an interval of them (2024-06/2024-08), maybe marked approximate ("2023~"); undefined for anything else. */
export function parseDateSpan(text: string): DateSpan | undefined {
  const parts = text.trim().replace(/~$/, '').split('/');
  if (parts.length > 2) return undefined;
  const first = partSpan(parts[0]!);
  const last = parts.length === 2 ? partSpan(parts[1]!) : first;
  if (!first || !last || first.earliest > last.latest) return undefined;
  return { earliest: first.earliest, latest: last.latest };
}

const isMonthStart = (iso: string) => iso.endsWith('-01');
const isMonthEnd = (iso: string) => {
  const { y, m, d } = dayParts(iso);
  return d === lastDayOfMonth(y, m);
};

/** The shortest ISO 8601 form: 2024-07-15, 2024-07, 2024, 2024-06/2024-08 or day/day. */
export function formatDateSpan(span: DateSpan): string {
  const { earliest: a, latest: b } = span;
  if (a === b) return a;
  const wholeMonths = isMonthStart(a) && isMonthEnd(b);
  if (wholeMonths && a.slice(5, 7) === '01' && b.slice(5, 7) === '12') return a.slice(0, 4) === b.slice(0, 4) ? a.slice(0, 4) : `${a.slice(0, 4)}/${b.slice(0, 4)}`;
  if (wholeMonths) return a.slice(0, 7) === b.slice(0, 7) ? a.slice(0, 7) : `${a.slice(0, 7)}/${b.slice(0, 7)}`;
  return `${a}/${b}`;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASON_WORDS: Record<Season, { zh: string; en: string }> = {
  spring: { zh: '春天', en: 'spring' },
  summer: { zh: '夏天', en: 'summer' },
  autumn: { zh: '秋天', en: 'autumn' },
  winter: { zh: '冬天', en: 'winter' },
};

function seasonOf(span: DateSpan): { season: Season; year: number } | undefined {
  const { y, m } = dayParts(span.earliest);
  for (const season of Object.keys(SEASON_FIRST_MONTH) as Season[]) {
    if (SEASON_FIRST_MONTH[season] !== m) continue;
    const s = seasonSpan(season, y);
    if (s.earliest === span.earliest && s.latest === span.latest) return { season, year: y };
  }
  return undefined;
}

/** The span in a customer's words: 2024年7月15日 / 2024年夏天 / 2024年6月至8月; 15 July 2024 / summer 2024. */
export function describeDateSpan(span: DateSpan, lang: 'zh' | 'en'): string {
  const a = dayParts(span.earliest);
  const b = dayParts(span.latest);
  const zhDay = (p: typeof a, withYear: boolean) => `${withYear ? `${p.y}年` : ''}${p.m}月${p.d}日`;
  const enDay = (p: typeof a) => `${p.d} ${EN_MONTHS[p.m - 1]} ${p.y}`;
  if (isSingleDay(span)) return lang === 'zh' ? zhDay(a, true) : enDay(a);
  const season = seasonOf(span);
  if (season) {
    const word = SEASON_WORDS[season.season][lang];
    if (lang === 'zh') return `${season.year}年${word}`;
    return season.season === 'winter' ? `winter ${season.year}/${String(season.year + 1).slice(2)}` : `${word} ${season.year}`;
  }
  if (isMonthStart(span.earliest) && isMonthEnd(span.latest)) {
    if (a.m === 1 && b.m === 12 && a.y === b.y) return lang === 'zh' ? `${a.y}年` : String(a.y);
    if (a.y === b.y && a.m === b.m) return lang === 'zh' ? `${a.y}年${a.m}月` : `${EN_MONTHS[a.m - 1]} ${a.y}`;
    if (lang === 'zh') return a.y === b.y ? `${a.y}年${a.m}月至${b.m}月` : `${a.y}年${a.m}月至${b.y}年${b.m}月`;
    return a.y === b.y ? `${EN_MONTHS[a.m - 1]} to ${EN_MONTHS[b.m - 1]} ${a.y}` : `${EN_MONTHS[a.m - 1]} ${a.y} to ${EN_MONTHS[b.m - 1]} ${b.y}`;
  }
  // A run of days: "2026年11月24日至28日之间" / "between 24 and 28 November 2026".
  if (lang === 'zh') {
    const end = b.y !== a.y ? zhDay(b, true) : b.m !== a.m ? `${b.m}月${b.d}日` : `${b.d}日`;
    return `${zhDay(a, true)}至${end}之间`;
  }
  const start = a.y !== b.y ? enDay(a) : a.m !== b.m ? `${a.d} ${EN_MONTHS[a.m - 1]}` : String(a.d);
  return `between ${start} and ${enDay(b)}`;
}

/** One day as a customer reads it: 2025年6月30日 / 30 June 2025 (never 2025-06-30). */
export function describeDay(iso: string, lang: 'zh' | 'en'): string {
  return describeDateSpan(daySpan(iso), lang);
}

/**
 * A span said roughly, as roughly as it was given: the year about its middle when it is wider
 * than a season ("2023年左右" / "about 2023"), else the month ("2026年5月左右" / "about May 2026").
 */
export function describeApproximateSpan(span: DateSpan, lang: 'zh' | 'en'): string {
  const days = (Date.parse(span.latest) - Date.parse(span.earliest)) / 86_400_000;
  const mid = dayParts(new Date(Date.parse(span.earliest) + (days / 2) * 86_400_000).toISOString().slice(0, 10));
  if (days > 120) return lang === 'zh' ? `${mid.y}年左右` : `about ${mid.y}`;
  return lang === 'zh' ? `${mid.y}年${mid.m}月左右` : `about ${EN_MONTHS[mid.m - 1]} ${mid.y}`;
}

/** A span written as this module writes it (2024-07, 2023~, 2024-06/2024-08) in a customer's words; undefined when it is not one. */
export function describeDateText(text: string, lang: 'zh' | 'en'): string | undefined {
  const span = parseDateSpan(text);
  if (!span) return undefined;
  return isApproximate(text) ? describeApproximateSpan(span, lang) : describeDateSpan(span, lang);
}
