/**
 * Row schemas of the handoff queue and the Slack desk's threads and posts, shared by the SQLite
 * and PostgreSQL stores (PostgreSQL selects jsonb columns as `::text`, so both parse the same text).
 */
import { z } from 'zod';
import type { OverdueHandoff, WaitingHandoff } from '../bot/handoff-queue';
import type { DeskPost } from '../channels/slack/desk-posts';
import type { HandoffThread } from '../channels/slack/handoff-threads';
import { dropUndefined } from './rows';

export const waitingRow = z
  .object({
    conversation_id: z.number(),
    mode: z.enum(['handoff_requested', 'agent']),
    ticket_number: z.string().nullable(),
    agent: z.string().nullable(),
    requested_at: z.string(),
    last_agent_at: z.string().nullable(),
    last_reply_at: z.string().nullable().optional(),
  })
  .transform((r): WaitingHandoff =>
    dropUndefined({
      conversationId: r.conversation_id,
      mode: r.mode,
      ticketNumber: r.ticket_number ?? undefined,
      agent: r.agent ?? undefined,
      requestedAt: r.requested_at,
      lastAgentAt: r.last_agent_at ?? undefined,
      lastReplyAt: r.last_reply_at ?? undefined,
    }),
  );

export const overdueRow = z
  .object({ conversation_id: z.number(), number: z.string().nullable(), first_response_due: z.string(), requested_at: z.string() })
  .transform((r): OverdueHandoff => dropUndefined({ conversationId: r.conversation_id, ticketNumber: r.number ?? undefined, firstResponseDue: r.first_response_due, requestedAt: r.requested_at }));

/**
 * How far back a handoff with no ticket is looked for when it is overdue: its longest first-response
 * tier is a day and the sweep runs every minute, so a week is ample and the scan stays short.
 */
export function ticketlessSince(now: Date): string {
  return new Date(now.getTime() - 7 * 24 * 3_600_000).toISOString();
}

/** Overdue handoffs, ticketed and not, most overdue first. */
export function byDeadline(handoffs: OverdueHandoff[]): OverdueHandoff[] {
  return handoffs.sort((a, b) => a.firstResponseDue.localeCompare(b.firstResponseDue));
}

export const threadRow = z
  .object({
    id: z.number(),
    conversation_id: z.number(),
    ticket_number: z.string().nullable(),
    desk: z.string(),
    channel_id: z.string(),
    thread_ts: z.string(),
    announcement: z.string(),
    posted_at: z.string(),
  })
  .transform((r): HandoffThread =>
    dropUndefined({
      id: r.id,
      conversationId: r.conversation_id,
      ticketNumber: r.ticket_number ?? undefined,
      desk: r.desk,
      channelId: r.channel_id,
      threadTs: r.thread_ts,
      announcement: z.record(z.string(), z.unknown()).parse(JSON.parse(r.announcement)),
      postedAt: r.posted_at,
    }),
  );

export const deskPostRow = z
  .object({ outbox_id: z.number(), started_at: z.string(), channel_id: z.string().nullable(), ts: z.string().nullable() })
  .transform((r): DeskPost => dropUndefined({ outboxId: r.outbox_id, startedAt: r.started_at, channelId: r.channel_id ?? undefined, ts: r.ts ?? undefined }));

/** The pickup times of recent handoff requests, newest first (ms from request to a person's first word). */
export function pickupTimes(rows: { requested_at: string; picked_at: string | null }[], limit: number): number[] {
  return rows
    .filter((r) => r.picked_at)
    .slice(0, limit)
    .map((r) => Date.parse(r.picked_at!) - Date.parse(r.requested_at));
}
