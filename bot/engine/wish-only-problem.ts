/**
 * Words kept as the problem that only ask for a return or an exchange ("I want to exchange my
 * TV", "我想退货", "can I send it back"): there is no fault in them. The fault told next ("there
 * are lines on the screen") is the problem, in place of the wish rather than added to it, so a
 * repair taken instead of the return restates and files the fault, not the wish.
 */
import { hasFaultClause } from './problem-words';

const WISH = /退(?:货|款|钱|掉|回去)?|换(?:货|一台|个新的?|新的?)|\b(?:return(?:ed)?|refund|exchange|replace(?:ment)?|send (?:it )?back|swap(?:ped)?)\b/i;

export function onlyAReturnWish(words: string): boolean {
  if (!WISH.test(words) || hasFaultClause(words)) return false;
  // Every clause asks for the return ("I want to exchange my TV, please"), none tells what is wrong.
  const clauses = words.split(/[,，.。;；!！?？]|\b(?:and|but|because|since)\b|因为|但是/i).map((c) => c.trim());
  return clauses.every((c) => !c || WISH.test(c) || /^(?:please|thanks?|谢谢|麻烦了?|可以吗|行吗)$/i.test(c));
}
