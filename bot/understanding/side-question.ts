/**
 * A fault told with a question of its own beside it ("the fridge has stopped cooling — is the meat
 * still OK?", "洗衣机漏水，现在还能用吗", "not cooling, how much will it cost?"): the fault is
 * triaged, and the question, which the fault's case does not answer, was dropped. This finds that
 * question so the engine answers it beside the fault. A question that only asks for the fix
 * ("what do I do?", "为什么不制冷") or about the fault itself ("is it the compressor?") is no side
 * question: the fault's answer is its answer.
 */
import { classifyClause } from './fault-clauses';
import { scoreIntents } from './intent';
import { askingClauses, splitQuestion } from './question-clause';

/** Asking what is wrong, why, or how to fix it: the fault's own answer answers these. */
const ASKS_FOR_THE_FIX =
  /怎么办|咋办|怎么回事|咋回事|怎么(?:了|搞|弄|修|处理|解决)|咋(?:整|弄|修)|为什么|为啥|什么原因|啥原因|(?:是|有)?(?:什么|啥)(?:问题|毛病|情况)|哪(?:里|儿)(?:坏|出)|能修(?:好)?吗|修得好吗|是什么意思|啥意思|\bwhat (?:should|can|do|shall) (?:i|we) do\b|\bwhat(?:'s| is) (?:wrong|the (?:problem|matter|issue))\b|\bwhy\b|\bhow (?:do|can|should) (?:i|we) (?:fix|sort|solve|repair)\b|\bany (?:idea|ideas|advice|tips|suggestions)\b|\bwhat (?:does|do) (?:it|that|this|the code) mean\b|\bcan (?:it|you) (?:be )?(?:fix|repair)\w*\b|\bhelp\b|(?:自己|先)[^，。？?]{0,4}(?:查|检查|看看|试试|处理)|\b(?:anything|what) (?:can )?i (?:can )?(?:check|try|do)\b|是不是[^，。？?]{0,8}(?:坏|问题|故障)|\bis it (?:the|a|my) \w+(?: \w+)?\s*\??$/i;

/** Whether it can still be used meanwhile: its words ("不能用") read as a fault, yet it asks something the case does not say. */
const STILL_USE =
  /(?:还|继续|照常|先|暂时)(?:能|可以)?(?:不能)?(?:用|使用|开着?)|能不能(?:继续|先|暂时)?用|可以(?:继续|先|暂时)?用|\b(?:keep|still|carry on|continue)\b[^?]{0,12}\b(?:us(?:e|ing)|run(?:ning)?)\b|\bsafe to (?:use|run|leave)\b/i;

/** A clause that asks about the fault itself ("是不是压缩机坏了"), not something beside it. */
function asksAboutTheFault(asking: string): boolean {
  if (STILL_USE.test(asking)) return false;
  const scores = scoreIntents(asking, {});
  return scores.fault_report > 0 && scores.fault_report >= scores.consultation;
}

export interface SideQuestion {
  /** The clauses that ask, to look up on their own. */
  question: string;
  /** The clauses that tell the fault, the search for its case. */
  fault: string;
}

/** The question asked beside a fault, and the fault without it; undefined when the message asks nothing else. */
export function sideQuestion(text: string): SideQuestion | undefined {
  const { asking, telling } = splitQuestion(text);
  if (asking === telling || !asking.trim() || !telling.trim()) return undefined;
  // (Read in the asking clauses alone: an approval tail's question is the whole message, fault and all.)
  const own = askingClauses(text).join(' ') || asking;
  if (ASKS_FOR_THE_FIX.test(own) || asksAboutTheFault(own)) return undefined;
  if (classifyClause(telling) !== 'fault') return undefined;
  return { question: asking, fault: telling.replace(/[\s,，。;；:：\-–—]+$/u, '') };
}
