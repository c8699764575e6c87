/**
 * The `KnowledgeIndex` port: nearest-neighbour search over entry vectors. An entry may own several
 * vectors (its title and each symptom as customers say it); a search returns each entry once, at
 * its best-matching vector. The index remembers the content hash it indexed per entry, so the
 * caller re-embeds only what changed.
 *
 * Every operation is async and says nothing of how vectors are kept, so an index in a database
 * (pgvector) fits as well as the in-process hnswlib one: the knowledge base is given a
 * `KnowledgeIndexFactory` by the composition root and never names an implementation.
 */
import type { KnowledgeLog } from './knowledge-log';

export interface VectorMatch {
  entryId: string;
  /** Cosine similarity of the best vector of the entry, -1..1 (1 = same direction). */
  similarity: number;
}

export interface KnowledgeIndexStats {
  entries: number;
  vectors: number;
  /** Slots of removed vectors waiting to be reused. */
  deletedVectors: number;
  dimensions: number;
  embedderId: string;
  file?: string;
  fileBytes?: number;
}

export interface KnowledgeIndex {
  readonly embedderId: string;
  readonly dimensions: number;
  /** entry id -> content hash of what is indexed for it. */
  indexed(): Promise<ReadonlyMap<string, string>>;
  /** Replaces the entry's vectors (each must have `dimensions` numbers). */
  upsert(entryId: string, hash: string, vectors: Float32Array[]): Promise<void>;
  remove(entryId: string): Promise<void>;
  /** The k entries nearest the query, nearest first, each once at its best vector. */
  search(query: Float32Array, k: number): Promise<VectorMatch[]>;
  /**
   * Exact similarity of the query to each listed entry (its best vector); entries the index does
   * not hold are left out. The search scores candidates found by keywords, codes or models with
   * it, in one call per search.
   */
  similarities(query: Float32Array, entryIds: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /** Makes every change so far durable (a no-op for an index that writes as it goes). */
  save(): Promise<void>;
  stats(): KnowledgeIndexStats;
}

/** How an index was found when opened; anything but `loaded` means every entry is re-embedded. */
export type IndexOpenStatus = 'loaded' | 'created' | 'rebuild_missing' | 'rebuild_corrupt' | 'rebuild_embedder_changed';

/**
 * Opens the index for a knowledge base: `dir` is the knowledge base's folder (an index kept
 * elsewhere ignores it), and an index built by another embedder or at another width is rebuilt.
 */
export type KnowledgeIndexFactory = (init: { dir: string; embedderId: string; dimensions: number; log: KnowledgeLog }) => Promise<{ index: KnowledgeIndex; status: IndexOpenStatus }>;
