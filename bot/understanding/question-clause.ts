/**
 * The part of a message that asks something, and the part that tells. "冰箱不制冷了，修一下大概多少钱"
 * describes a fault and asks a price: looking the whole message up finds the fault (its words
 * dominate), and a fault searched with the price question in it finds the fee rule. Clauses are
 * split at sentence and clause punctuation; those that ask (a question mark, a question word or
 * particle) are the question, the others what the customer tells. A message with one clause, or
 * whose clauses all ask or all tell, is both.
 */
// (A dash between clauses breaks too: "not cooling - how much will it cost?".)
const CLAUSE_BREAK = /(?<=[，,。.!！?？;；])\s*|\s+[-–—]+\s+|\s+(?=(?:but|and|also|so|btw)\b)/i;
// 几 after 过/隔/好/十 counts vaguely ("过几分钟又好了", "好几次"), it does not ask.
// English asks with a question word or an auxiliary at the front ("is it covered"); "is" inside a
// statement ("the fridge is not cold") does not ask.
const ASKS =
  /(?:能|会|可以|还能|要)[\u4e00-\u9fff]{0,3}不\s*$|[?？]|[吗么嘛呢](?=$|[\s,，。!！])|(?:多少|(?<![过隔好十这那])几|怎么|咋|如何|哪|什么|啥|能不能|可不可以|是不是|有没有|要不要|收不收|包不包)|^\s*(?:how|what|when|where|which|who|why|can|could|do|does|did|is|are|will|would|should)\b/i;

import { asksApproval, bareApproval } from './approval-question';
import { withoutFreeChoice } from './free-choice';

/** A clause asks; a question word meaning "any" ("哪天都行") does not. */
const asks = (clause: string): boolean => ASKS.test(withoutFreeChoice(clause)) || asksApproval(clause);

export interface QuestionSplit {
  /** The clauses that ask, in order (the whole message when nothing separates them). */
  asking: string;
  /** The clauses that tell (the whole message when nothing separates them). */
  telling: string;
}

export function splitQuestion(text: string): QuestionSplit {
  const clauses = text
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter(Boolean);
  const asking = clauses.filter((c) => asks(c));
  if (clauses.length < 2 || !asking.length || asking.length === clauses.length) return { asking: text, telling: text };
  const telling = clauses.filter((c) => !asks(c)).join(' ');
  // "软水盐没了，先不加行不行": asking whether what was told is all right; the told part is what it is about.
  if (asking.every(bareApproval)) return { asking: text, telling };
  return { asking: asking.join(' '), telling };
}

/** The clauses of a message that ask, each as written (an approval tail alone, without what it is about). */
export function askingClauses(text: string): string[] {
  return text
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter((c) => c && asks(c));
}

/** The part of a message that asks something (see splitQuestion). */
/** The message asks something somewhere ("Q7是什么意思", "how much is it?"). */
export function asksSomething(text: string): boolean {
  return text.split(CLAUSE_BREAK).some((c) => asks(c.trim()));
}

export function questionClause(text: string): string {
  return splitQuestion(text).asking;
}
