/**
 * What the Slack desk keeps and queues for itself, beside the core's handoff payloads
 * (bot/handoff-payloads.ts): a private word to one agent, and what a handoff post showed.
 */
import { z } from 'zod';
import { handoffOverdueSchema, type HandoffStatus } from '../../bot/handoff-payloads';

const role = z.enum(['customer', 'assistant', 'agent']);

/** The Slack desk's name: the outbox destination of its copies and the `desk` of its threads and events. */
export const SLACK_DESK = 'slack';

/**
 * An overdue re-announcement as queued before the core named no thread: such items still carry
 * the thread, newer ones are found by their conversation.
 */
export const slackOverdueSchema = handoffOverdueSchema.extend({ channelId: z.string().optional(), threadTs: z.string().optional() });

/** A word to one agent only (why their reply did not reach the customer); queued by the desk adapter. */
export const agentNoticeSchema = z.object({
  channelId: z.string(),
  threadTs: z.string().optional(),
  user: z.string(),
  text: z.string().min(1),
});
export type AgentNotice = z.infer<typeof agentNoticeSchema>;

/** What a handoff post shows, kept with its thread so the post can be redrawn as its state changes. */
export const announcementSchema = z.object({
  conversationId: z.number(),
  ticketNumber: z.string().optional(),
  customerId: z.number().optional(),
  channel: z.string(),
  category: z.string().optional(),
  brand: z.string().optional(),
  model: z.string().optional(),
  errorCode: z.string().optional(),
  warranty: z.string().default('unknown'),
  priority: z.enum(['P1', 'P2', 'P3', 'P4']).optional(),
  sentiment: z.number().optional(),
  firstResponseDue: z.string().optional(),
  reason: z.string(),
  intent: z.string().optional(),
  summary: z.string(),
  lastMessages: z.array(z.object({ role, text: z.string() })).default([]),
});
export type Announcement = z.infer<typeof announcementSchema>;

/** Where the handoff stands, shown on its post. */
export type HandoffState = { status: 'waiting' } | { status: HandoffStatus['status']; by: string; reason?: HandoffStatus['reason']; ticketStaysOpen?: HandoffStatus['ticketStaysOpen'] };
