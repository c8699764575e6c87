/**
 * What a date expression means, before anyone asks whether it is a purchase: a span of days, the
 * precision the words carried, and the day they name when they name one. The zh, en and numeric
 * grammars (date-mentions-*.ts) build these with the helpers below, so every grammar resolves
 * "which year?", "how long ago?" and "which part of the month?" the same way.
 */
import { addDays, addMonths, dayParts, daysBetween, isoDay, lastDayOfMonth } from '../../../kernel/calendar-days';
import { monthSpan, seasonSpan, yearSpan, type DateSpan, type Season } from '../../../kernel/date-span';
import { PURCHASE_DATE_PRECISIONS, type PurchaseDatePrecision } from '../types';
import { FESTIVALS, festivalSpan, type FestivalName, type FestivalSide } from './calendar';

export interface Reading {
  span: DateSpan;
  precision: PurchaseDatePrecision;
  /** The day the words name (双十一 -> 11-11), when they name one; otherwise the span's middle is used. */
  anchor?: string;
  /** Day and month could be swapped; the span covers both readings. */
  ambiguous?: boolean;
  /** Vague recency (刚买, just bought, 前段时间): used only when nothing more specific was said. */
  weak?: boolean;
  /** Said roughly ("两年前", "3 years ago", "2021年左右"): the span is worked out, the customer gave only "about". */
  approximate?: boolean;
  /**
   * The words named no year, so the latest fitting one was taken ("spring", "年底", "in May"): how
   * to read them in another year, for when the customer gives the year beside them ("2025, in the
   * spring", "年底吧，去年的"; date-year-joins.ts).
   */
  readIn?: (year: number) => Reading | undefined;
  /** Words that are a date only beside a year ("towards the end", "last year, towards the end"). */
  needsYear?: boolean;
}

export interface MentionContext {
  /** Today in the customer's calendar; without it nothing relative resolves. */
  today?: string;
  /** The message is written in Chinese: 24.7.15 reads year first. */
  zh: boolean;
}

export const coarser = (a: PurchaseDatePrecision, b: PurchaseDatePrecision): PurchaseDatePrecision => (PURCHASE_DATE_PRECISIONS.indexOf(a) >= PURCHASE_DATE_PRECISIONS.indexOf(b) ? a : b);

/** The precision a span of days amounts to, for spans no single word fixed (unions, "a few weeks"). */
export function precisionOfSpan(span: DateSpan): PurchaseDatePrecision {
  const days = daysBetween(span.earliest, span.latest) + 1;
  if (days <= 1) return 'day';
  if (days <= 16) return 'week';
  if (days <= 45) return 'month';
  if (days <= 200) return 'season';
  return 'year';
}

export const onDay = (iso: string | undefined): Reading | undefined => (iso ? { span: { earliest: iso, latest: iso }, precision: 'day', anchor: iso } : undefined);

export function inMonth(year: number | undefined, month: number | undefined): Reading | undefined {
  if (year === undefined || month === undefined || !Number.isInteger(year) || !(month >= 1 && month <= 12)) return undefined;
  return { span: monthSpan(year, month), precision: 'month' };
}

export const inYear = (year: number | undefined): Reading | undefined => (year === undefined || !Number.isInteger(year) || year < 1900 ? undefined : { span: yearSpan(year), precision: 'year' });

export const inSeason = (season: Season, year: number | undefined): Reading | undefined =>
  year === undefined || !Number.isInteger(year) ? undefined : { span: seasonSpan(season, year), precision: 'season' };

export function atFestival(name: FestivalName, year: number | undefined, side: FestivalSide = 'at'): Reading | undefined {
  if (year === undefined || !Number.isInteger(year)) return undefined;
  const found = festivalSpan(name, year, side);
  if (!found) return undefined;
  const span = { earliest: found.earliest, latest: found.latest };
  return { span, precision: side === 'at' ? FESTIVALS[name].precision : precisionOfSpan(span), anchor: side === 'at' ? found.day : undefined };
}

/**
 * When the customer named no year ("5月", "夏天", "双十一", "last May"), the latest one that has
 * already begun by today: a month later than today's month means last year, as people mean it.
 */
export function latestBegun(today: string | undefined, read: (year: number) => Reading | undefined, atLeastDays = 0): Reading | undefined {
  if (!today) return undefined;
  const { y } = dayParts(today);
  for (const year of [y, y - 1, y - 2]) {
    const r = read(year);
    if (r && r.span.earliest <= today && daysBetween(r.span.earliest, today) >= atLeastDays) return { ...r, readIn: read };
  }
  return undefined;
}

/** "last X" in English: the latest X that has already ended (last summer, in July, is the one a year ago). */
export function latestEnded(today: string | undefined, read: (year: number) => Reading | undefined): Reading | undefined {
  if (!today) return undefined;
  const { y } = dayParts(today);
  for (const year of [y, y - 1, y - 2]) {
    const r = read(year);
    if (r && r.span.latest < today) return { ...r, readIn: read };
  }
  return undefined;
}

export type MonthPart = 'early' | 'mid' | 'late';

/** 月初/上旬 1-10, 月中/中旬 11-20, 月底/下旬 21 to the end: how a month is split in speech. */
export function partOfMonth(year: number, month: number, part: MonthPart): Reading | undefined {
  if (!(month >= 1 && month <= 12)) return undefined;
  const [from, to] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, lastDayOfMonth(year, month)];
  return { span: { earliest: isoDay(year, month, from)!, latest: isoDay(year, month, to)! }, precision: 'week' };
}

export type YearPart = 'early' | 'mid' | 'late' | 'firstHalf' | 'secondHalf';

/** 年初 Jan-Mar, 年中 May-Aug, 年底 Nov-Dec, 上半年 Jan-Jun, 下半年 Jul-Dec. */
const YEAR_PARTS: Record<YearPart, [number, number]> = { early: [1, 3], mid: [5, 8], late: [11, 12], firstHalf: [1, 6], secondHalf: [7, 12] };

export function partOfYear(year: number | undefined, part: YearPart): Reading | undefined {
  if (year === undefined || !Number.isInteger(year)) return undefined;
  const [from, to] = YEAR_PARTS[part];
  return { span: { earliest: monthSpan(year, from).earliest, latest: monthSpan(year, to).latest }, precision: 'season' };
}

export type Unit = 'day' | 'week' | 'month' | 'year';

/** A count as people say it: 3 -> [3, 3], 两三 -> [2, 3], 几/a few -> [2, 4], 十多 -> [10, 20). */
export interface Quantity {
  low: number;
  high: number;
  /** An exact count ("three weeks ago") gets half a unit either side; a range is its own slack. */
  exact: boolean;
}

/**
 * "N units ago": the span that many units back, with half a unit of slack either side for an
 * exact count (两年前 said in December 2026 is mid-2024 to mid-2025). Days up to three are
 * taken at their word (三天前 is that day).
 */
export function unitsAgo(today: string | undefined, qty: Quantity, unit: Unit): Reading | undefined {
  if (!today || !(qty.low >= 0) || !(qty.high >= qty.low) || qty.high <= 0) return undefined;
  // Half a year is counted in months: its looseness is months, not a year either side.
  if (unit === 'year' && qty.high < 1) return unitsAgo(today, { low: qty.low * 12, high: qty.high * 12, exact: qty.exact }, 'month');
  const back = (n: number): string => {
    if (unit === 'day') return addDays(today, -Math.round(n));
    if (unit === 'week') return addDays(today, -Math.round(n * 7));
    const months = unit === 'year' ? n * 12 : n;
    const whole = Math.floor(months);
    return addDays(addMonths(today, -whole), -Math.round((months - whole) * 30));
  };
  const slack = !qty.exact ? 0 : unit === 'day' ? (qty.low <= 3 ? 0 : Math.max(1, qty.low / 5)) : 0.5;
  const earliest = back(qty.high + slack);
  const latest = back(Math.max(0, qty.low - slack));
  const span = { earliest, latest };
  const anchor = qty.exact && qty.low === qty.high ? back(qty.low) : undefined;
  const byUnit: Record<Unit, PurchaseDatePrecision> = { day: 'day', week: 'week', month: 'month', year: 'year' };
  // "几个月前", "half a year ago": a loose count is coarser than its unit.
  const precision = unit === 'day' ? precisionOfSpan(span) : coarser(byUnit[unit], precisionOfSpan(span));
  // "两年前", "a few months ago": a count of months or years is said roughly, whatever the span worked out from it.
  return { span, precision, anchor, ...(unit === 'month' || unit === 'year' ? { approximate: true } : {}) };
}

/** Recent, without a number: 刚买没几天, just bought it, 前段时间. `days` back to `minDays` back. */
export function recently(today: string | undefined, days: number, minDays = 0): Reading | undefined {
  if (!today) return undefined;
  const span = { earliest: addDays(today, -days), latest: addDays(today, -minDays) };
  return { span, precision: precisionOfSpan(span), weak: true };
}

/** A two-digit year: this century up to this year, the last one after it (98 is 1998, 24 is 2024). */
export function fullYear(twoDigits: number, today: string | undefined): number {
  const pivot = today ? dayParts(today).y : 2050;
  return 2000 + twoDigits <= pivot ? 2000 + twoDigits : 1900 + twoDigits;
}

/** Today's year, month and day as numbers (for grammars that count from it). */
export const todayParts = (today: string | undefined) => (today ? dayParts(today) : undefined);
