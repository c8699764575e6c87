import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpstreamError } from '../../kernel/errors';
import { dot } from '../../knowledge/embedder';
import { openKnowledgeBase } from '../../knowledge/knowledge-base';
import { hnswIndexFactory } from '../../knowledge/hnsw-knowledge-index';
import { OpenAiEmbedder } from '../../knowledge/openai-embedder';
import { faultCase, tempDir, writeFiles } from './helpers';
import { startEmbeddingsServer, type FakeEmbeddingsServer } from './openai-embeddings-server';

describe('OpenAI-compatible embedder against a local /v1/embeddings server', () => {
  let server: FakeEmbeddingsServer;
  beforeAll(async () => {
    server = await startEmbeddingsServer(64);
  });
  afterAll(() => server.close());

  const embedder = (options: Partial<ConstructorParameters<typeof OpenAiEmbedder>[0]> = {}) =>
    new OpenAiEmbedder({ baseUrl: server.baseUrl, apiKey: 'sk-test', model: 'text-embedding-3-small', maxRetries: 0, timeoutMs: 2000, ...options });

  it('asks for float vectors and reads them, in input order, normalised, with the key sent as a bearer token', async () => {
    server.mode = 'ok';
    const e = embedder({ batchSize: 2 });
    const vectors = await e.embed(['空调不制冷', 'AC not cooling', '空调不制冷了']);
    expect(vectors).toHaveLength(3);
    expect(vectors[0]).toBeInstanceOf(Float32Array);
    expect(vectors[0]!.length).toBe(64);
    expect(dot(vectors[0]!, vectors[0]!)).toBeCloseTo(1, 5);
    expect(dot(vectors[0]!, vectors[2]!)).toBeGreaterThan(dot(vectors[0]!, vectors[1]!));
    const last = server.requests.at(-1)!;
    expect(last.body.encoding_format).toBe('float');
    expect(last.body.model).toBe('text-embedding-3-small');
    expect(last.authorization).toBe('Bearer sk-test');
    expect(server.requests.slice(-2).map((r) => (r.body.input as string[]).length)).toEqual([2, 1]);
    expect(await e.dimensions()).toBe(64);
  });

  it('turns an HTTP 500 into a retryable UpstreamError', async () => {
    server.mode = 'error500';
    const error = await embedder()
      .embed(['x'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'embeddings_failed', retryable: true });
  });

  it('turns a stalled server into an UpstreamError after the timeout', async () => {
    server.mode = 'stall';
    const error = await embedder({ timeoutMs: 300 })
      .embed(['x'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'embeddings_timeout', retryable: true });
  });

  it('refuses a response with fewer vectors than inputs', async () => {
    server.mode = 'short';
    await expect(embedder().embed(['a', 'b'])).rejects.toMatchObject({ code: 'embeddings_bad_response' });
  });

  it('reports an unreachable endpoint as upstream, not as our bug', async () => {
    const error = await new OpenAiEmbedder({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm', maxRetries: 0, timeoutMs: 1000 }).embed(['x']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).code).toMatch(/embeddings_(unreachable|timeout)/);
  });

  it('backs a knowledge base end to end', async () => {
    server.mode = 'ok';
    const seed = writeFiles(tempDir(), {
      'a.json': JSON.stringify([
        faultCase('wm-drain', { category: 'washing_machine', title: { zh: '洗衣机不排水', en: 'Washer will not drain' }, symptoms: { zh: ['洗衣机排不出水'], en: ['washer will not drain'] } }),
        faultCase('rf-warm', { category: 'refrigerator', title: { zh: '冰箱不凉', en: 'Fridge not cold' }, symptoms: { zh: ['冰箱不凉了'], en: ['fridge is warm'] } }),
      ]),
    });
    const kb = await openKnowledgeBase({ openIndex: hnswIndexFactory(), indexDir: tempDir(), embedder: embedder(), seed });
    expect(kb.stats().index.embedderId).toContain('openai:text-embedding-3-small@');
    const result = await kb.search('fridge is not cold');
    expect(result.results[0]!.id).toBe('rf-warm');
  });
});
