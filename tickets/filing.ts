/**
 * Filing a ticket: what the new row holds, the audit event that records it, and the day it is
 * numbered under. The store persists these as one unit and draws a fresh number if one is taken.
 *
 * Why no counter in the number: numbers that count up let anyone who files a ticket learn every
 * other number of the day (tickets/ticket-number.ts), so the number is random. Nor is a day's count
 * kept beside it: reports count tickets by created_at, and a counter row nobody read cost every
 * filing a statement (bench/tickets.bench.ts).
 */
import { createHash, randomInt } from 'node:crypto';
import { deadlinesFor, type SlaPolicy } from './sla';
import type { Ticket, ValidNewTicket } from './ticket';
import type { NewTicketEvent } from './ticket-changes';
import { filingDay, newTicketNumber } from './ticket-number';
import { dropUndefined } from '../kernel/drop-undefined';

export interface FilingRules {
  sla: SlaPolicy;
  /** The desk's own time zone: a ticket filed at 01:00 in Shanghai is numbered on Shanghai's day. */
  timeZone: string;
}

export interface TicketFiling {
  ticket: Omit<Ticket, 'id'>;
  /** YYYYMMDD: the day the ticket is numbered under (in the desk's time zone). */
  day: string;
  event: NewTicketEvent;
}

/** Draws a number; a store calls it again (at most a few times) when the number is already taken. */
export type NumberDraw = (day: string) => string;

export const randomNumberDraw: NumberDraw = (day) => newTicketNumber(day, randomInt);

/** Stores give up after this many taken numbers in a row (with 2^35 numbers a day, one is already rare). */
export const MAX_NUMBER_DRAWS = 4;

export function fileTicket(input: ValidNewTicket, now: Date, rules: FilingRules, draw: NumberDraw = randomNumberDraw): TicketFiling {
  const day = filingDay(now, rules.timeZone);
  const number = draw(day);
  const at = now.toISOString();
  const due = deadlinesFor(input.priority, now, rules.sla);
  const ticket = dropUndefined({
    number,
    customerId: input.customerId,
    conversationId: input.conversationId,
    channel: input.channel,
    type: input.type,
    priority: input.priority,
    status: 'new' as const,
    category: input.category,
    brand: input.brand,
    model: input.model,
    serial: input.serial,
    errorCode: input.errorCode,
    symptom: input.symptom,
    purchaseDate: input.purchaseDate,
    warrantyStatus: input.warrantyStatus,
    sentiment: input.sentiment,
    intent: input.intent,
    contactPhone: input.contactPhone,
    address: input.address,
    assignee: input.assignee,
    firstResponseDue: due.firstResponseDue.toISOString(),
    resolutionDue: due.resolutionDue.toISOString(),
    nextUpdateDue: due.nextUpdateDue.toISOString(),
    createdAt: at,
    updatedAt: at,
  });
  return { ticket, day, event: { kind: 'created', detail: { number, priority: input.priority, type: input.type } } };
}

/**
 * What an idempotency key is checked against: the same key with the same content returns the
 * first ticket, the same key with other content is a conflict. Independent of key order.
 */
export function contentHash(input: ValidNewTicket): string {
  const canonical = JSON.stringify(Object.fromEntries(Object.entries(input).sort(([a], [b]) => a.localeCompare(b))));
  return createHash('sha256').update(canonical).digest('hex');
}
