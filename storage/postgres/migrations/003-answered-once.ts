/**
 * Migration 3 (conversation store): an inbound message is answered once. On SQLite one writer
 * runs a turn's commit at a time; here the same message delivered to two instances at once runs
 * two turns, and this index lets the first reply stand (the second is not stored). It replaces
 * 001's plain index on reply_to, which served the same lookups.
 */
import type { PgMigration } from './pg-migration';

export const answeredOnce: PgMigration = {
  version: 3,
  name: 'messages answered once',
  sql: /* sql */ `
CREATE UNIQUE INDEX messages_answered_once ON messages(reply_to) WHERE reply_to IS NOT NULL;
DROP INDEX messages_reply_to;
`,
};
