/**
 * Migration 8 (the ticket group): tickets found by their contact phone (SQLite migration 15), for
 * a customer who lost the ticket's number and proves the phone with a code instead.
 */
import type { PgMigration } from './pg-migration';

const sql = /* sql */ `
CREATE INDEX tickets_contact_phone ON tickets (contact_phone, created_at) WHERE contact_phone IS NOT NULL;
`;

export const ticketsByPhone: PgMigration = { version: 8, name: 'tickets-by-phone', sql };
