/**
 * The `TicketStore` port. SQLite implements it by default; the interface speaks only domain
 * types (no SQL, no connection handles) so a PostgreSQL implementation can stand in for
 * deployments that run several bot instances.
 */
import type { Clock } from '../kernel/clock';
import type { NumberDraw } from './filing';
import type { StatusChangeOptions } from './lifecycle';
import type { SlaPolicy } from './sla';
import type { NewTicket, Ticket, TicketEvent, TicketFilter, TicketPatch, TicketStatus } from './ticket';

/** What every ticket store needs to apply the rules: the time, the SLA tiers and the desk's time zone. */
export interface TicketStoreSettings {
  clock: Clock;
  sla: SlaPolicy;
  timeZone: string;
  /** How numbers are drawn; tests give one that repeats to prove a taken number is drawn again. */
  drawNumber?: NumberDraw;
}

export interface CreateOptions {
  actor: string;
  /** Same key + same content returns the first ticket; same key + other content is a conflict. */
  idempotencyKey?: string;
}

export interface CreateResult {
  ticket: Ticket;
  /** False when an earlier create with the same idempotency key is returned. */
  created: boolean;
}

export interface CsatResult {
  ticketId: number;
  score: number;
  comment?: string;
  channel?: string;
  at: string;
}

export interface TicketStore {
  create(input: NewTicket, options: CreateOptions): Promise<CreateResult>;
  /** By numeric id or ticket number (AS-...); throws NotFoundError. */
  get(ref: number | string): Promise<Ticket>;
  find(ref: number | string): Promise<Ticket | undefined>;
  list(filter?: TicketFilter): Promise<Ticket[]>;
  /**
   * Open tickets whose contact phone is exactly `phone` as stored (tools store a mobile as its 11
   * digits), newest first, at most `limit`. Whoever calls it must prove the phone is theirs before
   * showing anything: a phone number is no proof of who is asking.
   */
  openByPhone(phone: string, limit: number): Promise<Ticket[]>;
  update(ref: number | string, patch: TicketPatch, actor: string): Promise<Ticket>;
  /** `answers: false` for a move that tells the customer nothing (a claim at the desk): it does not stop the first-response clock. */
  changeStatus(ref: number | string, to: TicketStatus, actor: string, note?: string, options?: StatusChangeOptions): Promise<Ticket>;
  /** Records the first response to the customer (stops the first-response clock). */
  markResponded(ref: number | string, actor: string): Promise<Ticket>;
  addNote(ref: number | string, actor: string, text: string): Promise<TicketEvent>;
  events(ref: number | string): Promise<TicketEvent[]>;
  /** Open tickets past a first-response or resolution deadline. */
  overdue(now: Date): Promise<Ticket[]>;
  /** Open tickets not yet past a deadline but inside the at-risk share of one. */
  atRisk(now: Date): Promise<Ticket[]>;
  /** A 1-5 satisfaction score; the first answer counts, later ones are conflicts. */
  recordCsat(ref: number | string, score: number, actor: string, comment?: string): Promise<CsatResult>;
}
