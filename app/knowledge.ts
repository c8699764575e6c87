/**
 * Wires the knowledge base from configuration: the one place that chooses the embedder. The CLI
 * and the server call `openKnowledgeFromConfig`; the bot receives the opened `KnowledgeBase`.
 */
import path from 'node:path';
import type { Embedder } from '../knowledge/embedder';
import { openKnowledgeBase, type KnowledgeBase } from '../knowledge/knowledge-base';
import { hnswIndexFactory } from '../knowledge/hnsw-knowledge-index';
import type { KnowledgeCaseStore } from '../knowledge/knowledge-case-store';
import type { KnowledgeLog } from '../knowledge/knowledge-log';
import { LocalEmbedder } from '../knowledge/local-embedder';
import { MaskedEmbedder } from '../knowledge/masked-embedder';
import { OpenAiEmbedder } from '../knowledge/openai-embedder';
import type { Config } from './config';
import { openDesk } from './desk';

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

export interface KnowledgeFromConfigOptions {
  seed?: string | false;
  /** The desk's shared case store (PostgreSQL); absent: a file beside this instance's index. */
  store?: KnowledgeCaseStore;
  /**
   * With a shared store, instances of one machine share AFTERSALES_DATA_DIR: each keeps its own
   * index in index/<indexName> (the server: its port; the command line: its own).
   */
  indexName?: string;
  onClose?: () => Promise<void>;
}

export function openKnowledgeFromConfig(config: Config, log: KnowledgeLog, options: KnowledgeFromConfigOptions = {}): Promise<KnowledgeBase> {
  return openKnowledgeBase({
    indexDir: options.store ? path.join(config.indexDir, options.indexName ?? `port-${config.port}`) : config.indexDir,
    store: options.store,
    onClose: options.onClose,
    // hnswlib in the data folder: each instance keeps its own index (see README, PostgreSQL).
    openIndex: hnswIndexFactory(),
    embedder: createEmbedder(config),
    log,
    seed: options.seed ?? config.knowledgeSeedDir,
    allowedLinkHosts: config.llm.allowedLinkHosts,
  });
}

/**
 * The knowledge base for a command (`aftersales kb …`): with DATABASE_URL the cases are the ones
 * every instance shares, so an ingest here reaches the running instances (they re-index when
 * notified). Close it when the command is done.
 */
export async function openKnowledgeForCommand(config: Config, log: KnowledgeLog, options: { seed?: string | false } = {}): Promise<KnowledgeBase> {
  if (!config.databaseUrl) return openKnowledgeFromConfig(config, log, options);
  const desk = await openDesk(config);
  try {
    return await openKnowledgeFromConfig(config, log, { ...options, store: desk.knowledgeCases, indexName: 'command-line', onClose: () => desk.close() });
  } catch (error) {
    await desk.close();
    throw error;
  }
}
