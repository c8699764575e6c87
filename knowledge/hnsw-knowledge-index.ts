/**
 * `KnowledgeIndex` on hnswlib-node, persisted as two files in the index folder: the hnswlib graph
 * (NAME.hnsw) and a JSON sidecar (NAME.meta.json) with label -> entry mapping, the embedder id and
 * a SHA-256 of the graph file. The checksum is checked before native code reads the graph, so a
 * truncated or overwritten file is rebuilt (with a warning) instead of trusted.
 *
 * hnswlib does not store `ef` in the file and defaults it to 10, which misses clear top results:
 * it is set after every build and every load (see PLATFORM.md).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import { z } from 'zod';
import { StorageError } from '../kernel/errors';
import type { IndexOpenStatus, KnowledgeIndex, KnowledgeIndexFactory, KnowledgeIndexStats, VectorMatch } from './knowledge-index';
import type { KnowledgeLog } from './knowledge-log';
import { VectorCopies } from './vector-copies';

export interface HnswOptions {
  /** Graph degree (links per vector). */
  m?: number;
  efConstruction?: number;
  /** Search breadth; raised to k when a search asks for more. */
  efSearch?: number;
}

/**
 * M 32 rather than hnswlib's usual 16: hashed n-gram vectors spread over many dimensions, and on the
 * 100k-case benchmark (bench/knowledge.bench.ts) M 32 at ef 128 found more of the exact top 10
 * (0.973 against 0.961) in less time (p50 0.8 ms against 1.0 ms) than M 16, for 128 more bytes per
 * vector and a similar build time. M 16 needed ef 256 to come close and was then twice as slow.
 * efConstruction 400 and ef 256 for a recall@10 of 0.99 at 100k: with efConstruction 200 even
 * ef 384 stayed at 0.989; a graph built with 400 reaches 0.990 at ef 256 (the narrowest search
 * that does) and 0.994 at ef 384. At ef 256 p99 is 2.2 ms with npm's SSE build of hnswlib (~31x
 * faster than brute force, too close to the 30x goal to hold on a busy machine) and 1.4 ms with
 * the AVX2 build bin/build-hnswlib-simd.mjs makes (51x). Building takes twice as long as with 200
 * (about 150 s for 100k cases here); on the sample KB the wider search costs nothing measurable.
 */
export const HNSW_DEFAULTS = { m: 32, efConstruction: 400, efSearch: 256 } as const;

const metaSchema = z.object({
  format: z.literal(1),
  embedderId: z.string(),
  dimensions: z.number().int().positive(),
  m: z.number().int().positive(),
  efConstruction: z.number().int().positive(),
  nextLabel: z.number().int().nonnegative(),
  deleted: z.array(z.number().int().nonnegative()),
  entries: z.record(z.string(), z.object({ hash: z.string(), labels: z.array(z.number().int().nonnegative()) })),
  sha256: z.string(),
  bytes: z.number().int().nonnegative(),
});
type Meta = z.infer<typeof metaSchema>;

export class HnswKnowledgeIndex implements KnowledgeIndex {
  readonly embedderId: string;
  readonly dimensions: number;
  private readonly graphFile?: string;
  private readonly metaFile?: string;
  private readonly m: number;
  private readonly efConstruction: number;
  private efSearch: number;
  private hnsw: hnswlib.HierarchicalNSW;
  private capacity: number;
  private nextLabel = 0;
  private readonly labelToEntry = new Map<number, string>();
  private readonly entries = new Map<string, { hash: string; labels: number[] }>();
  private deleted: number[] = [];
  /**
   * Every vector again, compact, for `similarityTo`: hnswlib's getPoint was half of a hybrid search
   * on the sample KB and its p99 at 100k. Filled as vectors are added and when the graph is loaded.
   */
  private readonly copies: VectorCopies;
  private fileBytes?: number;
  private scratch?: number[];

  private constructor(init: { embedderId: string; dimensions: number; graphFile?: string; metaFile?: string } & HnswOptions, capacity = 1024) {
    this.embedderId = init.embedderId;
    this.dimensions = init.dimensions;
    this.graphFile = init.graphFile;
    this.metaFile = init.metaFile;
    this.m = init.m ?? HNSW_DEFAULTS.m;
    this.efConstruction = init.efConstruction ?? HNSW_DEFAULTS.efConstruction;
    this.efSearch = init.efSearch ?? HNSW_DEFAULTS.efSearch;
    this.capacity = capacity;
    this.copies = new VectorCopies(this.dimensions);
    this.hnsw = new hnswlib.HierarchicalNSW('ip', this.dimensions);
    this.hnsw.initIndex({ maxElements: capacity, m: this.m, efConstruction: this.efConstruction, randomSeed: 100, allowReplaceDeleted: true });
    this.hnsw.setEf(this.efSearch);
  }

  /** An index that lives only in memory (benchmarks, one-off searches). */
  static inMemory(init: { embedderId: string; dimensions: number; capacity?: number } & HnswOptions): HnswKnowledgeIndex {
    return new HnswKnowledgeIndex(init, init.capacity ?? 1024);
  }

  /**
   * Loads NAME.hnsw from `dir`, or starts an empty index when it is missing, corrupt or built by
   * another embedder. The status tells the caller whether everything must be re-embedded.
   */
  static open(init: { dir: string; name?: string; embedderId: string; dimensions: number; log: KnowledgeLog } & HnswOptions): {
    index: HnswKnowledgeIndex;
    status: IndexOpenStatus;
  } {
    const name = init.name ?? 'knowledge';
    const graphFile = path.join(init.dir, `${name}.hnsw`);
    const metaFile = path.join(init.dir, `${name}.meta.json`);
    const fresh = () => new HnswKnowledgeIndex({ ...init, graphFile, metaFile });
    const hasGraph = fs.existsSync(graphFile);
    const hasMeta = fs.existsSync(metaFile);
    if (!hasGraph && !hasMeta) return { index: fresh(), status: 'created' };
    if (!hasGraph || !hasMeta) {
      init.log.warn(`knowledge index file ${hasGraph ? metaFile : graphFile} is missing; rebuilding the index from the cases`);
      return { index: fresh(), status: 'rebuild_missing' };
    }
    let meta: Meta;
    try {
      meta = metaSchema.parse(JSON.parse(fs.readFileSync(metaFile, 'utf8')));
    } catch (error) {
      init.log.warn(`knowledge index ${metaFile} is unreadable (${(error as Error).message.split('\n')[0]}); rebuilding the index from the cases`);
      return { index: fresh(), status: 'rebuild_corrupt' };
    }
    if (meta.embedderId !== init.embedderId || meta.dimensions !== init.dimensions) {
      init.log.info(`knowledge index was built with ${meta.embedderId}, now using ${init.embedderId}; re-embedding the cases`);
      return { index: fresh(), status: 'rebuild_embedder_changed' };
    }
    const bytes = fs.readFileSync(graphFile);
    if (bytes.length !== meta.bytes || sha256(bytes) !== meta.sha256) {
      init.log.warn(`knowledge index ${graphFile} does not match its checksum (corrupt or partly written); rebuilding the index from the cases`);
      return { index: fresh(), status: 'rebuild_corrupt' };
    }
    const index = new HnswKnowledgeIndex({ ...init, graphFile, metaFile, m: meta.m, efConstruction: meta.efConstruction }, 1);
    try {
      index.hnsw = new hnswlib.HierarchicalNSW('ip', init.dimensions);
      index.hnsw.readIndexSync(graphFile, true);
    } catch (error) {
      init.log.warn(`knowledge index ${graphFile} could not be read (${(error as Error).message}); rebuilding the index from the cases`);
      return { index: fresh(), status: 'rebuild_corrupt' };
    }
    index.hnsw.setEf(index.efSearch);
    index.capacity = index.hnsw.getMaxElements();
    index.nextLabel = meta.nextLabel;
    index.deleted = [...meta.deleted];
    index.fileBytes = meta.bytes;
    try {
      for (const [entryId, info] of Object.entries(meta.entries)) {
        index.entries.set(entryId, { hash: info.hash, labels: info.labels });
        for (const label of info.labels) {
          index.labelToEntry.set(label, entryId);
          index.copies.set(label, index.hnsw.getPoint(label));
        }
      }
    } catch (error) {
      init.log.warn(`knowledge index ${graphFile} does not hold the vectors its map lists (${(error as Error).message}); rebuilding the index from the cases`);
      return { index: fresh(), status: 'rebuild_corrupt' };
    }
    return { index, status: 'loaded' };
  }

  /** Changes the search breadth of a live index (a benchmark sweeps it without rebuilding the graph). */
  setEfSearch(ef: number): void {
    if (!Number.isInteger(ef) || ef < 1) throw new RangeError(`efSearch must be a positive integer, got ${ef}`);
    this.efSearch = ef;
    this.hnsw.setEf(ef);
  }

  async indexed(): Promise<ReadonlyMap<string, string>> {
    return new Map([...this.entries].map(([id, e]) => [id, e.hash]));
  }

  async upsert(entryId: string, hash: string, vectors: Float32Array[]): Promise<void> {
    this.upsertNow(entryId, hash, vectors);
  }

  /** `upsert` without the promise: hnswlib is synchronous, and a benchmark builds 100k entries in a loop. */
  upsertNow(entryId: string, hash: string, vectors: Float32Array[]): void {
    this.removeNow(entryId);
    const labels: number[] = [];
    for (const vector of vectors) {
      if (vector.length !== this.dimensions) throw new RangeError(`vector has ${vector.length} dimensions, index has ${this.dimensions}`);
      const reuse = this.deleted.length > 0;
      if (!reuse && this.hnsw.getCurrentCount() >= this.capacity) this.grow();
      const label = this.nextLabel++;
      this.hnsw.addPoint(this.plainArray(vector), label, reuse);
      this.copies.set(label, vector);
      if (reuse) this.deleted.pop();
      labels.push(label);
      this.labelToEntry.set(label, entryId);
    }
    this.entries.set(entryId, { hash, labels });
  }

  async remove(entryId: string): Promise<void> {
    this.removeNow(entryId);
  }

  private removeNow(entryId: string): void {
    const existing = this.entries.get(entryId);
    if (!existing) return;
    for (const label of existing.labels) {
      this.hnsw.markDelete(label);
      this.labelToEntry.delete(label);
      this.copies.delete(label);
      this.deleted.push(label);
    }
    this.entries.delete(entryId);
  }

  async search(query: Float32Array, k: number): Promise<VectorMatch[]> {
    return this.searchNow(query, k);
  }

  /**
   * `search` without the promise, and with hnswlib's filter inside the graph walk: the knowledge
   * benchmark times hnswlib itself against brute force, with nothing else in the measurement.
   */
  searchNow(query: Float32Array, k: number, accept?: (entryId: string) => boolean): VectorMatch[] {
    const live = this.labelToEntry.size;
    if (k <= 0 || live === 0) return [];
    // Entries own several vectors; ask for more vectors than entries wanted so k distinct entries survive.
    const wanted = Math.min(live, Math.max(k * 4, k + 8), this.capacity);
    const ef = Math.max(this.efSearch, wanted);
    if (this.hnsw.getEf() !== ef) this.hnsw.setEf(ef);
    const filter = accept
      ? (label: number) => {
          const id = this.labelToEntry.get(label);
          return id !== undefined && accept(id);
        }
      : undefined;
    const { neighbors, distances } = this.hnsw.searchKnn(this.plainArray(query), wanted, filter);
    // hnswlib returns the nearest first, so an entry's first vector is its best.
    const matches: VectorMatch[] = [];
    const found = new Set<string>();
    for (let i = 0; i < neighbors.length && matches.length < k; i++) {
      const id = this.labelToEntry.get(neighbors[i]!);
      if (id === undefined || found.has(id)) continue;
      found.add(id);
      matches.push({ entryId: id, similarity: 1 - distances[i]! }); // hnswlib's inner-product distance is 1 - dot
    }
    return matches;
  }

  /**
   * hnswlib-node takes vectors as JS arrays only. Array.from on a Float32Array steps an iterator
   * per element (~20 KB of garbage a search, which at 100k cases brings young-generation pauses
   * into p99); one array is refilled instead, safe since the native call is synchronous.
   */
  private plainArray(vector: Float32Array): number[] {
    if (vector.length !== this.dimensions) throw new RangeError(`vector has ${vector.length} dimensions, index has ${this.dimensions}`);
    const array = (this.scratch ??= new Array<number>(this.dimensions).fill(0.5));
    for (let i = 0; i < vector.length; i++) array[i] = vector[i]!;
    return array;
  }

  async similarities(query: Float32Array, entryIds: readonly string[]): Promise<ReadonlyMap<string, number>> {
    const found = new Map<string, number>();
    for (const entryId of entryIds) {
      const entry = this.entries.get(entryId);
      if (!entry) continue;
      let best = -Infinity;
      for (const label of entry.labels) best = Math.max(best, this.copies.dot(label, query) ?? -Infinity);
      found.set(entryId, best);
    }
    return found;
  }

  async save(): Promise<void> {
    if (!this.graphFile || !this.metaFile) return;
    fs.mkdirSync(path.dirname(this.graphFile), { recursive: true });
    try {
      // Write both files beside their targets and rename: a crash leaves the old pair or a
      // checksum mismatch (rebuilt on next start), never a graph that silently disagrees with its map.
      const tmpGraph = `${this.graphFile}.${process.pid}.tmp`;
      this.hnsw.writeIndexSync(tmpGraph);
      const bytes = fs.readFileSync(tmpGraph);
      const meta: Meta = {
        format: 1,
        embedderId: this.embedderId,
        dimensions: this.dimensions,
        m: this.m,
        efConstruction: this.efConstruction,
        nextLabel: this.nextLabel,
        deleted: this.deleted,
        entries: Object.fromEntries(this.entries),
        sha256: sha256(bytes),
        bytes: bytes.length,
      };
      const tmpMeta = `${this.metaFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmpMeta, JSON.stringify(meta));
      fs.renameSync(tmpGraph, this.graphFile);
      fs.renameSync(tmpMeta, this.metaFile);
      this.fileBytes = bytes.length;
    } catch (error) {
      throw new StorageError('kb_index_write_failed', `Could not write the knowledge index to ${this.graphFile}: ${(error as Error).message}`, { cause: error });
    }
  }

  stats(): KnowledgeIndexStats {
    return {
      entries: this.entries.size,
      vectors: this.labelToEntry.size,
      deletedVectors: this.deleted.length,
      dimensions: this.dimensions,
      embedderId: this.embedderId,
      file: this.graphFile,
      fileBytes: this.fileBytes,
    };
  }

  private grow(): void {
    this.capacity = Math.max(1024, this.capacity * 2);
    this.hnsw.resizeIndex(this.capacity);
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The factory the composition root hands the knowledge base for an hnswlib index in its folder
 * (`hnsw` tunes the graph; the defaults are HNSW_DEFAULTS).
 */
export function hnswIndexFactory(hnsw: HnswOptions = {}): KnowledgeIndexFactory {
  return async (init) => HnswKnowledgeIndex.open({ ...init, ...hnsw });
}
