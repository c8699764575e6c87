/**
 * A product the customer named wins over one the bot only guessed. A guess — from a slip ("frige",
 * 油烟剂) or from a model number that looks like another maker's ("P60" reads as a Huawei phone) —
 * is for when no product was named; once the customer has been talking about their range hood,
 * "model P60" is the range hood's model, never "did you mean your phone?" and a phone filed (playtest).
 */
import type { TurnInput } from '../../brain';
import type { Command } from '../../engine/commands';
import { factsOf, type EngineState } from '../../engine/engine-state';

/** Drops the guessed product (and the brand guessed with it from the model) when this conversation already has a product. */
export function guessYieldsToNamed(turn: TurnInput, state: EngineState, commands: Command[]): void {
  const u = turn.understanding;
  const guessed = u.slots.category;
  if (!guessed || !(u.categoryGuessedFrom || u.categoryFromModel)) return;
  const known = factsOf(state);
  const named = known.category ?? state.product.category;
  if (!named) return;
  // The brand too, when only the model gave it: the customer's own brand stays.
  const guessedBrand = u.categoryFromModel ? u.slots.brand : undefined;
  for (let i = commands.length - 1; i >= 0; i--) {
    const c = commands[i]!;
    if (c.kind !== 'set' && c.kind !== 'correct') continue;
    if ((c.slot === 'category' && c.value === guessed) || (guessedBrand && c.slot === 'brand' && c.value === guessedBrand)) commands.splice(i, 1);
  }
}
