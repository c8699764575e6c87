/**
 * Embeddings as each provider serves them, configured the way an operator would (EMBEDDINGS=openai
 * with a preset's base URL), through the real embedder and the real knowledge base: float vectors
 * asked for and their width checked, DashScope's 10-per-request limit, a server that ignores the
 * format asked for, and a width that does not match stopping the ingest before the index changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { createEmbedder } from '../../app/knowledge';
import type { LlmPresetName } from '../../bot/brains/llm/llm-presets';
import { dot } from '../../knowledge/embedder';
import { openKnowledgeBase } from '../../knowledge/knowledge-base';
import { hnswIndexFactory } from '../../knowledge/hnsw-knowledge-index';
import type { FakeOpenAIServer } from '../../testing/fake-openai-server';
import { startProviderFake } from '../../testing/provider-fakes';
import { faultCase, tempDir, writeFiles } from './helpers';

let server: (FakeOpenAIServer & { apiKey?: string }) | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function embedderFor(preset: LlmPresetName, env: Record<string, string> = {}) {
  server = await startProviderFake(preset);
  const config = loadConfig({
    AFTERSALES_DATA_DIR: tempDir(),
    LLM_PRESET: preset,
    LLM_BASE_URL: server.baseUrl,
    ...(server.apiKey ? { LLM_API_KEY: server.apiKey } : {}),
    EMBEDDINGS: 'openai',
    LLM_MAX_RETRIES: '0',
    ...env,
  });
  return { server, config, embedder: createEmbedder(config) };
}

const TEXTS = Array.from({ length: 23 }, (_, i) => `空调第${i}号故障 E${i} 不制冷`);

describe.each([
  { preset: 'openai' as const, model: 'text-embedding-3-small', width: 1536, batch: 256 },
  { preset: 'qwen' as const, model: 'text-embedding-v3', width: 1024, batch: 10 },
  { preset: 'ollama' as const, model: 'nomic-embed-text', width: 768, batch: 64 },
  { preset: 'vllm' as const, model: 'BAAI/bge-m3', width: 1024, batch: 64 },
])('$preset embeddings', ({ preset, model, width, batch }) => {
  it(`asks for float vectors in batches the provider accepts (${batch}) and reads them at their width`, async () => {
    const { server, embedder } = await embedderFor(preset, { EMBEDDINGS_MODEL: model });
    const vectors = await embedder.embed(TEXTS);
    expect(vectors).toHaveLength(TEXTS.length);
    for (const v of vectors) {
      expect(v.length).toBe(width);
      expect(dot(v, v)).toBeCloseTo(1, 4);
    }
    expect(server.embeddingRequests.every((r) => r.encoding_format === 'float' && r.model === model)).toBe(true);
    expect(server.embeddingRequests.map((r) => (r.input as string[]).length)).toEqual(Array.from({ length: Math.ceil(TEXTS.length / batch) }, (_, i) => Math.min(batch, TEXTS.length - i * batch)));
    expect(await embedder.dimensions()).toBe(width);
  });
});

describe('embedding quirks', () => {
  it('DashScope refuses more than 10 inputs a request: the config refuses such a batch size, naming the variable', async () => {
    expect(() => loadConfig({ LLM_PRESET: 'qwen', LLM_BASE_URL: 'http://127.0.0.1:9/v1', EMBEDDINGS: 'openai', EMBEDDINGS_BATCH_SIZE: '25' })).toThrow(
      /EMBEDDINGS_BATCH_SIZE: qwen accepts at most 10/,
    );
    // What the fake does with one: DashScope's own 400, as a non-retryable upstream error.
    const { embedder } = await embedderFor('ollama', { EMBEDDINGS_BATCH_SIZE: '25' });
    server!.quirks.embeddings!.maxBatch = 10;
    await expect(embedder.embed(TEXTS)).rejects.toMatchObject({ code: 'embeddings_failed', retryable: false });
  });

  it('a server that answers base64 whatever was asked is still read at the right width', async () => {
    const { server, embedder } = await embedderFor('vllm');
    server.quirks.embeddings!.alwaysFormat = 'base64';
    const [v] = await embedder.embed(['洗衣机不排水']);
    expect(v!.length).toBe(1024);
    server.quirks.embeddings!.alwaysFormat = 'float';
    const [w] = await embedder.embed(['洗衣机不排水']);
    expect(dot(v!, w!)).toBeCloseTo(1, 5);
  });

  it('EMBEDDINGS_DIMENSIONS is asked for where the provider takes it (OpenAI) and becomes part of the vector space id', async () => {
    const { server, embedder } = await embedderFor('openai', { EMBEDDINGS_DIMENSIONS: '256' });
    expect(await embedder.dimensions()).toBe(256);
    expect(server.embeddingRequests[0]).toMatchObject({ dimensions: 256, encoding_format: 'float' });
    expect(embedder.id).toContain('/256@');
  });

  it('a width other than EMBEDDINGS_DIMENSIONS stops the knowledge base from opening, with a message naming the fix', async () => {
    const { embedder } = await embedderFor('ollama', { EMBEDDINGS_DIMENSIONS: '1024' });
    const error = await openKnowledgeBase({ openIndex: hnswIndexFactory(), indexDir: tempDir(), embedder }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'embeddings_dimension_mismatch' });
    expect(String((error as Error).message)).toMatch(/768 dimensions, expected 1024 \(EMBEDDINGS_DIMENSIONS\).*set EMBEDDINGS_DIMENSIONS.*向量维度不符/);
  });

  it('a server whose width changes mid-ingest stops the ingest; the saved index is left as it was', async () => {
    const { server, embedder } = await embedderFor('ollama', { EMBEDDINGS_BATCH_SIZE: '4' });
    const indexDir = tempDir();
    const seed = writeFiles(tempDir(), { 'a.json': JSON.stringify([faultCase('ac-e1', { category: 'air_conditioner' })]) });
    const kb = await openKnowledgeBase({ openIndex: hnswIndexFactory(), indexDir, embedder, seed });
    expect(kb.stats().entries).toBe(1);
    const saved = fs
      .readdirSync(indexDir)
      .filter((f) => f.endsWith('.hnsw'))
      .map((f) => fs.statSync(path.join(indexDir, f)).mtimeMs);

    server.quirks.embeddings!.dimensions = 384; // the model behind the name was swapped
    const more = writeFiles(tempDir(), {
      'b.json': JSON.stringify(Array.from({ length: 6 }, (_, i) => faultCase(`wm-${i}`, { category: 'washing_machine' }))),
    });
    const error = await kb.ingest(more).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'embeddings_dimension_mismatch' });
    expect(String((error as Error).message)).toMatch(/384 dimensions, expected 768/);
    expect(
      fs
        .readdirSync(indexDir)
        .filter((f) => f.endsWith('.hnsw'))
        .map((f) => fs.statSync(path.join(indexDir, f)).mtimeMs),
    ).toEqual(saved);
  });

  it('an all-zero vector is refused rather than indexed', async () => {
    const { server, embedder } = await embedderFor('vllm');
    server.quirks.embeddings!.zeroVectors = true;
    await expect(embedder.embed(['洗衣机不排水'])).rejects.toMatchObject({ code: 'embeddings_bad_response' });
  });
});
