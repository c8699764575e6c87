import { z } from 'zod';
import { NotFoundError } from '../../kernel/errors';
import type { TicketStore } from '../../tickets/ticket-store';
import { customerView } from './ticket-view';
import { exactPurchaseDay, purchaseDateArg } from './purchase-date-arg';
import { ticketNumberArg } from './ticket-number-arg';
import { defineTool } from './tool';
import type { TicketAccess } from '../../tickets/ticket-access';
import { ownsTicket } from './ticket-owner';
import { withVisitTime } from '../../tickets/visit-time';

export const updateTicketArgs = z.object({
  ticketNumber: ticketNumberArg,
  model: z.string().max(80).optional(),
  serial: z.string().max(80).optional(),
  errorCode: z.string().max(20).optional(),
  purchaseDate: purchaseDateArg.optional(),
  phone: z.string().max(40).optional(),
  address: z.string().max(300).optional(),
  visitTime: z.string().trim().min(1).max(120).optional().describe('A new visit time the customer asked for; it replaces the earlier one kept with the address'),
  note: z.string().trim().min(1).max(2000).optional().describe("New information from the customer, added to the ticket's history"),
});

/**
 * Adds what the customer told us to a ticket they hold (their own, or one they proved on this chat
 * with a code or its link). Nobody else changes a ticket's phone or address, whatever a brain was
 * told; agents do it through the desk. Status, priority and money are not the bot's to change.
 */
export function updateTicketTool(tickets: TicketStore, access?: TicketAccess) {
  return defineTool({
    name: 'updateTicket',
    description: "Add details (model, serial, error code, purchase date, contact, a new visit time, a note) to this customer's own open ticket. Cannot change status, priority or promise anything.",
    schema: updateTicketArgs,
    async run(args, context) {
      const ticket = await tickets.find(args.ticketNumber);
      if (!ticket || !(await ownsTicket(ticket, context, access))) {
        throw new NotFoundError('ticket_not_found', `No ticket ${args.ticketNumber} for this customer`);
      }
      const patch = Object.fromEntries(
        Object.entries({
          model: args.model,
          serial: args.serial,
          errorCode: args.errorCode,
          // A stated month or season stays in the conversation and the warranty decision; the desk keeps exact days.
          purchaseDate: exactPurchaseDay(args.purchaseDate),
          contactPhone: args.phone && context.restore(args.phone),
          address: args.address ? context.restore(args.address) : args.visitTime ? withVisitTime(ticket.address, context.restore(args.visitTime)) : undefined,
        }).filter(([, v]) => v !== undefined),
      );
      let updated = Object.keys(patch).length ? await tickets.update(ticket.id, patch, 'bot') : ticket;
      if (args.note) await tickets.addNote(ticket.id, `customer:${context.customerId}`, context.restore(args.note));
      if (updated.status === 'waiting_customer') updated = await tickets.changeStatus(ticket.id, 'in_progress', 'bot', 'customer replied');
      return customerView(updated);
    },
  });
}
