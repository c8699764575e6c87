/**
 * Clauses, for deciding whether a commitment is made or refused. A sentence-wide negation lets
 * "不是开玩笑，我们会赔偿您" pass as a refusal; a clause keeps the "not" with what it negates.
 */
import { NEGATION } from '../output-guard';

const CLAUSE_END = /[。！？!?;；\n，,]|\.(?=\s|$)|\s(?:but|and then|so|however)\s/;
/** Also refusing: warnings not to do something (请勿, never share ...). */
const WARNING = /不要|请勿|切勿|别把|谨防|小心|警惕|防止|谨慎|\b(?:do not|don't|never|beware|avoid)\b/i;
/** Plain negation only: "a colleague will" and 专员 defer a promise, but a request to add the 专员 on WeChat is still a request. */
const NOT = /不会|不能|无法|不可以|不可|不用|无需|不需要|绝不|从不|不得|禁止|\b(?:not|cannot|can't|won't|no one|nobody)\b/i;

export interface Clause {
  text: string;
  /** It refuses, defers or warns against what it names. */
  refusing: boolean;
  /** It negates or warns against what it names (deferring to a person is not enough). */
  warning: boolean;
}

export function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  let rest = text;
  while (rest.length) {
    const cut = CLAUSE_END.exec(rest);
    const end = cut ? cut.index + cut[0].length : rest.length;
    const piece = rest.slice(0, end).trim();
    if (piece) out.push({ text: piece, refusing: NEGATION.test(piece) || WARNING.test(piece), warning: NOT.test(piece) || WARNING.test(piece) });
    rest = rest.slice(end);
  }
  return out;
}
