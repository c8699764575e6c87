/**
 * The one normal form every reader of text starts from: understanding, redaction, knowledge
 * search and ingest, the guards and the receipt reader. Customers paste full-width characters
 * (Ｅ１, ＫＦＲ－３５), zero-width characters slip in from copied text or are put there to dodge a
 * filter, phone keyboards and word processors turn "-" into dashes, and call transcripts spell
 * numbers out. Whatever a reader does next, it sees one canonical form, so "Ｅ１" finds "E1".
 *
 * Traditional characters (冷氣, 漏電, 發票, 號, 樓) are folded to simplified here too, with Taiwan's
 * and Hong Kong's own words (瓦斯, 保固) in mainland ones, so products, brands, faults, danger,
 * dates, warranty and addresses are read by the same rules whichever script the customer writes
 * (chinese-script.ts). The message as sent is stored apart, untouched.
 *
 * Readers differ in two ways only, and say so through the options:
 * - `spokenDigits`: a customer's message or a call transcript may read a number out (幺三八…);
 *   written text (knowledge files, receipts) is taken as written, so it stays off by default.
 * - `whitespace`: most readers want one space for any run of spaces and line breaks; the guards
 *   split sentences on line breaks and the receipt reader reads columns from wide gaps, so they
 *   `keep` whitespace as it is (and nothing is trimmed).
 */
import { toSimplifiedChinese } from './chinese-script';
import { spokenDigitsToNumerals } from './spoken-digits';

/**
 * Characters that show nothing but split words and numbers apart: zero-width spaces and joiners,
 * soft hyphens, word joiners, bidirectional controls (used to hide or reorder text), the BOM, and
 * the Unicode line and paragraph separators (no keyboard types them; pasted, they split a word
 * where a guard would not look for a break).
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u206a-\u206f\ufeff]/g;
/** Hyphen-like characters that appear inside phone numbers, dates and model codes. */
const DASHES = /[\u2010-\u2013\u2212\ufe58\ufe63]/g;
const WHITESPACE = /\s+/g;

export interface NormalFormOptions {
  /** Read runs of seven or more spoken Chinese digits as numerals (customer messages, transcripts). Default false. */
  spokenDigits?: boolean;
  /** `collapse` (default): one space per run, trimmed. `keep`: whitespace untouched. */
  whitespace?: 'collapse' | 'keep';
}

/** NFKC (full-width to half-width), invisible characters removed, dashes unified, traditional characters as simplified, whitespace per the options. */
export function normaliseText(text: string, options: NormalFormOptions = {}): string {
  let out = toSimplifiedChinese(text.normalize('NFKC').replace(INVISIBLE, '').replace(DASHES, '-'));
  if (options.whitespace !== 'keep') out = out.replace(WHITESPACE, ' ').trim();
  return options.spokenDigits ? spokenDigitsToNumerals(out) : out;
}

/** True when the text holds a character the normal form removes: a sign that someone hid something. */
export function hasInvisibleCharacters(text: string): boolean {
  return new RegExp(INVISIBLE.source).test(text);
}
