/**
 * The reason a handoff is recorded under: the strongest one present in the conversation, not only
 * the words of the message that asked for a person. "转人工" after a gas smell is a danger handoff;
 * "我要投诉，给我转人工" or a third contact after a missed visit is anger or a complaint. A danger
 * or anger told while the customer waits raises the reason of the handoff they wait on. The desks
 * show it and the manager's report counts it (reports/handoff-taxonomy.ts).
 *
 * Strength (bot/tools/handoff-reasons.ts): danger > anger or complaint > whatever the handoff
 * itself said (a bare request, a missing answer, a policy exception...).
 */
import type { TurnUnderstanding } from './brain';
import type { ConversationState } from './conversation';
import { furiousRepeat, VERY_ANGRY } from './understanding/furious-repeat';
import { ANGRY } from './understanding/urgency';
import { strongerReason } from './tools/handoff-reasons';

/** What this turn says about the conversation: a danger, or anger or a complaint. */
export function signalOf(u: Pick<TurnUnderstanding, 'safety' | 'anger' | 'intent' | 'secondaryIntents'>, text: string): 'safety' | 'angry' | undefined {
  if (u.safety) return 'safety';
  const anger = u.anger ?? 0;
  const complains = u.intent === 'complaint' || u.secondaryIntents.includes('complaint');
  if (complains || anger >= ANGRY || furiousRepeat(text, { anger, cues: [], profanity: false }) || anger >= VERY_ANGRY) return 'angry';
  return undefined;
}

/** Keeps anger or a complaint heard in any turn (a danger is kept as `state.safety`). */
export function noteUpset(state: ConversationState, u: Parameters<typeof signalOf>[0], text: string): void {
  if (signalOf(u, text) === 'angry') state.upset = true;
}

/** The reason a handoff asked for now is recorded under. */
export function recordedReason(asked: string, state: ConversationState, u: Parameters<typeof signalOf>[0], text: string): string {
  // A claim for money or an exception is what a person must decide: asking for it calmly (read as a
  // "complaint" about a loss) is a policy handoff; only real anger or a danger outranks it.
  if (asked === 'policy_exception' && !u.safety && !state.safety) return (u.anger ?? 0) >= ANGRY ? 'angry' : asked;
  const heard = u.safety || state.safety ? 'safety' : state.upset ? 'angry' : signalOf(u, text);
  return strongerReason(asked, heard);
}

/** While waiting: the handoff's recorded reason raised by a danger or anger told now; undefined when it stays. */
export function raisedWhileWaiting(state: ConversationState, u: Parameters<typeof signalOf>[0], text: string): string | undefined {
  const signal = signalOf(u, text);
  const current = state.handoffReason ?? 'customer_request';
  const next = strongerReason(current, signal);
  return next !== current ? next : undefined;
}
