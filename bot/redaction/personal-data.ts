/**
 * The one personal-data detector: where a text holds emails, resident IDs, bank cards, phones,
 * addresses, people's names and messaging accounts (WeChat, QQ). Reversible redaction (redact.ts) and the last scrub before a model
 * (guardrails/personal-data-scrub.ts) both replace what this finds, and the phone and address
 * slots read with the same finders (text/phone-numbers.ts, text/address.ts), so a phone the bot
 * understands is always a phone it hides. Expects normalised text (NFKC, spoken digits as numerals).
 */
import { findAddresses } from '../text/address';
import { findChatIds } from '../text/chat-ids';
import { findPersonNames } from '../text/person-names';
import { findPhoneNumbers, looksLikeSerialContext } from '../text/phone-numbers';
import { isValidResidentId, passesLuhn } from './checksums';
import { findCuedCardNumbers, findCuedIdNumbers, findSpelledEmails, type WrittenMatch } from './written-forms';
import type { PersonalDataKind } from './vault';

export interface PersonalDataSpan {
  kind: PersonalDataKind;
  start: number;
  end: number;
  /** Canonical value: a mobile as 11 digits, an ID upper-cased, a card as digits, an email lower-cased. */
  value: string;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// 18-character resident ID, optionally written 6-8-4 with spaces (ADVERSARIAL.md pattern).
const RESIDENT_ID = /(?<![0-9A-Za-z])[1-9]\d{5}\s?(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s?\d{3}[\dXx](?![0-9A-Za-z])/g;
// Bank cards: 16-19 digits, optionally grouped by spaces or dashes; issuers start with 3-6.
const CARD = /(?<![0-9A-Za-z])[3-6](?:[ -]?\d){15,18}(?![0-9A-Za-z])/g;

/** A card number: Luhn-valid, or UnionPay's 62 prefix (older UnionPay cards do not all carry a Luhn digit). */
export function looksLikeCard(digits: string): boolean {
  return passesLuhn(digits) || /^62\d{14,17}$/.test(digits);
}

const spans = (text: string, pattern: RegExp, kind: PersonalDataKind, value: (raw: string) => string, keep: (m: RegExpExecArray) => boolean = () => true) =>
  [...text.matchAll(pattern)].filter(keep).map((m) => ({ kind, start: m.index, end: m.index + m[0].length, value: value(m[0]) }));

const written = (found: WrittenMatch[], kind: PersonalDataKind): PersonalDataSpan[] => found.map((w) => ({ kind, start: w.index, end: w.index + w.raw.length, value: w.value }));

/**
 * Every piece of personal data in the text, in order, without overlaps. Kinds are tried in a fixed
 * order (email, ID, card, phone, address, messaging account, name; the strict form of each before
 * its cued or spelled-out form) and a later kind never takes text an earlier one holds, so a card
 * is never also read as a phone, nor a phone given as a WeChat account as an account.
 */
export function findPersonalData(text: string): PersonalDataSpan[] {
  const found: PersonalDataSpan[] = [];
  const add = (candidates: PersonalDataSpan[]) => {
    for (const c of candidates) if (!found.some((f) => c.start < f.end && f.start < c.end)) found.push(c);
  };
  add(spans(text, EMAIL, 'EMAIL', (raw) => raw.toLowerCase()));
  add(written(findSpelledEmails(text), 'EMAIL'));
  add(
    spans(
      text,
      RESIDENT_ID,
      'ID',
      (raw) => raw.replace(/\s/g, '').toUpperCase(),
      (m) => isValidResidentId(m[0]),
    ),
  );
  add(
    spans(
      text,
      CARD,
      'CARD',
      (raw) => raw.replace(/\D/g, ''),
      (m) => looksLikeCard(m[0].replace(/\D/g, '')) && !looksLikeSerialContext(text.slice(0, m.index)),
    ),
  );
  add(written(findCuedIdNumbers(text), 'ID'));
  add(written(findCuedCardNumbers(text), 'CARD'));
  add(findPhoneNumbers(text).map((p) => ({ kind: 'PHONE' as const, start: p.index, end: p.index + p.raw.length, value: p.canonical })));
  add(findAddresses(text).map((a) => ({ kind: 'ADDRESS' as const, start: a.index, end: a.index + a.raw.length, value: a.raw })));
  add(findChatIds(text).map((c) => ({ kind: 'CHAT_ID' as const, start: c.index, end: c.index + c.raw.length, value: c.raw })));
  add(findPersonNames(text).map((n) => ({ kind: 'NAME' as const, start: n.index, end: n.index + n.raw.length, value: n.raw })));
  return found.sort((a, b) => a.start - b.start);
}

/** The text with each span replaced by what `replacement` gives for it. */
export function replacePersonalData(text: string, found: PersonalDataSpan[], replacement: (span: PersonalDataSpan) => string): string {
  let out = '';
  let at = 0;
  for (const s of found) {
    out += text.slice(at, s.start) + replacement(s);
    at = s.end;
  }
  return out + text.slice(at);
}
