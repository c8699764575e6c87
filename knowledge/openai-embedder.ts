/**
 * Embeddings from any OpenAI-compatible endpoint (OpenAI, DashScope compatible mode, Ollama, vLLM)
 * through the official SDK. The client is injected-config only: base URL, key and timeout come
 * from the composition root. Failures become UpstreamError saying whether a retry could help; the
 * SDK's own retries are the one retry layer.
 *
 * It asks for `encoding_format: "float"`, which every compatible server understands, rather than
 * the SDK's default base64: a server that ignores base64 and sends floats anyway was read by the
 * SDK as bytes, giving vectors of the wrong width with no error. What comes back is checked: a
 * number list (or base64 float32 from a server that ignores "float"), finite, not all zero, and
 * of one width, the configured one when EMBEDDINGS_DIMENSIONS is set. A wrong width stops the
 * caller (an ingest, the start) with an error saying what to change; vectors of another width
 * must never reach the index.
 */
import OpenAI from 'openai';
import { UpstreamError } from '../kernel/errors';
import { normaliseVector, type Embedder } from './embedder';

export interface OpenAiEmbedderOptions {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs?: number;
  maxRetries?: number;
  /** Inputs per request; providers cap this (DashScope at 10, OpenAI at 2048). */
  batchSize?: number;
  /** The width every vector must have (EMBEDDINGS_DIMENSIONS); default: whatever the first answer has. */
  dimensions?: number;
  /** Ask the server for `dimensions` (OpenAI text-embedding-3, DashScope v3/v4); others ignore or refuse it. */
  sendDimensions?: boolean;
  /** For tests and proxies. */
  fetch?: typeof fetch;
}

export class OpenAiEmbedder implements Embedder {
  readonly id: string;
  private readonly client: OpenAI;
  private readonly model: string;
  private readonly batchSize: number;
  private readonly expectedDimensions?: number;
  private readonly sendDimensions: boolean;
  private knownDimensions?: number;

  constructor(options: OpenAiEmbedderOptions) {
    this.model = options.model;
    this.batchSize = options.batchSize ?? 64;
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1) throw new RangeError(`batchSize must be a whole number >= 1, got ${this.batchSize}`);
    this.expectedDimensions = options.dimensions;
    this.knownDimensions = options.dimensions;
    this.sendDimensions = (options.sendDimensions ?? false) && options.dimensions !== undefined;
    // A requested width is a different vector space: it is part of the id, so the index is rebuilt.
    this.id = `openai:${options.model}${this.sendDimensions ? `/${options.dimensions}` : ''}@${options.baseUrl.replace(/\/+$/, '')}`;
    this.client = new OpenAI({
      baseURL: options.baseUrl,
      // Local servers (Ollama, vLLM) take no key, but the SDK insists on one.
      apiKey: options.apiKey ?? 'not-needed',
      timeout: options.timeoutMs ?? 15_000,
      maxRetries: options.maxRetries ?? 2,
      fetch: options.fetch,
    });
  }

  /** The width, from one real call the first time: a configured width is checked against the server, not trusted. */
  async dimensions(): Promise<number> {
    if (!this.probed) {
      await this.embed(['dimension probe']);
      this.probed = true;
    }
    return this.knownDimensions!;
  }
  private probed = false;

  async embed(texts: string[]): Promise<Float32Array[]> {
    const out: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += this.batchSize) {
      const batch = texts.slice(start, start + this.batchSize);
      out.push(...(await this.embedBatch(batch)));
    }
    return out;
  }

  private async embedBatch(batch: string[]): Promise<Float32Array[]> {
    // An empty string is rejected by some providers; a single space embeds as "nothing".
    const input = batch.map((t) => (t.trim() ? t : ' '));
    let response: OpenAI.CreateEmbeddingResponse;
    try {
      response = await this.client.embeddings.create({
        model: this.model,
        input,
        encoding_format: 'float',
        ...(this.sendDimensions ? { dimensions: this.expectedDimensions } : {}),
      });
    } catch (error) {
      throw toUpstreamError(error);
    }
    const data = Array.isArray(response?.data) ? response.data : undefined;
    if (!data || data.length !== batch.length) {
      throw new UpstreamError('embeddings_bad_response', `Embeddings endpoint returned ${data?.length ?? 'no'} vectors for ${batch.length} inputs`);
    }
    const vectors = new Array<Float32Array>(batch.length);
    for (const item of data) {
      const index = item.index;
      const values = vectorOf(item.embedding);
      if (!Number.isInteger(index) || index < 0 || index >= batch.length || !values || values.length === 0) {
        throw new UpstreamError('embeddings_bad_response', 'Embeddings endpoint returned a malformed vector');
      }
      if (values.every((x) => x === 0)) {
        throw new UpstreamError('embeddings_bad_response', 'Embeddings endpoint returned an all-zero vector / 向量服务返回了全零向量');
      }
      vectors[index] = normaliseVector(values);
    }
    for (const v of vectors) {
      if (!v) throw new UpstreamError('embeddings_bad_response', 'Embeddings endpoint skipped an input');
      this.knownDimensions ??= v.length;
      if (v.length !== this.knownDimensions) throw this.widthError(v.length);
    }
    return vectors;
  }

  private widthError(got: number): UpstreamError {
    const expected = this.knownDimensions!;
    const source = this.expectedDimensions !== undefined ? 'EMBEDDINGS_DIMENSIONS' : 'the first vectors of this run';
    return new UpstreamError(
      'embeddings_dimension_mismatch',
      `Embeddings endpoint returned vectors of ${got} dimensions, expected ${expected} (${source}) for model ${this.model}: ` +
        `set EMBEDDINGS_DIMENSIONS to the model's width, or check EMBEDDINGS_MODEL; nothing was added to the index / ` +
        `向量维度不符：服务返回 ${got} 维，应为 ${expected} 维（${source}）。请将 EMBEDDINGS_DIMENSIONS 设为该模型的维度，或检查 EMBEDDINGS_MODEL；索引未被改动`,
      { retryable: false },
    );
  }
}

/** A vector as numbers: a list of finite numbers, or base64 float32 from a server that ignored "float". */
function vectorOf(value: unknown): Float32Array | undefined {
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'base64');
    if (bytes.length === 0 || bytes.length % 4 !== 0) return undefined;
    const copy = new Float32Array(bytes.length / 4);
    for (let i = 0; i < copy.length; i++) copy[i] = bytes.readFloatLE(i * 4);
    return copy.every(Number.isFinite) ? copy : undefined;
  }
  if (!Array.isArray(value) || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
  return Float32Array.from(value as number[]);
}

function toUpstreamError(error: unknown): UpstreamError {
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new UpstreamError('embeddings_timeout', 'Embeddings endpoint did not answer in time', { cause: error, retryable: true });
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return new UpstreamError('embeddings_unreachable', `Embeddings endpoint unreachable: ${error.message}`, { cause: error, retryable: true });
  }
  if (error instanceof OpenAI.APIError) {
    const status = (error.status as number | undefined) ?? 0;
    const retryable = status === 408 || status === 409 || status === 429 || status >= 500;
    return new UpstreamError('embeddings_failed', `Embeddings endpoint refused (HTTP ${status}): ${error.message}`, { cause: error, retryable });
  }
  return new UpstreamError('embeddings_failed', `Embeddings call failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
}
