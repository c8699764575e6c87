/**
 * What the ticket-group contracts (ticket store, ticket access, attempt ledger) need from an
 * implementation: the three stores on one fresh database, a fixed clock, a way to make a customer
 * (tickets belong to one), and plain SQL for the few promises only the tables can show (the audit
 * trail refuses edits, the day's count). Each implementation's test file builds one per test.
 */
import type { FixedClock } from '../../../kernel/clock';
import type { AttemptLedger } from '../../../tickets/attempt-ledger';
import type { TicketAccess } from '../../../tickets/ticket-access';
import type { TicketStore } from '../../../tickets/ticket-store';

export interface TicketHarness {
  tickets: TicketStore;
  access: TicketAccess;
  attempts: AttemptLedger;
  /** Starts at 2026-11-24T01:00:00Z unless the opener was given another time; desk time zone Asia/Shanghai. */
  clock: FixedClock;
  newCustomer(): Promise<number>;
  /** SQL that reads the same on SQLite and PostgreSQL (no parameters). */
  rows<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

export type OpenTicketHarness = (start?: string) => Promise<TicketHarness>;
