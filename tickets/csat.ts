/**
 * Satisfaction scores: one per ticket (the first answer counts), 1 to 5, and the customer's answer
 * closes a resolved ticket, since the loop is then complete.
 */
import { z } from 'zod';
import type { Ticket, TicketStatus } from './ticket';
import { parseInput } from './ticket-changes';

export interface CsatAnswer {
  score: number;
  comment?: string;
}

/** The score and optional comment as a customer gave them; throws a ValidationError otherwise. */
export function parseCsat(score: unknown, comment?: unknown): CsatAnswer {
  const valid = parseInput(z.number().int().min(1).max(5), score, 'score');
  const text = comment === undefined ? undefined : parseInput(z.string().trim().max(2000), comment, 'comment') || undefined;
  return text === undefined ? { score: valid } : { score: valid, comment: text };
}

/** The status move a score causes, if any: a resolved ticket is closed by the customer's answer. */
export function closeOnCsat(ticket: Pick<Ticket, 'status'>): { to: TicketStatus; note: string } | undefined {
  return ticket.status === 'resolved' ? { to: 'closed', note: 'closed by satisfaction survey' } : undefined;
}
