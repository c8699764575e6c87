/**
 * What the core queues for the desks (bot/pipeline.ts, bot/handoff-desk.ts, bot/handoff-sweep.ts
 * write these), parsed again where a desk reads them: a malformed item is parked for a person
 * instead of half-delivered. Every text in them is already redacted.
 */
import { z } from 'zod';

export const HANDOFF_ITEM_KINDS = ['handoff.requested', 'customer.message', 'handoff.status', 'handoff.overdue'] as const;
export type HandoffItemKind = (typeof HANDOFF_ITEM_KINDS)[number];

const role = z.enum(['customer', 'assistant', 'agent']);

/** A conversation handed to people: why, a summary and the last messages. */
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

/** What the customer said while the conversation is with people. */
export const customerMessageSchema = z.looseObject({
  conversationId: z.number().int().positive(),
  ticketNumber: z.string().optional(),
  text: z.string().default(''),
  attachments: z.number().int().nonnegative().default(0),
  /** Photos the customer sent (a receipt, the fault), stored under the uploads folder: desks that can show them do. */
  images: z.array(z.object({ ref: z.string().min(1), mimeType: z.string().optional(), name: z.string().optional() })).max(10).optional(),
  /** A danger report: the desk shows it first. */
  urgent: z.boolean().optional(),
});
export type CustomerMessage = z.infer<typeof customerMessageSchema>;

/**
 * A change of hands. `released`: the person who had it put it back in the queue for someone else;
 * `returned_to_bot`: back to the assistant, by a person or because nobody answered in time.
 */
export const handoffStatusSchema = z.looseObject({
  conversationId: z.number().int().positive(),
  ticketNumber: z.string().optional(),
  status: z.enum(['taken_over', 'released', 'returned_to_bot', 'resolved']),
  by: z.string(),
  reason: z.enum(['agent', 'no_agent_reply']).optional(),
});
export type HandoffStatus = z.infer<typeof handoffStatusSchema>;

/** A handoff whose ticket passed its first-response deadline with nobody answering. */
export const handoffOverdueSchema = z.looseObject({
  conversationId: z.number().int().positive(),
  ticketNumber: z.string(),
  firstResponseDue: z.string(),
});
export type HandoffOverdue = z.infer<typeof handoffOverdueSchema>;
