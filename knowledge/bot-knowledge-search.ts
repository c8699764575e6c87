/** The bot's `KnowledgeSearch` port on this knowledge base: hits in the customer's language, with citations. */
import type { KnowledgeFilters, KnowledgeHit, KnowledgeSearch } from '../bot/knowledge-search';
import { CATEGORIES, type Category } from './case-schema';
import type { KnowledgeBase } from './knowledge-base';
import type { KnowledgeHit as StoredHit } from './search/search-types';

export class BotKnowledgeSearch implements KnowledgeSearch {
  constructor(private readonly knowledge: KnowledgeBase) {}

  async search(query: string, filters: KnowledgeFilters = {}): Promise<KnowledgeHit[]> {
    const lang = filters.language ?? (/[\u4e00-\u9fff]/.test(query) ? 'zh' : 'en');
    // A category the knowledge base does not know (a TV, say) filters nothing rather than everything.
    const category = CATEGORIES.includes(filters.category as Category) ? (filters.category as Category) : undefined;
    const result = await this.knowledge.search(query, { k: filters.k ?? 3, category, brand: filters.brand, model: filters.model });
    const answered = result.status === 'answered';
    // A product the knowledge base has no cases for (a dishwasher, say) is answered only by the
    // general rules, never by another product's case: a dishwasher's E4 is not an air conditioner's.
    const unknownProduct = Boolean(filters.category && !category);
    const results = unknownProduct ? result.results.filter((hit) => hit.entry.category === 'general') : result.results;
    const hits = results.map((hit, i) => toBotHit(hit, lang, answered && i === 0 && results[0] === result.results[0]));
    if (result.curatedAnswer && answered && (!unknownProduct || result.curatedAnswer.entry.category === 'general')) {
      const curated = toBotHit(result.curatedAnswer, lang, true);
      return [curated, ...hits.filter((h) => h.id !== curated.id).map((h) => ({ ...h, confident: false }))];
    }
    return hits;
  }
}

function toBotHit(hit: StoredHit, lang: 'zh' | 'en', confident: boolean): KnowledgeHit {
  const e = hit.entry;
  const pick = (list: { zh: string[]; en: string[] }) => (list[lang].length ? list[lang] : list[lang === 'zh' ? 'en' : 'zh']);
  const base = { id: e.id, kind: e.kind, title: e.title[lang], score: hit.score, confident, category: e.category, models: e.models, brands: e.brands, source: e.source, sourceKind: e.sourceKind };
  switch (e.kind) {
    case 'fault':
      return { ...base, errorCodes: e.errorCodes, steps: pick(e.steps), causes: pick(e.causes), safety: pick(e.safety), engineerVisit: e.engineerVisit };
    case 'policy':
      return { ...base, answer: e.body[lang] };
    case 'qa':
      return { ...base, answer: e.answer[lang] };
  }
}
