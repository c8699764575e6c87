/**
 * "修了两次还是坏，找你们经理，给我退货", "I've chased three times, it's been repaired twice, replace
 * it": while a person has the conversation, the 三包 rule on repeated repairs is said whichever way
 * the rest of the message is answered (a manager asked for, chasing heard), so the customer knows what
 * they are entitled to while the person checks the repair record. Before, the manager or the chasing
 * reply came back alone and the rule was never said.
 */
import { demandsAfterRepairs } from './engine/after-sales-words';
import { answerWithSource } from './engine/flows/fault-flow';
import { repeatedRepairRule } from './engine/flows/policy-flow';
import type { WaitingTurn } from './waiting-turn';

/** The rule's lines for this turn (with who confirms it), or none when the message does not ask for it. */
export async function repairsRuleWhileWaiting(turn: WaitingTurn): Promise<string[]> {
  if (!demandsAfterRepairs(turn.text)) return [];
  const rule = await repeatedRepairRule({ tools: turn.tools, facts: {} }, turn.lang);
  if (!rule) return [];
  const confirms = turn.lang === 'zh' ? '是否符合要看您的维修记录，由人工客服核对后确认。' : 'Whether it applies depends on your repair record; the person handling your case checks it and confirms.';
  return [answerWithSource(rule, turn.lang), confirms];
}
