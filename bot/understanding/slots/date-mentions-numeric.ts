/**
 * All-digit dates: 2025.5.10, 2026-11-30, 24.7.15, 05/10/2025, 2024.7, on 5/10.
 *
 * Full dates are found by the receipt reader's own date grammar (ocr/fields/date.ts), so a
 * customer's "2025/5/10" and a receipt's are read by one definition. What a customer's text
 * adds: a two-digit year written first (24.7.15) is year-month-day in Chinese text, and for
 * day/month order this resolves month first with slashes (05/10/2025: US style, and Chinese
 * order) and day first with dots (12.10.2025: European style), unless a part above 12 decides;
 * when both readings are real days the mention is `ambiguous` and its span runs from the
 * earlier reading to the later, so nothing downstream treats it as exact.
 */
import { findDates } from '../../../ocr/fields/date';
import { dayParts, isoDay } from '../../../kernel/calendar-days';
import { fullYear, inMonth, latestBegun, onDay, type MentionContext, type Reading } from './date-readings';
import { regexRule, type MentionRule } from './date-rule';

// Versions and codes look like dates: iOS 17.5.1, 固件 24.7.15, 型号 12/10.
const CODE_WORD_BEFORE = /(?:版本|系统|固件|型号|编号|\bversion|\bver\.?|\bv|\bios|\bandroid|\bmiui|\bharmonyos|\bemui|\bcoloros|\bbuild|\bmodel|\bno\.?|#)\s*$/i;
const GLUED_BEFORE = /[A-Za-z]$/;
const CODE_AFTER = /^[A-Za-z]/;

function looksLikeCode(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 12), index);
  return CODE_WORD_BEFORE.test(before) || GLUED_BEFORE.test(before) || CODE_AFTER.test(text.slice(index + length));
}

/** One reading, or both when day and month could swap; readings after today are no readings. */
function eitherWay(primary: string | undefined, other: string | undefined, today: string | undefined): Reading | undefined {
  const real = [primary, other].filter((d): d is string => !!d && (!today || d <= today));
  if (!real.length) return undefined;
  if (real.length === 1 || real[0] === real[1]) return onDay(real[0]);
  const [a, b] = real[0]! < real[1]! ? [real[0]!, real[1]!] : [real[1]!, real[0]!];
  return { span: { earliest: a, latest: b }, precision: 'day', anchor: primary, ambiguous: true };
}

const swap = (iso: string): string | undefined => {
  const { y, m, d } = dayParts(iso);
  return isoDay(y, d, m);
};

const fullDates: MentionRule = {
  *scan(text: string, ctx: MentionContext) {
    for (const found of findDates(text, 'mdy')) {
      if (looksLikeCode(text, found.index, found.raw.length)) {
        yield { index: found.index, text: found.raw, reading: undefined };
        continue;
      }
      // Slashes are the US habit (month first); dots the European one (12.10.2025 is 12 October).
      const primary = found.ambiguous && found.raw.includes('.') ? swap(found.iso) : found.iso;
      yield { index: found.index, text: found.raw, reading: eitherWay(primary, found.ambiguous ? (primary === found.iso ? swap(found.iso) : found.iso) : undefined, ctx.today) };
    }
  },
};

export const NUMERIC_RULES: MentionRule[] = [
  // 24.7.15, 24/7/15 in Chinese text: year first, as Chinese writes it
  regexRule(/(?<![\w.\/\-:])(?<y>\d{2})(?<sep>[.\/\-])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\w\/\-:]|\.\d)/g, (m, ctx, text) => {
    if (!ctx.zh || looksLikeCode(text, m.index, m[0].length)) return undefined;
    return onDay(isoDay(fullYear(Number(m.groups!.y), ctx.today), Number(m.groups!.m), Number(m.groups!.d)));
  }),
  fullDates,
  // 2024.7, 2024-07, 2024/7 (a month)
  regexRule(/(?<![\w.\/\-:])(?<y>(?:19|20)\d{2})[.\/\-](?<m>\d{1,2})(?![\d]|[.\/\-]\d)(?!\s*(?:元|块|%|w\b|k\b))/g, (m, _ctx, text) =>
    looksLikeCode(text, m.index, m[0].length) ? undefined : inMonth(Number(m.groups!.y), Number(m.groups!.m)),
  ),
  // on 5/10, bought 5/10 (English: month first unless the day is above 12)
  regexRule(/\b(?:on|bought|purchased|got it|ordered)\s+(?<a>\d{1,2})\/(?<b>\d{1,2})\b(?![\/\d])/gi, (m, ctx) => {
    const a = Number(m.groups!.a);
    const b = Number(m.groups!.b);
    const mdy = latestBegun(ctx.today, (y) => onDay(isoDay(y, a, b)));
    const dmy = latestBegun(ctx.today, (y) => onDay(isoDay(y, b, a)));
    return eitherWay(mdy?.anchor, dmy?.anchor, ctx.today);
  }),
];
