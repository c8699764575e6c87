/**
 * The last filter on anything that leaves the process for a model: receipt text, tool results
 * (a stored symptom holds the real phone) and, as a second line, text the pipeline already
 * redacted. Understanding's redaction makes reversible placeholders; this one only has to make
 * sure nothing personal gets out, so it replaces with fixed tags. What is personal is decided by
 * the same detector redaction uses (redaction/personal-data.ts), applied after NFKC and with
 * spoken digits (幺三八...) read as numerals first; whitespace and line breaks are kept.
 */
import { findPersonalData, replacePersonalData } from '../redaction/personal-data';
import type { PersonalDataKind } from '../redaction/vault';
import { normaliseText } from '../../kernel/text/normal-form';

const TAG: Record<PersonalDataKind, string> = { PHONE: '[PHONE]', ID: '[ID_NUMBER]', EMAIL: '[EMAIL]', CARD: '[BANK_CARD]', ADDRESS: '[ADDRESS]', CHAT_ID: '[CHAT_ID]', NAME: '[NAME]' };
/**
 * 16-19 digit runs that are not cards by the detector's rules: long account and order numbers,
 * which a model never needs either. Stricter than redaction because nothing here is restored.
 */
const LONG_NUMBER = /(?<!\d)(?:\d[ -]?){15,18}\d(?!\d)/g;

/** Spoken digits read as numerals, so a phone number said as 幺三八… is caught too; lines kept. */
function readable(text: string): string {
  return normaliseText(text, { whitespace: 'keep', spokenDigits: true });
}

export function scrubPersonalData(text: string): string {
  const source = readable(text);
  const scrubbed = replacePersonalData(source, findPersonalData(source), (span) => TAG[span.kind]);
  return scrubbed.replace(LONG_NUMBER, (m) => (m.replace(/\D/g, '').length >= 16 ? '[ACCOUNT_NUMBER]' : m));
}

/** True when text still holds something `scrubPersonalData` would remove (for tests and audits). */
export function containsPersonalData(text: string): boolean {
  return scrubPersonalData(text) !== readable(text);
}
