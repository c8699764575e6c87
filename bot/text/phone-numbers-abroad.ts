/**
 * Numbers a service desk calls back that are not mainland ones: Hong Kong and Macau (8 digits,
 * +852/+853), Taiwan mobiles (09xx xxx xxx, +886), any number written with its country code
 * (+44 7700 900123, 001 415 555 0100), and one written as it is dialled at home abroad, without
 * the code (07700 900418, (312) 555-0142, 0412 345 678, 9123 4567 beside a Singapore address).
 * Part of the one phone definition (phone-numbers.ts uses them in findPhoneNumbers), so what is
 * read as a phone is also what redaction hides. libphonenumber reads and formats them: its
 * metadata for every country is kept up to date by people who follow the numbering plans.
 */
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';

/** The country calling codes of one or two digits (ITU-T E.164 zones); every other code has three. */
const ONE_DIGIT = /^[17]/;
const TWO_DIGIT = /^(?:2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58])/;

/**
 * "+447700900123" as "+44 7700 900123": grouped as it is written in its own country, so a person
 * reading it can dial it (a code libphonenumber does not know keeps the code set apart only).
 */
export function internationalForm(digits: string): string {
  const known = parsePhoneNumberFromString(`+${digits}`);
  if (known?.isPossible()) return known.formatInternational();
  const cc = ONE_DIGIT.test(digits) ? 1 : TWO_DIGIT.test(digits) ? 2 : 3;
  return `+${digits.slice(0, cc)} ${digits.slice(cc)}`;
}

const BEFORE = String.raw`(?<![0-9A-Za-z])(?<![A-Za-z0-9][\/_.\-])`;
const AFTER = String.raw`(?![0-9A-Za-z])(?![\/_.\-][A-Za-z0-9])`;
/** Between digit groups: a space or two, a dash, or a dot inside the number ("646.555.0102"); a dot and a space end a sentence ("0401 223 118. 14 Kent St"). */
const SEP = String.raw`(?:\s?-\s?|\s?\.(?!\s)|\s{1,2})`;

/**
 * +CC then the number, in any grouping ("+44 7700 900123", "+1 (415) 555-0100", "0044 20 7946 0958");
 * also 852/853 without the plus ("852 9123 4567"), which is how Hong Kong numbers are often written.
 */
const WITH_CODE = new RegExp(`${BEFORE}(?:(?:\\+|00)\\s?(?!86)[1-9]\\d{0,2}|(?:\\+|00)?85[23])(?:${SEP}?\\(?\\d{1,5}\\)?){1,5}${AFTER}(?![-\\s.]\\d)`, 'g');
/** A Taiwan mobile as written there: 09 and eight more digits, 10 in all (a mainland landline has 11 or 12). */
const TAIWAN_MOBILE = new RegExp(`${BEFORE}09\\d{2}${SEP}?\\d{3}${SEP}?\\d{3}${AFTER}(?![-\\s.]\\d)`, 'g');
/** A Hong Kong or Macau number without its code: 8 digits, mobiles start 5, 6, 7 or 9; only when the place is named. */
const LOCAL_HK_MO = new RegExp(`${BEFORE}[5679]\\d{3}${SEP}?\\d{4}${AFTER}(?![-\\s.]\\d)`, 'g');
const HK_MO_NAMED = /香港|澳门|澳門|hong\s?kong|\bHK\b|macau|macao/i;
const TAIWAN_NAMED = /台湾|台灣|taiwan/i;
const PHONE_WORD = /(?:手机|电话|號碼|号码|联系|打|call|phone|tel|mobile|cell|whatsapp|number)\D{0,8}$/i;
const MACAU_NAMED = /澳门|澳門|macau|macao/i;

export interface AbroadMatch {
  raw: string;
  /** "+852 91234567", "+886 912345678", "+44 7700900123". */
  canonical: string;
  index: number;
}

/** Every number of those kinds in the text, in order. */
export function findAbroadNumbers(text: string): AbroadMatch[] {
  const found: AbroadMatch[] = [];
  for (const m of text.matchAll(WITH_CODE)) {
    const digits = m[0].replace(/\D/g, '').replace(/^00/, '');
    // With its code an international number has 8 to 15 digits (E.164); fewer is a code and a fragment.
    if (digits.length < 8 || digits.length > 15) continue;
    // Hong Kong and Macau numbers are 8 digits after the code.
    if (/^85[23]/.test(digits) && digits.length !== 11) continue;
    found.push({ raw: m[0], canonical: internationalForm(digits), index: m.index });
  }
  for (const m of text.matchAll(TAIWAN_MOBILE)) {
    // Ten digits in one run are as likely an order number: only with a phone word, Taiwan named, or said alone.
    const run = !/[-\s.]/.test(m[0]);
    if (run && !PHONE_WORD.test(text.slice(Math.max(0, m.index - 12), m.index)) && !TAIWAN_NAMED.test(text) && text.trim() !== m[0]) continue;
    found.push({ raw: m[0], canonical: internationalForm(`886${m[0].replace(/\D/g, '').slice(1)}`), index: m.index });
  }
  if (HK_MO_NAMED.test(text)) {
    const code = MACAU_NAMED.test(text) && !/香港|hong\s?kong|\bHK\b/i.test(text) ? '853' : '852';
    for (const m of text.matchAll(LOCAL_HK_MO)) found.push({ raw: m[0], canonical: internationalForm(`${code}${m[0].replace(/\D/g, '')}`), index: m.index });
  }
  return found;
}

/** "090-1234-5678", "080 2345 6789": how Japan writes its mobiles; never a mainland landline's grouping. */
export const JAPAN_MOBILE_WRITTEN = /^0[789]0([-\s])[1-9]\d{3}\1\d{4}$/;

/** A run of digits as a number is written at home: groups, brackets round an area code ("(312) 555-0142"). */
const LOCAL_RUN = new RegExp(`${BEFORE}(?<![+\\d][-\\s.]?)(?:\\(\\d{2,5}\\)\\s?)?\\d{1,11}(?:${SEP}\\d{1,6}){0,4}${AFTER}(?![-\\s.]\\d)`, 'g');

/**
 * Shapes that say the country without a code, none of them a mainland number: a Japanese mobile
 * grouped 3-4-4, a UK mobile (07 and
 * nine digits), an Australian mobile (04 and eight), a North American number grouped 3-3-4 or with
 * its area code in brackets, an Indian mobile in two groups of five.
 */
const SHAPES: [RegExp, CountryCode, (raw: string) => boolean][] = [
  // A Japanese mobile as written there, 3-4-4 (070/080/090): a mainland landline is grouped after its area code (0901-2345678).
  [/^0[789]0[1-9]\d{7}$/, 'JP', (raw) => JAPAN_MOBILE_WRITTEN.test(raw.trim())],
  [/^07[1-9]\d{8}$/, 'GB', () => true],
  [/^04\d{8}$/, 'AU', () => true],
  // An Indian mobile as written there, five and five: "98765 43210".
  [/^[6-9]\d{9}$/, 'IN', (raw) => /^\d{5}[-\s]\d{5}$/.test(raw.trim())],
  [/^[2-9]\d{2}[2-9]\d{6}$/, 'US', (raw) => /^\(\d{3}\)\s?\d{3}[-\s.]?\d{4}$|^\d{3}([-\s.])\d{3}\1\d{4}$/.test(raw.trim())],
];

/** A number its own country could dial: valid by libphonenumber, or of a shape known to be mobile there (07700 900xxx is reserved for drama but still a UK mobile's form). */
function dialable(number: PhoneNumber | undefined, shapeFits: boolean): number is PhoneNumber {
  if (!number?.isPossible()) return false;
  // "00000000000", "1111 1111": one digit over and over is a placeholder, not a number.
  if (/^(\d)\1+$/.test(number.nationalNumber)) return false;
  return number.isValid() || shapeFits;
}

/**
 * Numbers written without a country code as they are dialled abroad: read in the `region` the
 * conversation points at (its address), else in the country its shape belongs to. A run without
 * any grouping ("07911123456") is as likely an order number: taken only with a phone word, or
 * when the message is the number alone.
 */
export function findLocalNumbersAbroad(text: string, region: CountryCode | undefined): AbroadMatch[] {
  const found: AbroadMatch[] = [];
  for (const m of text.matchAll(LOCAL_RUN)) {
    // "021 555 0123 8 Kauri Pl": the last short group before a street's name is the house number of the address that follows.
    const houseNumber = /\s\d{1,4}[A-Za-z]?$/.exec(m[0]) && /^\s+[A-Za-z]/.test(text.slice(m.index + m[0].length)) ? /\s\d{1,4}[A-Za-z]?$/.exec(m[0]) : null;
    const runs = houseNumber ? [m[0].slice(0, houseNumber.index), m[0]] : [m[0]];
    const read = runs.map((raw) => readLocal(text, raw, m.index, region)).find(Boolean);
    if (read) found.push(read);
  }
  return found;
}

function readLocal(text: string, raw: string, index: number, region: CountryCode | undefined): AbroadMatch | undefined {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 11) return undefined;
  if (!/[-\s.()]/.test(raw) && !PHONE_WORD.test(text.slice(Math.max(0, index - 12), index)) && text.trim() !== raw) return undefined;
  const shape = SHAPES.find(([form, , grouped]) => form.test(digits) && grouped(raw));
  const inRegion = region ? parsePhoneNumberFromString(digits, region) : undefined;
  const read = dialable(inRegion, false) ? inRegion : shape ? parsePhoneNumberFromString(digits, shape[1]) : undefined;
  if (!dialable(read, Boolean(shape))) return undefined;
  return { raw, canonical: read.formatInternational(), index };
}

/** A number the mainland reading took for a landline, read instead in the region the message points at, when it is a real number there. */
export function abroadInstead(raw: string, region: CountryCode | undefined): string | undefined {
  if (!region || region === 'CN') return undefined;
  const read = parsePhoneNumberFromString(raw.replace(/\D/g, ''), region);
  return dialable(read, false) ? read.formatInternational() : undefined;
}

/** The country a phone kept in international form belongs to ("+44 7700 900461" -> GB), or undefined. */
export function regionOfNumber(phone: string | undefined): CountryCode | undefined {
  if (!phone || !/^\s*\+/.test(phone)) return undefined;
  return parsePhoneNumberFromString(phone.trim())?.country;
}
