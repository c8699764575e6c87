import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allowedNext, canTransition } from '../../tickets/lifecycle';
import { TICKET_STATUSES, type TicketStatus } from '../../tickets/ticket';
import { openTestDesk, type TestDesk } from '../../testing/desk';

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
// contract every store passes: test/contracts/stores/ticket-store.contract.ts.
describe('the SQLite desk outbox', () => {
  let desk: TestDesk;
  beforeEach(async () => {
    desk = await openTestDesk();
  });
  afterEach(() => desk.dispose());

  it('delivers an outbox item once and retries a failed one at its time', async () => {
    const first = await desk.outbox.enqueue({ destination: 'slack-desk', kind: 'handoff.requested', payload: { n: 1 } });
    const second = await desk.outbox.enqueue({ destination: 'slack-desk', kind: 'handoff.requested', payload: { n: 2 } });
    const due = await desk.outbox.due('slack-desk', desk.clock.now());
    expect(due.map((i) => i.id)).toEqual([first, second]);
    await desk.outbox.markDelivered(first!, 'ref-1', desk.clock.now());
    await desk.outbox.markFailed(second!, 'slack down', new Date(desk.clock.now().getTime() + 60_000));
    expect(await desk.outbox.due('slack-desk', desk.clock.now())).toHaveLength(0);
    desk.clock.advance(61_000);
    expect(await desk.outbox.due('slack-desk', desk.clock.now())).toEqual([expect.objectContaining({ id: second, attempts: 1, lastError: 'slack down' })]);
  });
});
