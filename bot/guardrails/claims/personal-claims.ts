/**
 * Phones, ID numbers, bank cards and addresses in a reply, found by the project's one personal-data
 * detector (bot/redaction/personal-data.ts) on the claim form of the text (spoken digits and
 * spaced-out numbers read as numbers). A reply may only say back what the customer gave, or what a
 * tool returned about their own ticket: a third party's phone or address is a leak, an invented
 * one a trap. E-mail addresses are link-claims.ts's.
 */
import { findPersonalData } from '../../redaction/personal-data';
import type { Claim } from './claim';

export function personalClaims(text: string): Claim[] {
  return findPersonalData(text)
    .filter((s) => s.kind !== 'EMAIL')
    .map((s) => ({ kind: 'personal' as const, key: `${s.kind}:${personalValue(s.kind, s.value)}`, said: text.slice(s.start, s.end) }));
}

/** Addresses compared without spaces and punctuation; other kinds by the detector's canonical value. */
export function personalValue(kind: string, value: string): string {
  return kind === 'ADDRESS' ? value.toLowerCase().replace(/[\s,，、.。#()（）-]+/g, '') : value;
}
