/** The KnowledgeCaseStore contract against each implementation: the JSON file beside an index, and PostgreSQL. */
import { FileKnowledgeStore } from '../../knowledge/knowledge-store';
import { PgDatabase } from '../../storage/postgres/pg-database';
import { PostgresKnowledgeStore } from '../../storage/postgres/postgres-knowledge-store';
import { tempDir } from '../../testing/temp-dir';
import { freshPostgresUrl } from '../helpers/postgres';
import { describeKnowledgeCaseStoreContract } from './knowledge-case-store.contract';

describeKnowledgeCaseStoreContract('a JSON file in the index folder', async () => {
  const { dir, cleanup } = tempDir('kb-store-contract-');
  return { store: new FileKnowledgeStore(dir), other: () => new FileKnowledgeStore(dir), close: async () => cleanup() };
});

describeKnowledgeCaseStoreContract('PostgreSQL (two instances on one database)', async () => {
  const url = await freshPostgresUrl();
  const a = await PgDatabase.open(url, { poolSize: 2 });
  const b = await PgDatabase.open(url, { poolSize: 2 });
  const storeB = new PostgresKnowledgeStore(b);
  return {
    store: new PostgresKnowledgeStore(a),
    other: () => storeB,
    close: async () => {
      await a.close();
      await b.close();
    },
  };
});
