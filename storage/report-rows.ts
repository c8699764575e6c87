/**
 * The rows of the manager's report as either store reads them (SQLite, PostgreSQL), parsed with zod
 * into the `ReportData` shapes: one definition, so both stores hand reports/service-report.ts the
 * same objects. The SQL that selects them differs per store (JSON functions); the columns do not.
 */
import { z } from 'zod';
import type { ReportConversation, ReportMiss, ReportQueuedHandoff, ReportScore, ReportSurvey } from '../reports/report-data';
import { CHANNELS, PRIORITIES } from '../tickets/ticket';
import { findTicketNumber } from '../tickets/ticket-number';
import { dropUndefined } from './rows';

const opt = <T extends z.ZodType>(schema: T) => schema.nullable().transform((v) => v ?? undefined);

const conversationRow = z.object({
  id: z.number(),
  customer_id: z.number(),
  channel: z.enum(CHANNELS),
  started_at: z.string(),
  last_at: z.string(),
  mode: z
    .enum(['bot', 'handoff_requested', 'agent'])
    .nullable()
    .transform((m) => m ?? 'bot'),
  /** A JSON array of reasons as text, or null for none. */
  reasons: z.string().nullable(),
  handoff_reason: opt(z.string()).optional(),
  agent_wrote: z.number(),
  open_ticket: z.number().optional(),
  handed_back: z.number().nullable().optional(),
  next_contact_at: opt(z.string()),
  reopened_at: opt(z.string()),
});
const scoreRow = z.object({ ticket_id: z.number().nullable(), score: z.number().int().min(1).max(5), at: z.string() });
const surveyRow = z.object({ conversation_id: z.number(), text: z.string(), at: z.string(), handoff_answered: z.union([z.number(), z.boolean()]).nullish() });
const missRow = z.object({
  conversation_id: z.number(),
  at: z.string(),
  language: z.string(),
  intent: opt(z.string()),
  category: opt(z.string()),
  brand: opt(z.string()),
  model: opt(z.string()),
  error_code: opt(z.string()),
  wording: z.string(),
});

export function reportConversation(raw: unknown): ReportConversation {
  const row = conversationRow.parse(raw);
  return dropUndefined({
    id: row.id,
    customerId: row.customer_id,
    channel: row.channel,
    startedAt: row.started_at,
    lastAt: row.last_at,
    mode: row.mode,
    handoffReasons: z.array(z.string()).parse(row.reasons ? JSON.parse(row.reasons) : []),
    latestHandoffReason: row.handoff_reason,
    agentWrote: row.agent_wrote === 1,
    openTicket: row.open_ticket === 1,
    handedBack: row.handed_back === 1,
    nextContactAt: row.next_contact_at,
    reopenedAt: row.reopened_at,
  });
}

export function reportScore(raw: unknown): ReportScore {
  const row = scoreRow.parse(raw);
  return dropUndefined({ ticketId: row.ticket_id ?? undefined, score: row.score, at: row.at });
}

const queuedRow = z.object({
  conversation_id: z.coerce.number(),
  requested_at: z.string(),
  first_response_due: z.string(),
  priority: z.enum(PRIORITIES),
  responded_at: opt(z.string()),
});

/** A handoff with no ticket, from its queued request (one row per request, whatever desks got a copy). */
export function reportQueuedHandoff(raw: unknown): ReportQueuedHandoff {
  const row = queuedRow.parse(raw);
  return dropUndefined({ conversationId: row.conversation_id, requestedAt: row.requested_at, firstResponseDue: row.first_response_due, priority: row.priority, respondedAt: row.responded_at });
}

/**
 * A survey sent (its text names the ticket: bot/phrases.ts csatQuestion), answered when that ticket
 * has a score; a handoff's survey with no ticket, when its conversation holds a handoff score since.
 */
export function reportSurvey(raw: unknown, answeredNumbers: ReadonlySet<string>): ReportSurvey {
  const row = surveyRow.parse(raw);
  const number = findTicketNumber(row.text)?.number;
  const answered = number ? answeredNumbers.has(number) : row.handoff_answered === 1 || row.handoff_answered === true;
  return dropUndefined({ conversationId: row.conversation_id, ticketNumber: number, at: row.at, answered });
}

export function reportMiss(raw: unknown): ReportMiss {
  const row = missRow.parse(raw);
  return dropUndefined({
    conversationId: row.conversation_id,
    at: row.at,
    language: row.language,
    intent: row.intent,
    category: row.category,
    brand: row.brand,
    model: row.model,
    errorCode: row.error_code,
    wording: row.wording,
  });
}
