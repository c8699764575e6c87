/**
 * Chinese numerals as numbers, so 伍仟元, 五千元, 两千五 and 1.5万 are amounts like 5000元: the
 * everyday forms (一二三 … 十百千万亿, 两, 〇/零) and the financial ones written on cheques and
 * receipts (壹贰叁肆伍陆柒捌玖拾佰仟). Text is expected folded to simplified characters.
 */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  幺: 1,
  二: 2,
  贰: 2,
  两: 2,
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
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** Characters a Chinese numeral is written with (for building patterns). */
export const CHINESE_NUMERAL_CHARS = [...Object.keys(DIGITS), ...Object.keys(SMALL_UNITS), ...Object.keys(BIG_UNITS)].join('');

/**
 * The value of a numeral such as 伍仟, 两千五, 一万二千, 三十, 1.5万 or 5千; undefined when the
 * text is not a numeral. A run of bare digits (一三九) is read positionally.
 */
export function parseChineseNumber(text: string): number | undefined {
  const mixed = /^(\d+(?:\.\d+)?)\s*([十拾百佰千仟万亿])$/.exec(text);
  if (mixed) return Number(mixed[1]) * (SMALL_UNITS[mixed[2]!] ?? BIG_UNITS[mixed[2]!]!);
  const chars = [...text];
  if (!chars.length || !chars.every((c) => c in DIGITS || c in SMALL_UNITS || c in BIG_UNITS)) return undefined;
  if (chars.every((c) => c in DIGITS)) return Number(chars.map((c) => DIGITS[c]).join(''));
  let total = 0;
  let section = 0;
  let digit = 0;
  let lastUnit = 0;
  let afterUnit = false;
  for (const c of chars) {
    if (c in DIGITS) {
      digit = DIGITS[c]!;
      afterUnit = false;
    } else if (c in SMALL_UNITS) {
      lastUnit = SMALL_UNITS[c]!;
      section += (digit || 1) * lastUnit;
      digit = 0;
      afterUnit = true;
    } else {
      const big = BIG_UNITS[c]!;
      if (big === 100_000_000) {
        total = (total + section + digit) * big;
      } else {
        total += (section + digit) * big;
      }
      lastUnit = big;
      section = 0;
      digit = 0;
      afterUnit = true;
    }
  }
  // 两千五 is 2500 and 三万五 is 35000: a digit straight after a unit counts in the next unit down.
  if (digit && !afterUnit && lastUnit >= 100 && !text.includes('零') && !text.includes('〇') && /[十拾百佰千仟万亿]\S$/u.test(text)) digit *= lastUnit / 10;
  return total + section + digit;
}
