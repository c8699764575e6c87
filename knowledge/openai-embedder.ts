/**
 * Embeddings from any OpenAI-compatible endpoint (OpenAI, DashScope compatible mode, Ollama, vLLM)
 * through the official SDK, which asks for base64 float32 vectors. The client is injected-config
 * only: base URL, key and timeout come from the composition root. Failures become UpstreamError
 * saying whether a retry could help; the SDK's own retries are the one retry layer.
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
  /** For tests and proxies. */
  fetch?: typeof fetch;
}

export class OpenAiEmbedder implements Embedder {
  readonly id: string;
  private readonly client: OpenAI;
  private readonly model: string;
  private readonly batchSize: number;
  private knownDimensions?: number;

  constructor(options: OpenAiEmbedderOptions) {
    this.model = options.model;
    this.batchSize = options.batchSize ?? 64;
    this.id = `openai:${options.model}@${options.baseUrl.replace(/\/+$/, '')}`;
    this.client = new OpenAI({
      baseURL: options.baseUrl,
      // Local servers (Ollama, vLLM) take no key, but the SDK insists on one.
      apiKey: options.apiKey ?? 'not-needed',
      timeout: options.timeoutMs ?? 15_000,
      maxRetries: options.maxRetries ?? 2,
      fetch: options.fetch,
    });
  }

  async dimensions(): Promise<number> {
    if (this.knownDimensions === undefined) await this.embed(['dimension probe']);
    return this.knownDimensions!;
  }

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
      response = await this.client.embeddings.create({ model: this.model, input });
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
      const values = item.embedding as unknown;
      if (!Number.isInteger(index) || index < 0 || index >= batch.length || !isNumberList(values) || values.length === 0) {
        throw new UpstreamError('embeddings_bad_response', 'Embeddings endpoint returned a malformed vector');
      }
      vectors[index] = normaliseVector(Float32Array.from(values));
    }
    for (const v of vectors) {
      if (!v) throw new UpstreamError('embeddings_bad_response', 'Embeddings endpoint skipped an input');
      this.knownDimensions ??= v.length;
      if (v.length !== this.knownDimensions) {
        throw new UpstreamError('embeddings_bad_response', `Embeddings changed length (${v.length}, expected ${this.knownDimensions})`);
      }
    }
    return vectors;
  }
}

function isNumberList(value: unknown): value is ArrayLike<number> {
  return (Array.isArray(value) || value instanceof Float32Array) && Array.from(value as ArrayLike<unknown>).every((n) => typeof n === 'number' && Number.isFinite(n));
}

function toUpstreamError(error: unknown): UpstreamError {
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new UpstreamError('embeddings_timeout', 'Embeddings endpoint did not answer in time', { cause: error, retryable: true });
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return new UpstreamError('embeddings_unreachable', `Embeddings endpoint unreachable: ${error.message}`, { cause: error, retryable: true });
  }
  if (error instanceof OpenAI.APIError) {
    const status = error.status ?? 0;
    const retryable = status === 408 || status === 409 || status === 429 || status >= 500;
    return new UpstreamError('embeddings_failed', `Embeddings endpoint refused (HTTP ${status}): ${error.message}`, { cause: error, retryable });
  }
  return new UpstreamError('embeddings_failed', `Embeddings call failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
}
