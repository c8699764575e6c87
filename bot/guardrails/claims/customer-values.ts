/**
 * Whether a value a model wants to store (a phone, an address, a purchase date) is one the customer
 * gave. The model sees placeholders and could invent a number, copy a third party's address from a
 * poisoned passage, or make up a purchase date that turns an expired warranty into a valid one;
 * such a value is dropped, never stored. Compared in the claim normal form, by the one
 * personal-data detector for phones.
 */
import { findPersonalData } from '../../redaction/personal-data';
import { claimText, compactClaimText } from './claim-text';
import { dateClaims, RELATIVE_TIME } from './date-claims';

export type CustomerValueKind = 'phone' | 'address' | 'purchaseDate';

const phonesIn = (text: string) =>
  new Set(
    findPersonalData(claimText(text))
      .filter((s) => s.kind === 'PHONE')
      .map((s) => s.value),
  );

function phoneFromCustomer(value: string, words: string[]): boolean {
  const asked = phonesIn(value);
  // A value that is not a phone at all is the tools' to refuse; here only who gave it is judged.
  const digits = claimText(value).replace(/\D/g, '');
  if (!asked.size) return digits.length > 0 && compactClaimText(words.join('\n')).replace(/\D/g, ' ').split(/\s+/).includes(digits);
  const given = phonesIn(words.join('\n'));
  return [...asked].every((p) => given.has(p));
}

function addressFromCustomer(value: string, words: string[]): boolean {
  const wanted = compactClaimText(value);
  return wanted.length > 0 && compactClaimText(words.join('\n')).includes(wanted);
}

/** A day or span (2024-06-15, 2024-06, 2024-06/2024-08) backed by a date the customer said, or by a relative one (去年五月). */
function dateFromCustomer(value: string, words: string[]): boolean {
  const text = claimText(words.join('\n'));
  if (RELATIVE_TIME.test(text)) return true;
  const said = dateClaims(text)
    .filter((c) => c.kind === 'date')
    .map((c) => c.key);
  return value.split('/').every((piece) => said.some((d) => d === piece || d.startsWith(`${piece}-`)));
}

export function fromCustomer(kind: CustomerValueKind, value: string, words: string[]): boolean {
  if (kind === 'phone') return phoneFromCustomer(value, words);
  if (kind === 'address') return addressFromCustomer(value, words);
  return dateFromCustomer(value, words);
}
