/**
 * Misspelt request words read as the word meant, before the intent cues look at a message:
 * customers type fast on phones ("cancle my ordr", "chek the staus of my refnd", "recieve").
 * Only the words that decide a request are repaired (lexicons/request-words.ts), and only when
 * one edit (a letter missing, added, swapped with its neighbour, or replaced) leads to exactly
 * one of them. The first letter is never changed, a letter added at the end is an inflection
 * ("orders"), short words are left alone (too many real words sit one letter from "order"), and
 * real look-alikes ("remote", "shopping") keep their meaning.
 */
import { LOOK_ALIKE_WORDS, REQUEST_WORDS } from './lexicons/request-words';

type Edit = 'replaced' | 'missing' | 'added' | 'swapped';

const WORDS = new Set<string>(REQUEST_WORDS);
const LOOK_ALIKES = new Set<string>(LOOK_ALIKE_WORDS);
const BY_FIRST_LETTER = new Map<string, string[]>();
for (const w of WORDS) BY_FIRST_LETTER.set(w[0]!, [...(BY_FIRST_LETTER.get(w[0]!) ?? []), w]);

/** Shortest word typed that is repaired; a word meant must be longer still. */
const MIN_TYPED = 4;
const MIN_MEANT = 5;
/** A replaced letter makes real words too easily below this length (older/order, truck/track). */
const MIN_MEANT_FOR_REPLACED = 6;

/** The single edit that turns `typed` into `meant`, or undefined when it takes none or more than one. */
export function oneEdit(typed: string, meant: string): Edit | undefined {
  const d = typed.length - meant.length;
  if (Math.abs(d) > 1 || typed === meant) return undefined;
  let i = 0;
  while (i < typed.length && i < meant.length && typed[i] === meant[i]) i++;
  if (d === 0) {
    if (typed.slice(i + 1) === meant.slice(i + 1)) return 'replaced';
    if (typed[i] === meant[i + 1] && typed[i + 1] === meant[i] && typed.slice(i + 2) === meant.slice(i + 2)) return 'swapped';
    return undefined;
  }
  if (d < 0) return typed.slice(i) === meant.slice(i + 1) ? 'missing' : undefined;
  return typed.slice(i + 1) === meant.slice(i) ? 'added' : undefined;
}

/** The request word a typed word stands for, when it is a misspelling of exactly one. */
export function meantWord(typed: string, lookAlikes: ReadonlySet<string> = LOOK_ALIKES): string | undefined {
  const word = typed.toLowerCase();
  if (word.length < MIN_TYPED || WORDS.has(word) || lookAlikes.has(word)) return undefined;
  const found = new Set<string>();
  for (const meant of BY_FIRST_LETTER.get(word[0]!) ?? []) {
    if (meant.length < MIN_MEANT) continue;
    const edit = oneEdit(word, meant);
    if (!edit) continue;
    if (edit === 'replaced' && meant.length < MIN_MEANT_FOR_REPLACED) continue;
    // A letter added at the end is an inflection the cues already read (orders, refunds).
    if (edit === 'added' && word.startsWith(meant)) continue;
    found.add(meant);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The text with each misspelt request word replaced by the word meant; everything else as typed. */
export function repairRequestWords(text: string): string {
  return text.replace(/(?<![A-Za-z])[A-Za-z]+(?![A-Za-z])/g, (w) => meantWord(w) ?? w);
}
