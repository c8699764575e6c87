/**
 * A ticket brought forward while waiting (danger or anger raised its priority, or a queued handoff
 * got a ticket with a shorter clock): the new time said as moved. "Earlier than the X I said
 * before" is only said when X really was said in this conversation (a handoff told in minutes
 * never named a time) and the new time, as rounded to business hours, really is earlier; otherwise
 * the new time is said plainly, or not at all when it names the same moment or a later one.
 * A wait told in minutes is a promise too: a clock time later than when those minutes run out
 * is not "sooner" for the customer, so nothing is said of it (the person online still answers
 * within the minutes told, and the message went to them as urgent).
 */
import { BUSINESS_HOURS, promiseInstant } from './engine/wording';
import { contactTime } from './honest-wait';
import type { WaitingTurn } from './waiting-turn';

export function movedSooner(turn: WaitingTurn): string | undefined {
  if (!turn.promisedBefore || !turn.ticket) return undefined;
  const hours = turn.hours ?? BUSINESS_HOURS;
  const earlier = promiseInstant(turn.ticket.firstResponseDue, hours, turn.now).getTime() < promiseInstant(turn.promisedBefore, hours, turn.now).getTime();
  if (!earlier) return undefined;
  // Like with like: the new deadline against the minutes told, when those are what the customer heard.
  if (turn.waitPromisedBy && promiseInstant(turn.ticket.firstResponseDue, hours, turn.now).getTime() >= Date.parse(turn.waitPromisedBy)) return undefined;
  const before = contactTime(turn.promisedBefore, turn.now, turn.lang, turn.hours);
  const now = contactTime(turn.ticket.firstResponseDue, turn.now, turn.lang, turn.hours);
  const told = turn.earlierReplies?.some((r) => r.includes(before)) ?? false;
  if (turn.lang === 'zh') return `按您说的情况，工单 ${turn.ticket.number} 已提前处理：最迟 ${now} 前会有人联系您${told ? `（比之前说的 ${before} 更早）` : ''}。`;
  return `Because of what you describe, ticket ${turn.ticket.number} now comes sooner: someone will contact you by ${now}${told ? ` (earlier than the ${before} I said before)` : ''}.`;
}
