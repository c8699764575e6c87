/**
 * Migration 6 (the outbox group): the parts of a delivery already sent (SQLite migration 14).
 *
 * A message with a text and photos goes out as several platform messages; when one fails and the
 * item is retried, the parts that went are skipped. jsonb like the payload: an array of part names.
 */
import type { PgMigration } from './pg-migration';

const sql = /* sql */ `
ALTER TABLE outbox ADD COLUMN sent_parts jsonb;
`;

export const outboxSentParts: PgMigration = { version: 6, name: 'outbox-sent-parts', sql };
