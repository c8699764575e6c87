/**
 * Whether a return or exchange question also tells a fault ("洗衣机买了第三天就漏水，能换吗", "the
 * kettle from Sunday won't heat, can I swap it?"). With a fault the 三包 rules for a quality problem
 * answer it wherever it was bought, so the question is answered at once; without one, where it was
 * bought decides (the no-reason return is for online orders only) and is asked first.
 *
 * Read from the part of the message that tells (question-clause.ts), so the return words themselves
 * are not taken for the fault. A false reading costs little: the answer then also says how an online
 * order differs from one bought in a store.
 */
import { classifyIntent, scoreIntents } from './intent';
import { splitQuestion } from './question-clause';
import { extractSlots } from './slots';

export function faultBesideReturn(text: string): boolean {
  if (scoreIntents(text, extractSlots(text)).fault_report > 0) return true;
  const { telling } = splitQuestion(text);
  return classifyIntent(telling, extractSlots(telling)).intent === 'fault_report';
}
