/**
 * Numbers written out, as digits: 五千 and 伍仟 are 5000, 两百 200, 1.5万 15000, 百分之三十 30%,
 * 半价 and 五折 50%, "five thousand" 5000, 5,000 5000. A claim that is a number is compared as
 * digits, whichever way the model wrote it.
 *
 * Only runs that are quantities are rewritten: ones holding a financial numeral (壹贰叁…仟, used
 * for nothing else), a unit of ten or more (五千, 两百, 三万), or followed by a unit of money,
 * percent or time (五元, 七天, 一年). 三包, 一下, 万一 and 千万 (must) stay as they are.
 *
 * The security evaluation's judge reads Chinese numerals with its own code on purpose
 * (evals/adversarial/judge/chinese-numerals.ts, test/evals/adversarial-judge.test.ts): a mistake
 * shared by the guard and its judge would hide itself.
 */
import { CHINESE_NUMERAL_CHARS as NUMERAL, chineseNumeralValue } from '../../text/chinese-numbers';

const FINANCIAL = /[壹贰叁肆伍陆柒捌玖拾佰仟]/;
const RUN = new RegExp(`[${NUMERAL}]+`, 'g');
/** What may follow a Chinese numeral for it to be a quantity: money, percent, a discount, a period. */
const UNIT_AFTER = /^(?:元|块|圆|角|毛|%|折|天|日|周|星期|个月|个工作日|个小时|小时|年|月|倍|次)/;
const NOT_NUMBERS = new Set(['千万', '万一', '一一']);

const EN_SMALL: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const EN_WORD = `(?:${Object.keys(EN_SMALL).join('|')}|hundred|thousand|million|and|a)`;
const EN_RUN = new RegExp(`\\b(?:${Object.keys(EN_SMALL).join('|')}|a)(?:[\\s-]+${EN_WORD})*\\b`, 'gi');

function englishValue(run: string): number | undefined {
  const words = run
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== 'and');
  if (!words.some((w) => w === 'hundred' || w === 'thousand' || w === 'million') && words.length > 1 && words[0] === 'a') return undefined;
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w === 'a') current += 1;
    else if (w in EN_SMALL) current += EN_SMALL[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand' || w === 'million') {
      total += (current || 1) * (w === 'thousand' ? 1e3 : 1e6);
      current = 0;
    }
  }
  return total + current;
}

/** English number words followed by money or time units, as digits ("five thousand yuan" is 5000 yuan). */
const EN_UNIT_AFTER = /^\s*(?:yuan|rmb|cny|dollars?|bucks|usd|euros?|pounds?|percent|per cent|%|days?|weeks?|months?|years?|hours?)\b/i;

/** 百分之三十 / 百分之30, built once (global, used only with replace). */
const PERCENT_IN_WORDS = new RegExp(`百分之([${NUMERAL}]+|\\d+(?:\\.\\d+)?)`, 'g');

const format = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toFixed(4))));

export function writtenNumbersAsDigits(text: string): string {
  let out = text
    // 5,000 and 5，000: separators inside a number.
    .replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1')
    // 百分之三十 / 百分之30: percent written in words.
    .replace(PERCENT_IN_WORDS, (_m, n: string) => `${/\d/.test(n) ? n : format(chineseNumeralValue(n) ?? 0)}%`);
  out = out.replace(RUN, (run, offset: number, whole: string) => {
    if (NOT_NUMBERS.has(run) || /^[万亿]+$/.test(run)) return run;
    const after = whole.slice(offset + run.length);
    const quantity = FINANCIAL.test(run) || (/[十拾百佰千仟万亿]/.test(run) && run.length > 1) || UNIT_AFTER.test(after);
    if (!quantity) return run;
    // 万 after a digit run keeps its meaning for the rule below (1.5万).
    const value = chineseNumeralValue(run);
    return value === undefined ? run : format(value);
  });
  // 1.5万, 3万元, 2亿: a multiplier after digits.
  out = out.replace(/(\d+(?:\.\d+)?)\s*(万|亿)/g, (_m, n: string, big: string) => format(Number(n) * (big === '万' ? 1e4 : 1e8)));
  // Discounts as the share paid: 半价 and 五折 are 50%, 八五折 85%.
  out = out.replace(/半价|半折|half[\s-]price|half off|50 ?% off/gi, '50%');
  out = out.replace(/(\d)(\d)?\s*折/g, (_m, a: string, b?: string) => `${a}${b ?? '0'}%`);
  out = out.replace(EN_RUN, (run, offset: number, whole: string) => {
    if (!EN_UNIT_AFTER.test(whole.slice(offset + run.length))) return run;
    const value = englishValue(run);
    return value === undefined ? run : format(value);
  });
  return out.replace(/(\d+(?:\.\d+)?)\s*(?:percent|per cent)\b/gi, '$1%');
}
