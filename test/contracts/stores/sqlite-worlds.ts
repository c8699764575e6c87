/** The SQLite desk as each store contract of this group sees it. */
import type { TestDesk } from '../../../testing/desk';
import { repairTicket } from '../../../testing/desk';
import type { TicketProbe } from './ticket-probe';

export function sqliteTicketProbe(desk: TestDesk): TicketProbe {
  return {
    async file(customerId, contactPhone) {
      const { ticket } = await desk.tickets.create(repairTicket(customerId, contactPhone ? { contactPhone } : {}), { actor: 'bot' });
      return { id: ticket.id, number: ticket.number };
    },
    async ownerOf(ticketId) {
      return (await desk.tickets.get(ticketId)).customerId;
    },
    async lastEvent(ticketId) {
      return (await desk.tickets.events(ticketId)).at(-1);
    },
  };
}
