/** What a customer may see of a ticket: no internal notes, no assignee's personal details. */
import type { Ticket } from '../../tickets/ticket';
import { visitTimeOf } from '../../tickets/visit-time';

export function customerView(ticket: Ticket) {
  return {
    number: ticket.number,
    status: ticket.status,
    priority: ticket.priority,
    type: ticket.type,
    /** What the customer wanted when it was filed: a "转人工" ticket goes to the desk first, not to an engineer. */
    intent: ticket.intent,
    product: [ticket.brand, ticket.category, ticket.model].filter(Boolean).join(' ') || undefined,
    // Each part on its own too, so a reply can name the product in the customer's language.
    category: ticket.category,
    brand: ticket.brand,
    model: ticket.model,
    /** The visit time the customer asked for (kept with the address, which is not shown). */
    visitTime: visitTimeOf(ticket.address),
    symptom: ticket.symptom,
    warrantyStatus: ticket.warrantyStatus,
    firstResponseDue: ticket.firstResponseDue,
    resolutionDue: ticket.resolutionDue,
    createdAt: ticket.createdAt,
  };
}
export type CustomerTicketView = ReturnType<typeof customerView>;
