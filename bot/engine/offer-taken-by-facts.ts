/**
 * Facts only a booking needs accept the visit on offer. The bot offers "shall I book a visit?",
 * the customer asks something on the side ("how long does it take?", "保修期多久"), then sends
 * their address, phone and a good time without a word of yes. Testers saw the booking forgotten
 * ("what can I help with?") or the facts read as an answer to the side question, and "好的 确认"
 * then loop. Such a message answers the offer: the booking starts with those facts and asks only
 * what is still missing.
 *
 * The offer counts while it is open (on the stack under the side question's job) or for the one
 * message after the offer lapsed to a question (kept in the state as `offerLeft`).
 */
import { has, type Command, type CommandKind } from './commands';
import type { EngineState, Frame } from './engine-state';
import { offerOf } from './offer-memory';

/** Said before the booking's next question, so the customer sees their details started it. */
export const BOOKED_FROM_DETAILS = {
  zh: '好的，用您给的信息帮您登记维修。',
  en: "OK, I'll register the repair with those details.",
} as const;

/** Facts that mean nothing but a visit: where, how to call, when. (A model may come with them; alone it books nothing.) */
const BOOKING_ONLY = new Set(['phone', 'address', 'preferredTime']);

/** Moves that turn the offer down, leave, or ask something first: then the message is not only booking facts. */
const TURNS_ELSEWHERE: CommandKind[] = ['cancel', 'deny', 'human', 'danger', 'declineVisit', 'ask', 'bye'];

/** Side jobs a question opens on top of the offer; the visit offer below them still stands. */
const SIDE_JOBS = new Set(['warranty', 'policy']);

/** A visit or repair offered by troubleshooting or by a warranty answer. */
export function isVisitOffer(frame: Frame): boolean {
  if (frame.flow !== 'fault' && frame.flow !== 'warranty') return false;
  if (frame.stage === 'feedback') return frame.flow === 'fault';
  return frame.stage === 'offer' && ['visit', 'bookRepair'].includes(offerOf(frame));
}

/** Whether the message gives booking facts and nothing that turns the offer down or starts something else. */
export function givesBookingFacts(commands: readonly Command[]): boolean {
  if (!commands.some((c) => (c.kind === 'set' || c.kind === 'correct') && c.value && BOOKING_ONLY.has(c.slot))) return false;
  if (TURNS_ELSEWHERE.some((kind) => has(commands, kind))) return false;
  return commands.every((c) => c.kind !== 'start' || c.flow === 'repair');
}

/**
 * The visit offer such a message answers, if one is waiting: under a side job still asking its
 * own question (the warranty's "when did you buy it?"), or left by the last message's question.
 */
export function offerWaiting(state: EngineState, left: Frame | undefined): Frame | undefined {
  if (state.declined) return undefined;
  const onTop = state.stack.at(-1);
  if (!onTop) return left && isVisitOffer(left) ? left : undefined;
  if (!SIDE_JOBS.has(onTop.flow) || onTop.stage !== 'collect') return undefined;
  const below = [...state.stack.slice(0, -1)].reverse().find((f) => !SIDE_JOBS.has(f.flow) || f.stage !== 'collect');
  return below && isVisitOffer(below) ? below : undefined;
}
