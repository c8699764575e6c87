/**
 * Finding Chinese phone numbers in normalised text. Shared by the phone slot and by redaction so
 * both agree on what a phone number is.
 */

/**
 * Mobile: optional +86/0086, then 1[3-9] and nine more digits with at most one space or dash
 * between any two. Bounded by non-alphanumerics so a serial such as SN13812345678901 or a model
 * code (KFR-35GW/13812345678) never yields a "phone"; nor does a group inside a longer grouped number (a card).
 */
export const MOBILE_PATTERN = /(?<![0-9A-Za-z])(?<!\d[-\s])(?<![A-Za-z0-9][\/_.\-])(?:(?:\+|00)86[-\s]?|\(\+?86\)\s?)?1[3-9](?:[-\s]?\d){9}(?![0-9A-Za-z])(?![-\s]\d)(?![\/_.\-][A-Za-z0-9])/g;

/** Landline: area code 0xx/0xxx (optionally in brackets), then 7-8 digits and an optional extension. */
export const LANDLINE_PATTERN = /(?<![0-9A-Za-z])(?<!\d[-\s])(?<![A-Za-z0-9][\/_.\-])(?:\(0\d{2,3}\)\s?|0\d{2,3}[-\s]?)\d{3,4}[-\s]?\d{4}(?:-\d{1,4})?(?![0-9A-Za-z])(?![-\s]\d)(?![\/_.\-][A-Za-z0-9])/g;

/**
 * Words just before a number that say it is not a phone: a serial, model, order or ID.
 * Checked on the few characters before the match.
 */
const NOT_A_PHONE_BEFORE = /(?:序列号|串号|机身码|条码|条形码|编码|编号|型号|订单号?|单号|工单|物流|快递|运单|发票号?|SN|S\/N|IMEI|MEID|serial(?:\s*(?:number|no\.?))?|model|order(?:\s*(?:number|no\.?|#))?|invoice|tracking|ticket)\s*(?:号码|号)?\s*(?:[:：#是为]|is)?\s*$/i;
/** Words before a number that say it is a phone, which win over the serial cues above. */
const PHONE_BEFORE = /(?:手机|电话|联系|打|call|phone|tel|mobile|cell|whatsapp|微信)\D{0,8}$/i;

export interface PhoneMatch {
  kind: 'mobile' | 'landline';
  /** The text as written. */
  raw: string;
  /** Digits only, country code dropped for mobiles: the form tools and the vault use. */
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

/** Every mobile and landline in the text, in order, skipping numbers that read as serials or orders. */
export function findPhoneNumbers(text: string): PhoneMatch[] {
  const found: PhoneMatch[] = [];
  for (const m of text.matchAll(MOBILE_PATTERN)) {
    if (looksLikeSerialContext(text.slice(0, m.index))) continue;
    found.push({ kind: 'mobile', raw: m[0], canonical: canonicalMobile(m[0]), index: m.index });
  }
  for (const m of text.matchAll(LANDLINE_PATTERN)) {
    if (looksLikeSerialContext(text.slice(0, m.index))) continue;
    if (found.some((f) => m.index < f.index + f.raw.length && f.index < m.index + m[0].length)) continue;
    // Without a separator an 0-leading run is as likely an order number: require a phone word.
    if (!/[-\s()]/.test(m[0]) && !/(?:电话|座机|固话|tel|phone|call)\D{0,8}$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    found.push({ kind: 'landline', raw: m[0], canonical: m[0].replace(/[^\d-]/g, '').replace(/^(\d{3,4})(\d{7,8})$/, '$1-$2'), index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}
