/**
 * PostgreSQL schema, in order. Each migration is applied once, in its own transaction, and recorded
 * in schema_migrations; a released version is never edited, only followed by a new one.
 * Numbers are taken by the store group that owns the tables (see each file).
 */
import { deskSchema } from './001-desk-schema';
import { answeredOnce } from './003-answered-once';
import { outboxLeases } from './004-outbox-leases';
import { rateCounters } from './005-rate-counters';
import { outboxSentParts } from './006-outbox-sent-parts';
import { knowledgeCases } from './007-knowledge-cases';
import { ticketsByPhone } from './008-tickets-by-phone';
import { noTicketCounters } from './009-no-ticket-counters';
import type { PgMigration } from './pg-migration';

export type { PgMigration } from './pg-migration';

export const MIGRATIONS: PgMigration[] = [deskSchema, answeredOnce, outboxLeases, rateCounters, outboxSentParts, knowledgeCases, ticketsByPhone, noTicketCounters];
