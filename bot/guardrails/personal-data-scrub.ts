/**
 * The last filter on anything that leaves the process for a model: receipt text, tool results
 * (a stored symptom holds the real phone) and, as a second line, text the pipeline already
 * redacted. Understanding's redaction makes reversible placeholders; this one only has to make
 * sure nothing personal gets out, so it replaces with fixed tags. The patterns are the ones that
 * held up on Chinese data (../shared/ADVERSARIAL.md), applied after NFKC and with spoken digits
 * (幺三八...) read as numerals first.
 */
import { normaliseText } from '../../kernel/text/normal-form';

/** Spoken digits read as numerals, so a phone number said as 幺三八… is caught too; lines kept. */
const normal = (text: string) => normaliseText(text, { whitespace: 'keep', spokenDigits: true });

const MOBILE = /(?<!\d)(?:(?:\+|00)86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g;
const RESIDENT_ID = /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/**
 * 16-19 digit runs: bank cards (UnionPay numbers do not always pass Luhn) or long account and
 * order numbers, none of which a model needs to see.
 */
const CARD = /(?<!\d)(?:\d[ -]?){15,18}\d(?!\d)/g;
/** Landlines with an area code: 010-12345678, 0755-1234567. */
const LANDLINE = /(?<!\d)0\d{2,3}-\d{7,8}(?!\d)/g;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function isResidentId(id: string): boolean {
  const digits = id.toUpperCase();
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  return ID_CHECK[sum % 11] === digits[17];
}

function luhn(number: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = number.length - 1; i >= 0; i--) {
    let d = Number(number[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

export function scrubPersonalData(text: string): string {
  let out = normal(text);
  out = out.replace(RESIDENT_ID, (m) => (isResidentId(m) ? '[ID_NUMBER]' : m));
  out = out.replace(CARD, (m) => {
    const digits = m.replace(/\D/g, '');
    if (digits.length < 16) return m;
    return luhn(digits) || digits.startsWith('62') ? '[BANK_CARD]' : '[ACCOUNT_NUMBER]';
  });
  out = out.replace(MOBILE, '[PHONE]');
  out = out.replace(LANDLINE, '[PHONE]');
  out = out.replace(EMAIL, '[EMAIL]');
  return out;
}

/** True when text still holds something `scrubPersonalData` would remove (for tests and audits). */
export function containsPersonalData(text: string): boolean {
  return scrubPersonalData(text) !== normal(text);
}
