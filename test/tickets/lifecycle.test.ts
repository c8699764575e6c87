import { describe, expect, it } from 'vitest';
import { allowedNext, canTransition } from '../../tickets/lifecycle';
import { TICKET_STATUSES, type TicketStatus } from '../../tickets/ticket';

/** Every allowed move, written out as the desk's own rules state them. */
const ALLOWED: [TicketStatus, TicketStatus][] = [
  ['new', 'open'],
  ['new', 'in_progress'],
  ['open', 'in_progress'],
  ['open', 'waiting_customer'],
  ['open', 'resolved'],
  ['in_progress', 'waiting_customer'],
  ['in_progress', 'resolved'],
  ['waiting_customer', 'in_progress'],
  ['waiting_customer', 'resolved'],
  ['resolved', 'closed'],
  ['resolved', 'open'],
  ['closed', 'open'],
];

describe('ticket lifecycle rules', () => {
  it('allows exactly the listed moves', () => {
    for (const from of TICKET_STATUSES) {
      for (const to of TICKET_STATUSES) {
        const expected = ALLOWED.some(([a, b]) => a === from && b === to);
        expect(canTransition(from, to), `${from} -> ${to}`).toBe(expected);
      }
    }
    expect(allowedNext('new')).toEqual(['open', 'in_progress']);
  });
});

// The store's side of the lifecycle (times stamped, audit trail, numbering, scores) is in the
// contract every store passes: test/contracts/stores/ticket-store.contract.ts; the outbox's in
// test/contracts/stores/outbox.contract.ts.
