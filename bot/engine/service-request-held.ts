/**
 * Whether the conversation holds a service request a person must act on, for a handoff the
 * customer asked for: only then does the handoff file a ticket (bot/tools/handoff-carries.ts). A
 * fault told with the request ("咖啡机磨豆卡住了 转人工", "the turntable stopped, get me an agent"),
 * or a repair, return, complaint, damaged delivery, part or visit change under way with its facts,
 * is one. A product named and "just put me through", or a booking being chased that cannot be
 * found, is not: the person looks into it without a new repair ticket standing in for the lost one.
 */
import type { FlowName } from './commands';
import type { EngineState } from './engine-state';
import { demandsIn } from './demands-heard';
import { hasFaultClause } from './problem-words';
import { OWN_DIFFICULTY } from '../understanding/lexicons/own-difficulty';

/** Flows the customer starts by asking for a service (not by asking a question or chasing one). */
const SERVICE_FLOWS: readonly FlowName[] = ['repair', 'return', 'complaint', 'deliveryDamage', 'partRequest', 'reschedule', 'cancelVisit'];

/** Where a message divides into clauses (a space between Chinese words too: "卡住了 转人工"). */
const CLAUSE_BREAK = /[,，。.!！?？;；、\n]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/;

/** A clause that is the request for a person or the refusal of the bot: its "not", "不想" are no fault. */
const ABOUT_THE_PERSON =
  /人工|真人|活人|客服|机器人|(?:跟|和|同)机器|转接|\b(?:human|agent|person|people|someone|somebody|representative|operator|bot|robot|automated|to a machine|put me through|transfer me|connect me)\b/i;

/** A fault told in this message, in a clause of its own beside the request for a person. */
export function faultToldWithRequest(text: string): boolean {
  return (
    text
      .split(CLAUSE_BREAK)
      // Why the customer wants a person ("字也打不好", "I can't type") is about them, not a product.
      .map((clause) => clause.replace(OWN_DIFFICULTY, '').trim())
      .some((clause) => clause.length >= 2 && !ABOUT_THE_PERSON.test(clause) && hasFaultClause(clause))
  );
}

export function holdsServiceRequest(state: EngineState, text: string): boolean {
  const told = (facts: { symptom?: string; errorCode?: string }) => Boolean(facts.symptom || facts.errorCode);
  // (A demand said with it, a replacement, a refund, a manager, is a request the person acts on: demands-heard.ts.)
  if (faultToldWithRequest(text) || demandsIn(text).length > 0) return true;
  // (The pending facts are set from this very message too, with a request for a person's own words as the "symptom": only flows count.)
  return state.stack.some((frame) => told(frame.facts) || (SERVICE_FLOWS.includes(frame.flow) && Object.keys(frame.facts).length > 0));
}

/**
 * Whether the conversation chases a case filed before: a ticket number that found nothing here, a
 * lookup of an earlier booking under way, or chasing heard with no ticket in this chat ("third
 * time I'm contacting you") and the lookup offered. A person asked for then takes up that case; a
 * new ticket would split it in two. (A chase and a demand for a person in one message is still
 * filed: nothing of the earlier case has been asked for yet.)
 */
export function chasesEarlierCase(state: EngineState): boolean {
  return Boolean(state.unfound || state.chasedEarlier || state.stack.some((frame) => frame.flow === 'status' || Boolean(frame.unfound)));
}
