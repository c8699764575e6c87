import { z } from 'zod';
import { ValidationError } from '../../kernel/errors';
import { componentNamedIn } from '../../warranty/policy';
import type { CustomerDirectory } from '../../tickets/customer-directory';
import { isOpen } from '../../tickets/lifecycle';
import type { TicketStore } from '../../tickets/ticket-store';
import { TICKET_TYPES, type Ticket, type WarrantyStatus } from '../../tickets/ticket';
import type { WarrantyCheck } from '../../warranty/warranty-check';
import { customerView } from './ticket-view';
import { brandArg, categoryArg } from './product-args';
import { exactPurchaseDay, purchaseDateArg } from './purchase-date-arg';
import { defineTool, type ToolContext } from './tool';
import type { AbuseGuard } from './abuse-limits';
import { ConflictError } from '../../kernel/errors';
import type { TicketAccess } from '../../tickets/ticket-access';
import { ownsTicket } from './ticket-owner';

/** What filing needs besides the stores: the limits on filing, and who tells the phone on the ticket its link. */
export interface FilingPorts {
  guard?: AbuseGuard;
  /** A ticket proven on this chat (code or link) counts as the customer's own for "already open". */
  access?: TicketAccess;
  links?: { announce(ticket: Ticket): Promise<void> };
}

/** Said to the brain when a chat or its address filed too many tickets this hour. */
export function tooManyTickets(): ConflictError {
  return new ConflictError(
    'too_many_tickets',
    'Too many tickets were filed from this chat or its network in the last hour; ask the customer to continue the conversation or call the service line / 该会话或网络近一小时提交的工单过多',
  );
}

export const createTicketArgs = z.object({
  type: z.enum(TICKET_TYPES),
  symptom: z.string().trim().min(2).max(2000).describe('The problem restated in one or two sentences'),
  category: categoryArg.optional(),
  brand: brandArg.optional(),
  model: z.string().max(80).optional(),
  serial: z.string().max(80).optional(),
  errorCode: z.string().max(20).optional(),
  purchaseDate: purchaseDateArg.optional(),
  // No warrantyStatus and no priority: the tool works both out itself (an unknown key is dropped
  // by the schema, so a caller that names one changes nothing).
  phone: z.string().max(40).optional().describe('Contact phone (may be a placeholder such as [PHONE_1])'),
  address: z.string().max(300).optional().describe('Visit address (may be a placeholder such as [ADDRESS_1])'),
});

/**
 * Whether a new request is the problem the conversation's open ticket already carries: the same
 * kind of ticket about the same product and code. Another product, another code, or danger on a
 * ticket that was not urgent is a new problem and gets its own ticket.
 */
function sameProblem(existing: Ticket, args: { type: string; category?: string; errorCode?: string }, urgency: string): boolean {
  if (existing.type !== args.type) return false;
  if (args.category && existing.category && args.category !== existing.category) return false;
  if (args.errorCode && existing.errorCode && args.errorCode.toUpperCase() !== existing.errorCode.toUpperCase()) return false;
  return !(urgency === 'P1' && existing.priority !== 'P1');
}

/**
 * The ticket's warranty status, decided here by the 三包 rules from the evidence (the receipt read
 * in this conversation, or the purchase date given) and never taken from a caller: a model that
 * says "in warranty" cannot make it so. A stated date alone is `unverified` until proof is seen.
 */
function warrantyStatusOf(warranty: WarrantyCheck, args: z.output<typeof createTicketArgs>, context: ToolContext): WarrantyStatus {
  const receipt = context.receipt?.ok ? context.receipt.evidence : undefined;
  if (!args.category || (!args.purchaseDate && !receipt)) return 'unknown';
  try {
    const decision = warranty.verify({ category: args.category, brand: args.brand, component: componentNamedIn(args.symptom), receipt, statedPurchaseDate: args.purchaseDate });
    if (decision.status === 'cannot_tell') return 'unknown';
    return decision.status === 'in_warranty' && !decision.verified ? 'unverified' : decision.status;
  } catch (error) {
    // Evidence the rules cannot read (an impossible date) leaves the warranty open, not the ticket unfiled.
    if (error instanceof ValidationError) return 'unknown';
    throw error;
  }
}

/**
 * Files a ticket for the customer of this conversation. Priority comes from the turn's urgency,
 * never from the arguments; one turn files at most one ticket, and the same problem reported
 * again gets its open ticket back instead of a second one (another problem gets its own).
 */
export function createTicketTool(tickets: TicketStore, customers: CustomerDirectory, warranty: WarrantyCheck, filing: FilingPorts = {}) {
  return defineTool({
    name: 'createTicket',
    description:
      'File a service ticket (repair_request, complaint, warranty_claim or consultation) for this customer after restating the problem. Priority and SLA are set by policy. Returns the ticket number and deadlines.',
    schema: createTicketArgs,
    async run(args, context) {
      const existing = context.conversation.state.ticketNumber ? await tickets.find(context.conversation.state.ticketNumber) : undefined;
      if (existing && isOpen(existing.status) && sameProblem(existing, args, context.urgency) && (await ownsTicket(existing, context, filing.access))) {
        return { ...customerView(existing), alreadyOpen: true };
      }
      // A single anonymous message files only within a small allowance per chat and IP (ticket spam).
      if (filing.guard && !(await filing.guard.mayFile(context))) throw tooManyTickets();
      const phone = args.phone ? context.restore(args.phone) : undefined;
      const customerId = context.customerId;
      if (phone) {
        // Remembered for this customer; typed into a chat it is a claim, so it never merges records.
        await customers.attachPhone(customerId, phone, 'bot').catch(() => undefined);
      }
      const { ticket, created } = await tickets.create(
        {
          customerId,
          conversationId: context.conversation.id,
          channel: context.conversation.channel,
          type: args.type,
          priority: context.urgency,
          symptom: context.restore(args.symptom),
          category: args.category,
          brand: args.brand,
          model: args.model,
          serial: args.serial,
          errorCode: args.errorCode,
          // A stated month or season stays in the conversation and the warranty decision; the desk keeps exact days.
          purchaseDate: exactPurchaseDay(args.purchaseDate),
          warrantyStatus: warrantyStatusOf(warranty, args, context),
          sentiment: Math.max(-1, Math.min(1, context.sentiment)),
          intent: context.intent,
          contactPhone: phone,
          address: args.address ? context.restore(args.address) : undefined,
        },
        { actor: 'bot', idempotencyKey: `${context.turnKey}:createTicket` },
      );
      if (created) {
        await filing.guard?.filed(context);
        // The phone on the ticket gets its secret link: the owner can open the ticket on any channel.
        await filing.links?.announce(ticket);
      }
      return { ...customerView(ticket), alreadyOpen: false };
    },
  });
}
