/**
 * A reply in clauses: punctuation ends one, and so does a space next to Chinese, where customers
 * use it as a comma (行吧 是). Short answer words are judged within their clause.
 */
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
