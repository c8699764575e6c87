/**
 * Replies cut into sentences and clauses. A promise is judged within its clause: "I can't refund
 * you, but here is a ¥200 coupon" refuses in one clause and promises in the next. Works on folded
 * text (NFKC has already turned ，！？； into their ASCII forms).
 */
const SENTENCE_END = /(?<=[。!?！？\n])|(?<=\.)(?=\s)/u;
const CLAUSE_END = /(?<=[,;:，；：、—–])|(?<=\s-)(?=\s)/u;

export function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function clausesOf(sentence: string): string[] {
  return sentence
    .split(CLAUSE_END)
    .map((s) => s.trim())
    .filter(Boolean);
}
