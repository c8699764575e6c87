/**
 * Whether a handoff carries a service request, and so a ticket. A ticket is a repair, a return, a
 * complaint or a danger report: something a person must act on and track. "Let me talk to a
 * person" alone is none of those; it is queued for people with its own first-response clock
 * (bot/tools/hand-off.ts), and the person files a ticket if the conversation turns into one.
 */
import type { Intent } from '../understanding/types';
import type { HandoffReason } from './handoff-reasons';

/** Intents that are themselves a request for service (a fault told, a repair or return asked for, a complaint). */
const SERVICE_INTENTS: readonly Intent[] = ['fault_report', 'repair_request', 'complaint'];

export function handoffCarriesRequest(reason: HandoffReason, intent: string, urgency: string, request: boolean | undefined): boolean {
  // Danger, anger, a decision only staff may take, a form that could not be filed: always something to carry.
  if (reason !== 'customer_request') return true;
  if (intent === 'complaint') return true;
  // An urgent case (a phone in water, a third contact) is tracked whatever the words (P1, P2).
  if (urgency === 'P1' || urgency === 'P2') return true;
  // The brain that knows the conversation says so; a brain that does not (an LLM that left it out) is read from this turn's intent.
  return request ?? (SERVICE_INTENTS as readonly string[]).includes(intent);
}
