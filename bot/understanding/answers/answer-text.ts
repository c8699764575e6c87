/**
 * The text a reply is read from: folded so that rules see one form (NFKC: Ｅ４ and ？ become E4
 * and ?; curly apostrophes become straight; Latin lowercased; spaces collapsed), with a map back
 * to the customer's own characters so that every cue can quote the words as typed.
 */
export interface FoldedText {
  text: string;
  /** For each folded character, the index of the original character it came from; one extra at the end. */
  origin: number[];
}

const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const QUOTES = /[\u201C\u201D]/g;
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/;

export function foldText(raw: string): FoldedText {
  let text = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of raw) {
    let folded = INVISIBLE.test(ch) ? '' : ch.normalize('NFKC').replace(APOSTROPHES, "'").replace(QUOTES, '"').toLowerCase();
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

export interface Clause {
  text: string;
  /** Where the clause starts in the folded text. */
  start: number;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Punctuation ends a clause; so does a space next to Chinese, where customers use it as a comma (行吧 是). */
const HARD_BREAK = /[,.!?;:、。…~\n"()[\]【】《》<>|\\]/;

export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  const close = (end: number) => {
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim()) clauses.push({ text: piece.trim(), start: start + lead });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const spaceBreak = ch === ' ' && (CJK.test(text[i - 1] ?? '') || CJK.test(text[i + 1] ?? ''));
    // A dot inside a token (a.o. smith, 2.5) does not end a clause.
    const innerDot = ch === '.' && /[a-z0-9]/.test(text[i - 1] ?? '') && /[a-z0-9]/.test(text[i + 1] ?? '');
    if ((HARD_BREAK.test(ch) && !innerDot) || spaceBreak) {
      close(i);
      start = i + 1;
    }
  }
  close(text.length);
  return clauses;
}
