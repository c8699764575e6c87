/**
 * "Did that help?" answered with a purchase date ("去年春天买的", "bought it last March"), playtest
 * round 15: the date was read as a "no" (its "不对" took back an earlier year) and a visit booked.
 * A date says nothing of whether the steps worked: it is kept, and the question is asked again.
 */
import type { Lang } from '../phrases';
import type { Command } from './commands';
import { takesBack } from '../understanding/slots/taken-back';

/** The message gives a purchase date and no verdict, question or wish: no "fixed", no "still broken", no yes. */
export function answersOnlyWithDate(commands: Command[], text: string): boolean {
  const facts = commands.filter((c) => c.kind === 'set' || c.kind === 'correct');
  if (!facts.length || !facts.every((c) => c.slot === 'purchaseDate')) return false;
  const verdict = commands.some((c) => ['fixed', 'notFixed', 'affirm', 'ask', 'start', 'human', 'danger', 'cancel', 'declineVisit'].includes(c.kind));
  // The "no" of "前年..不对 去年春天" takes a date back; a plain "没用 去年买的" is still a no.
  const no = commands.some((c) => c.kind === 'deny');
  return !verdict && (!no || takesBack(text));
}

export function verdictAskedAgain(lang: Lang): string {
  return lang === 'zh' ? '按上面的步骤试过之后，问题解决了吗？还不行的话我帮您预约维修。' : 'Once you have tried the steps above, did they fix it? If not, I can book a repair.';
}
