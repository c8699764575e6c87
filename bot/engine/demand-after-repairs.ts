/**
 * A new unit or the money back demanded after repairs that did not hold, told over several
 * messages: "师傅来了两趟还是坏" first, "不修了 给我换新的 不然投诉" next; "repaired twice this month"
 * first, "I want my money back and a manager" next. Read message by message, neither says both
 * halves, and the demand was answered as a question in the middle of the repair form, or handed over
 * as a chase of an earlier case: no complaint was filed. Read over the conversation it is a complaint
 * of its own under the two-repairs rule (after-sales-words.ts holds both halves' words).
 */
import { REPEATED_REPAIRS, WANTS_REPLACEMENT } from './after-sales-words';
import { ESCALATION_THREATS } from '../understanding/lexicons/urgency-cues';
import { ASKS_FOR_SENIOR, SENIOR_EN } from '../understanding/lexicons/senior-person';

/** Another repair refused in so many words: "别修了", "不要再修了", "no more repairs", "I don't want a third repair". */
const NO_MORE_REPAIRS =
  /(?:不|别|不要|不想|不用)(?:再)?(?:给我)?(?:修|维修|修理|上门)了?(?![好过])|\b(?:no|not another|not a)\s+(?:more\s+)?(?:third\s+|fourth\s+|second\s+)?(?:repairs?|visits?|call-?outs?)\b|\bdon'?t want (?:a|another|any more|more)\s+(?:\w+\s+)?(?:repairs?|visits?|engineers?|technicians?)\b|\bstop (?:repairing|sending)\b/i;
const ABOVE_THE_DESK = new RegExp(`${ASKS_FOR_SENIOR.source}|${SENIOR_EN}`, 'i');

/** Whether this message asks for a new unit or the money back: only then are the earlier messages read (a read of the store a turn need not pay). */
export function asksReplacementOrRefund(text: string): boolean {
  return WANTS_REPLACEMENT.test(text);
}

/** Both halves across the customer's messages: repairs that failed in one, a new unit or a refund in any. */
export function demandsAfterRepairsIn(said: string[]): boolean {
  return said.some((m) => WANTS_REPLACEMENT.test(m)) && said.some((m) => REPEATED_REPAIRS.test(m));
}

/** For the person handling it: the repairs as the customer told them ("修了两回", "two engineer visits"), when the demand follows them. */
export function repairsNote(said: string[]): string | undefined {
  if (!demandsAfterRepairsIn(said)) return undefined;
  const told = said.map((m) => REPEATED_REPAIRS.exec(m)?.[0]).find(Boolean);
  return told ? `已维修过 / Repaired before: ${told}` : undefined;
}

/**
 * The message that turns the repairs told earlier into a demand for a person: it asks for the
 * new unit or the refund now, with another repair refused, a threat, someone senior, or plain anger.
 */
export function pressesDemandAfterRepairs(text: string, earlier: string[], anger: number): boolean {
  if (!WANTS_REPLACEMENT.test(text) || !demandsAfterRepairsIn([...earlier, text])) return false;
  ESCALATION_THREATS.lastIndex = 0;
  return NO_MORE_REPAIRS.test(text) || ESCALATION_THREATS.test(text) || ABOVE_THE_DESK.test(text) || anger >= 0.35;
}
