/**
 * Giving up on the detail asked, not on the request: "算了 型号不知道", "算啦 发票找不着了", "never
 * mind, I don't know the model", "forget it, can't find the receipt". The give-up word only sighs
 * about the detail the customer cannot give; the form goes on without it (the detail is skipped).
 * The customer was told the form was cancelled and had to start again.
 *
 * Only a soft give-up word counts here. Words that call the repair itself off ("不修了", "报修不用了",
 * "don't bother", "no need for the booking") cancel the form whatever else the message says; they
 * are other cues of the same kind and never match this list.
 */
import type { AnswerReading } from './answers/types';

/** The sighing give-up words, with nothing that names the repair. */
const SOFT_GIVE_UP = /^(?:那?算了吧?|算啦|算喽|never ?mind|nvm|forget it|oh well)$/i;

/** The cancel words of this reply are all sighs, and the reply also says the detail cannot be given. */
export function givesUpOnDetail(answer: AnswerReading): boolean {
  const cancels = answer.cues.filter((c) => c.kind === 'cancel');
  return cancels.length > 0 && cancels.every((c) => SOFT_GIVE_UP.test(c.words.trim())) && answer.cues.some((c) => c.kind === 'dontKnow' || c.kind === 'skip');
}
