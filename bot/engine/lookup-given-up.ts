/**
 * The customer stops: "算了 我自己打热线问", "never mind, forget it", "I'll ring your helpline
 * myself". While a booking we cannot find is being chased, or whenever they leave to phone us
 * themselves, that is a polite close: where to turn (the service hotline, with the number and the
 * mobile they booked with, or this chat any time), with nothing handed over and nothing filed. A
 * person is not called for someone who said they will call us.
 */
import type { Bilingual, Command } from './commands';
import type { EngineState } from './engine-state';
import { askedLookupPhone, lookupUnderWay } from './booking-not-found';
import { callsUsInstead } from '../understanding/calls-us-instead';

/** After a chase for a booking we could not find: how they can still find it, and that we are here. */
export const LOOKUP_GIVEN_UP: Bilingual = {
  zh: '好的，给您添麻烦了。打客服热线时，把当时的单号和报修时留的手机号报给客服，他们可以帮您查到这一单；您也可以随时在这里给我们留言。',
  en: 'All right, sorry for the trouble. When you call our service hotline, give them the booking number and the mobile you booked with, and they can find it for you. You can also message us here any time.',
};

/** Leaving to phone us, with nothing being chased: no person called, the door left open. */
export const CALLS_US_INSTEAD: Bilingual = {
  zh: '好的，您随时可以打我们的客服热线；想在这里继续的话，随时给我们留言就行。',
  en: "Of course. You can call our service hotline any time, and if you'd rather carry on here, just message us whenever suits you.",
};

const has = (commands: Command[], kind: Command['kind']) => commands.some((c) => c.kind === kind);

/** Which close the turn gets, or undefined when the customer is not stopping. */
export function lookupGivenUp(state: EngineState, text: string, commands: Command[]): Bilingual | undefined {
  // Something new to go on (a number, a phone) or a new booking wanted: not giving up.
  if (commands.some((c) => c.kind === 'start' || c.kind === 'danger' || ((c.kind === 'set' || c.kind === 'correct') && (c.slot === 'ticketNumber' || c.slot === 'phone')))) return undefined;
  const leaving = callsUsInstead(text);
  const chasing = Boolean(lookupUnderWay(state)) || askedLookupPhone(state.lastReply);
  if (chasing && (leaving || has(commands, 'cancel') || has(commands, 'bye'))) return LOOKUP_GIVEN_UP;
  if (leaving && has(commands, 'human')) return CALLS_US_INSTEAD;
  return undefined;
}
