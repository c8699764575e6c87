/**
 * Dates as receipts print them, in Chinese and English, to ISO YYYY-MM-DD.
 *
 * Supported: 2025年3月15日, 2025-03-15, 2025/3/15, 2025.03.15, 15/03/2025, 03/15/2025,
 * 15-03-25, 15 MAR 25, 15-Mar-2025, 30 DEC 17, Mar 15, 2025, March 15 2025.
 *
 * Day/month order: year-first dates are always Y-M-D. For D/M/Y vs M/D/Y, a part above 12
 * decides; when both parts are 12 or less the order is genuinely ambiguous, so the caller's
 * hint (US dollars -> month first; China, Malaysia and most of the world -> day first) picks
 * one and the result is flagged `ambiguous`, which lowers its confidence.
 */
import { isoDay } from '../../kernel/calendar-days';

export type DayOrder = 'dmy' | 'mdy';

export interface DateMatch {
  iso: string;
  /** The text matched, as it appeared. */
  raw: string;
  index: number;
  /** Which written form it was, for debugging and tests. */
  format: 'ymd_cjk' | 'ymd' | 'dmy' | 'mdy' | 'd_mon_y' | 'mon_d_y';
  /** True when day and month could be swapped and only the hint chose. */
  ambiguous: boolean;
}

/** English month names and abbreviations to their numbers (customers' dates read them too). */
export const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const MIN_YEAR = 1990;
const MAX_YEAR = 2099;

function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

/** A real day within the years a receipt can carry. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return undefined;
  return isoDay(year, month, day);
}

interface Pattern {
  format: DateMatch['format'];
  re: RegExp;
  build(m: RegExpExecArray, order: DayOrder): { iso?: string; ambiguous: boolean; format?: DateMatch['format'] };
}

// Boundaries: a date must not be glued to other digits (invoice numbers hold date-like runs).
const PATTERNS: Pattern[] = [
  {
    format: 'ymd_cjk',
    re: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/gu,
    build: (m) => ({ iso: isoDate(Number(m[1]), Number(m[2]), Number(m[3])), ambiguous: false }),
  },
  {
    format: 'ymd',
    re: /(?<![\d.\/-])(\d{4})\s?([-/.])\s?(\d{1,2})\s?\2\s?(\d{1,2})(?![\d\/-]|\.\d)/gu,
    build: (m) => ({ iso: isoDate(Number(m[1]), Number(m[3]), Number(m[4])), ambiguous: false }),
  },
  {
    format: 'dmy',
    re: /(?<![\d.\/-])(\d{1,2})\s?([-/.])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?![\d\/-]|\.\d)/gu,
    build: (m, order) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = fullYear(m[4]!);
      if (a > 12 && b <= 12) return { iso: isoDate(year, b, a), ambiguous: false, format: 'dmy' };
      if (b > 12 && a <= 12) return { iso: isoDate(year, a, b), ambiguous: false, format: 'mdy' };
      if (a === b) return { iso: isoDate(year, a, b), ambiguous: false, format: order };
      return order === 'mdy' ? { iso: isoDate(year, a, b), ambiguous: true, format: 'mdy' } : { iso: isoDate(year, b, a), ambiguous: true, format: 'dmy' };
    },
  },
  {
    format: 'd_mon_y',
    re: new RegExp(`(?<![\\dA-Za-z])(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-/.]*(${MONTH_NAMES})\\.?[\\s\\-/.,]*(\\d{4}|\\d{2})(?![\\d])`, 'giu'),
    build: (m) => ({ iso: isoDate(fullYear(m[3]!), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])), ambiguous: false }),
  },
  {
    format: 'mon_d_y',
    re: new RegExp(`(?<![A-Za-z])(${MONTH_NAMES})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})(?!\\d)`, 'giu'),
    build: (m) => ({ iso: isoDate(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2])), ambiguous: false }),
  },
];

/** Every valid date in `text`, left to right, without overlaps. */
export function findDates(text: string, order: DayOrder = 'dmy'): DateMatch[] {
  const found: DateMatch[] = [];
  const taken: [number, number][] = [];
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m; m = pattern.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const built = pattern.build(m, order);
      if (!built.iso) continue;
      taken.push([start, end]);
      found.push({ iso: built.iso, raw: m[0].trim(), index: start, format: built.format ?? pattern.format, ambiguous: built.ambiguous });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Parses text that should be exactly one date (a CLI option, a tool argument). */
export function parseDate(text: string, order: DayOrder = 'dmy'): DateMatch | undefined {
  const trimmed = text.normalize('NFKC').trim();
  const [only] = findDates(trimmed, order);
  return only && only.raw.length >= trimmed.length - 1 ? only : undefined;
}
