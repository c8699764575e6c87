/** What every `DeskPosts` (channels/slack/desk-posts.ts) promises, run against each implementation (test/storage/desk-posts.test.ts). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskPosts } from '../../../channels/slack/desk-posts';
import type { FixedClock } from '../../../kernel/clock';
import type { Outbox } from '../../../tickets/outbox';

export interface DeskPostsFixture {
  deskPosts: DeskPosts;
  /** Posts are of outbox items. */
  outbox: Outbox;
  clock: FixedClock;
  close(): Promise<void>;
}

export function describeDeskPostsContract(implementation: string, open: () => Promise<DeskPostsFixture>): void {
  describe(`DeskPosts contract: ${implementation}`, () => {
    let f: DeskPostsFixture;
    beforeEach(async () => {
      f = await open();
    });
    afterEach(() => f.close());
    const item = async () => (await f.outbox.enqueue({ destination: 'slack', kind: 'handoff.requested', payload: {} }))!;

    it('tells "never posted" from "started" from "posted", keeping the first start time', async () => {
      const id = await item();
      expect(await f.deskPosts.get(id)).toBeUndefined();
      const started = f.clock.now();
      await f.deskPosts.begin(id, started);
      expect(await f.deskPosts.get(id)).toEqual({ outboxId: id, startedAt: started.toISOString() });
      f.clock.advance(60_000);
      await f.deskPosts.begin(id, f.clock.now());
      expect((await f.deskPosts.get(id))!.startedAt).toBe(started.toISOString());
      await f.deskPosts.confirm(id, 'C1', '1700000000.000100', f.clock.now());
      expect(await f.deskPosts.get(id)).toEqual({ outboxId: id, startedAt: started.toISOString(), channelId: 'C1', ts: '1700000000.000100' });
    });

    it('confirms a post that was never marked started, and a later confirm wins', async () => {
      const id = await item();
      await f.deskPosts.confirm(id, 'C1', '1.1', f.clock.now());
      await f.deskPosts.confirm(id, 'C2', '2.2', f.clock.now());
      expect(await f.deskPosts.get(id)).toMatchObject({ outboxId: id, channelId: 'C2', ts: '2.2' });
    });
  });
}
