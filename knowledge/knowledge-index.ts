/**
 * The `KnowledgeIndex` port: nearest-neighbour search over entry vectors. An entry may own several
 * vectors (its title and each symptom as customers say it); a search returns each entry once, at
 * its best-matching vector. The index remembers the content hash it indexed per entry, so the
 * caller re-embeds only what changed.
 */
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
  indexed(): ReadonlyMap<string, string>;
  upsert(entryId: string, hash: string, vectors: Float32Array[]): void;
  remove(entryId: string): void;
  search(query: Float32Array, k: number, accept?: (entryId: string) => boolean): VectorMatch[];
  /** Exact similarity of a query to one entry (its best vector), for candidates found by keywords. */
  similarityTo(query: Float32Array, entryId: string): number | undefined;
  save(): void;
  stats(): KnowledgeIndexStats;
}
