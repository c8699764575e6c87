/**
 * "白天没人 写家里的 …5号楼603", "改成周四 周二我不在家", "Sunday instead, we're away Saturday": a
 * statement that nobody is home or the customer is out, said with the address or the new time it
 * explains, is why they chose it. Read as a question it was answered ("不用一整天在家等…", what
 * happens when the engineer's call is missed) beside the change the customer actually made.
 * A question ("白天没人怎么办", "is that a problem?") is still a question.
 */
import type { Command } from '../../engine/commands';
import { asksSomething } from '../../understanding/question-clause';

export function givesReason(text: string, commands: readonly Command[]): boolean {
  if (asksSomething(text)) return false;
  return commands.some((c) => (c.kind === 'set' && c.slot === 'address') || (c.kind === 'correct' && (c.slot === 'address' || c.slot === 'preferredTime') && c.value));
}
