/**
 * The fee rule for repairing this product, as the knowledge base words it: the home-visit fees, or
 * the service-centre fees for a product that is carried in (service-way.ts picks which).
 */
import type { KnowledgeHit } from '../knowledge-search';
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import { serviceFeeEntry } from './service-way';

export async function repairFeeRule(tools: ToolBox, category: string | undefined, lang: Lang): Promise<KnowledgeHit | undefined> {
  // (No product known: most repairs are done at home, so the home-visit rule.)
  const entry = serviceFeeEntry(category ?? 'washing_machine', lang);
  const result = await tools.call('searchKnowledge', { query: entry.query });
  const hits = result.ok ? (result.result as { hits: KnowledgeHit[] }).hits : [];
  return hits.find((h) => h.id === entry.id && h.answer);
}
