/**
 * Knowledge search at 1k, 10k and 100k synthetic fault cases, in one run:
 * - hnswlib (HnswKnowledgeIndex) against exact brute force over the same vectors in a typed array:
 *   build rate, query p50/p99 and recall@10 of hnswlib against the exact answer;
 * - the whole hybrid search (embed + vector + BM25 + fusion) against vector search alone
 *   (embed + vector);
 * - memory per case.
 * Synthetic cases recombine the sample KB's real phrases with brands, models and codes, so the
 * vocabulary and its skew look like a real knowledge base rather than random vectors.
 */
import { HnswKnowledgeIndex } from '../knowledge/hnsw-knowledge-index';
import { readKnowledgeFolder } from '../knowledge/ingest/read-folder';
import { SAMPLE_KNOWLEDGE_DIR } from '../knowledge/knowledge-base';
import { LocalEmbedder } from '../knowledge/local-embedder';
import { normaliseCode, normaliseModel, type FaultCase, type KnowledgeEntry } from '../knowledge/case-schema';
import { keywordDocument } from '../knowledge/search/entry-text';
import { HybridSearch, indexCatalog } from '../knowledge/search/hybrid-search';
import { KeywordIndex } from '../knowledge/search/keyword-index';
import { indexModels } from '../knowledge/search/query-analysis';
import { tokenise } from '../knowledge/text/tokenise';
import { percentile, writeResult } from './result';

const SIZES = (process.env.KB_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const QUERIES = 300;
const K = 10;
/**
 * The production defaults of HnswKnowledgeIndex; KB_BENCH_M / KB_BENCH_EF try others. Measured on
 * this machine at 100k: M16/ef128 recall@10 0.925, M16/ef400 0.961 (p99 speed-up falls to ~20x),
 * M32/ef200 0.949. Recombined synthetic cases form dense clusters of near-duplicates in hashed
 * n-gram space, which is where hnswlib loses recall.
 */
const HNSW = { m: Number(process.env.KB_BENCH_M ?? 16), efConstruction: 200, efSearch: Number(process.env.KB_BENCH_EF ?? 128) };

const embedder = new LocalEmbedder();
const sample = readKnowledgeFolder(SAMPLE_KNOWLEDGE_DIR).entries.map((e) => e.entry).filter((e): e is FaultCase => e.kind === 'fault');
const BRANDS = ['Gree', 'Midea', 'Haier', 'Hisense', 'AUX', 'Samsung', 'LG', 'Siemens', 'Panasonic', 'Whirlpool', 'Vanward', 'Fotile', 'Supor', 'Xiaomi', 'Huawei'];

/** Deterministic pseudo-random numbers, so every run benchmarks the same corpus and queries. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function syntheticCases(n: number): FaultCase[] {
  const rand = rng(42);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const out: FaultCase[] = [];
  for (let i = 0; i < n; i++) {
    const base = sample[i % sample.length]!;
    const other = pick(sample);
    const brand = pick(BRANDS);
    const model = `${brand.slice(0, 2).toUpperCase()}${100 + Math.floor(rand() * 900)}-${String.fromCharCode(65 + Math.floor(rand() * 26))}${Math.floor(rand() * 90) + 10}`;
    const code = base.errorCodes.length ? [pick(base.errorCodes)] : rand() < 0.3 ? [`${pick(['E', 'F', 'H', 'P'])}${Math.floor(rand() * 30)}`] : [];
    out.push({
      ...base,
      id: `syn-${i}`,
      brands: [brand],
      models: [model],
      errorCodes: code,
      title: { zh: `${brand} ${model} ${base.title.zh}`, en: `${brand} ${model} ${base.title.en}` },
      symptoms: {
        zh: [pick(base.symptoms.zh), pick(other.symptoms.zh)].filter(Boolean),
        en: [pick(base.symptoms.en), pick(other.symptoms.en)].filter(Boolean),
      },
    });
  }
  return out;
}

function caseText(c: FaultCase): string {
  return `${c.title.zh} ${c.title.en} ${c.errorCodes.join(' ')} ${c.symptoms.zh.join(' ')} ${c.symptoms.en.join(' ')}`;
}

function queryTexts(cases: FaultCase[]): string[] {
  const rand = rng(7);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const out: string[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const c = pick(cases);
    const zh = rand() < 0.5;
    const symptom = pick(zh ? c.symptoms.zh : c.symptoms.en) ?? c.title.en;
    out.push(rand() < 0.3 ? `${c.brands[0]} ${c.models[0]} ${symptom}` : rand() < 0.5 && c.errorCodes[0] ? `${symptom} ${c.errorCodes[0]}` : symptom);
  }
  return out;
}

/** Exact top-k by dot product over a flat typed array: the baseline hnswlib is measured against. */
function bruteForce(matrix: Float32Array, dims: number, n: number, query: Float32Array, k: number): { i: number; s: number }[] {
  const best: { i: number; s: number }[] = [];
  let floor = -Infinity;
  for (let i = 0; i < n; i++) {
    let s = 0;
    const off = i * dims;
    for (let d = 0; d < dims; d++) s += matrix[off + d]! * query[d]!;
    if (best.length < k || s > floor) {
      best.push({ i, s });
      best.sort((a, b) => b.s - a.s);
      if (best.length > k) best.pop();
      floor = best[best.length - 1]!.s;
    }
  }
  return best;
}

function memoryNow(): number {
  globalThis.gc?.();
  const m = process.memoryUsage();
  return m.rss;
}

const dims = await embedder.dimensions();
tokenise('预热'); // load jieba's dictionary before any memory is measured
const rows: Record<string, number | string>[] = [];
for (const n of SIZES) {
  const cases = syntheticCases(n);
  const memBefore = memoryNow();

  let t = performance.now();
  const vectors = cases.map((c) => embedder.embedOne(caseText(c)));
  const embedMs = performance.now() - t;

  const index = HnswKnowledgeIndex.inMemory({ embedderId: embedder.id, dimensions: dims, capacity: n, ...HNSW });
  t = performance.now();
  cases.forEach((c, i) => index.upsert(c.id, '', [vectors[i]!]));
  const buildMs = performance.now() - t;

  t = performance.now();
  const keywords = new KeywordIndex();
  for (const c of cases) keywords.add(keywordDocument(c));
  const keywordBuildMs = performance.now() - t;
  const memAfter = memoryNow();

  const matrix = new Float32Array(n * dims);
  vectors.forEach((v, i) => matrix.set(v, i * dims));

  const entries = new Map<string, { entry: KnowledgeEntry }>(cases.map((c) => [c.id, { entry: c }]));
  const models = new Set(cases.flatMap((c) => c.models.map(normaliseModel)));
  const vocabulary = { codes: new Set(cases.flatMap((c) => c.errorCodes.map(normaliseCode))), models, modelsByPrefix: indexModels(models) };
  const catalog = indexCatalog(entries, vocabulary);
  const hybrid = new HybridSearch({ embedder, index, keywords, catalog: () => catalog });

  const queries = queryTexts(cases);
  const queryVectors = queries.map((q) => embedder.embedOne(q));
  // Warm up JIT and caches so the first queries do not colour p99.
  for (let i = 0; i < 20; i++) {
    index.search(queryVectors[i]!, K);
    await hybrid.search(queries[i]!, { k: K });
  }

  const hnswMs: number[] = [];
  const bruteMs: number[] = [];
  const vectorMs: number[] = [];
  const hybridMs: number[] = [];
  let recallSum = 0;
  let tieRecallSum = 0;
  // Separate passes, each after a collection, so one kind of search's garbage is not paid by another.
  globalThis.gc?.();
  for (let i = 0; i < queries.length; i++) {
    const qv = queryVectors[i]!;
    t = performance.now();
    const approx = index.search(qv, K);
    hnswMs.push(performance.now() - t);
    t = performance.now();
    const exact = bruteForce(matrix, dims, n, qv, K);
    bruteMs.push(performance.now() - t);
    const exactIds = new Set(exact.map((e) => cases[e.i]!.id));
    recallSum += approx.filter((a) => exactIds.has(a.entryId)).length / K;
    // Synthetic cases recombine the same phrases, so many share a similarity exactly; a result
    // scoring as high as the exact 10th is as right as the one brute force happened to list.
    const kth = exact[exact.length - 1]!.s;
    tieRecallSum += Math.min(K, approx.filter((a) => a.similarity >= kth - 1e-5).length) / K;
  }
  globalThis.gc?.();
  for (let i = 0; i < queries.length; i++) {

    t = performance.now();
    const [v] = await embedder.embed([queries[i]!]);
    index.search(v!, K);
    vectorMs.push(performance.now() - t);
    t = performance.now();
    await hybrid.search(queries[i]!, { k: K, minScore: 0 });
    hybridMs.push(performance.now() - t);
  }
  const row = {
    cases: n,
    embedRatePerS: Math.round(n / (embedMs / 1000)),
    hnswBuildRatePerS: Math.round(n / (buildMs / 1000)),
    hnswBuildS: +(buildMs / 1000).toFixed(1),
    keywordBuildS: +(keywordBuildMs / 1000).toFixed(1),
    hnswP50Ms: +percentile(hnswMs, 50).toFixed(3),
    hnswP99Ms: +percentile(hnswMs, 99).toFixed(3),
    bruteP50Ms: +percentile(bruteMs, 50).toFixed(3),
    bruteP99Ms: +percentile(bruteMs, 99).toFixed(3),
    speedupP99: +(percentile(bruteMs, 99) / percentile(hnswMs, 99)).toFixed(1),
    recallAt10: +(tieRecallSum / queries.length).toFixed(4),
    recallAt10StrictIds: +(recallSum / queries.length).toFixed(4),
    vectorSearchP50Ms: +percentile(vectorMs, 50).toFixed(3),
    vectorSearchP99Ms: +percentile(vectorMs, 99).toFixed(3),
    hybridP50Ms: +percentile(hybridMs, 50).toFixed(3),
    hybridP99Ms: +percentile(hybridMs, 99).toFixed(3),
    hybridOverVectorP50: +(percentile(hybridMs, 50) / percentile(vectorMs, 50)).toFixed(2),
    hybridOverVectorP99: +(percentile(hybridMs, 99) / percentile(vectorMs, 99)).toFixed(2),
    memoryPerCaseBytes: Math.round((memAfter - memBefore) / n),
    hnswBytesPerCase: Math.round(dims * 4 + HNSW.m * 2 * 4 + 16),
  };
  rows.push(row);
  console.log(JSON.stringify(row));
}

const big = rows.at(-1)!;
const speedup = big.speedupP99 as number;
const recall = big.recallAt10 as number;
const hybridRatio = Math.max(big.hybridOverVectorP50 as number, big.hybridOverVectorP99 as number);
writeResult('knowledge', {
  ratio: speedup,
  target: {
    description: `at ${big.cases} cases: brute-force p99 / hnswlib p99 >= 30 with recall@10 >= 0.99, and hybrid search within 5x of vector search alone (p50 and p99)`,
    minRatio: 30,
  },
  met: speedup >= 30 && recall >= 0.99 && hybridRatio <= 5,
  figures: {
    dimensions: dims,
    embedder: embedder.id,
    hnsw: HNSW,
    queries: QUERIES,
    k: K,
    recallAt10AtLargest: recall,
    sweepAt100k: [
      { m: 16, efSearch: 128, recallAt10: 0.925, speedupP99: 36.6, hybridOverVectorP50: 4.3 },
      { m: 16, efSearch: 400, recallAt10: 0.961, speedupP99: 20.0, hybridOverVectorP50: 3.12 },
      { m: 32, efSearch: 200, recallAt10: 0.949, speedupP99: 15.6, hybridOverVectorP50: 3.66 },
    ],
    recallNote: 'recallAt10 counts a result as found when its similarity reaches the exact 10th (ties among recombined synthetic cases); recallAt10StrictIds compares ids only',
    hybridOverVectorAtLargest: hybridRatio,
    bySize: rows,
  },
});
