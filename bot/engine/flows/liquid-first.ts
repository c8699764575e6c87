/**
 * Liquid got into a carried-in device and it shows a symptom too ("fell in the toilet, the speaker
 * is quiet", "泡水后屏幕乱跳"): the liquid is the cause, so the water-damage case leads, not the
 * symptom's own case (cleaning a speaker grille or restarting a wet phone is unsafe advice).
 */
import type { KnowledgeHit } from '../../knowledge-search';
import { LIQUID_DAMAGE } from '../../understanding/lexicons/liquid-damage';
import { carriedIn, categoryName } from '../wording';
import { pastSpill } from '../../understanding/past-spill';

/** A case or answer about liquid damage, by its title. */
export const LIQUID_TITLE = /进水|泡水|液体|泼|洒|\b(?:wet|liquid|water damage|spill)/i;

/** The hits with the liquid case first when the message says liquid got in; the hits as they were otherwise. */
export async function liquidFirst(
  hits: KnowledgeHit[],
  said: string,
  facts: { category?: string; errorCode?: string },
  lang: 'zh' | 'en',
  search: (query: string) => Promise<KnowledgeHit[]>,
  fits: (hit: KnowledgeHit) => boolean,
): Promise<KnowledgeHit[]> {
  if (facts.errorCode || !facts.category || !carriedIn(facts.category) || !LIQUID_DAMAGE.test(said)) return hits;
  const top = hits.find((h) => h.confident);
  // (The liquid-damage warranty policy is no first aid: the first-aid case or answer is still looked for.)
  if (top && top.kind !== 'policy' && LIQUID_TITLE.test(top.title) && !pastSpill(said)) return hits;
  const found = [...hits, ...(await search(lang === 'zh' ? `${categoryName(facts.category, 'zh')}进水了怎么办` : `${categoryName(facts.category, 'en')} got wet`))];
  // A product's own water-damage case, else the first-aid answer for any carried device (earbuds, a watch).
  // A spill long over ("back in August"): first aid is too late; whether it is covered is the answer.
  const past = pastSpill(said);
  const covers = past ? [...found, ...(await search(lang === 'zh' ? '进水、液体损坏保不保修' : 'is liquid damage covered by the warranty'))] : [];
  const cover = covers.find((h) => h.kind === 'policy' && LIQUID_TITLE.test(h.title));
  const liquid = cover ?? found.find((h) => h.kind === 'fault' && LIQUID_TITLE.test(h.title) && fits(h)) ?? found.find((h) => h.kind === 'qa' && LIQUID_TITLE.test(h.title) && fits(h));
  return liquid ? [{ ...liquid, confident: true }, ...hits.filter((h) => h.id !== liquid.id)] : hits;
}
