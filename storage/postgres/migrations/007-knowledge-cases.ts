/**
 * The knowledge base's cases, shared by every instance (issue 20): each instance keeps its own
 * hnswlib index and rebuilds it from these rows when told of a change (LISTEN/NOTIFY, topic
 * `knowledge`). knowledge_meta's single row says a knowledge base was stored at all (an empty one
 * is not seeded again) and counts the saves. pgvector is not packaged for this Debian, so vectors
 * stay in each instance's index (see README, PostgreSQL). Owned by the knowledge group.
 */
import type { PgMigration } from './pg-migration';

const sql = /* sql */ `
CREATE TABLE knowledge_cases (
  id text PRIMARY KEY,
  position integer NOT NULL,
  file text NOT NULL,
  line integer,
  hash text NOT NULL,
  entry jsonb NOT NULL
);
CREATE TABLE knowledge_meta (
  id integer PRIMARY KEY CHECK (id = 1),
  version integer NOT NULL,
  saved_at text NOT NULL
);
`;

export const knowledgeCases: PgMigration = { version: 7, name: 'knowledge cases shared by every instance', sql };
