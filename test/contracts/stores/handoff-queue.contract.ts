/**
 * What every `HandoffQueue` (bot/handoff-queue.ts) promises, run against each implementation
 * (test/storage/handoff-queue.test.ts). The queue reads what other stores wrote: conversations'
 * states, agents' messages, tickets, and the handoff requests queued in the outbox.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandoffQueue } from '../../../bot/handoff-queue';
import type { FixedClock } from '../../../kernel/clock';
import type { Outbox } from '../../../tickets/outbox';
import type { DeskRows } from '../../helpers/outbox-group-desks';

export interface HandoffQueueFixture {
  handoffQueue: HandoffQueue;
  outbox: Outbox;
  rows: DeskRows;
  clock: FixedClock;
  close(): Promise<void>;
}

const MINUTE = 60_000;

export function describeHandoffQueueContract(implementation: string, open: () => Promise<HandoffQueueFixture>): void {
  describe(`HandoffQueue contract: ${implementation}`, () => {
    let f: HandoffQueueFixture;
    beforeEach(async () => {
      f = await open();
    });
    afterEach(() => f.close());
    const at = () => f.clock.now().toISOString();
    /** A handoff request as the core queues it, one copy per desk. */
    async function requestHandoff(conversationId: number, extra: Record<string, unknown> = {}, desks = ['slack']) {
      for (const destination of desks) {
        await f.outbox.enqueue({
          destination,
          kind: 'handoff.requested',
          payload: { conversationId, channel: 'web', reason: 'customer_request', summary: '空调E1', lastMessages: [{ role: 'customer', text: '转人工' }], ...extra },
        });
      }
    }

    it('lists the conversations with people, oldest request first, with who has them and when a person last wrote', async () => {
      const early = await f.rows.conversation({ mode: 'agent', ticketNumber: 'SR-1', agent: 'web-desk:li' });
      const bot = await f.rows.conversation({ mode: 'bot' });
      await requestHandoff(early, {}, ['slack', 'web-desk']);
      f.clock.advance(MINUTE);
      const late = await f.rows.conversation({ mode: 'handoff_requested' });
      await requestHandoff(late);
      await requestHandoff(bot); // handed back to the bot since: not waiting
      const requestedEarly = new Date(f.clock.now().getTime() - MINUTE).toISOString();
      await f.rows.message(early, 'out', 'agent:li', '2026-11-24T01:05:00.000Z');
      await f.rows.message(early, 'out', 'bot', '2026-11-24T01:09:00.000Z');
      await f.rows.message(early, 'in', 'customer', '2026-11-24T01:10:00.000Z');
      expect(await f.handoffQueue.waiting()).toEqual([
        { conversationId: early, mode: 'agent', ticketNumber: 'SR-1', agent: 'web-desk:li', requestedAt: requestedEarly, lastAgentAt: '2026-11-24T01:05:00.000Z' },
        { conversationId: late, mode: 'handoff_requested', requestedAt: at() },
      ]);
    });

    it("takes the request time from the queued request, or the conversation's last change without one", async () => {
      const without = await f.rows.conversation({ mode: 'handoff_requested' }, '2026-11-24T00:30:00.000Z');
      const withRequest = await f.rows.conversation({ mode: 'handoff_requested' }, '2026-11-24T00:00:00.000Z');
      await requestHandoff(withRequest);
      f.clock.advance(5 * MINUTE);
      await requestHandoff(withRequest); // asked again later: the latest request counts
      expect((await f.handoffQueue.waiting()).map((w) => [w.conversationId, w.requestedAt])).toEqual([
        [without, '2026-11-24T00:30:00.000Z'],
        [withRequest, at()],
      ]);
    });

    it('reads back the latest request of a conversation as queued', async () => {
      const c = await f.rows.conversation({ mode: 'handoff_requested' });
      expect(await f.handoffQueue.request(c)).toBeUndefined();
      await requestHandoff(c, { summary: 'first' });
      f.clock.advance(MINUTE);
      await requestHandoff(c, { summary: '第二次：热水器漏电', ticketNumber: 'SR-9', urgency: 'P1' });
      await requestHandoff(await f.rows.conversation({ mode: 'handoff_requested' }), { summary: 'someone else' });
      expect(await f.handoffQueue.request(c)).toMatchObject({ conversationId: c, summary: '第二次：热水器漏电', ticketNumber: 'SR-9', urgency: 'P1', language: 'zh', requestedAt: at() });
    });

    it('names handoffs whose open ticket is past its first-response deadline unanswered, even when handed back', async () => {
      const overdue = await f.rows.conversation({ mode: 'bot' });
      await requestHandoff(overdue, { ticketNumber: 'SR-OVER' });
      await f.rows.ticket(overdue, 'SR-OVER', '2026-11-24T02:00:00.000Z');
      const answered = await f.rows.conversation({ mode: 'agent' });
      await requestHandoff(answered, { ticketNumber: 'SR-ANS' });
      await f.rows.ticket(answered, 'SR-ANS', '2026-11-24T02:00:00.000Z', { firstRespondedAt: '2026-11-24T01:30:00.000Z' });
      const resolved = await f.rows.conversation({ mode: 'bot' });
      await requestHandoff(resolved, { ticketNumber: 'SR-RES' });
      await f.rows.ticket(resolved, 'SR-RES', '2026-11-24T02:00:00.000Z', { status: 'resolved' });
      const notYet = await f.rows.conversation({ mode: 'handoff_requested' });
      await requestHandoff(notYet, { ticketNumber: 'SR-LATER' });
      await f.rows.ticket(notYet, 'SR-LATER', '2026-11-24T04:00:00.000Z');
      // A ticket the latest request does not name is not this handoff's.
      const otherTicket = await f.rows.conversation({ mode: 'handoff_requested' });
      await requestHandoff(otherTicket, { ticketNumber: 'SR-NEW' });
      await f.rows.ticket(otherTicket, 'SR-OLD', '2026-11-24T01:30:00.000Z');

      expect(await f.handoffQueue.overdue(new Date('2026-11-24T03:00:00.000Z'))).toEqual([
        { conversationId: overdue, ticketNumber: 'SR-OVER', firstResponseDue: '2026-11-24T02:00:00.000Z', requestedAt: at() },
      ]);
      expect(await f.handoffQueue.overdue(new Date('2026-11-24T01:59:00.000Z'))).toEqual([]);
    });

    it('tells how long recent handoffs waited for a person, newest first, once per request whatever the desks', async () => {
      const c1 = await f.rows.conversation({ mode: 'agent' });
      await requestHandoff(c1, {}, ['slack', 'web-desk']); // at 01:00
      await f.rows.message(c1, 'out', 'agent:li', '2026-11-24T01:03:00.000Z');
      await f.rows.message(c1, 'out', 'agent:li', '2026-11-24T01:08:00.000Z');
      f.clock.advance(10 * MINUTE);
      const c2 = await f.rows.conversation({ mode: 'agent' });
      await requestHandoff(c2); // at 01:10
      await f.rows.message(c2, 'out', 'bot', '2026-11-24T01:11:00.000Z');
      await f.rows.message(c2, 'out', 'agent:wang', '2026-11-24T01:12:00.000Z');
      f.clock.advance(10 * MINUTE);
      await requestHandoff(await f.rows.conversation({ mode: 'handoff_requested' })); // not picked up yet
      const since = new Date('2026-11-24T00:00:00.000Z');
      expect(await f.handoffQueue.recentPickups(since, 10)).toEqual([2 * MINUTE, 3 * MINUTE]);
      expect(await f.handoffQueue.recentPickups(since, 1)).toEqual([2 * MINUTE]);
      expect(await f.handoffQueue.recentPickups(new Date('2026-11-24T01:05:00.000Z'), 10)).toEqual([2 * MINUTE]);
    });
  });
}
