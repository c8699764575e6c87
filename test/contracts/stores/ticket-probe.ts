/** What the customer and call contracts need of tickets: file one, see whose it is and what was logged. */
import type { TicketStore } from '../../../tickets/ticket-store';
import { repairTicket } from '../../../testing/desk';

export interface TicketProbe {
  file(customerId: number, contactPhone?: string): Promise<{ id: number; number: string }>;
  ownerOf(ticketId: number): Promise<number>;
  lastEvent(ticketId: number): Promise<{ kind: string; detail: Record<string, unknown> } | undefined>;
}

/** The probe over a real ticket store, the same on SQLite and PostgreSQL. */
export function ticketProbe(tickets: TicketStore): TicketProbe {
  return {
    async file(customerId, contactPhone) {
      const { ticket } = await tickets.create(repairTicket(customerId, contactPhone ? { contactPhone } : {}), { actor: 'bot' });
      return { id: ticket.id, number: ticket.number };
    },
    async ownerOf(ticketId) {
      return (await tickets.get(ticketId)).customerId;
    },
    async lastEvent(ticketId) {
      return (await tickets.events(ticketId)).at(-1);
    },
  };
}
