/** What every `HandoffThreads` (channels/slack/handoff-threads.ts) promises, run against each implementation (test/storage/handoff-threads.test.ts). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandoffThreads, NewHandoffThread } from '../../../channels/slack/handoff-threads';

export interface HandoffThreadsFixture {
  handoffThreads: HandoffThreads;
  /** A stored conversation, which threads belong to. */
  conversation(): Promise<number>;
  close(): Promise<void>;
}

export function describeHandoffThreadsContract(implementation: string, open: () => Promise<HandoffThreadsFixture>): void {
  describe(`HandoffThreads contract: ${implementation}`, () => {
    let f: HandoffThreadsFixture;
    beforeEach(async () => {
      f = await open();
    });
    afterEach(() => f.close());
    const thread = (conversationId: number, threadTs: string, overrides: Partial<NewHandoffThread> = {}): NewHandoffThread => ({
      conversationId,
      ticketNumber: 'SR-20261124-7Q2K',
      desk: 'slack',
      channelId: 'C-DESK',
      threadTs,
      announcement: { summary: '空调E1不制冷', urgency: 'P2', lastMessages: [{ role: 'customer', text: '转人工' }] },
      postedAt: '2026-11-24T01:00:00.000Z',
      ...overrides,
    });

    it('records where a handoff was posted and finds it by its thread', async () => {
      const c = await f.conversation();
      const stored = await f.handoffThreads.record(thread(c, '100.1'));
      expect(stored).toEqual({ id: expect.any(Number), ...thread(c, '100.1') });
      expect(await f.handoffThreads.byThread('slack', 'C-DESK', '100.1')).toEqual(stored);
      expect(await f.handoffThreads.byThread('slack', 'C-OTHER', '100.1')).toBeUndefined();
      expect(await f.handoffThreads.byThread('web-desk', 'C-DESK', '100.1')).toBeUndefined();
    });

    it('returns the first record when the same thread is recorded again', async () => {
      const c = await f.conversation();
      const first = await f.handoffThreads.record(thread(c, '100.1'));
      const again = await f.handoffThreads.record(thread(c, '100.1', { announcement: { summary: 'changed' }, ticketNumber: undefined }));
      expect(again).toEqual(first);
    });

    it("gives a conversation's latest thread in each desk", async () => {
      const c = await f.conversation();
      const other = await f.conversation();
      await f.handoffThreads.record(thread(c, '100.1', { ticketNumber: undefined }));
      const latest = await f.handoffThreads.record(thread(c, '200.2'));
      await f.handoffThreads.record(thread(c, '300.3', { desk: 'other-desk' }));
      await f.handoffThreads.record(thread(other, '400.4'));
      expect(await f.handoffThreads.latestFor(c, 'slack')).toEqual(latest);
      expect((await f.handoffThreads.latestFor(c, 'other-desk'))!.threadTs).toBe('300.3');
      expect(await f.handoffThreads.latestFor(c, 'nowhere')).toBeUndefined();
    });
  });
}
