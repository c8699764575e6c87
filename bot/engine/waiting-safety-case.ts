/**
 * Which safety notes may be said at a "let me talk to a person" handoff ("while you wait: …"). The
 * nearest case found for the customer's words is often about another fault of the same product (a
 * noisy dishwasher lands on "will not fill": "switch off before checking hoses") or another
 * product: its note then reads as a warning about something they never described. A note is said
 * only from a case that is confident, about the product they named (no general entry speaks for
 * it), fits what they said as any answer must (caseFits: code, model, energy source) and is not
 * about another kind of symptom than the one described; only its lines that fit the energy source.
 */
import type { KnowledgeHit } from '../knowledge-search';
import { lineFitsEnergy, type EnergySource } from '../understanding/energy-source';
import { caseFits } from './flows/fault-flow';
import { aboutAnotherSymptom } from './symptom-fit';
import { screenKnowledgeLines } from './knowledge-screen';

export function waitingSafetyNotes(
  hits: KnowledgeHit[],
  facts: { category: string; errorCode?: string; model?: string; brand?: string },
  described: string,
  energy: EnergySource | undefined,
): { id: string; notes: string[] } | undefined {
  const best = hits.find((h) => h.confident && h.kind === 'fault');
  if (!best || best.category !== facts.category || !caseFits(best, facts, energy) || aboutAnotherSymptom(best.title, described)) return undefined;
  const notes = screenKnowledgeLines(best.safety).filter((line) => lineFitsEnergy(line, energy));
  return notes.length ? { id: best.id, notes } : undefined;
}
