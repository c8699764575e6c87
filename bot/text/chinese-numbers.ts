/**
 * Chinese numerals as numbers: small ones as customers write them for dates and ages (两, 十五,
 * 二十三), and amounts in everyday or financial characters (五千, 伍仟, 两千五, 三万五千) for the
 * output guard's claims. The one reader of Chinese numerals in the bot.
 */
const DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  俩: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };
/** Every character a Chinese numeral is written with, everyday and financial (for building patterns). */
export const CHINESE_NUMERAL_CHARS = '零〇一壹二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿';

/** The value of a Chinese numeral (五千, 伍仟, 两百零五, 三万五千, 二〇二五), or undefined. */
export function chineseNumeralValue(text: string): number | undefined {
  if (!text || ![...text].every((ch) => CHINESE_NUMERAL_CHARS.includes(ch))) return undefined;
  if (![...text].some((ch) => ch in UNIT || ch in BIG)) {
    // 二〇二五, 一八: digit by digit.
    return Number([...text].map((ch) => DIGIT[ch] ?? 0).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = 0;
  for (const ch of text) {
    if (ch in DIGIT) digit = DIGIT[ch];
    else if (ch in UNIT) {
      lastUnit = UNIT[ch]!;
      section += (digit ?? 1) * lastUnit;
      digit = undefined;
    } else if (ch in BIG) {
      lastUnit = BIG[ch]!;
      total += (section + (digit ?? 0) || 1) * lastUnit;
      section = 0;
      digit = undefined;
    }
  }
  // 两千五 is 2500 and 三万五 35000: a last digit straight after a unit of a hundred or more counts
  // in the next unit down (一千零五, with 零, is 1005).
  const last = [...text].at(-2);
  if (digit !== undefined && lastUnit >= 100 && last !== undefined && (last in UNIT || last in BIG)) digit *= lastUnit / 10;
  return total + section + (digit ?? 0);
}

export const CHINESE_NUMBER = '[零〇一二两俩三四五六七八九十]+|\\d+';

/** Parses 0-99 written as Arabic digits or Chinese numerals; undefined if it is neither. */
export function parseSmallNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两俩三四五六七八九十]+$/.test(text)) return undefined;
  return chineseNumeralValue(text);
}

const EN_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
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
  couple: 2,
  few: 3,
  several: 3,
};
export const ENGLISH_NUMBER = '\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple of|a couple of|a few|few|several';

export function parseEnglishNumber(text: string): number | undefined {
  const t = text.toLowerCase().replace(/^a /, '').replace(/ of$/, '');
  if (/^\d+$/.test(t)) return Number(t);
  return EN_NUMBERS[t];
}
