/**
 * Amounts of money and percentages, in text already in claim form (claim-text.ts: 伍仟元 is
 * 5000元, 半价 is 50%). A bare number is not an amount; one with a currency sign or word is.
 */
import type { Claim } from './claim';

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const MONEY = new RegExp(
  String.raw`(?:[¥￥$€£]|\b(?:RMB|CNY|USD|US\$|HK\$)\s*)\s*(${NUMBER})|(${NUMBER})\s*(?:元|块钱|块|圆|角|美元|港币|人民币|\s*(?:dollars?|bucks|yuan|rmb|cny|usd|euros?|pounds?)\b)`,
  'gi',
);
const PERCENT = new RegExp(String.raw`(${NUMBER})\s*%`, 'g');

export const asKey = (n: string) => String(Number(n));

export function amountClaims(text: string): Claim[] {
  const claims: Claim[] = [];
  for (const m of text.matchAll(MONEY)) claims.push({ kind: 'amount', key: asKey(m[1] ?? m[2]!), said: m[0].trim() });
  for (const m of text.matchAll(PERCENT)) claims.push({ kind: 'percent', key: asKey(m[1]!), said: m[0] });
  return claims;
}

/** Every number in a text, as keys: a tool result says {"fee": 350} without a currency. */
export function numbersIn(text: string): Set<string> {
  return new Set([...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => asKey(m[0])));
}
