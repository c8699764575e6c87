/** Check digits that separate real identifiers from look-alike digit runs (orders, serials). */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** Mainland resident ID (GB 11643): 17 digits and a check character (0-9 or X), ISO 7064 MOD 11-2. */
export function isValidResidentId(id: string): boolean {
  const value = id.replace(/\s/g, '').toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * ID_WEIGHTS[i]!;
  if (ID_CHECK[sum % 11] !== value[17]) return false;
  // The birth date must exist (a checksum alone passes one random run in eleven).
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Luhn (mod 10), used by bank cards including China UnionPay. */
export function passesLuhn(digits: string): boolean {
  const value = digits.replace(/\D/g, '');
  if (value.length < 2) return false;
  let sum = 0;
  for (let i = 0; i < value.length; i++) {
    let d = Number(value[value.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
