/**
 * "Did this secret reach a request body?", for the personal-data corpus. A number counts as leaked
 * when its digits appear in one run of digits and separators (so 138 1234 5678 and 138-1234-5678
 * both leak 13812345678); anything else when it appears as written, compared after NFKC and
 * ignoring case. Deliberately independent of the detector it checks: it shares no code with it.
 */

export interface LabelledForm {
  id: string;
  lang: 'zh' | 'en';
  kind: string;
  text: string;
  /** Pieces that must never reach a model: the number's digits, a name, a street and number. */
  secrets: string[];
}

const DIGIT_RUN = /[0-9][0-9\s.\-()+]*[0-9]/g;

function isNumberSecret(secret: string): boolean {
  const digits = secret.normalize('NFKC').replace(/\D/g, '');
  return digits.length >= 6 && digits.length >= secret.replace(/\s/g, '').length * 0.6;
}

/** Every string inside a parsed JSON body, one per line (so escapes are undone and keys kept out). */
export function stringsOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(stringsOf).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(stringsOf).join('\n');
  return '';
}

/** The secrets of `form` found in `payload` (empty: nothing leaked). */
export function leakedSecrets(form: Pick<LabelledForm, 'secrets'>, payload: string): string[] {
  const text = payload.normalize('NFKC');
  const lower = text.toLowerCase();
  const runs = (text.match(DIGIT_RUN) ?? []).map((r) => r.replace(/\D/g, ''));
  return form.secrets.filter((secret) => {
    if (isNumberSecret(secret) && runs.some((r) => r.includes(secret.normalize('NFKC').replace(/\D/g, '')))) return true;
    return lower.includes(secret.normalize('NFKC').toLowerCase());
  });
}
