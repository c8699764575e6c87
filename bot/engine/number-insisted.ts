/**
 * The reply when a customer stands by a ticket number that was not found (bot/understanding/number-insisted.ts):
 * it is still not found, said plainly and without blaming them, with the two ways that can still find it
 * (the phone left on the ticket, a person). Nothing is filed: insisting is not a complaint.
 */
import type { Lang } from '../phrases';
import type { Bilingual } from './commands';
import { STATUS_WORDS } from './flows/status-flow-words';

export const NUMBER_STILL_NOT_FOUND: Bilingual = {
  zh: '我这边按这个号确实还是查不到工单，可能系统里登记的号码和短信上的不一样。可以告诉我报修时留的手机号，我用手机号帮您查；或者回复“转人工”，由客服帮您核实。',
  en: "I've checked, and that number still doesn't bring up a ticket on my side; the number on record may differ from the one in the text. Tell me the mobile number you gave when booking and I'll look it up that way, or reply \"human\" and a person will check it for you.",
};

/** Said again when they insist a second time: a person is the surer way now (a reply never repeats the one before). */
export const NUMBER_STILL_NOT_FOUND_AGAIN: Bilingual = {
  zh: '抱歉，这个号码我这边反复查都查不到，再查结果也一样。最稳妥的是回复“转人工”，由客服帮您人工核实；或者发报修时留的手机号，我用手机号帮您找。',
  en: 'Sorry, that number keeps coming up empty on my side, and looking again won\'t change it. The surest way now is to reply "human" so a person can check it by hand, or send me the mobile number you booked with and I\'ll search by that.',
};

/** Whether the reply before said a ticket number was not found (at first or again), in either language. */
export function saidNumberNotFound(lastReply: string | undefined): boolean {
  if (!lastReply) return false;
  return (['zh', 'en'] as Lang[]).some(
    (lang) => lastReply.includes(STATUS_WORDS.notFoundHead[lang]) || lastReply.includes(NUMBER_STILL_NOT_FOUND[lang]) || lastReply.includes(NUMBER_STILL_NOT_FOUND_AGAIN[lang]),
  );
}
