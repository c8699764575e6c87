/** What a knowledge search takes and gives back; the bot's `searchKnowledge` tool returns this shape. */
import type { Bilingual, Category, EntryKind, KnowledgeEntry } from '../case-schema';

export interface SearchOptions {
  /** Most results to return (default 5, at most 50). */
  k?: number;
  /** Only entries for this product category (general policies always pass). */
  category?: Category;
  /** The customer's brand: entries for other brands are left out; brand-neutral entries stay. */
  brand?: string;
  /** The customer's model: entries for other models are left out; model-neutral entries stay. */
  model?: string;
  /** Only these kinds of entry. */
  kinds?: EntryKind[];
  /** Override the no-answer threshold (evaluation and debugging). */
  minScore?: number;
}

export interface KnowledgeHit {
  id: string;
  kind: EntryKind;
  category: Category;
  title: Bilingual;
  /** The fused score results are ranked by; at or above the threshold means "this answers it". */
  score: number;
  scores: {
    /** Best cosine similarity of the question to the entry's phrases. */
    vector: number;
    /** BM25 score relative to the best keyword match of this search (0-1). */
    keyword: number;
    /** Share of the question's words (weighted by rarity) the entry contains (0-1). */
    coverage: number;
    /** Exact error-code, model, brand and category agreement (may be negative for a mismatch). */
    boost: number;
  };
  matched: { errorCodes: string[]; models: string[]; brands: string[] };
  entry: KnowledgeEntry;
  /** The file the entry was ingested from, for citations and authors. */
  file?: string;
}

export type SearchStatus = 'answered' | 'no_answer' | 'empty_query';

export interface KnowledgeSearchResult {
  query: string;
  status: SearchStatus;
  /** The question was longer than the search reads; only its start was used. */
  truncated: boolean;
  results: KnowledgeHit[];
  /** The best curated answer when one matches well: say this text rather than generating one. */
  curatedAnswer?: KnowledgeHit;
  /** What the search recognised in the question (codes, models, brands, categories). */
  recognised: {
    errorCodes: string[];
    unknownErrorCodes: string[];
    models: string[];
    unknownModels: string[];
    brands: string[];
    categories: Category[];
  };
  filters: { category?: Category; brand?: string; model?: string; kinds?: EntryKind[] };
}
