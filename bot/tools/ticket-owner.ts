/**
 * Whose ticket it is, as the tools decide it: the customer record it was filed under, or a chat
 * identity that proved it holds the ticket (a one-time code or its secret link). Nobody else sees
 * it, adds to it or changes its phone or address; agents work on tickets through the desk.
 */
import type { Ticket } from '../../tickets/ticket';
import type { TicketAccess } from '../../tickets/ticket-access';
import type { ToolContext } from './tool';

export async function ownsTicket(ticket: Ticket, context: ToolContext, access: TicketAccess | undefined): Promise<boolean> {
  if (ticket.customerId === context.customerId) return true;
  return access ? access.isGranted(ticket.id, { channel: context.requester.channel, externalId: context.requester.externalId }) : false;
}
