/**
 * Carbon monoxide told in two messages: "I've felt dizzy and sick all evening", then "the gas
 * water heater is in the bathroom" (or the heater first, the headache after). Neither message
 * alone is a danger, and read alone the second gets an ordinary fault question; read together
 * they are the gas-heater-and-dizziness pair the danger detector already knows. Only carbon
 * monoxide is joined this way: its two halves are what people say apart.
 */
import { readDanger } from './hazards';
import { CO_SOURCE, CO_SYMPTOM } from './lexicons/hazard-words';

/** How many of the customer's messages before this one are read with it. */
const LOOK_BACK = 3;

function has(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** Worth loading the conversation for: one half of the pair, and no danger yet. */
export function mayCompleteDanger(text: string): boolean {
  return (has(CO_SOURCE, text) || has(CO_SYMPTOM, text)) && !readDanger(text).hazards.length;
}

/**
 * The earlier message and this one as one text, when only together they tell of carbon monoxide;
 * undefined otherwise. `earlier` is the customer's own messages, oldest first, without this one.
 */
export function dangerAcrossTurns(text: string, earlier: string[]): string | undefined {
  if (!mayCompleteDanger(text)) return undefined;
  for (const before of earlier.slice(-LOOK_BACK).reverse()) {
    if (readDanger(before).hazards.length) continue;
    const joined = `${before.trim().replace(/[。.!！]*$/, '')}。${text}`;
    if (readDanger(joined).hazards.includes('carbon_monoxide')) return joined;
  }
  return undefined;
}
