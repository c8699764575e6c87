/**
 * What the core queues for the desks (bot/pipeline.ts, bot/handoff-desk.ts, bot/handoff-sweep.ts
 * write these), parsed again where a desk reads them: a malformed item is parked for a person
 * instead of half-delivered. Every text in them is already redacted.
 */
import { z } from 'zod';

export const HANDOFF_ITEM_KINDS = ['handoff.requested', 'customer.message', 'handoff.status', 'handoff.overdue', 'delivery.parked', 'delivery.failed'] as const;
export type HandoffItemKind = (typeof HANDOFF_ITEM_KINDS)[number];

const role = z.enum(['customer', 'assistant', 'agent']);

/** A conversation handed to people: why, a summary and the last messages. */
export const handoffRequestedSchema = z.looseObject({
  conversationId: z.number().int().positive(),
  ticketNumber: z.string().optional(),
  /** A handoff with no ticket carries its own clock: when a person is due to answer, and the tier it came from. */
  firstResponseDue: z.string().optional(),
  priority: z.enum(['P1', 'P2', 'P3', 'P4']).optional(),
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
  images: z
    .array(z.object({ ref: z.string().min(1), mimeType: z.string().optional(), name: z.string().optional() }))
    .max(10)
    .optional(),
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
  /** Resolved, but the chat only: the ticket stays open for the visit or the repair still to come (tickets/pending-work.ts). */
  ticketStaysOpen: z.enum(['visit', 'repair']).optional(),
});
export type HandoffStatus = z.infer<typeof handoffStatusSchema>;

/** A handoff (its ticket's, or its own when it has no ticket) that passed its first-response deadline with nobody answering. */
export const handoffOverdueSchema = z.looseObject({
  conversationId: z.number().int().positive(),
  ticketNumber: z.string().optional(),
  firstResponseDue: z.string(),
});
export type HandoffOverdue = z.infer<typeof handoffOverdueSchema>;

/**
 * A message to the customer that the platform will not deliver until they write again (WeChat's
 * 48-hour and 5-message rules, or an account that may not push messages): the desk shows the
 * notice; the message goes out by itself when the customer writes.
 */
export const deliveryParkedSchema = z.looseObject({
  conversationId: z.number().int().positive(),
  /** Who wrote the message that waits: agent, survey, notice or the bot's reply. */
  messageKind: z.string(),
  /** The start of the waiting message, so the agent knows which one. */
  excerpt: z.string().default(''),
  /** The bilingual line the desk shows. */
  notice: z.string(),
});
export type DeliveryParked = z.infer<typeof deliveryParkedSchema>;

/**
 * Part of a message to the customer that will not reach them (an agent's picture on a channel
 * that cannot take one, or one the platform refused): the desk shows the notice with the reason.
 * The rest of the message (its text) went out as usual.
 */
export const deliveryFailedSchema = deliveryParkedSchema;
export type DeliveryFailed = z.infer<typeof deliveryFailedSchema>;
