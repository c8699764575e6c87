/**
 * While a person holds the chat the bot keeps quiet, but what the customer types is still read: a
 * phone number or an address (read by the one personal-data detector and address reader the bot
 * uses everywhere, through the turn's understanding) goes on the ticket's contact fields, so the
 * person never has to copy it out of the masked transcript. It fills only what is missing; a value
 * that differs from the one on the ticket is put beside it as a note, never written over it.
 * The ticket's history shows each as "added from the customer's message".
 */
import type { Ticket } from '../tickets/ticket';
import type { TicketStore } from '../tickets/ticket-store';
import { visitTimeOf, withVisitTime } from '../tickets/visit-time';

/** The actor such changes are recorded as: the desk says "from the customer's message" for it. */
export const FROM_CUSTOMER_MESSAGE = 'bot:customer-message';

/** The place part of a stored address (a visit time may follow it after " / "). */
function placeOf(address: string): string {
  const time = visitTimeOf(address);
  return time
    ? address
        .slice(0, address.length - time.length)
        .replace(/\s*\/\s*$/, '')
        .trim()
    : address.trim();
}

export async function contactFromHeldChat(ticket: Ticket, slots: { phone?: string; address?: string }, tickets: TicketStore): Promise<Ticket> {
  let current = ticket;
  const { phone, address } = slots;
  if (phone && !current.contactPhone) current = await tickets.update(current.id, { contactPhone: phone }, FROM_CUSTOMER_MESSAGE);
  else if (phone && current.contactPhone && phone !== current.contactPhone)
    await tickets.addNote(
      current.id,
      FROM_CUSTOMER_MESSAGE,
      `客户消息中给了另一个电话 ${phone}，工单上的号码未改 / The customer's message gives another phone, ${phone}; the one on the ticket is kept`,
    );
  if (address && !current.address) current = await tickets.update(current.id, { address }, FROM_CUSTOMER_MESSAGE);
  else if (address && current.address && !current.address.includes(address) && !placeOf(current.address).includes(address)) {
    // Only the address itself is missing when the ticket holds just a visit time ("/ 周六上午").
    if (!placeOf(current.address)) current = await tickets.update(current.id, { address: withVisitTime(address, visitTimeOf(current.address) ?? '') }, FROM_CUSTOMER_MESSAGE);
    else
      await tickets.addNote(
        current.id,
        FROM_CUSTOMER_MESSAGE,
        `客户消息中给了另一个地址“${address}”，工单上的地址未改 / The customer's message gives another address, "${address}"; the one on the ticket is kept`,
      );
  }
  return current;
}
