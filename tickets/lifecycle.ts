/** The ticket lifecycle: the only status moves the desk allows. */
import { ConflictError } from '../kernel/errors';
import type { TicketStatus } from './ticket';

const ALLOWED: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['open', 'in_progress'],
  open: ['in_progress', 'waiting_customer', 'resolved'],
  in_progress: ['waiting_customer', 'resolved'],
  waiting_customer: ['in_progress', 'resolved'],
  resolved: ['closed', 'open'], // reopen when the fix did not hold
  closed: ['open'], // reopen within the warranty of the repair
};

export const OPEN_STATUSES: readonly TicketStatus[] = ['new', 'open', 'in_progress', 'waiting_customer'];

export function allowedNext(from: TicketStatus): readonly TicketStatus[] {
  return ALLOWED[from];
}

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return ALLOWED[from].includes(to);
}

export function assertTransition(from: TicketStatus, to: TicketStatus): void {
  if (!canTransition(from, to)) {
    const options = ALLOWED[from].join(', ');
    throw new ConflictError(
      'illegal_transition',
      `A ticket cannot go from "${from}" to "${to}" (from "${from}" it may go to: ${options}) / 工单不能从 ${from} 变为 ${to}`,
    );
  }
}

export function isOpen(status: TicketStatus): boolean {
  return OPEN_STATUSES.includes(status);
}
