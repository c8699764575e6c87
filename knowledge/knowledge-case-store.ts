/**
 * `KnowledgeCaseStore`: where the ingested cases are kept, the source of truth each vector index is
 * synced from. One process keeps them in a JSON file next to its index (knowledge/knowledge-store.ts);
 * several instances keep them in PostgreSQL (storage/postgres/postgres-knowledge-store.ts), and each
 * instance rebuilds its own hnswlib index from there when told of a change.
 */
import type { LoadedEntry } from './ingest/read-folder';
import type { KnowledgeLog } from './knowledge-log';

export interface KnowledgeCaseStore {
  /** Where the cases are, for `kb stats` and logs (a file path or a redacted database URL). */
  readonly where: string;
  /** The stored entries in their ingest order, or undefined when nothing was ever stored (the caller seeds). */
  load(log: KnowledgeLog): Promise<LoadedEntry[] | undefined>;
  /** Replaces the stored entries with these, all at once: a reader sees the old set or the new, never a mix. */
  save(entries: LoadedEntry[]): Promise<void>;
}
