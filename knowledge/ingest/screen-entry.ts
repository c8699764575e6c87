/**
 * Ingest screening: the customer-visible text of a knowledge entry (titles, symptoms, causes,
 * steps, safety notes, policy bodies, answers) read by the knowledge screen
 * (bot/guardrails/knowledge-text-screen.ts). An entry with a finding is refused by `kb ingest`
 * with the file, the line of the offending text and why; provenance fields (id, source, brands,
 * models, codes) are the author's notes, not text shown to customers, and are not screened.
 */
import { screenKnowledgeText, type KnowledgeFinding, type KnowledgeScreenOptions } from '../../bot/guardrails/knowledge-text-screen';
import type { KnowledgeEntry } from '../case-schema';

/** Fields that are never shown to a customer as text. */
const NOT_SHOWN = new Set(['id', 'kind', 'category', 'topic', 'brands', 'models', 'errorCodes', 'parts', 'related', 'source', 'sourceKind', 'engineerVisit', 'months']);

export interface EntryFinding extends KnowledgeFinding {
  /** Where in the entry: "steps.zh[1]". */
  field: string;
  /** The whole text that tripped the screen (to find its line in the file). */
  text: string;
}

function shownTexts(value: unknown, field: string, out: { field: string; text: string }[]): void {
  if (typeof value === 'string') out.push({ field, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => shownTexts(v, `${field}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (!NOT_SHOWN.has(key)) shownTexts(v, field ? `${field}.${key}` : key, out);
  }
}

export function screenEntry(entry: KnowledgeEntry, options: KnowledgeScreenOptions = {}): EntryFinding[] {
  const texts: { field: string; text: string }[] = [];
  shownTexts(entry, '', texts);
  return texts.flatMap(({ field, text }) => screenKnowledgeText(text, options).map((f) => ({ ...f, field, text })));
}
