/**
 * Text folded for rules, with a map back to the customer's own characters: NFKC (Ｅ４ and ？
 * become E4 and ?), curly apostrophes straightened, dashes unified, invisible characters dropped,
 * spaces collapsed, and Latin lowercased when asked. Rules match the folded text; what they
 * report quotes the original ("ＯＫ", "Ｅ－４"), so a person reading a log sees what was typed.
 */
export interface FoldedText {
  text: string;
  /** For each folded character, the index of the original character it came from; one extra at the end. */
  origin: number[];
}

const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const QUOTES = /[\u201C\u201D]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63]/g;
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/;

export function foldText(raw: string, options: { lowercase?: boolean } = {}): FoldedText {
  let text = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of raw) {
    let folded = INVISIBLE.test(ch) ? '' : ch.normalize('NFKC').replace(APOSTROPHES, "'").replace(QUOTES, '"').replace(DASHES, '-');
    if (options.lowercase) folded = folded.toLowerCase();
    if (/^\s+$/.test(folded)) folded = text.endsWith(' ') || text === '' ? '' : ' ';
    for (const unit of folded) {
      text += unit;
      for (let k = 0; k < unit.length; k++) origin.push(i);
    }
    i += ch.length;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    origin.pop();
  }
  origin.push(raw.length);
  return { text, origin };
}

/** The original words behind a folded span. */
export function originalWords(raw: string, folded: FoldedText, start: number, end: number): string {
  const from = folded.origin[start]!;
  const to = end >= folded.text.length ? raw.length : folded.origin[end]!;
  return raw.slice(from, to).trim();
}
