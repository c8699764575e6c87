/**
 * Migration 4 (the outbox group): leases for the relays of several instances.
 *
 * A relay claims due items by leasing them (outbox_leases), so two instances never send the same
 * delivery, and a lane is held by whoever leased its earliest pending item. The lease is a row of
 * its own, not columns of outbox, so the outbox keeps the SQLite desk's columns exactly (SQLite
 * keeps its leases in memory: one process). `until` is ISO text like every time in this schema.
 * The partial index serves the lane checks, which only ever look at pending items.
 */
import type { PgMigration } from './pg-migration';

const sql = /* sql */ `
CREATE TABLE outbox_leases (
  outbox_id integer PRIMARY KEY REFERENCES outbox(id) ON DELETE CASCADE,
  owner text NOT NULL,
  until text NOT NULL
);
CREATE INDEX outbox_pending_lane ON outbox(destination, lane, id) WHERE status = 'pending';
`;

export const outboxLeases: PgMigration = { version: 4, name: 'outbox-leases', sql };
