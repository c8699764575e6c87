/** Small Chinese numerals as customers write them: 两, 十五, 二十三, 一年半. Enough for dates and ages. */
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export const CHINESE_NUMBER = '[零〇一二两俩三四五六七八九十]+|\\d+';

/** Parses 0-99 written as Arabic digits or Chinese numerals; undefined if it is neither. */
export function parseSmallNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两俩三四五六七八九十]+$/.test(text)) return undefined;
  const ten = text.indexOf('十');
  if (ten === -1) {
    // 二零二五 style: digit by digit.
    return Number([...text].map((ch) => DIGITS[ch] ?? 0).join(''));
  }
  const tens = ten === 0 ? 1 : (DIGITS[text[ten - 1]!] ?? 1);
  const ones = ten === text.length - 1 ? 0 : (DIGITS[text[ten + 1]!] ?? 0);
  return tens * 10 + ones;
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
