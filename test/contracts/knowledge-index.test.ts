/** The KnowledgeIndex contract against each implementation: hnswlib saved in a folder, and hnswlib in memory. */
import { hnswIndexFactory, HnswKnowledgeIndex } from '../../knowledge/hnsw-knowledge-index';
import { silentLog } from '../../knowledge/knowledge-log';
import { tempDir } from '../../testing/temp-dir';
import { describeKnowledgeIndexContract } from './knowledge-index.contract';

describeKnowledgeIndexContract('hnswlib in a folder (hnswIndexFactory)', async ({ embedderId, dimensions }) => {
  const { dir, cleanup } = tempDir('kb-index-contract-');
  const open = async () => (await hnswIndexFactory()({ dir, embedderId, dimensions, log: silentLog })).index;
  return { index: await open(), reopen: open, close: cleanup };
});

describeKnowledgeIndexContract('hnswlib in memory', async ({ embedderId, dimensions }) => ({
  index: HnswKnowledgeIndex.inMemory({ embedderId, dimensions }),
  close: () => {},
}));
