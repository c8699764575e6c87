/**
 * Personal identifiers written so a plain pattern misses them: e-mail addresses spelled out
 * ("li.lei at qq dot com", lilei[at]163.com, lilei艾特qq点com), and ID or card numbers that fail
 * their checksum (a typo, an old 15-digit ID, a passport) but follow a word saying what they are
 * (身份证号, 卡号, passport no.). The detector (personal-data.ts) runs these after its strict
 * patterns, so a number with a valid checksum is still named by them.
 */

export interface WrittenMatch {
  raw: string;
  index: number;
  value: string;
}

const AT = String.raw`\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|<\s*at\s*>|艾特|圈a|＠|@)\s*|\s+at\s+`;
const DOT = String.raw`\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\{\s*dot\s*\}|<\s*dot\s*>|点|點)\s*|\s+dot\s+|\.`;
const TLD = 'com|cn|net|org|edu|gov|io|co|hk|tw|uk|us|de|jp|info|me|top|xyz|vip|shop';
// Ordinary words before " at " that are not a mailbox ("bought it at jd dot com").
const NOT_A_MAILBOX = /^(?:it|them|this|that|one|me|us|him|her|home|work|store|shop|online|least|all|once|first|last|night|noon)$/i;
const SPELLED_EMAIL = new RegExp(
  String.raw`(?<![A-Za-z0-9._%+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})(?:${AT})([A-Za-z0-9-]{1,63}(?:(?:${DOT})[A-Za-z0-9-]{1,63})*?)(?:${DOT})(${TLD})(?![A-Za-z0-9])`,
  'gi',
);
// One written dot, to split a spelled domain (split ignores lastIndex; built once, not per address).
const ONE_DOT = new RegExp(DOT, 'i');

/** E-mail addresses written with words or brackets for @ and the dots. */
export function findSpelledEmails(text: string): WrittenMatch[] {
  const found: WrittenMatch[] = [];
  for (const m of text.matchAll(SPELLED_EMAIL)) {
    const [raw, local, domain, tld] = m as unknown as [string, string, string, string];
    // Written plainly, the strict pattern already has it; " at " needs a mailbox-like local part.
    if (/\s+at\s+/i.test(raw) && !/@/.test(raw) && NOT_A_MAILBOX.test(local)) continue;
    const host = domain.split(ONE_DOT).join('.');
    found.push({ raw, index: m.index, value: `${local}@${host}.${tld}`.toLowerCase() });
  }
  return found;
}

const ID_CUE = String.raw`身份证(?:号码|号)?|证件(?:号码|号)|居民身份证|ID\s?card(?:\s?(?:number|no\.?))?|identity\s?card(?:\s?(?:number|no\.?))?|ID\s?(?:number|no\.?)|national\s?ID`;
const PASSPORT_CUE = String.raw`护照(?:号码|号)?|passport(?:\s?(?:number|no\.?))?`;
const CARD_CUE = String.raw`银行卡(?:号码|号)?|信用卡(?:号码|号)?|储蓄卡(?:号码|号)?|卡号|银行账号|银行帐号|收款账号|账号|帐号|bank\s?card(?:\s?(?:number|no\.?))?|card\s?(?:number|no\.?)|credit\s?card(?:\s?(?:number|no\.?))?|account\s?(?:number|no\.?)`;
const JOIN = String.raw`\s*(?:[:：#]|是|为|is)?\s*`;
const CUED_ID = new RegExp(`(?:${ID_CUE})${JOIN}((?:\\d[\\s-]?){14,17}[\\dXx])(?![0-9A-Za-z])`, 'gi');
const CUED_PASSPORT = new RegExp(`(?:${PASSPORT_CUE})${JOIN}([A-Za-z]{1,2}\\d{7,8})(?![0-9A-Za-z])`, 'gi');
const CUED_CARD = new RegExp(`(?:${CARD_CUE})${JOIN}((?:\\d[\\s-]?){11,22}\\d)(?![0-9A-Za-z])`, 'gi');

function cued(text: string, pattern: RegExp, value: (raw: string) => string): WrittenMatch[] {
  return [...text.matchAll(pattern)].map((m) => ({ raw: m[1]!, index: m.index + m[0].length - m[1]!.length, value: value(m[1]!) }));
}

/** ID and passport numbers after a word naming them, whatever their checksum. */
export function findCuedIdNumbers(text: string): WrittenMatch[] {
  return [...cued(text, CUED_ID, (raw) => raw.replace(/[\s-]/g, '').toUpperCase()), ...cued(text, CUED_PASSPORT, (raw) => raw.toUpperCase())];
}

/** Card and bank account numbers after a word naming them, whatever their checksum. */
export function findCuedCardNumbers(text: string): WrittenMatch[] {
  return cued(text, CUED_CARD, (raw) => raw.replace(/\D/g, ''));
}
