/** How long the customer has had the product, in months: 用了两年 -> 24, 买了才半年 -> 6, a 3-year-old phone -> 36. */
import { CHINESE_NUMBER, ENGLISH_NUMBER, parseEnglishNumber, parseSmallNumber } from '../../text/chinese-numbers';

// Receiving it counts as buying it (到货才4天, 收到货三天, 签收5天了): online, the 三包 days run from delivery.
const ZH = new RegExp(
  `(?:用了|买了|使用了|才买|刚买|买来|买回来|入手|装了|到货|货到了?|收到货|收货|收到|签收了?|送到|到手|拿到手?|用)(?:才|不到|快|将近|差不多|大概|有|了)*\\s*(${CHINESE_NUMBER}|半)?\\s*(?:个)?\\s*(年|月|天|周|星期|礼拜)(半|多)?`,
);
// "it's been 5 days since delivery", "only 4 days since it arrived": a count of days from receiving it.
const SINCE_DELIVERY = `\\b(${ENGLISH_NUMBER})\\s+(days?|weeks?)\\s+since\\s+(?:it\\s+)?(?:arrived|came|was delivered|got delivered|delivery|(?:i|we)\\s+(?:got|received)\\s+it)\\b`;
const EN = new RegExp(
  `\\b(?:(?:had|used|owned|using|have had) (?:it|this|the \\w+) for|after(?: only)?(?: just)?)\\s+(?:about |around |almost |only |just )?(${ENGLISH_NUMBER})\\s+(years?|months?|weeks?|days?)\\b|\\b(${ENGLISH_NUMBER})[- ](year|month|week|day)s?[- ]old\\b|${SINCE_DELIVERY}`,
  'i',
);

const MONTHS_PER: Record<string, number> = { 年: 12, 月: 1, 天: 1 / 30, 周: 7 / 30, 星期: 7 / 30, 礼拜: 7 / 30, year: 12, month: 1, week: 7 / 30, day: 1 / 30 };

function round(months: number): number {
  return Math.round(months * 10) / 10;
}

export function extractProductAgeMonths(text: string): number | undefined {
  const zh = ZH.exec(text);
  if (zh && (zh[1] || zh[3] === '半')) {
    const unit = MONTHS_PER[zh[2]!]!;
    const n = zh[1] === '半' ? 0.5 : (parseSmallNumber(zh[1]!) ?? NaN);
    if (!Number.isNaN(n)) return round(n * unit + (zh[3] === '半' ? unit / 2 : 0));
  }
  const en = EN.exec(text);
  if (en) {
    const n = parseEnglishNumber(en[1] ?? en[3] ?? en[5]!);
    const unit = (en[2] ?? en[4] ?? en[6]!).toLowerCase().replace(/s$/, '');
    if (n !== undefined) return round(n * MONTHS_PER[unit]!);
  }
  return undefined;
}

const DAYS_PER: Record<string, number> = { 天: 1, 周: 7, 星期: 7, 礼拜: 7, week: 7, day: 1 };

/** How many days old the product is, when the customer counted in days or weeks ("买了三个星期" -> 21, "10 days" -> 10). */
export function extractProductAgeDays(text: string): number | undefined {
  const zh = ZH.exec(text);
  if (zh?.[1] && DAYS_PER[zh[2]!]) {
    const n = parseSmallNumber(zh[1]);
    if (n !== undefined) return n * DAYS_PER[zh[2]!]! + (zh[3] === '半' ? DAYS_PER[zh[2]!]! / 2 : 0);
  }
  const en = EN.exec(text);
  // ("only 10 days old", "a 3-week-old kettle": counted in days as "had it for 10 days" is; session 18.)
  const unit = (en?.[2] ?? en?.[4] ?? en?.[6])?.toLowerCase().replace(/s$/, '');
  const count = en?.[1] ?? en?.[3] ?? en?.[5];
  if (count && unit && DAYS_PER[unit]) {
    const n = parseEnglishNumber(count);
    if (n !== undefined) return n * DAYS_PER[unit];
  }
  return undefined;
}
