/** zod schemas for rows read back from either store (SQLite or PostgreSQL): a bad row is a loud error, not a silent `undefined`. */
import { z } from 'zod';
import { dropUndefined } from '../kernel/drop-undefined';
import { CHANNELS, PRIORITIES, TICKET_STATUSES, TICKET_TYPES, WARRANTY_STATUSES, type Ticket, type TicketEvent } from '../tickets/ticket';
import type { TicketFields } from '../tickets/ticket-changes';

const opt = <T extends z.ZodType>(schema: T) => schema.nullable().transform((v) => v ?? undefined);

export const ticketRow = z
  .object({
    id: z.number(),
    number: z.string(),
    customer_id: z.number(),
    conversation_id: opt(z.number()),
    channel: z.enum(CHANNELS),
    type: z.enum(TICKET_TYPES),
    priority: z.enum(PRIORITIES),
    status: z.enum(TICKET_STATUSES),
    category: opt(z.string()),
    brand: opt(z.string()),
    model: opt(z.string()),
    serial: opt(z.string()),
    error_code: opt(z.string()),
    symptom: z.string(),
    purchase_date: opt(z.string()),
    warranty_status: z.enum(WARRANTY_STATUSES),
    sentiment: opt(z.number()),
    intent: opt(z.string()),
    contact_phone: opt(z.string()),
    address: opt(z.string()),
    assignee: opt(z.string()),
    first_response_due: z.string(),
    resolution_due: z.string(),
    next_update_due: opt(z.string()),
    first_responded_at: opt(z.string()),
    resolved_at: opt(z.string()),
    closed_at: opt(z.string()),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .transform((r): Ticket =>
    dropUndefined({
      id: r.id,
      number: r.number,
      customerId: r.customer_id,
      conversationId: r.conversation_id,
      channel: r.channel,
      type: r.type,
      priority: r.priority,
      status: r.status,
      category: r.category,
      brand: r.brand,
      model: r.model,
      serial: r.serial,
      errorCode: r.error_code,
      symptom: r.symptom,
      purchaseDate: r.purchase_date,
      warrantyStatus: r.warranty_status,
      sentiment: r.sentiment,
      intent: r.intent,
      contactPhone: r.contact_phone,
      address: r.address,
      assignee: r.assignee,
      firstResponseDue: r.first_response_due,
      resolutionDue: r.resolution_due,
      nextUpdateDue: r.next_update_due,
      firstRespondedAt: r.first_responded_at,
      resolvedAt: r.resolved_at,
      closedAt: r.closed_at,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }),
  );

export const eventRow = z
  .object({
    id: z.number(),
    ticket_id: z.number(),
    at: z.string(),
    actor: z.string(),
    kind: z.enum(['created', 'status_changed', 'updated', 'responded', 'note', 'csat']),
    detail: z.string(),
  })
  .transform((r): TicketEvent => ({
    id: r.id,
    ticketId: r.ticket_id,
    at: r.at,
    actor: r.actor,
    kind: r.kind,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
  }));

/** Ticket fields in camelCase -> their column. The single map that keeps SQL and types in step. */
export const TICKET_COLUMNS = {
  priority: 'priority',
  category: 'category',
  brand: 'brand',
  model: 'model',
  serial: 'serial',
  errorCode: 'error_code',
  symptom: 'symptom',
  purchaseDate: 'purchase_date',
  warrantyStatus: 'warranty_status',
  sentiment: 'sentiment',
  contactPhone: 'contact_phone',
  address: 'address',
  assignee: 'assignee',
} as const;

export { dropUndefined } from '../kernel/drop-undefined';

/** Every ticket field a change may write (tickets/ticket-changes.ts `TicketFields`) -> its column. */
export const TICKET_FIELD_COLUMNS: Record<keyof TicketFields, string> = {
  ...TICKET_COLUMNS,
  number: 'number',
  customerId: 'customer_id',
  conversationId: 'conversation_id',
  channel: 'channel',
  type: 'type',
  status: 'status',
  intent: 'intent',
  firstResponseDue: 'first_response_due',
  resolutionDue: 'resolution_due',
  nextUpdateDue: 'next_update_due',
  firstRespondedAt: 'first_responded_at',
  resolvedAt: 'resolved_at',
  closedAt: 'closed_at',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

/**
 * The columns and values a ticket change writes, in one order, for an UPDATE's SET list or an
 * INSERT's column list; `null` clears a column. Each store adds its own placeholders.
 */
export function ticketColumns(fields: TicketFields): { columns: string[]; values: (string | number | null)[] } {
  const columns: string[] = [];
  const values: (string | number | null)[] = [];
  for (const [field, value] of Object.entries(fields) as [keyof TicketFields, string | number | null | undefined][]) {
    if (value === undefined) continue;
    columns.push(TICKET_FIELD_COLUMNS[field]);
    values.push(value);
  }
  return { columns, values };
}
