/**
 * A handoff the customer asked for with nothing to carry is queued without a ticket
 * (bot/tools/handoff-carries.ts). While they wait, the conversation may turn into something a
 * person must act on and track: a danger, a complaint or a demand (a manager, a replacement), a
 * visit asked for, anger. That message files the ticket then, so it is noted, prioritised and on
 * the desk's clock like any other; an ordinary detail (a phone, a problem told) stays with the
 * conversation for the person who picks it up.
 */
import { complaintIn } from './engine/complaint-heard';
import { demandsIn } from './engine/demands-heard';
import { asksForVisit } from './understanding/visit-asked-for';
import { ESCALATION } from './understanding/escalation-asked';
import type { TurnUnderstanding } from './brain';

/** Urgency that moves a waiting conversation up the queue (as the pipeline's ESCALATED). */
const ESCALATED = 'P2';

export function carriesRequestWhileWaiting(u: TurnUnderstanding, text: string, urgency: string): boolean {
  if (u.safety || urgency <= ESCALATED) return true;
  // (A manager asked for, or a threat to go to the press or the consumer council: the desk acts on it, so it is tracked.)
  if (complaintIn(text) || demandsIn(text).length > 0 || asksForVisit(text) || ESCALATION.test(text)) return true;
  return (u.anger ?? 0) >= 0.5 || u.sentiment <= -0.6;
}
