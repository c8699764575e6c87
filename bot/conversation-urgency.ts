/**
 * A conversation's urgency from all its turns, not only its most urgent message. A customer who
 * says the repair failed twice, then that nobody came today, then asks for a manager has said as
 * much as one who says it all in one message, where three points make a problem P1
 * (understanding/urgency.ts). Each reason counts once, at the most it ever scored.
 */
import type { Priority } from '../tickets/ticket';
import type { TurnUnderstanding } from './brain';
import type { ConversationState } from './conversation';

const P1_POINTS = 3;

/**
 * Adds this turn's escalation points to the conversation's and keeps the most urgent tier reached.
 * Returns the tier this turn raised the conversation to, if it did.
 */
export function raisePeakUrgency(state: ConversationState, u: TurnUnderstanding): Priority | undefined {
  const before = state.peakUrgency;
  if (u.escalation && Object.keys(u.escalation).length) {
    const escalation = { ...(state.escalation ?? {}) };
    for (const [reason, points] of Object.entries(u.escalation)) escalation[reason] = Math.max(escalation[reason] ?? 0, points ?? 0);
    state.escalation = escalation;
  }
  const total = Object.values(state.escalation ?? {}).reduce((a, b) => a + b, 0);
  const tiers = [before, u.urgency, total >= P1_POINTS ? ('P1' as const) : undefined].filter((p): p is Priority => p !== undefined).sort();
  state.peakUrgency = tiers[0];
  return state.peakUrgency && (!before || state.peakUrgency < before) ? state.peakUrgency : undefined;
}
