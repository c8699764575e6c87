import { z } from 'zod';
import type { TicketStore } from '../../tickets/ticket-store';
import { customerView } from './ticket-view';
import { defineTool } from './tool';

export const ticketStatusArgs = z.object({
  ticketNumber: z
    .string()
    .trim()
    .regex(/^AS-\d{8}-\d{4,}$/i, 'expected a ticket number such as AS-20261124-0001')
    .optional()
    .describe("A ticket number the customer gave; omit to list the customer's own recent tickets"),
});

/** Only the customer's own tickets: someone else's number reads exactly like a number that does not exist. */
export function ticketStatusTool(tickets: TicketStore) {
  return defineTool({
    name: 'ticketStatus',
    description: "Look up the status of this customer's own tickets (by number, or the most recent ones). Other customers' tickets are never shown.",
    schema: ticketStatusArgs,
    async run(args, context) {
      if (args.ticketNumber) {
        const ticket = await tickets.find(args.ticketNumber.toUpperCase());
        if (!ticket || ticket.customerId !== context.customerId) return { found: false, tickets: [] };
        return { found: true, tickets: [customerView(ticket)] };
      }
      const own = await tickets.list({ customerId: context.customerId, limit: 20 });
      const recent = own.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, 3);
      return { found: recent.length > 0, tickets: recent.map(customerView) };
    },
  });
}
