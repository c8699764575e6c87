/**
 * What the outbox holds for the Slack desk, parsed at the edge: the core writes these payloads
 * (bot/pipeline.ts, bot/handoff-desk.ts, bot/handoff-sweep.ts) and a malformed one is parked
 * for a person instead of half-posted.
 */
import { z } from 'zod';

const role = z.enum(['customer', 'assistant', 'agent']);

export const handoffRequestedSchema = z.looseObject({
  conversationId: z.number().int().positive(),
  ticketNumber: z.string().optional(),
  reason: z.string().default('customer_request'),
  summary: z.string().default(''),
  channel: z.string(),
  language: z.enum(['zh', 'en']).default('zh'),
  intent: z.string().optional(),
  urgency: z.enum(['P1', 'P2', 'P3', 'P4']).optional(),
  sentiment: z.number().optional(),
  lastMessages: z.array(z.object({ role, text: z.string() })).default([]),
});
export type HandoffRequested = z.infer<typeof handoffRequestedSchema>;

export const customerMessageSchema = z.looseObject({
  conversationId: z.number().int().positive(),
  ticketNumber: z.string().optional(),
  text: z.string().default(''),
  attachments: z.number().int().nonnegative().default(0),
});

export const handoffStatusSchema = z.looseObject({
  conversationId: z.number().int().positive(),
  ticketNumber: z.string().optional(),
  status: z.enum(['taken_over', 'returned_to_bot', 'resolved']),
  by: z.string(),
  reason: z.enum(['agent', 'no_agent_reply']).optional(),
});
export type HandoffStatus = z.infer<typeof handoffStatusSchema>;

export const handoffOverdueSchema = z.looseObject({
  conversationId: z.number().int().positive(),
  ticketNumber: z.string(),
  firstResponseDue: z.string(),
  channelId: z.string(),
  threadTs: z.string(),
});

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
export type HandoffState = { status: 'waiting' } | { status: HandoffStatus['status']; by: string; reason?: HandoffStatus['reason'] };
