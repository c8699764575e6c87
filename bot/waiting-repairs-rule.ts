/**
 * "修了两次还是坏，找你们经理，给我退货", "I've chased three times, it's been repaired twice, replace
 * it": while a person has the conversation, the 三包 rule on repeated repairs is said whichever way
 * the rest of the message is answered (a manager asked for, chasing heard), so the customer knows what
 * they are entitled to while the person checks the repair record. Before, the manager or the chasing
 * reply came back alone and the rule was never said.
 */
import { demandsAfterRepairs } from './engine/after-sales-words';
import { repairsRuleLines } from './engine/repairs-rule-lines';
import type { WaitingTurn } from './waiting-turn';

/** The rule's lines for this turn (with who confirms it), or none when the message does not ask for it. */
export async function repairsRuleWhileWaiting(turn: WaitingTurn): Promise<string[]> {
  if (!demandsAfterRepairs(turn.text)) return [];
  return (await repairsRuleLines(turn.tools, turn.lang))?.lines ?? [];
}
