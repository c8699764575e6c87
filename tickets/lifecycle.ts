/** The ticket lifecycle: the only status moves the desk allows. */
import { ConflictError } from '../kernel/errors';
import type { Ticket, TicketChange, TicketFields, TicketStatus } from './ticket';

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
    throw new ConflictError('illegal_transition', `A ticket cannot go from "${from}" to "${to}" (from "${from}" it may go to: ${options}) / 工单不能从 ${from} 变为 ${to}`);
  }
}

export function isOpen(status: TicketStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export interface StatusChangeOptions {
  /** Whether the move is itself an answer to the customer (default): a claim at the desk is not, only the agent's words are. */
  answers?: boolean;
}

/**
 * A status move and the times it stamps: leaving `new` counts as the first response (unless the
 * move answers nothing, `answers: false`), `resolved`
 * and `closed` are stamped when reached, and a reopened ticket is neither resolved nor closed any
 * more. Throws a ConflictError for a move the lifecycle does not allow.
 */
export function applyStatusChange(before: Pick<Ticket, 'status' | 'firstRespondedAt'>, to: TicketStatus, now: Date, note?: string, options: StatusChangeOptions = {}): TicketChange {
  assertTransition(before.status, to);
  const at = now.toISOString();
  const fields: TicketFields = { status: to, updatedAt: at };
  if (before.status === 'new' && !before.firstRespondedAt && options.answers !== false) fields.firstRespondedAt = at;
  if (to === 'resolved') fields.resolvedAt = at;
  if (to === 'closed') fields.closedAt = at;
  if (to === 'open' && (before.status === 'resolved' || before.status === 'closed')) {
    fields.resolvedAt = null;
    fields.closedAt = null;
  }
  const detail: Record<string, unknown> = { from: before.status, to };
  if (note !== undefined) detail.note = note;
  return { fields, event: { kind: 'status_changed', detail } };
}
