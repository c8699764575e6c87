/**
 * Hybrid retrieval: vector similarity (phrases, typos, Chinese without a word list) fused with BM25
 * keywords (rare exact words), plus exact agreement on error codes and model numbers, which decide
 * more than any wording. Fusion is a weighted sum of normalised scores rather than rank fusion,
 * because the absolute level is what tells "no answer" apart from "best of bad answers".
 */
import { normaliseCode, normaliseModel, type Category, type KnowledgeEntry } from '../case-schema';
import type { Embedder } from '../embedder';
import type { KnowledgeIndex } from '../knowledge-index';
import { canonicalBrand } from '../../kernel/lexicon/brands';
import { categoryWords } from '../../kernel/lexicon/product-categories';
import { hasSearchableContent } from '../text/scripts';
import { tokeniseBoth } from '../text/tokenise';
import type { KeywordIndex } from './keyword-index';
import { analyseQuery, modelMatcher, type QueryAnalysis, type QueryVocabulary } from './query-analysis';
import type { KnowledgeHit, KnowledgeSearchResult, SearchOptions } from './search-types';

export interface SearchTuning {
  weights: { vector: number; keyword: number; coverage: number };
  boosts: { errorCode: number; model: number; brand: number; category: number; categoryMismatch: number; codeMismatch: number };
  /** Top score below this means "no answer". */
  minScore: number;
  /** Further results are kept while within this share of the threshold. */
  relatedShare: number;
  /** A curated answer is offered only at or above this score. */
  curatedMinScore: number;
  candidates: number;
  /**
   * Entries carrying the exact code or model named join the candidates when there are at most this
   * many; longer lists are left to the keyword search, which ranks the code among the question's
   * other words. Each such entry costs a vector read from hnswlib (~40 us at 100k), so at 200 a
   * question naming a common code spent 8 ms here. Measured at 100k (bench/knowledge.bench.ts):
   * 64 keeps the same top answer for 99.8% of questions and hit@10 0.452 against 0.456 at 200.
   */
  maxExactCandidates: number;
  maxQueryChars: number;
}

/**
 * Weights and threshold were chosen by a grid search on the even-numbered questions of
 * evals/kb/questions.jsonl and checked on the odd-numbered ones (held out), so they are not fitted
 * to every question they are scored on. Relative BM25 gets little weight: it is 1 for the best
 * keyword match of any query, relevant or not, so it ranks but must not vouch.
 */
export const DEFAULT_TUNING: SearchTuning = {
  weights: { vector: 0.6, keyword: 0.1, coverage: 0.2 },
  boosts: { errorCode: 0.3, model: 0.15, brand: 0.05, category: 0.08, categoryMismatch: -0.2, codeMismatch: -0.1 },
  minScore: 0.4,
  relatedShare: 0.75,
  curatedMinScore: 0.6,
  candidates: 20,
  maxExactCandidates: 64,
  maxQueryChars: 1000,
};

export interface SearchCatalog {
  entries: ReadonlyMap<string, { entry: KnowledgeEntry; file?: string }>;
  vocabulary: QueryVocabulary;
  /** Entry ids by normalised error code and by normalised model: exact matches join the candidates directly. */
  byCode?: ReadonlyMap<string, string[]>;
  byModel?: ReadonlyMap<string, string[]>;
}

export function indexCatalog(entries: SearchCatalog['entries'], vocabulary: QueryVocabulary): SearchCatalog {
  const byCode = new Map<string, string[]>();
  const byModel = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, id: string) => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  for (const [id, { entry }] of entries) {
    if (entry.kind === 'fault') for (const c of entry.errorCodes) push(byCode, normaliseCode(c), id);
    for (const m of entry.models) push(byModel, normaliseModel(m), id);
  }
  return { entries, vocabulary, byCode, byModel };
}

export class HybridSearch {
  constructor(
    private readonly deps: {
      embedder: Embedder;
      index: KnowledgeIndex;
      keywords: KeywordIndex;
      catalog: () => SearchCatalog;
      tuning?: Partial<SearchTuning>;
    },
  ) {}

  private get tuning(): SearchTuning {
    return { ...DEFAULT_TUNING, ...this.deps.tuning };
  }

  async search(rawQuery: string, options: SearchOptions = {}): Promise<KnowledgeSearchResult> {
    const tuning = this.tuning;
    const k = Math.min(50, Math.max(1, Math.floor(options.k ?? 5)));
    const query = typeof rawQuery === 'string' ? rawQuery : '';
    const truncated = query.length > tuning.maxQueryChars;
    const text = truncated ? query.slice(0, tuning.maxQueryChars) : query;
    const catalog = this.deps.catalog();
    const analysis = analyseQuery(text, catalog.vocabulary);
    const filters = {
      category: options.category,
      brand: options.brand ? canonicalBrand(options.brand) : undefined,
      model: options.model?.trim() || undefined,
      kinds: options.kinds,
    };
    const base = {
      query: analysis.text,
      truncated,
      recognised: {
        errorCodes: analysis.codes,
        unknownErrorCodes: analysis.unknownCodes,
        models: analysis.models,
        unknownModels: analysis.unknownModels,
        brands: analysis.brands,
        categories: analysis.categories,
      },
      filters,
    };
    if (!hasSearchableContent(analysis.text)) return { ...base, status: 'empty_query', results: [] };

    // "热水器显示F37": a code no case carries, and nothing said beyond the product and the code. No
    // case answers that; a case found on the product's name alone would pass for the code's meaning.
    if (onlyAnUnknownCode(analysis)) return { ...base, status: 'no_answer', results: [] };

    const accept = this.acceptor(catalog, analysis, filters);
    const filtering = Boolean(
      filters.category || analysis.otherProducts.length || filters.brand || filters.model || filters.kinds || analysis.brands.length || analysis.models.length || analysis.unknownModels.length,
    );
    const [queryVector] = await this.deps.embedder.embed([analysis.text]);
    const tokens = tokeniseBoth(analysis.text);
    const terms = [...new Set(tokens.terms)];
    // Coverage counts words, not the bigrams added for matching: filler like 得到处 would otherwise
    // yield made-up bigrams that no case contains and drown the words that matter.
    const words = [...new Set(tokens.words)];
    // Filters are applied after an unfiltered vector search: a selective filter (one model among
    // 100k cases) inside hnswlib calls back into JavaScript for nearly every node and degrades to a
    // scan. Entries that carry the exact code or model named are added as candidates directly.
    const vectorMatches = (await this.deps.index.search(queryVector!, filtering ? tuning.candidates * 2 : tuning.candidates)).filter((m) => accept(m.entryId));
    const keywordMatches = this.deps.keywords.search(terms, tuning.candidates, filtering ? accept : undefined);

    const candidates = new Map<string, { vector?: number; keyword: number; matchedTerms: string[] }>();
    for (const v of vectorMatches.slice(0, tuning.candidates)) candidates.set(v.entryId, { vector: v.similarity, keyword: 0, matchedTerms: [] });
    const exact = [
      ...analysis.codes.map((c) => catalog.byCode?.get(c) ?? []),
      ...[...analysis.models, ...(filters.model ? [normaliseModel(filters.model)] : [])].map((m) => catalog.byModel?.get(m) ?? []),
    ];
    for (const ids of exact) {
      if (ids.length > tuning.maxExactCandidates) continue;
      for (const id of ids) if (!candidates.has(id) && accept(id)) candidates.set(id, { keyword: 0, matchedTerms: [] });
    }
    for (const m of keywordMatches) {
      const c = candidates.get(m.entryId) ?? { keyword: 0, matchedTerms: [] };
      c.keyword = m.score;
      c.matchedTerms = m.matchedTerms;
      candidates.set(m.entryId, c);
    }
    const bestKeyword = Math.max(0, ...keywordMatches.map((m) => m.score));
    const matchesModel = modelMatcher(analysis.models);
    const wordWeights = words.map((w) => this.deps.keywords.idf(w));
    const termWeight = wordWeights.reduce((sum, w) => sum + w, 0);

    // Candidates the vector search did not return (found by keywords, codes or models) get their
    // exact similarity from the index, all in one call.
    const unscored = [...candidates].filter(([, c]) => c.vector === undefined).map(([id]) => id);
    const exactSimilarity = unscored.length ? await this.deps.index.similarities(queryVector!, unscored) : new Map<string, number>();

    // Scores first, whole hits only for what is returned: at 100k cases a search weighs up to ~100
    // candidates, and the garbage of building each in full brought collector pauses into p99.
    const scored: Scored[] = [];
    for (const [id, c] of candidates) {
      const stored = catalog.entries.get(id);
      if (!stored) continue;
      const vector = Math.max(0, c.vector ?? exactSimilarity.get(id) ?? 0);
      const keyword = bestKeyword > 0 ? c.keyword / bestKeyword : 0;
      // Exact containment for every candidate, plus fuzzy/prefix matches BM25 found (typos).
      let covered = 0;
      for (let i = 0; i < words.length; i++) if (c.matchedTerms.includes(words[i]!) || this.deps.keywords.hasTerm(id, words[i]!)) covered += wordWeights[i]!;
      const coverage = termWeight > 0 ? Math.min(1, covered / termWeight) : 0;
      const boost = this.boost(stored.entry, analysis, matchesModel, filters.category, tuning);
      const score = round(tuning.weights.vector * vector + tuning.weights.keyword * keyword + tuning.weights.coverage * coverage + boost);
      scored.push({ id, stored, score, vector, keyword, coverage, boost });
    }
    scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    const minScore = options.minScore ?? tuning.minScore;
    const top = scored[0];
    if (!top || top.score < minScore) return { ...base, status: 'no_answer', results: [] };
    const results = scored.filter((h) => h.score >= minScore * tuning.relatedShare).slice(0, k);
    const curated = scored.find((h) => h.stored.entry.kind === 'qa' && h.score >= Math.max(minScore, tuning.curatedMinScore) && h.score >= top.score - 0.05);
    const hit = (h: Scored) => toHit(h, analysis, matchesModel);
    return { ...base, status: 'answered', results: results.map(hit), curatedAnswer: curated && hit(curated) };
  }

  /** Which entries may answer at all: hard filters from the caller, and brands/models the customer named. */
  private acceptor(catalog: SearchCatalog, analysis: QueryAnalysis, filters: { category?: Category; brand?: string; model?: string; kinds?: string[] }) {
    const brands = filters.brand ? [filters.brand] : analysis.brands;
    const namedModels = filters.model ? [filters.model] : [...analysis.models, ...analysis.unknownModels];
    const isNamedModel = modelMatcher(namedModels);
    return (id: string): boolean => {
      const entry = catalog.entries.get(id)?.entry;
      if (!entry) return false;
      if (filters.kinds && !filters.kinds.includes(entry.kind)) return false;
      if (filters.category && entry.category !== filters.category && entry.category !== 'general') return false;
      // A product with no cases of its own (a coffee machine's light) is never answered by another product's case.
      if (!filters.category && !analysis.categories.length && analysis.otherProducts.length && entry.category !== 'general') return false;
      // A case written for other brands or models must not answer for the customer's own.
      if (brands.length && entry.brands.length && !entry.brands.some((b) => brands.includes(b))) return false;
      if (namedModels.length && entry.models.length && !entry.models.some(isNamedModel)) return false;
      return true;
    };
  }

  /** Exact agreement on error code, model, brand and category (negative for a named code or category the entry lacks). */
  private boost(entry: KnowledgeEntry, analysis: QueryAnalysis, matchesModel: (model: string) => boolean, filterCategory: Category | undefined, tuning: SearchTuning): number {
    const b = tuning.boosts;
    let boost = 0;
    if (analysis.codes.length && entry.kind === 'fault') boost += entry.errorCodes.some((c) => analysis.codes.includes(normaliseCode(c))) ? b.errorCode : b.codeMismatch;
    if (analysis.models.length && entry.models.some(matchesModel)) boost += b.model;
    if (analysis.brands.length && entry.brands.some((x) => analysis.brands.includes(x))) boost += b.brand;
    const named = filterCategory ? entry.category === filterCategory : analysis.categories.includes(entry.category);
    if ((filterCategory || analysis.categories.length) && entry.category !== 'general') boost += named ? b.category : b.categoryMismatch;
    return boost;
  }
}

interface Scored {
  id: string;
  stored: { entry: KnowledgeEntry; file?: string };
  score: number;
  vector: number;
  keyword: number;
  coverage: number;
  boost: number;
}

/** A returned result in full, with the codes, models and brands it shares with the question. */
function toHit({ id, stored: { entry, file }, score, vector, keyword, coverage, boost }: Scored, analysis: QueryAnalysis, matchesModel: (model: string) => boolean): KnowledgeHit {
  const entryCodes = entry.kind === 'fault' ? entry.errorCodes.map(normaliseCode) : [];
  return {
    id,
    kind: entry.kind,
    category: entry.category,
    title: entry.title,
    score,
    scores: { vector: round(vector), keyword: round(keyword), coverage: round(coverage), boost: round(boost) },
    matched: {
      errorCodes: analysis.codes.filter((c) => entryCodes.includes(c)),
      models: entry.models.filter(matchesModel),
      brands: entry.brands.filter((x) => analysis.brands.includes(x)),
    },
    entry,
    file,
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** The query names only a product, an error code no case carries and at most one carrier word ("shows", 显示). */
function onlyAnUnknownCode(analysis: QueryAnalysis): boolean {
  if (!analysis.unknownCodes.length || analysis.codes.length || analysis.models.length) return false;
  const product = new Set(analysis.categories.flatMap((c) => tokeniseBoth(Object.values(categoryWords(c)).flat().join(' ')).words));
  const codes = new Set(analysis.unknownCodes.map((c) => c.toLowerCase()));
  return tokeniseBoth(analysis.text).words.filter((w) => !product.has(w) && !codes.has(w.toLowerCase())).length <= 1;
}
