/**
 * Personal-data redaction for anything that leaves the process (model calls, logs, Slack).
 * Runs on normalised text (NFKC, spoken digits as numerals) so 幺三八…, full-width digits and
 * zero-width tricks cannot slip a number past the patterns.
 */
import { findAddresses } from '../text/address';
import { normaliseText } from '../../kernel/text/normal-form';
import { findPhoneNumbers, looksLikeSerialContext } from '../text/phone-numbers';
import { isValidResidentId, passesLuhn } from './checksums';
import { RedactionVault, type PersonalDataKind } from './vault';

export interface RedactionResult {
  /** The normalised text with placeholders such as [PHONE_1] in place of personal data. */
  text: string;
  /** The vault holding the real values; pass the same vault for every turn of a conversation. */
  vault: RedactionVault;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// 18-character resident ID, optionally written 6-8-4 with spaces (ADVERSARIAL.md pattern).
const RESIDENT_ID =
  /(?<![0-9A-Za-z])[1-9]\d{5}\s?(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s?\d{3}[\dXx](?![0-9A-Za-z])/g;
// Bank cards: 16-19 digits, optionally grouped by spaces or dashes; issuers start with 3-6.
const CARD = /(?<![0-9A-Za-z])[3-6](?:[ -]?\d){15,18}(?![0-9A-Za-z])/g;

interface Span {
  start: number;
  end: number;
  kind: PersonalDataKind;
  value: string;
}

function replaceSpans(text: string, spans: Span[], vault: RedactionVault): string {
  let out = '';
  let at = 0;
  for (const s of spans.sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue; // overlaps an earlier, already replaced span
    out += text.slice(at, s.start) + vault.placeholderFor(s.kind, s.value);
    at = s.end;
  }
  return out + text.slice(at);
}

/** One pass per kind, each on the output of the last, so a card is never also read as a phone. */
function pass(text: string, vault: RedactionVault, find: (text: string) => Span[]): string {
  const spans = find(text);
  return spans.length ? replaceSpans(text, spans, vault) : text;
}

export function redact(text: string, vault: RedactionVault = new RedactionVault()): RedactionResult {
  let out = normaliseText(text, { spokenDigits: true });
  out = pass(out, vault, (t) =>
    [...t.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'EMAIL' as const, value: m[0].toLowerCase() })),
  );
  out = pass(out, vault, (t) =>
    [...t.matchAll(RESIDENT_ID)]
      .filter((m) => isValidResidentId(m[0]))
      .map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'ID' as const, value: m[0].replace(/\s/g, '').toUpperCase() })),
  );
  out = pass(out, vault, (t) =>
    [...t.matchAll(CARD)]
      .filter((m) => passesLuhn(m[0]) && !looksLikeSerialContext(t.slice(0, m.index)))
      .map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'CARD' as const, value: m[0].replace(/\D/g, '') })),
  );
  out = pass(out, vault, (t) =>
    findPhoneNumbers(t).map((p) => ({ start: p.index, end: p.index + p.raw.length, kind: 'PHONE' as const, value: p.canonical })),
  );
  out = pass(out, vault, (t) =>
    findAddresses(t).map((a) => ({ start: a.index, end: a.index + a.raw.length, kind: 'ADDRESS' as const, value: a.raw })),
  );
  return { text: out, vault };
}
