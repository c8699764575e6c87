/**
 * The customer's own words in this conversation, with real values: this message and their earlier
 * messages the turn carries (redacted for the model, put back here from the turn's vault). They
 * back what a customer tells us about themselves, and nothing else (grounding.ts).
 */
import type { TurnInput } from '../../brain';

export function customerWordsOf(turn: Pick<TurnInput, 'text' | 'history'>, restore: (text: string) => string): string[] {
  return [...turn.history.filter((h) => h.role === 'customer').map((h) => restore(h.text)), turn.text];
}
