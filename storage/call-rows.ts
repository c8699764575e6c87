/**
 * The calls row read back from either store. JSON columns arrive as text (SQLite stores text;
 * PostgreSQL selects its jsonb columns `::text`), so one schema parses both.
 */
import { z } from 'zod';
import type { CallAnalysis } from '../bot/calls/call-analysis';
import type { CallRecord } from '../bot/calls/call-log';
import { callTranscriptSchema } from '../bot/calls/call-transcript';
import { dropUndefined } from './rows';

const json = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'not JSON' });
    return z.NEVER;
  }
});

// The analysis is our own JSON; checking its spine is enough to catch a wrong or damaged row.
const analysisSpine = z.looseObject({
  summary: z.string(),
  intent: z.string(),
  urgency: z.looseObject({ priority: z.enum(['P1', 'P2', 'P3', 'P4']) }),
  quality: z.looseObject({ failed: z.array(z.string()) }),
  sentimentCurve: z.array(z.unknown()),
});

export const callRow = z
  .object({
    call_id: z.string(),
    customer_id: z.number(),
    ticket_number: z.string().nullable(),
    ticket_action: z.enum(['created', 'updated']).nullable(),
    content_hash: z.string(),
    started_at: z.string(),
    caller_number: z.string().nullable(),
    analysis: json.pipe(analysisSpine),
    transcript: json.pipe(callTranscriptSchema),
    filed_at: z.string(),
  })
  .transform((r): CallRecord =>
    dropUndefined({
      callId: r.call_id,
      customerId: r.customer_id,
      ticketNumber: r.ticket_number ?? undefined,
      ticketAction: r.ticket_action ?? undefined,
      contentHash: r.content_hash,
      startedAt: r.started_at,
      callerNumber: r.caller_number ?? undefined,
      analysis: r.analysis as unknown as CallAnalysis,
      transcript: r.transcript,
      filedAt: r.filed_at,
    }),
  );
