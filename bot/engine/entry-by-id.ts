/**
 * One knowledge entry fetched by its id, found with words of its own (its title or questions):
 * for a question whose kind is known, so the customer's other words (a delivery, a warranty, a
 * gas pipe read as a fault) cannot pull another entry to the top.
 */
import type { KnowledgeHit } from '../knowledge-search';
import type { ToolBox } from '../tools/tool';

export async function entryById(tools: ToolBox, id: string, query: string): Promise<KnowledgeHit | undefined> {
  const result = await tools.call('searchKnowledge', { query });
  const hits = result.ok ? (result.result as { hits: KnowledgeHit[] }).hits : [];
  return hits.find((h) => h.id === id && h.answer);
}
