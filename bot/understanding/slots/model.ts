/**
 * Model numbers: appliance codes (KFR-35GW/NhGd1B, XQB80-Z3569, BCD-470WDPG), phone names
 * (iPhone 15 Pro, Mate 60) and anything after 型号/model. Ticket numbers and serials are excluded.
 */
const CUED = /(?:型号|机型|model(?:\s*(?:number|no\.?))?)\s*(?:[:：是为]|is)?\s*([A-Za-z0-9][A-Za-z0-9\-\/().]{2,30})/i;
// Letters, optional digits, a dash, then letters/digits with optional / or - parts.
const APPLIANCE = /(?<![A-Za-z0-9])([A-Z]{2,6}\d{0,4}-[A-Za-z0-9]*\d[A-Za-z0-9]*(?:[\/-][A-Za-z0-9()]+)*|[A-Z]{2,6}-\d[A-Za-z0-9]*)(?![A-Za-z0-9])/;
const IPHONE = /\biphone\s?(\d{1,2}|se|x[rs]?)(?:\s?(pro\s?max|pro|plus|max|mini|e)\b)?/i;
const OTHER_PHONES = /\b(mate\s?\d{2}(?:\s?(?:pro\+?|rs))?|p\d{2}(?:\s?pro)?|nova\s?\d{1,2}|galaxy\s?[sazn]\d{1,2}(?:\s?(?:ultra|plus|\+))?|redmi\s?(?:note\s?)?\d{1,2}(?:\s?pro)?|pixel\s?\d{1,2}(?:\s?pro)?)\b/i;
const NOT_A_MODEL = /^(?:AS-\d{8}|SN|E-\d)/i;

const titleCase = (s: string) => s.replace(/\b([a-z])/g, (c) => c.toUpperCase());

function canonicalPhone(raw: string): string {
  return titleCase(raw.toLowerCase().replace(/([a-z])(\d)/g, '$1 $2').replace(/\s+/g, ' '))
    .replace(/^P /, 'P')
    .replace(/Pro\+/, 'Pro+');
}

export function extractModel(text: string): string | undefined {
  const cued = CUED.exec(text);
  if (cued && /\d/.test(cued[1]!) && !NOT_A_MODEL.test(cued[1]!)) return cued[1]!.replace(/[.)]+$/, '');
  const iphone = IPHONE.exec(text);
  if (iphone) {
    const variant = iphone[2] ? ' ' + titleCase(iphone[2].toLowerCase().replace(/\s+/g, ' ')) : '';
    return `iPhone ${iphone[1]!.toUpperCase()}${variant}`;
  }
  const appliance = APPLIANCE.exec(text);
  if (appliance && !NOT_A_MODEL.test(appliance[1]!)) return appliance[1];
  const phone = OTHER_PHONES.exec(text);
  if (phone) return canonicalPhone(phone[1]!);
  return undefined;
}
