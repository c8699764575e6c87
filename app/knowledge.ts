/**
 * Wires the knowledge base from configuration: the one place that chooses the embedder. The CLI
 * and the server call `openKnowledgeFromConfig`; the bot receives the opened `KnowledgeBase`.
 */
import type { Embedder } from '../knowledge/embedder';
import { openKnowledgeBase, type KnowledgeBase } from '../knowledge/knowledge-base';
import { hnswIndexFactory } from '../knowledge/hnsw-knowledge-index';
import type { KnowledgeLog } from '../knowledge/knowledge-log';
import { LocalEmbedder } from '../knowledge/local-embedder';
import { MaskedEmbedder } from '../knowledge/masked-embedder';
import { OpenAiEmbedder } from '../knowledge/openai-embedder';
import type { Config } from './config';

export function createEmbedder(config: Config): Embedder {
  const e = config.embeddings;
  if (e.provider === 'openai') {
    // loadConfig already refused EMBEDDINGS=openai without a base URL.
    // A remote endpoint is outside the process: what it is sent passes the personal-data scrub.
    return new MaskedEmbedder(
      new OpenAiEmbedder({
        baseUrl: e.baseUrl!,
        apiKey: e.apiKey,
        model: e.model,
        timeoutMs: e.timeoutMs,
        maxRetries: config.llm.maxRetries,
        batchSize: e.batchSize,
        dimensions: e.dimensions,
        sendDimensions: e.sendDimensions,
      }),
    );
  }
  return new LocalEmbedder();
}

export function openKnowledgeFromConfig(config: Config, log: KnowledgeLog, options: { seed?: string | false } = {}): Promise<KnowledgeBase> {
  return openKnowledgeBase({
    indexDir: config.indexDir,
    // hnswlib in the data folder: each instance keeps its own index (see README, PostgreSQL).
    openIndex: hnswIndexFactory(),
    embedder: createEmbedder(config),
    log,
    seed: options.seed ?? config.knowledgeSeedDir,
    allowedLinkHosts: config.llm.allowedLinkHosts,
  });
}
