/**
 * The normal form as the checks that read text written to fool them need it: full-width letters
 * and digits folded by NFKC, zero-width and soft-hyphen characters removed, so "ｉｇｎｏｒｅ" and
 * "ig\u200bnore" read as "ignore" to every guard. Line breaks are kept: the guards judge sentence
 * by sentence.
 */
import { hasInvisibleCharacters, normaliseText } from '../../kernel/text/normal-form';

export { hasInvisibleCharacters };

export function normalForm(text: string): string {
  return normaliseText(text, { whitespace: 'keep' });
}

/** Full-width Latin letters are rare in honest Chinese text, common in filter evasion. */
export function hasFullWidthLatin(text: string): boolean {
  return /[\uff21-\uff3a\uff41-\uff5a]/.test(text);
}

/** Sentences in Chinese or English punctuation (keeps each check's negation local). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？!?;；\n])|(?<=\.)\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
