import { z } from 'zod';
import { isOpen } from '../../tickets/lifecycle';
import type { TicketStore } from '../../tickets/ticket-store';
import { customerView } from './ticket-view';
import { defineTool } from './tool';
import { ConflictError } from '../../kernel/errors';
import type { AbuseGuard } from './abuse-limits';
import { tooManyTickets } from './create-ticket';
import { ownsTicket } from './ticket-owner';
import type { TicketAccess } from '../../tickets/ticket-access';
import type { CustomerDirectory } from '../../tickets/customer-directory';
import { DEFAULT_SLA, deadlinesFor, type SlaPolicy } from '../../tickets/sla';
import type { Priority } from '../../tickets/ticket';
import { handoffCarriesRequest } from './handoff-carries';
import { HANDOFF_REASONS, type HandoffReason } from './handoff-reasons';

// (Re-exported: the tool's callers have always imported the reasons from here.)
export { HANDOFF_REASONS, type HandoffReason } from './handoff-reasons';

export const handOffArgs = z.object({
  reason: z.enum(HANDOFF_REASONS),
  summary: z.string().trim().min(2).max(1000).describe('What the customer needs, for the human agent'),
  // What the customer already told (a phone typed while hearing safety advice): a person never asks it again.
  phone: z.string().max(40).optional().describe('Contact phone the customer gave (may be a placeholder such as [PHONE_1])'),
  address: z.string().max(300).optional().describe('Address the customer gave (may be a placeholder)'),
  category: z.string().max(40).optional(),
  brand: z.string().max(60).optional(),
  model: z.string().max(80).optional(),
  request: z
    .boolean()
    .optional()
    .describe(
      'true when the conversation holds a service request a person must act on (a fault or repair with its details, a return or exchange, a complaint); false when the customer only asks for a person',
    ),
  earlier: z.boolean().optional().describe('true when the customer chases a case filed before (a ticket number, a visit that never came): the person takes that case up and no second ticket is filed'),
});

/** A handoff with no ticket: queued for people with its own first-response clock (the tier its ticket would have had). */
export interface QueuedHandoff {
  priority: Priority;
  firstResponseDue: string;
}

/** Exactly one of `ticket` (the case a person takes over) and `queued` (a bare request for a person). */
export interface HandoffResult {
  handoff: true;
  reason: HandoffReason;
  summary: string;
  ticket?: ReturnType<typeof customerView>;
  queued?: QueuedHandoff;
}

/**
 * Asks a human agent to take over. A conversation with a service request (or an open ticket of its
 * own) goes with its ticket, filed if there is none; a bare request for a person files nothing and
 * is queued with the clock its ticket would have had (handoff-carries.ts). The pipeline then
 * switches the conversation to the desks and queues the handoff for them in the same transaction
 * as the reply.
 */
export function handOffTool(tickets: TicketStore, ports: { guard?: AbuseGuard; access?: TicketAccess; customers?: CustomerDirectory; sla?: SlaPolicy } = {}) {
  return defineTool({
    name: 'handOff',
    description:
      'Hand the conversation to a human agent: when the customer asks for a person, is very upset, there is a safety risk, or the request needs a decision the bot may not make (refunds, compensation, exceptions).',
    schema: handOffArgs,
    async run(args, context): Promise<HandoffResult> {
      const { guard, customers } = ports;
      // The desk is never flooded: handoffs per chat and per IP address are limited.
      const danger = args.reason === 'safety';
      if (guard && !(await guard.mayHandOff(context, danger))) {
        throw new ConflictError('too_many_handoffs', 'Too many handoffs from this chat or its network in the last hour / 该会话或网络近一小时转人工次数过多');
      }
      const current = context.conversation.state.ticketNumber ? await tickets.find(context.conversation.state.ticketNumber) : undefined;
      // Danger on a conversation whose ticket is about something calmer gets its own urgent ticket.
      const escalates = context.urgency === 'P1' && current?.priority !== 'P1';
      const reuse = current && isOpen(current.status) && !escalates && (await ownsTicket(current, context, ports.access));
      const phone = args.phone ? context.restore(args.phone) : undefined;
      // A case filed before and chased again goes to the person as that case: a second ticket would split it (unless it is danger).
      const earlierCase = args.earlier === true && !danger;
      if (!reuse && (earlierCase || !handoffCarriesRequest(args.reason, context.intent, context.urgency, args.request))) {
        // Remembered for this customer all the same: the person who answers calls it.
        if (phone) await customers?.attachPhone(context.customerId, phone, 'bot').catch(() => undefined);
        await guard?.handedOff(context);
        const due = deadlinesFor(context.urgency, context.now, ports.sla ?? DEFAULT_SLA);
        return { handoff: true, reason: args.reason, summary: args.summary, queued: { priority: context.urgency, firstResponseDue: due.firstResponseDue.toISOString() } };
      }
      if (!reuse && guard && !(await guard.mayFile(context, danger, args.reason === 'customer_request'))) throw tooManyTickets();
      // Remembered for this customer, as createTicket does; typed into a chat it is a claim, so it never merges records.
      if (phone) await customers?.attachPhone(context.customerId, phone, 'bot').catch(() => undefined);
      const ticket =
        reuse && current
          ? current
          : (
              await tickets.create(
                {
                  customerId: context.customerId,
                  conversationId: context.conversation.id,
                  channel: context.conversation.channel,
                  type: context.intent === 'complaint' || args.reason === 'angry' ? 'complaint' : 'repair_request',
                  priority: context.urgency,
                  symptom: context.restore(args.summary),
                  category: args.category || undefined,
                  brand: args.brand || undefined,
                  model: args.model || undefined,
                  contactPhone: phone,
                  address: args.address ? context.restore(args.address) : undefined,
                  sentiment: Math.max(-1, Math.min(1, context.sentiment)),
                  intent: context.intent,
                },
                { actor: 'bot', idempotencyKey: `${context.turnKey}:handOff` },
              )
            ).ticket;
      if (!reuse) await guard?.filed(context);
      await guard?.handedOff(context);
      return { handoff: true, reason: args.reason, summary: args.summary, ticket: customerView(ticket) };
    },
  });
}
