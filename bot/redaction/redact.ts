/**
 * Personal-data redaction for anything that leaves the process (model calls, logs, Slack).
 * Runs on normalised text (NFKC, spoken digits as numerals) so 幺三八…, full-width digits and
 * zero-width tricks cannot slip a number past the patterns. What counts as personal data is
 * decided in one place, personal-data.ts.
 */
import { normaliseText } from '../../kernel/text/normal-form';
import { findPersonalData, replacePersonalData } from './personal-data';
import { RedactionVault } from './vault';

export interface RedactionResult {
  /** The normalised text with placeholders such as [PHONE_1] in place of personal data. */
  text: string;
  /** The vault holding the real values; pass the same vault for every turn of a conversation. */
  vault: RedactionVault;
}

export function redact(text: string, vault: RedactionVault = new RedactionVault()): RedactionResult {
  const normalised = normaliseText(text, { spokenDigits: true });
  const found = findPersonalData(normalised);
  return { text: replacePersonalData(normalised, found, (s) => vault.placeholderFor(s.kind, s.value)), vault };
}
