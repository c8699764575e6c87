/**
 * The knowledge base the bot calls: open it once at start, then `search`. It keeps the vector index
 * and the keyword index in step with the stored cases (a `KnowledgeCaseStore`): on open a missing
 * or corrupt index is rebuilt from the cases, and an empty store gets the shipped sample knowledge
 * base so search works with no set-up step. When another instance changes the shared store,
 * `refresh` brings this instance's indexes in line with it.
 */
import path from 'node:path';
import { normaliseCode, normaliseModel, type Category, type EntryKind, type KnowledgeEntry } from './case-schema';
import type { Embedder } from './embedder';
import { duplicateIssue, readKnowledgeFolder, type LoadedEntry } from './ingest/read-folder';
import type { IngestIssue } from './ingest/raw-entry';
import type { IndexOpenStatus, KnowledgeIndexFactory, KnowledgeIndexStats } from './knowledge-index';
import { silentLog, type KnowledgeLog } from './knowledge-log';
import type { KnowledgeCaseStore } from './knowledge-case-store';
import { FileKnowledgeStore } from './knowledge-store';
import { keywordDocument, vectorTexts } from './search/entry-text';
import { HybridSearch, indexCatalog, type SearchCatalog, type SearchTuning } from './search/hybrid-search';
import { indexModels } from './search/query-analysis';
import { KeywordIndex } from './search/keyword-index';
import type { KnowledgeSearchResult, SearchOptions } from './search/search-types';

/** The knowledge base shipped with the product (knowledge/sample). */
export const SAMPLE_KNOWLEDGE_DIR = path.join(import.meta.dirname, 'sample');

export interface OpenKnowledgeBaseOptions {
  /** Folder for this instance's index, and for the stored cases unless `store` is given (config.indexDir: DATA_DIR/index). */
  indexDir: string;
  /** Where the cases are kept; default a JSON file in indexDir. Several instances share a PostgreSQL one. */
  store?: KnowledgeCaseStore;
  /** Called by `close` (the composition root closes what it opened for this knowledge base). */
  onClose?: () => Promise<void>;
  embedder: Embedder;
  /** Opens the vector index: the composition root chooses it (hnswIndexFactory for hnswlib). */
  openIndex: KnowledgeIndexFactory;
  /** Ingested when the folder holds no knowledge base yet; default the shipped sample; false starts empty. */
  seed?: string | false;
  log?: KnowledgeLog;
  tuning?: Partial<SearchTuning>;
  /** Hosts knowledge text may link to (LLM_ALLOWED_LINK_HOSTS); an entry linking elsewhere is refused at ingest. */
  allowedLinkHosts?: readonly string[];
}

export interface IngestProgress {
  phase: 'read' | 'embed';
  done: number;
  total: number;
}

export interface IngestOptions {
  /** Drop every entry that did not come from this folder (default: keep entries from other folders). */
  replace?: boolean;
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestReport {
  dir: string;
  files: number;
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** Entries whose vectors were computed in this ingest (added + updated, or all after a rebuild). */
  embedded: number;
  issues: IngestIssue[];
  /** False when any entry or file was rejected (the others were still loaded). */
  ok: boolean;
}

export interface KnowledgeStats {
  entries: number;
  byKind: Record<EntryKind, number>;
  byCategory: Partial<Record<Category, number>>;
  files: number;
  errorCodes: number;
  storeFile: string;
  indexStatusAtOpen: IndexOpenStatus;
  index: KnowledgeIndexStats;
}

export interface KnowledgeBase {
  search(query: string, options?: SearchOptions): Promise<KnowledgeSearchResult>;
  get(id: string): KnowledgeEntry | undefined;
  ingest(dir: string, options?: IngestOptions): Promise<IngestReport>;
  stats(): KnowledgeStats;
  /** Re-reads the stored cases and re-indexes what changed (another instance ingested). */
  refresh(): Promise<{ changed: boolean }>;
  close(): Promise<void>;
}

const EMBED_BATCH = 64;

export async function openKnowledgeBase(options: OpenKnowledgeBaseOptions): Promise<KnowledgeBase> {
  const log = options.log ?? silentLog;
  const store = options.store ?? new FileKnowledgeStore(options.indexDir);
  const dimensions = await options.embedder.dimensions();
  const { index, status } = await options.openIndex({ dir: options.indexDir, embedderId: options.embedder.id, dimensions, log });
  const keywords = new KeywordIndex();
  let entries = new Map<string, LoadedEntry>();
  let catalog: SearchCatalog = buildCatalog(entries);

  const setEntries = (list: LoadedEntry[]) => {
    entries = new Map(list.map((e) => [e.entry.id, e]));
    catalog = buildCatalog(entries);
  };

  /** Brings the vector index in line with the stored entries, embedding only what it lacks. */
  const syncIndex = async (onProgress?: (p: IngestProgress) => void): Promise<number> => {
    const indexed = await index.indexed();
    let changed = false;
    for (const [id, hash] of indexed) {
      const current = entries.get(id);
      if (!current || current.hash !== hash) {
        await index.remove(id);
        changed = true;
      }
    }
    const missing = [...entries.values()].filter((e) => indexed.get(e.entry.id) !== e.hash);
    for (let start = 0; start < missing.length; start += EMBED_BATCH) {
      const batch = missing.slice(start, start + EMBED_BATCH);
      const texts = batch.map((e) => vectorTexts(e.entry));
      const vectors = await options.embedder.embed(texts.flat());
      let at = 0;
      for (let i = 0; i < batch.length; i++) {
        await index.upsert(batch[i]!.entry.id, batch[i]!.hash, vectors.slice(at, at + texts[i]!.length));
        at += texts[i]!.length;
      }
      changed = true;
      onProgress?.({ phase: 'embed', done: Math.min(start + EMBED_BATCH, missing.length), total: missing.length });
    }
    if (changed || status !== 'loaded') await index.save();
    return missing.length;
  };

  const syncKeywords = (before: ReadonlyMap<string, LoadedEntry>) => {
    for (const [id, old] of before) {
      const now = entries.get(id);
      if (!now || now.hash !== old.hash) keywords.remove(id);
    }
    for (const [id, now] of entries) {
      if (before.get(id)?.hash !== now.hash) keywords.add(keywordDocument(now.entry));
    }
  };

  // Ingest and refresh both rewrite the entries and the indexes: one at a time.
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };

  const ingestNow = async (dir: string, ingestOptions: IngestOptions = {}): Promise<IngestReport> => {
    const root = path.resolve(dir);
    const read = readKnowledgeFolder(root, (_file, done, total) => ingestOptions.onProgress?.({ phase: 'read', done, total }), { allowedLinkHosts: options.allowedLinkHosts });
    const issues = [...read.issues];
    const inside = (file: string) => file === root || file.startsWith(root + path.sep);
    const kept = ingestOptions.replace ? [] : [...entries.values()].filter((e) => !inside(e.file));
    const keptById = new Map(kept.map((e) => [e.entry.id, e]));
    const incoming: LoadedEntry[] = [];
    for (const loaded of read.entries) {
      const other = keptById.get(loaded.entry.id);
      if (other) issues.push(duplicateIssue(loaded, other));
      else incoming.push(loaded);
    }
    const before = entries;
    const next = [...kept, ...incoming];
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    for (const e of incoming) {
      const old = before.get(e.entry.id);
      if (!old) added++;
      else if (old.hash !== e.hash) updated++;
      else unchanged++;
    }
    const nextIds = new Set(next.map((e) => e.entry.id));
    const removed = [...before.keys()].filter((id) => !nextIds.has(id)).length;
    await store.save(next);
    setEntries(next);
    const embedded = await syncIndex(ingestOptions.onProgress);
    syncKeywords(before);
    return { dir: root, files: read.files.length, added, updated, unchanged, removed, embedded, issues, ok: issues.length === 0 };
  };

  const ingest = (dir: string, ingestOptions?: IngestOptions) => oneAtATime(() => ingestNow(dir, ingestOptions));

  const refresh = () =>
    oneAtATime(async () => {
      const stored = await store.load(log);
      if (!stored) return { changed: false };
      const before = entries;
      const same = stored.length === before.size && stored.every((e) => before.get(e.entry.id)?.hash === e.hash);
      if (same) return { changed: false };
      setEntries(stored);
      await syncIndex();
      syncKeywords(before);
      log.info(`knowledge base refreshed from ${store.where}: ${stored.length} entries`);
      return { changed: true };
    });

  const stored = await store.load(log);
  if (stored) {
    setEntries(stored);
    await syncIndex();
    syncKeywords(new Map());
  } else if (options.seed !== false) {
    const seedDir = options.seed ?? SAMPLE_KNOWLEDGE_DIR;
    log.info(`no knowledge base in ${options.indexDir} yet; loading ${seedDir}`);
    const report = await ingest(seedDir);
    for (const issue of report.issues) log.warn(`${issue.file}${issue.line ? `:${issue.line}` : ''}: ${issue.reason}`);
  } else {
    await store.save([]);
    await index.save();
  }

  const search = new HybridSearch({ embedder: options.embedder, index, keywords, catalog: () => catalog, tuning: options.tuning });

  return {
    search: (query, searchOptions) => search.search(query, searchOptions),
    get: (id) => entries.get(id)?.entry,
    ingest,
    refresh,
    close: async () => {
      await queue;
      await options.onClose?.();
    },
    stats: () => {
      const byKind: Record<EntryKind, number> = { fault: 0, policy: 0, qa: 0 };
      const byCategory: Partial<Record<Category, number>> = {};
      for (const { entry } of entries.values()) {
        byKind[entry.kind]++;
        byCategory[entry.category] = (byCategory[entry.category] ?? 0) + 1;
      }
      return {
        entries: entries.size,
        byKind,
        byCategory,
        files: new Set([...entries.values()].map((e) => e.file)).size,
        errorCodes: catalog.vocabulary.codes.size,
        storeFile: store.where,
        indexStatusAtOpen: status,
        index: index.stats(),
      };
    },
  };
}

function buildCatalog(entries: ReadonlyMap<string, LoadedEntry>): SearchCatalog {
  const codes = new Set<string>();
  const models = new Set<string>();
  for (const { entry } of entries.values()) {
    if (entry.kind === 'fault') for (const c of entry.errorCodes) codes.add(normaliseCode(c));
    for (const m of entry.models) models.add(normaliseModel(m));
  }
  return indexCatalog(entries, { codes, models, modelsByPrefix: indexModels(models) });
}
