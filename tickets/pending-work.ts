/**
 * What is still to be done on a ticket once the conversation about it ends: a repair request is not
 * finished when the chat is (the engineer has yet to come, or the repair to be made). Ending the
 * chat then leaves the ticket open; only a person who says the work is done resolves it.
 */
import { isOpen } from './lifecycle';
import type { Ticket } from './ticket';

export type PendingWork = 'visit' | 'repair';

/** A visit when the ticket holds where to go, else the repair; undefined when nothing is pending. */
export function pendingWork(ticket: Pick<Ticket, 'type' | 'status' | 'address'>): PendingWork | undefined {
  if (!isOpen(ticket.status) || ticket.type !== 'repair_request') return undefined;
  return ticket.address ? 'visit' : 'repair';
}
