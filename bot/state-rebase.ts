/**
 * Two turns of one conversation can run at once (two messages sent in quick succession, answered
 * on two instances): each computes its next state from the state it read, so writing one turn's
 * state whole would silently undo what the other turn committed in between. A store that can see
 * this happen rebases instead: the fields this turn changed are applied onto the stored state, and
 * the fields it did not touch keep what the other turn wrote.
 *
 * A field both changed keeps the value committed first (a desk that took the conversation over,
 * or a ticket already filed, is not undone by a turn that started before it), except the turn
 * counter, which adds both turns, and the peak urgency, which keeps the more urgent. The brain's
 * `policy` is merged per key by the same rule.
 */
import { isDeepStrictEqual } from 'node:util';
import type { ConversationState } from './conversation';

export function rebaseState(base: ConversationState, mine: ConversationState, current: ConversationState): ConversationState {
  const next = { ...current } as Record<string, unknown>;
  for (const key of keysOf(base, mine)) {
    if (key === 'turns' || key === 'peakUrgency' || key === 'policy') continue;
    applyChange(next, key, field(base, key), field(mine, key), field(current, key));
  }
  next.turns = current.turns + Math.max(0, mine.turns - base.turns);
  const peaks = [current.peakUrgency, mine.peakUrgency].filter((p): p is NonNullable<typeof p> => p !== undefined).sort();
  if (peaks[0]) next.peakUrgency = peaks[0];
  const policy = { ...current.policy } as Record<string, unknown>;
  for (const key of keysOf(base.policy, mine.policy)) applyChange(policy, key, base.policy[key], mine.policy[key], current.policy[key]);
  next.policy = policy;
  return next as ConversationState;
}

/** Applies this turn's change of one field, unless another turn changed it first. */
function applyChange(next: Record<string, unknown>, key: string, base: unknown, mine: unknown, current: unknown): void {
  if (same(mine, base)) return; // not this turn's change
  if (!same(current, base)) return; // changed by the turn committed first: that value stands
  if (mine === undefined) delete next[key];
  else next[key] = mine;
}

function keysOf(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

function field(state: ConversationState, key: string): unknown {
  return (state as Record<string, unknown>)[key];
}

/** Equal as stored: key order and properties set to undefined do not count (the state is JSON). */
function same(a: unknown, b: unknown): boolean {
  const plain = (v: unknown) => (v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as unknown));
  return isDeepStrictEqual(plain(a), plain(b));
}
