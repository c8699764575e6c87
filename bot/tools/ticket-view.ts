/** What a customer may see of a ticket: no internal notes, no assignee's personal details. */
import type { Ticket } from '../../tickets/ticket';

export function customerView(ticket: Ticket) {
  return {
    number: ticket.number,
    status: ticket.status,
    priority: ticket.priority,
    type: ticket.type,
    product: [ticket.brand, ticket.category, ticket.model].filter(Boolean).join(' ') || undefined,
    symptom: ticket.symptom,
    warrantyStatus: ticket.warrantyStatus,
    firstResponseDue: ticket.firstResponseDue,
    resolutionDue: ticket.resolutionDue,
    createdAt: ticket.createdAt,
  };
}
export type CustomerTicketView = ReturnType<typeof customerView>;
