import { z } from 'zod';
import type { CustomerDirectory } from '../../tickets/customer-directory';
import type { TicketStore } from '../../tickets/ticket-store';
import { parseMobile } from '../text/phone-numbers';
import { customerView } from './ticket-view';
import { defineTool } from './tool';

export const ticketStatusArgs = z.object({
  ticketNumber: z
    .string()
    .trim()
    .regex(/^AS-\d{8}-\d{4,}$/i, 'expected a ticket number such as AS-20261124-0001')
    .optional()
    .describe("A ticket number the customer gave; omit to list the customer's own recent tickets"),
  phone: z
    .string()
    .max(40)
    .optional()
    .describe('The contact phone the customer says they left on that ticket (may be a placeholder such as [PHONE_1]); only used together with ticketNumber'),
});

/** Failed proofs per phone number before that number is locked for a while (guessing ticket numbers). */
const MAX_FAILED_PROOFS = 5;
const LOCK_MS = 60 * 60_000;

/**
 * Only the customer's own tickets: someone else's number reads exactly like a number that does not
 * exist. A ticket filed on another channel (WeChat, then the web chat) becomes the customer's own
 * when they give both its number and the contact phone left on it: this identity is then linked
 * to the ticket's customer record, so the conversation continues that ticket. A phone alone
 * proves nothing (anyone can type a number) and reveals nothing, not even whether tickets exist.
 */
export function ticketStatusTool(tickets: TicketStore, customers?: CustomerDirectory) {
  const failures = new Map<string, { count: number; since: number }>();
  return defineTool({
    name: 'ticketStatus',
    description:
      "Look up the status of this customer's own tickets (by number, or the most recent ones). Other customers' tickets are never shown. A ticket filed on another channel is shown only when the customer gives its number and the contact phone left on it.",
    schema: ticketStatusArgs,
    async run(args, context) {
      if (args.ticketNumber) {
        const ticket = await tickets.find(args.ticketNumber.toUpperCase());
        if (ticket && ticket.customerId === context.customerId) return { found: true, byNumber: true, tickets: [customerView(ticket)] };
        const phone = args.phone ? digits(context.restore(args.phone)) : undefined;
        if (!phone || !customers) return { found: false, tickets: [] };
        const now = context.now.getTime();
        const record = failures.get(phone);
        if (record && now - record.since > LOCK_MS) failures.delete(phone);
        if ((failures.get(phone)?.count ?? 0) >= MAX_FAILED_PROOFS) return { found: false, tickets: [], locked: true };
        // A number that does not exist counts as a miss too: guessing numbers is the attack.
        if (!ticket?.contactPhone || digits(ticket.contactPhone) !== phone) {
          const seen = failures.get(phone) ?? { count: 0, since: now };
          failures.set(phone, { ...seen, count: seen.count + 1 });
          return { found: false, tickets: [] };
        }
        const { channel, customerRef } = context.conversation;
        await customers.link(ticket.customerId, { channel, externalId: customerRef }, 'customer:ticket-and-phone');
        return { found: true, byNumber: true, linked: true, tickets: [customerView(ticket)] };
      }
      const own = await tickets.list({ customerId: context.customerId, limit: 20 });
      const recent = own.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, 3);
      // A phone with no ticket number: ask for both, whether or not that phone has tickets.
      return { found: recent.length > 0, tickets: recent.map(customerView), ...(args.phone && !recent.length ? { needsTicketNumber: true } : {}) };
    },
  });
}

/** Mainland mobile digits, however written (+86 138-1234-5678 -> 13812345678). */
const digits = parseMobile;
