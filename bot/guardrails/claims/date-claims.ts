/**
 * Dates and periods, in text already in claim form (二〇二五年六月一日 reads 2025年6月1日, 七天 7天).
 * A date's key is as precise as it was said (2025-06-01, 2025-06, 2025, --06-01); a period's is
 * its length in one unit per kind (7d, 2w, 6m, 1y, 24h).
 */
import type { Claim } from './claim';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const pad = (n: string | number) => String(n).padStart(2, '0');
const monthOf = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
const validMonth = (m: number) => m >= 1 && m <= 12;
const validDay = (d: number) => d >= 1 && d <= 31;

const FORMS: { pattern: RegExp; key: (m: RegExpExecArray) => string | undefined }[] = [
  // 2025-06-01, 2025/6/1, 2025.6.1, 2025年6月1日(号)
  {
    pattern: /\b((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?:\s*[日号])?(?!\d)/g,
    key: (m) => (validMonth(+m[2]!) && validDay(+m[3]!) ? `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}` : undefined),
  },
  // 2025年6月, 2025-06, 2025/6
  { pattern: /\b((?:19|20)\d{2})\s*(?:年|[-/])\s*(\d{1,2})(?:\s*月(?:份)?)?(?![\d/-])/g, key: (m) => (validMonth(+m[2]!) ? `${m[1]}-${pad(m[2]!)}` : undefined) },
  // June 1, 2025 / 1 June 2025 / June 2025
  { pattern: new RegExp(String.raw`\b${MONTH_WORD}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`, 'gi'), key: (m) => `${m[3]}-${pad(monthOf(m[1]!))}-${pad(m[2]!)}` },
  { pattern: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_WORD}\.?,?\s+((?:19|20)\d{2})\b`, 'gi'), key: (m) => `${m[3]}-${pad(monthOf(m[2]!))}-${pad(m[1]!)}` },
  { pattern: new RegExp(String.raw`\b${MONTH_WORD}\.?,?\s+((?:19|20)\d{2})\b`, 'gi'), key: (m) => `${m[2]}-${pad(monthOf(m[1]!))}` },
  // 2025年, in 2025
  { pattern: /\b((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/g, key: (m) => m[1] },
  { pattern: /\b(?:in|since|until|till|before|after|from|to|through)\s+((?:19|20)\d{2})\b(?![-/.]\d)/gi, key: (m) => m[1] },
  // 6月1日 (no year)
  { pattern: /(?<![\d年\-/])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, key: (m) => (validMonth(+m[1]!) && validDay(+m[2]!) ? `--${pad(m[1]!)}-${pad(m[2]!)}` : undefined) },
];

const PERIOD_UNITS: [RegExp, string, number][] = [
  [/^(?:个工作日|工作日|天|日|days?|business days?|working days?)$/i, 'd', 1],
  [/^(?:周|星期|个星期|礼拜|个礼拜|weeks?)$/i, 'w', 1],
  [/^(?:个月|月|months?)$/i, 'm', 1],
  [/^(?:年|周年|years?)$/i, 'y', 1],
  [/^(?:个小时|小时|钟头|hours?|hrs?)$/i, 'h', 1],
];
const PERIOD =
  /(\d+(?:\.\d+)?)\s*(个工作日|工作日|个星期|个礼拜|个小时|个月|周年|星期|礼拜|钟头|小时|天|日|周|月|年|business days?|working days?|days?|weeks?|months?|years?|hours?|hrs?)(半)?(?![a-z])/gi;
const HALF = /半年|half a year|six months/gi;

function periodKey(amount: number, unitWord: string, half: boolean): string | undefined {
  const unit = PERIOD_UNITS.find(([re]) => re.test(unitWord));
  if (!unit) return undefined;
  let n = amount + (half ? 0.5 : 0);
  let u = unit[1];
  // One unit per length, so "一年半" meets "18个月" and "半年" meets "6个月".
  if (u === 'y') [n, u] = [n * 12, 'm'];
  if (u === 'w') [n, u] = [n * 7, 'd'];
  return `${Number(n.toFixed(2))}${u}`;
}

export function dateClaims(text: string): Claim[] {
  const claims: Claim[] = [];
  let rest = text;
  for (const form of FORMS) {
    rest = rest.replace(form.pattern, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      const key = form.key(m);
      if (key) claims.push({ kind: 'date', key, said: m[0] });
      // Taken out so its parts are not read again as a shorter date or a period (6月 of 2025年6月1日).
      return key ? ' '.repeat(m[0].length) : m[0];
    });
  }
  for (const m of rest.matchAll(PERIOD)) {
    // 6月 with a day after it was a date; 6月 alone is a month name, not six months.
    if (/^月$/.test(m[2]!) && !/个/.test(m[0])) continue;
    if (/^日$/.test(m[2]!) && /\d\s*月\s*$/.test(rest.slice(0, m.index))) continue;
    // The end of a span of days in one month (2025年10月1日至7日): a day of the month, not 7 days.
    if (/^日$/.test(m[2]!) && /\d\s*月\s*\d{1,2}\s*[日号]\s*(?:至|到|~|～|-|—|–)\s*$/.test(text.slice(0, m.index))) continue;
    // "a month and year is fine", "the day and month": the parts of a date asked for, not a length.
    if (/^\s*(?:and|or|&|\/)\s*(?:a\s+|the\s+)?(?:year|month|day|date)s?\b/i.test(rest.slice(m.index + m[0].length))) continue;
    const key = periodKey(Number(m[1]), m[2]!, !!m[3]);
    if (key) claims.push({ kind: 'period', key, said: m[0] });
  }
  for (const m of rest.matchAll(HALF)) claims.push({ kind: 'period', key: '6m', said: m[0] });
  return claims;
}

/**
 * Relative time a customer may say instead of a date (去年, two years ago, a shopping festival): a
 * model may read a date from it. Matched in claim form, where 双十一 already reads 双11.
 */
export const RELATIVE_TIME =
  /去年|前年|今年|上个?月|上半年|下半年|年初|年底|年前|个月前|天前|周前|星期前|春节|过年|除夕|国庆|元旦|中秋|五一|劳动节|情人节|圣诞|黑五|黑色星期五|双\s*1[12]|双十[一二]|618|六一八|last (?:year|month|week|spring|summer|autumn|fall|winter|christmas)|this (?:year|month)|\bago\b|earlier this year|black friday|christmas/i;
