/**
 * Purchase date: absolute (2025年3月15日, 2025-03-15, 3月15号, March 15 2025) or relative (上个月,
 * 去年双十一, 3 weeks ago, last Black Friday), resolved against the injected `today` and kept at
 * the precision the customer gave. A date counts only near a purchase word (买/下单/装/bought…),
 * so "师傅说今天来" or "上周报修" is not taken for a purchase.
 */
import { CHINESE_NUMBER, ENGLISH_NUMBER, parseEnglishNumber, parseSmallNumber } from '../../text/chinese-numbers';
import type { PurchaseDate } from '../types';
import { addDays, addMonths, blackFriday, compareDays, formatDay, formatMonth, isValidDay, parseDay, type Day } from './calendar';

const PURCHASE_CUE = /买|购|入手|下单|收到|送来|送到|到货|安装|装的|装好|刚装|\bbought\b|\bpurchas\w*|\bgot (?:it|this|the|them|mine)\b|\bordered\b|\bdelivered\b|\binstalled\b|\bsince\b/i;
const WINDOW_BEFORE = 20;
const WINDOW_AFTER = 10;

interface Found {
  index: number;
  length: number;
  date: PurchaseDate;
}

type Rule = { pattern: RegExp; resolve: (m: RegExpExecArray, today: Day | undefined) => PurchaseDate | undefined };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

const day = (d: Day, text: string): PurchaseDate | undefined => (isValidDay(d) ? { value: formatDay(d), precision: 'day', text } : undefined);
const month = (d: Day, text: string): PurchaseDate | undefined => (d.m >= 1 && d.m <= 12 ? { value: formatMonth(d), precision: 'month', text } : undefined);
const year = (y: number, text: string): PurchaseDate => ({ value: String(y), precision: 'year', text });

/** Year for a month-day without one: this year, or last year if that would be in the future. */
function latestPast(today: Day, m: number, d: number): Day {
  const candidate = { y: today.y, m, d };
  return compareDays(candidate, today) > 0 ? { y: today.y - 1, m, d } : candidate;
}

function relativeYear(word: string | undefined, today: Day | undefined): number | undefined {
  if (!word) return undefined;
  if (!today) return Number.NaN;
  return { 今年: today.y, 去年: today.y - 1, 前年: today.y - 2, 'this year': today.y, 'last year': today.y - 1 }[word.toLowerCase()];
}

const FESTIVALS: Record<string, [number, number]> = { 双十一: [11, 11], 双11: [11, 11], 双十二: [12, 12], 双12: [12, 12], '618': [6, 18], 六一八: [6, 18], 国庆: [10, 1] };

const RULES: Rule[] = [
  {
    // 2025-03-15, 2025/3/15, 2025.3.15, 2025年3月15日
    pattern: /(?<!\d)(20\d{2}|19\d{2})\s*[年\-\/.]\s*(\d{1,2})\s*[月\-\/.]\s*(\d{1,2})\s*[日号]?/g,
    resolve: (m) => day({ y: +m[1]!, m: +m[2]!, d: +m[3]! }, m[0]),
  },
  {
    // 2024年6月, 2024年6月份
    pattern: /(?<!\d)(20\d{2})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月份?/g,
    resolve: (m) => month({ y: +m[1]!, m: parseSmallNumber(m[2]!) ?? 0, d: 1 }, m[0]),
  },
  {
    // 去年双十一, 双11, 去年618
    pattern: /(今年|去年|前年)?\s*(双十一|双11|双十二|双12|六一八|(?<!\d)618(?!\d)|国庆)/g,
    resolve: (m, today) => {
      if (!today) return undefined;
      const [mm, dd] = FESTIVALS[m[2]!]!;
      const y = relativeYear(m[1], today);
      return day(y === undefined ? latestPast(today, mm, dd) : { y, m: mm, d: dd }, m[0]);
    },
  },
  {
    // 去年8月份, 3月15号, 三月十五号, 今年三月
    pattern: new RegExp(`(今年|去年|前年)?\\s*(?<![\\d个])(${CHINESE_NUMBER})\\s*月份?(?:\\s*(${CHINESE_NUMBER})\\s*[日号])?`, 'g'),
    resolve: (m, today) => {
      const mm = parseSmallNumber(m[2]!);
      const dd = m[3] ? parseSmallNumber(m[3]) : undefined;
      if (!today || mm === undefined || mm < 1 || mm > 12) return undefined;
      const y = relativeYear(m[1], today);
      if (dd !== undefined) return day(y === undefined ? latestPast(today, mm, dd) : { y, m: mm, d: dd }, m[0]);
      return month(y === undefined ? latestPast(today, mm, 1) : { y, m: mm, d: 1 }, m[0]);
    },
  },
  {
    // March 15, 2025 / March 15th / 15 March 2025
    pattern: new RegExp(`\\b${EN_MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH}\\.?(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    resolve: (m, today) => {
      const mm = monthOf(m[1] ?? m[5]!);
      const dd = Number(m[2] ?? m[4]);
      const yy = m[3] ?? m[6];
      if (yy) return day({ y: +yy, m: mm, d: dd }, m[0]);
      return today ? day(latestPast(today, mm, dd), m[0]) : undefined;
    },
  },
  {
    // in March 2025, last March
    pattern: new RegExp(`\\b(?:(last|this)\\s+)?${EN_MONTH}(?:\\s+(\\d{4}))?\\b`, 'gi'),
    resolve: (m, today) => {
      const mm = monthOf(m[2]!);
      if (m[3]) return month({ y: +m[3], m: mm, d: 1 }, m[0]);
      if (!m[1] || !today) return undefined; // a bare "may" is a verb far more often
      const past = latestPast(today, mm, 1);
      return month(m[1].toLowerCase() === 'last' && past.y === today.y && past.m === today.m ? { ...past, y: past.y - 1 } : past, m[0]);
    },
  },
  {
    pattern: /\b(?:(last|this)\s+)?black friday\b/gi,
    resolve: (m, today) => {
      if (!today) return undefined;
      let bf = blackFriday(today.y);
      if (compareDays(bf, today) > 0) bf = blackFriday(today.y - 1);
      return day(bf, m[0]);
    },
  },
  {
    pattern: /大前天|前天|昨天|\byesterday\b|\bthe day before yesterday\b/gi,
    resolve: (m, today) => {
      if (!today) return undefined;
      const back = /大前天/.test(m[0]) ? 3 : /前天|before yesterday/i.test(m[0]) ? 2 : 1;
      return day(addDays(today, -back), m[0]);
    },
  },
  {
    // 三天前, 两个星期前, 3个月前, 半年前, 两年前
    pattern: new RegExp(`(${CHINESE_NUMBER}|半)\\s*(?:个)?\\s*(天|周|星期|礼拜|月|年)(?:之)?前`, 'g'),
    resolve: (m, today) => {
      if (!today) return undefined;
      const unit = m[2]!;
      if (m[1] === '半') return unit === '年' ? month(addMonths(today, -6), m[0]) : undefined;
      const n = parseSmallNumber(m[1]!);
      if (n === undefined) return undefined;
      if (unit === '天') return day(addDays(today, -n), m[0]);
      if (unit === '月') return month(addMonths(today, -n), m[0]);
      if (unit === '年') return year(today.y - n, m[0]);
      return day(addDays(today, -7 * n), m[0]);
    },
  },
  {
    // 3 weeks ago, a month ago, two years ago
    pattern: new RegExp(`\\b(${ENGLISH_NUMBER})\\s+(days?|weeks?|months?|years?)\\s+ago\\b`, 'gi'),
    resolve: (m, today) => {
      const n = parseEnglishNumber(m[1]!);
      if (!today || n === undefined) return undefined;
      const unit = m[2]!.toLowerCase();
      if (unit.startsWith('day')) return day(addDays(today, -n), m[0]);
      if (unit.startsWith('week')) return day(addDays(today, -7 * n), m[0]);
      if (unit.startsWith('month')) return month(addMonths(today, -n), m[0]);
      return year(today.y - n, m[0]);
    },
  },
  {
    pattern: /上个?(?:周|星期|礼拜)|上个?月|\blast (?:week|month)\b/gi,
    resolve: (m, today) => {
      if (!today) return undefined;
      return /月|month/i.test(m[0]) ? month(addMonths(today, -1), m[0]) : day(addDays(today, -7), m[0]);
    },
  },
  {
    pattern: /去年|前年|\blast year\b/gi,
    resolve: (m, today) => (today ? year(relativeYear(m[0], today)!, m[0]) : undefined),
  },
];

export function extractPurchaseDate(text: string, todayIso?: string): PurchaseDate | undefined {
  const today = todayIso ? parseDay(todayIso) : undefined;
  const found: Found[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      // A span already claimed by an earlier (more specific) rule wins: 2025年3月15日 is not also 3月15日.
      if (found.some((f) => m.index < f.index + f.length && f.index < m.index + m[0].length)) continue;
      const date = rule.resolve(m as RegExpExecArray, today);
      if (date) found.push({ index: m.index, length: m[0].length, date });
    }
  }
  const near = found
    .filter((f) => PURCHASE_CUE.test(text.slice(Math.max(0, f.index - WINDOW_BEFORE), f.index + f.length + WINDOW_AFTER)))
    .sort((a, b) => a.index - b.index);
  return near[0]?.date;
}
