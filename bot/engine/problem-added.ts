/**
 * What a later message adds to a problem already on the form. The first description is kept as the
 * customer gave it; afterwards only a new symptom joins it (a code now shown, a noise, a smell),
 * once. A question ("would a broken compressor cost much?"), a complaint ("don't make me try it
 * again"), talk about the form ("I filed it already"), an address or the same fault said again in
 * other words add nothing: the engineer reads the fault, not the chat.
 */
import { classifyClause } from '../understanding/fault-clauses';
import { faultWords } from './problem-words';

/** Where a fault's words divide into clauses (the same marks the problem's own reader cuts at). */
const CLAUSE_END = /(?:[,，。!！?？;；\n]|\.(?![A-Za-z0-9]))+\s*|(?<=[\u4e00-\u9fffA-Za-z0-9])\s+(?=[\u4e00-\u9fff])|\s+(?:and|but|so)\s+/i;

/** A clause put as a question: a guess or a cost, never a symptom seen ("是不是加热管坏了", "贵不贵", "is it the pump?"). */
const ASKS =
  /[?？]|[吗么嘛]\s*[啊呀呢]?\s*$|([\u4e00-\u9fff])不\1|是不是|会不会|有没有可能|要不要|多少钱|贵|便宜|^(?:is|are|does|do|can|could|would|will|should|how|what|why|which)\b|\b(?:how much|would it|will it|could it be|is it the|is that the)\b|\bcost\b|\bexpensive\b|\bcheap\b|\bprice\b/i;

/** Words said to us, not of the product: a plea, an order, talk about the chat ("别再让我试了", "please stop asking me"). */
const TO_US =
  /^(?:please|pls|kindly|don'?t|do not|stop|just|can you|could you|you|别|不要|请|麻烦|你们?|快)|\b(?:ask(?:ing)? me|make me|told you|i said|already said)\b|让我|叫我|跟你说|说过|说了|提交|登记|工单|单子|\b(?:filed|ticket|form|booking)\b/i;

/** Words of a clause that carry its meaning: Chinese characters, or English words of three letters or more by their stem. */
function contentOf(text: string): string[] {
  const lower = text.toLowerCase();
  const zh = lower.match(/[\u4e00-\u9fff]/g) ?? [];
  const en = (lower.match(/[a-z0-9]{3,}/g) ?? []).filter((w) => !/^(?:the|and|but|its|it's|this|that|with|now|still|also|too|very|really|again)$/.test(w));
  return [...zh.filter((c) => !/[的了呢啊吧也还都是在有就很又]/.test(c)), ...en.map((w) => w.replace(/(?:ing|ed|es|s)$/, ''))];
}

/** Whether the clause says again what the problem already holds (most of its words are there). */
function saysAgain(before: string, clause: string): boolean {
  const words = contentOf(clause);
  if (!words.length) return true;
  const known = contentOf(before).join(' ');
  return words.filter((w) => known.includes(w)).length / words.length >= 0.6;
}

/** The new fault words a later message adds to `before`, or undefined when it adds none. */
export function addedFault(before: string, message: string): string | undefined {
  const fault = faultWords(message);
  if (!fault) return undefined;
  const fresh = fault
    .split(CLAUSE_END)
    .map((clause) => clause.trim())
    .filter((clause) => clause.length >= 2 && classifyClause(clause) === 'fault' && !ASKS.test(clause) && !TO_US.test(clause) && !saysAgain(before, clause));
  if (!fresh.length) return undefined;
  return fresh.join(/[\u4e00-\u9fff]/.test(fault) ? '，' : ', ');
}
