import type { CountryCode } from 'libphonenumber-js/max';
import { findAddresses } from './address';
import { abroadInstead, findAbroadNumbers, findLocalNumbersAbroad, JAPAN_MOBILE_WRITTEN } from './phone-numbers-abroad';
import { regionNamedIn } from './phone-region';
import { copyEach, RecentReadings } from '../../kernel/text/recent-readings';

/**
 * Chinese phone numbers in normalised text: the one definition the phone slot, redaction and the
 * model-bound scrub all use, so what the bot reads as a phone is also what it hides.
 */

// A number glued to letters, digits or a code separator (KFR-35GW/13812345678, SN1381234...) is not a phone.
const GLUED_BEFORE = String.raw`(?<![0-9A-Za-z])(?<![A-Za-z0-9][\/_.\-])`;
const GLUED_AFTER = String.raw`(?![0-9A-Za-z])(?![\/_.\-][A-Za-z0-9])`;
// A digit group next to other groups is part of a longer grouped number (a card), not a phone.
const START = String.raw`${GLUED_BEFORE}(?<!\d[-\s.])`;
const END = String.raw`${GLUED_AFTER}(?![-\s.]\d)`;
const COUNTRY = String.raw`(?:(?:\+\s?|00)86[-\s.]?|\(\+?86\)\s?|86[-\s])`;
/**
 * One separator between digits or digit groups: a space or two, or a dash or dot with spaces
 * around it. Any grouping is allowed (138 1234 5678, 1381 234 5678, 1 3 8 1 2 3 4 5 6 7 8), since
 * splitting a number unusually is exactly how one is slipped past a filter.
 */
const SEP = String.raw`(?:\s?[-.]\s?|\s{1,2})`;

/**
 * Mobile: optional +86/0086/(+86), then 1[3-9] and nine more digits, written as one run, in
 * groups (138 1234 5678, 138-1234-5678, 138.1234.5678) or with the prefix bracketed ((138) 1234-5678).
 * An unbroken run may stand next to other numbers (荟景苑8栋1502 13922334455); a grouped one may not.
 */
export const MOBILE_PATTERN = new RegExp(
  `${GLUED_BEFORE}(?<!\\d[-.])${COUNTRY}?1[3-9]\\d{9}${GLUED_AFTER}(?!-\\d)` + `|${START}${COUNTRY}?(?:1${SEP}?[3-9](?:${SEP}?\\d){9}|\\(1[3-9]\\d\\)\\s?\\d{4}${SEP}?\\d{4})${END}`,
  'g',
);

/**
 * Landline: area code 0xx/0xxx (optionally bracketed, or +86 and the code without its 0), then
 * 7-8 digits, optionally grouped (0571 8888 6666), and an optional extension (转123, ext 12).
 */
export const LANDLINE_PATTERN = new RegExp(
  `${START}(?:\\(0\\d{2,3}\\)\\s?|0\\d{2,3}${SEP}?|(?:\\+|00)86${SEP}?\\(?0?\\)?[1-9]\\d{1,2}${SEP}?)\\d{3,4}${SEP}?\\d{4}(?:-\\d{1,5}|\\s?(?:转|ext\\.?|x)\\s?\\d{1,5})?${END}`,
  'gi',
);

/**
 * Words just before a number that say it is not a phone: a serial, model, order or ID.
 * Checked on the few characters before the match.
 */
const NOT_A_PHONE_BEFORE =
  /(?:序列号|串号|机身码|条码|条形码|编码|编号|型号|订单号?|单号|工单|物流|快递|运单|发票号?|SN|S\/N|IMEI|MEID|serial(?:\s*(?:number|no\.?))?|model|order(?:\s*(?:number|no\.?|#))?|invoice|tracking|ticket)\s*(?:号码|号)?\s*(?:[:：#是为]|is)?\s*$/i;
/** Words before a number that say it is a phone, which win over the serial cues above. */
const PHONE_BEFORE = /(?:手机|电话|联系|打|call|phone|tel|mobile|cell|whatsapp|微信)\D{0,8}$/i;
const LANDLINE_WORD = /(?:电话|座机|固话|tel|phone|call|landline)\D{0,8}$/i;

export interface PhoneMatch {
  /**
   * `abroad`: Hong Kong, Macau, Taiwan or any number written with its country code (phone-numbers-abroad.ts),
   * or one dialled at home abroad; when its country is not known yet, it is kept exactly as typed.
   */
  kind: 'mobile' | 'landline' | 'abroad';
  /** The text as written. */
  raw: string;
  /** Mobiles as 11 digits (country code dropped); landlines as 0AREA-NUMBER[-EXT]; others as "+CC NUMBER", or as typed while their country is unknown: the form tools and the vault use. */
  canonical: string;
  index: number;
}

export function looksLikeSerialContext(before: string): boolean {
  const tail = before.slice(-24);
  return NOT_A_PHONE_BEFORE.test(tail) && !PHONE_BEFORE.test(tail.slice(-10));
}

export function canonicalMobile(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  return digits.slice(-11);
}

/** A field that should hold one mainland mobile (a caller id, a form value), as 11 digits, or undefined. */
export function parseMobile(value: string): string | undefined {
  const bare = value
    .normalize('NFKC')
    .replace(/[\s\-().]/g, '')
    .replace(/^(?:\+86|0086|86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(bare) ? bare : undefined;
}

/** A mobile as a customer may be shown it back: 139****2222 (enough to recognise, not to read off). */
export function maskMobile(mobile: string): string {
  const digits = mobile.replace(/\D/g, '');
  return digits.length >= 7 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : '****';
}

/** The number and its extension ("0571-8888 6666 转 123", "010-87654321-12"). */
const EXTENSION = /\s?(?:转|ext\.?|x)\s?|(?<=\d{4}-?\d{4})-(?=\d{1,5}$)/i;

/**
 * Whether a number written with the trunk 0 is one the mainland plan allows: 010 or 02x and eight
 * digits, or a four-digit code 03xx-09xx and seven or eight. (011, 017 and 082 are no area codes,
 * and ten digits in all is never a mainland landline.) With +86 or 0086 it is mainland by its code.
 */
function mainlandLandline(raw: string): boolean {
  const number = raw.split(EXTENSION)[0]!;
  if (/^\s*(?:\+|00)86/.test(number)) return true;
  return /^0(?:10|2\d)\d{8}$|^0[3-9]\d{9,10}$/.test(number.replace(/\D/g, ''));
}

function canonicalLandline(raw: string): string {
  const [number, extension] = raw.split(EXTENSION);
  let digits = number!.replace(/\D/g, '');
  if (/^(?:\+|00)86/.test(number!.trim())) digits = '0' + digits.replace(/^(?:0086|86)0?/, '');
  const area = /^0(?:10|2\d)/.test(digits) ? 3 : 4;
  return `${digits.slice(0, area)}-${digits.slice(area)}${extension ? `-${extension.replace(/\D/g, '')}` : ''}`;
}

/** "+13812345678": a bare plus right before an unbroken mainland mobile (no space, no grouping, no 86). */
function strayPlus(text: string, at: number, raw: string): boolean {
  // Only the mainland's mobile blocks (13x, 145-149, 15x, 162-167, 170-178, 18x, 19x): "+14155550100" stays San Francisco.
  return text[at - 1] === '+' && /^1(?:3\d|4[5-9]|5[0-35-9]|6[2-7]|7[0-8]|8\d|9[0-35-9])\d{8}$/.test(raw);
}

export interface PhoneReading {
  /**
   * The country the conversation points at (its address), for a number written without a code;
   * the message's own address or place names are read when it is not given.
   */
  region?: CountryCode;
}

/**
 * "…Sunnybank QLD 4109 0412 888 301": a number right after an address that ends in its postcode is
 * read on its own (a digit group after digits is otherwise taken as part of a longer number).
 */
function afterPostcode(text: string, region: CountryCode | undefined) {
  return findAddresses(text).flatMap((a) => {
    const end = a.index + a.raw.length;
    return /\d$/.test(a.raw) && /^\s+\d/.test(text.slice(end)) ? findLocalNumbersAbroad(' '.repeat(end) + text.slice(end), region) : [];
  });
}

/** Every phone number in the text (mobile, landline, abroad), in order, skipping numbers that read as serials or orders. */
export function findPhoneNumbers(text: string, reading: PhoneReading = {}): PhoneMatch[] {
  return copyEach(PHONE_READINGS.get(`${reading.region ?? ''}:${text}`, () => scanPhoneNumbers(text, reading)));
}

/** The contact slots, redaction and the clause reader each look for the phone numbers of the same message. */
const PHONE_READINGS = new RecentReadings<PhoneMatch[]>();

function scanPhoneNumbers(text: string, reading: PhoneReading): PhoneMatch[] {
  const found: PhoneMatch[] = [];
  const region = regionNamedIn(text) ?? reading.region;
  for (const m of text.matchAll(MOBILE_PATTERN)) {
    if (looksLikeSerialContext(text.slice(0, m.index))) continue;
    // "+1 415 555 0100": a 1 after a plus is a country code (North America), not the start of a mainland mobile.
    // But "+13812345678" — a plus glued to an unbroken 1[3-9] and nine digits — is a mainland mobile typed
    // with a stray plus: a North American number is written "+1 381 …" or with its 10 digits grouped.
    if (/\+\s?$/.test(text.slice(0, m.index)) && !strayPlus(text, m.index, m[0])) continue;
    found.push({ kind: 'mobile', raw: m[0], canonical: canonicalMobile(m[0]), index: m.index });
  }
  for (const m of text.matchAll(LANDLINE_PATTERN)) {
    if (looksLikeSerialContext(text.slice(0, m.index))) continue;
    if (found.some((f) => m.index < f.index + f.raw.length && f.index < m.index + m[0].length)) continue;
    // 09 and eight digits is a Taiwan mobile (a mainland landline with a 3-digit area code is 010/02x and 8 digits).
    if (/^09\d{8}$/.test(m[0].replace(/\D/g, ''))) continue;
    // "090-1234-5678" is a Japanese mobile as Japan groups it, read with the numbers abroad, wherever the customer is.
    if (JAPAN_MOBILE_WRITTEN.test(m[0].trim())) continue;
    // Without a separator an 0-leading run is as likely an order number: require a phone word.
    if (!/[-\s()+]/.test(m[0]) && !LANDLINE_WORD.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "phone 07911 123456" beside a UK address: a number there (Nanchang's 0791 only where no other country is named).
    const abroad = /^0/.test(m[0]) ? abroadInstead(m[0], region) : undefined;
    if (abroad) found.push({ kind: 'abroad', raw: m[0], canonical: abroad, index: m.index });
    // "082 447 1903", "017-362 9941": no mainland landline has that many digits after that code, so it is
    // kept as the customer typed it (regrouped as 0824-471903 it moved their digits) until their country is known.
    else if (!mainlandLandline(m[0])) found.push({ kind: 'abroad', raw: m[0], canonical: m[0].trim(), index: m.index });
    else found.push({ kind: 'landline', raw: m[0], canonical: canonicalLandline(m[0]), index: m.index });
  }
  for (const m of [...findAbroadNumbers(text), ...findLocalNumbersAbroad(text, region), ...afterPostcode(text, region)]) {
    if (looksLikeSerialContext(text.slice(0, m.index))) continue;
    if (found.some((f) => m.index < f.index + f.raw.length && f.index < m.index + m.raw.length)) continue;
    found.push({ kind: 'abroad', ...m });
  }
  return found.sort((a, b) => a.index - b.index);
}
