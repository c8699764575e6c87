/** The ticket as the desk knows it, with the zod schemas that guard every way into the store. */
import { z } from 'zod';

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export const TICKET_STATUSES = ['new', 'open', 'in_progress', 'waiting_customer', 'resolved', 'closed'] as const;
export const TICKET_TYPES = ['consultation', 'repair_request', 'complaint', 'warranty_claim'] as const;
export const CHANNELS = ['web', 'wechat', 'wechat_oa', 'wecom', 'voice', 'slack', 'cli'] as const;
export const WARRANTY_STATUSES = ['in_warranty', 'expired', 'unknown', 'unverified'] as const;

export type Priority = (typeof PRIORITIES)[number];
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export type TicketType = (typeof TICKET_TYPES)[number];
export type ChannelName = (typeof CHANNELS)[number];
export type WarrantyStatus = (typeof WARRANTY_STATUSES)[number];

const shortText = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** What a caller gives to file a ticket. Everything product-related is optional: a complaint may name no model. */
export const newTicketSchema = z.object({
  customerId: z.number().int().positive(),
  conversationId: z.number().int().positive().optional(),
  channel: z.enum(CHANNELS),
  type: z.enum(TICKET_TYPES),
  priority: z.enum(PRIORITIES),
  category: shortText(40).optional(),
  brand: shortText(60).optional(),
  model: shortText(80).optional(),
  serial: shortText(80).optional(),
  errorCode: shortText(20).optional(),
  symptom: shortText(2000),
  purchaseDate: isoDate.optional(),
  warrantyStatus: z.enum(WARRANTY_STATUSES).default('unknown'),
  sentiment: z.number().min(-1).max(1).optional(),
  intent: shortText(40).optional(),
  /** Where the engineer calls and goes; only on repair tickets, redacted wherever it leaves. */
  contactPhone: shortText(40).optional(),
  address: shortText(300).optional(),
  assignee: shortText(80).optional(),
});
export type NewTicket = z.input<typeof newTicketSchema>;
export type ValidNewTicket = z.output<typeof newTicketSchema>;

/** Fields that may change after filing (status changes go through the lifecycle instead). */
export const ticketPatchSchema = z
  .object({
    priority: z.enum(PRIORITIES),
    category: shortText(40),
    brand: shortText(60),
    model: shortText(80),
    serial: shortText(80),
    errorCode: shortText(20),
    symptom: shortText(2000),
    purchaseDate: isoDate,
    warrantyStatus: z.enum(WARRANTY_STATUSES),
    sentiment: z.number().min(-1).max(1),
    contactPhone: shortText(40),
    address: shortText(300),
    assignee: shortText(80),
  })
  .partial()
  .strict();
export type TicketPatch = z.input<typeof ticketPatchSchema>;

export interface Ticket {
  id: number;
  number: string;
  customerId: number;
  conversationId?: number;
  channel: ChannelName;
  type: TicketType;
  priority: Priority;
  status: TicketStatus;
  category?: string;
  brand?: string;
  model?: string;
  serial?: string;
  errorCode?: string;
  symptom: string;
  purchaseDate?: string;
  warrantyStatus: WarrantyStatus;
  sentiment?: number;
  intent?: string;
  contactPhone?: string;
  address?: string;
  assignee?: string;
  firstResponseDue: string;
  resolutionDue: string;
  nextUpdateDue?: string;
  firstRespondedAt?: string;
  resolvedAt?: string;
  closedAt?: string;
  createdAt: string;
  updatedAt: string;
}

export interface TicketEvent {
  id: number;
  ticketId: number;
  at: string;
  actor: string;
  kind: 'created' | 'status_changed' | 'updated' | 'responded' | 'note' | 'csat';
  detail: Record<string, unknown>;
}

export interface TicketFilter {
  status?: TicketStatus[];
  priority?: Priority[];
  customerId?: number;
  limit?: number;
}

/** Who did something: a customer, the bot, a named agent, or the CLI. Recorded on every event. */
export const actorSchema = z.string().trim().min(1).max(120);

/** Fields a change may set; `null` clears one (a reopened ticket is no longer resolved). */
export type TicketFields = { [K in keyof Omit<Ticket, 'id'>]?: Ticket[K] | null };

/** An audit event a rule decided on, before a store gives it an id, a time and an actor. */
export interface NewTicketEvent {
  kind: TicketEvent['kind'];
  detail: Record<string, unknown>;
}

/** What a change writes: the fields and the audit event (see tickets/ticket-changes.ts). */
export interface TicketChange {
  fields: TicketFields;
  event: NewTicketEvent;
}
