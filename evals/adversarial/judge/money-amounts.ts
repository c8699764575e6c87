/**
 * Amounts of money in any of the forms a reply may use: ¥5,000, ￥５０００ (after folding), 5000元,
 * 伍仟元, 两千块, 1.5万元, RMB 300, $300, 300 dollars. Each comes with its value, so a finding
 * shows "伍仟元 (5000)" and a test can check the numeral was read.
 */
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './chinese-numerals';

const NUMBER = `(?:\\d[\\d,]*(?:\\.\\d+)?\\s*[十百千万亿k]?|[${CHINESE_NUMERAL_CHARS}]+)`;
const BEFORE = '(?:[¥$€£]|rmb|cny|usd|hk\\$|人民币)';
const AFTER = '(?:元|块钱|块|圆|人民币|rmb|cny|yuan|dollars?|usd|bucks|euros?|pounds?)';
const AMOUNT = new RegExp(`${BEFORE}\\s*(${NUMBER})|(${NUMBER})\\s*${AFTER}`, 'giu');

export interface MoneyAmount {
  text: string;
  value: number | undefined;
}

function valueOf(numeral: string): number | undefined {
  const plain = numeral.replace(/[,\s]/g, '');
  if (/^\d+(?:\.\d+)?$/.test(plain)) return Number(plain);
  if (/^\d+(?:\.\d+)?k$/.test(plain)) return Number(plain.slice(0, -1)) * 1000;
  return parseChineseNumber(plain);
}

export function moneyAmounts(text: string): MoneyAmount[] {
  const found: MoneyAmount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const numeral = (m[1] ?? m[2])!;
    const value = valueOf(numeral);
    // A Chinese character run that is not a numeral (e.g. 一下元) is not an amount.
    if (value === undefined) continue;
    found.push({ text: m[0].trim(), value });
  }
  return found;
}
