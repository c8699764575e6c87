/**
 * One normal form for the checks that read text written to fool them: full-width letters and
 * digits folded by NFKC, zero-width and soft-hyphen characters removed, so "ｉｇｎｏｒｅ" and
 * "ig\u200bnore" read as "ignore" to every guard.
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufeff]/g;

export function normalForm(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

export function hasInvisibleCharacters(text: string): boolean {
  return new RegExp(INVISIBLE.source).test(text);
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
