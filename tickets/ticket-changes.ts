/**
 * What a change to a ticket writes: the fields to set and the audit event that records it. The
 * rules (tickets/lifecycle.ts, tickets/sla.ts, tickets/filing.ts, tickets/csat.ts) decide both, so
 * every store (SQLite, PostgreSQL) only persists them and none has to rediscover a rule.
 */
import { z } from 'zod';
import { ValidationError } from '../kernel/errors';
import { recomputeSla, type SlaPolicy } from './sla';
import { ticketPatchSchema, type Ticket, type TicketChange, type TicketFields, type TicketPatch } from './ticket';

export type { NewTicketEvent, TicketChange, TicketFields } from './ticket';

export type ValidTicketPatch = z.output<typeof ticketPatchSchema>;

/** A caller's field edits, checked before anything is read (a bad date is the caller's error, whatever the ticket). */
export function parsePatch(patch: TicketPatch): ValidTicketPatch {
  return parseInput(ticketPatchSchema, patch, 'update');
}

/** Field edits with their before and after values; a new urgency moves the SLA clocks. Undefined when nothing changes. */
export function applyPatch(before: Ticket, valid: ValidTicketPatch, now: Date, policy: SlaPolicy): TicketChange | undefined {
  const fields: TicketFields = {};
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(valid) as [keyof typeof valid, unknown][]) {
    if (to === undefined || before[field] === to) continue;
    changes[field] = { from: before[field] ?? null, to };
    (fields as Record<string, unknown>)[field] = to;
  }
  if (!Object.keys(changes).length) return undefined;
  if (valid.priority && valid.priority !== before.priority) Object.assign(fields, recomputeSla(before, valid.priority, policy));
  fields.updatedAt = now.toISOString();
  return { fields, event: { kind: 'updated', detail: { changes } } };
}

/** The first response to the customer stops the first-response clock; later ones change nothing. */
export function applyFirstResponse(before: Ticket, now: Date): TicketChange | undefined {
  if (before.firstRespondedAt) return undefined;
  const at = now.toISOString();
  return { fields: { firstRespondedAt: at, updatedAt: at }, event: { kind: 'responded', detail: {} } };
}

/** Parses a caller's input with a zod schema, as a ValidationError that names the field. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`).join('; ');
  throw new ValidationError(`invalid_${what}`, `Invalid ${what}: ${details}`, result.error);
}
