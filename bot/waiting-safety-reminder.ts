/**
 * While a danger case waits for a person, an answer about something else (when someone will call,
 * the ticket, a policy) still carries the one safety step that matters, so a status line is never
 * read as "all clear" (session 19: a customer told "someone will call by 11:00" went back to finish
 * the shower). Not when the reply already says it, and not once the customer said the gas company
 * has fixed the leak: that answer (gas-company-fixed.ts) lifts the "until they have checked" rule.
 */
import { gasCompanyFixedSaid } from './engine/gas-company-fixed';
import { scriptOf } from './engine/safety-context';
import type { WaitingTurn } from './waiting-turn';

interface Reply {
  text?: string;
  kind: string;
}

const LEAD = { zh: '安全方面请记住：', en: 'Meanwhile, for your safety: ' };

export function withSafetyReminder<R extends Reply>(reply: R, turn: WaitingTurn): R {
  if (!reply.text || reply.kind === 'danger' || reply.kind === 'silent' || turn.mode === 'agent') return reply;
  const context = turn.safety;
  if (!context?.kinds.length) return reply;
  if ([turn.text, ...(turn.customerSaid ?? [])].some(gasCompanyFixedSaid)) return reply;
  const reminder = scriptOf(context).reminder[turn.lang];
  if (reply.text.includes(reminder)) return reply;
  return { ...reply, text: `${reply.text}\n${LEAD[turn.lang]}${reminder}` };
}
