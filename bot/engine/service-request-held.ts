/**
 * Whether the conversation holds a service request a person must act on, for a handoff the
 * customer asked for: only then does the handoff file a ticket (bot/tools/handoff-carries.ts). A
 * fault told (its symptom or error code), or a repair, return, complaint, damaged delivery, part
 * or visit change under way with its facts, is one. A product named and "just put me through",
 * or a booking being chased that cannot be found, is not: the person looks into it without a new
 * repair ticket standing in for the lost one.
 */
import type { TurnUnderstanding } from '../brain';
import type { FlowName } from './commands';
import type { EngineState } from './engine-state';

/** Flows the customer starts by asking for a service (not by asking a question or chasing one). */
const SERVICE_FLOWS: readonly FlowName[] = ['repair', 'return', 'complaint', 'deliveryDamage', 'partRequest', 'reschedule', 'cancelVisit'];

export function holdsServiceRequest(state: EngineState, u: TurnUnderstanding): boolean {
  const told = (facts: { symptom?: string; errorCode?: string }) => Boolean(facts.symptom || facts.errorCode);
  if (told(u.slots) || told(state.pending)) return true;
  return state.stack.some((frame) => told(frame.facts) || (SERVICE_FLOWS.includes(frame.flow) && Object.keys(frame.facts).length > 0));
}
