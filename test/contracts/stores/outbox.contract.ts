/**
 * What every `Outbox` (tickets/outbox.ts) and `OutboxAdmin` (tickets/outbox-admin.ts) promises,
 * run against each implementation (test/storage/outbox.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FixedClock } from '../../../kernel/clock';
import type { Outbox } from '../../../tickets/outbox';
import type { OutboxAdmin } from '../../../tickets/outbox-admin';

export interface OutboxFixture {
  outbox: Outbox;
  outboxAdmin: OutboxAdmin;
  clock: FixedClock;
  /** One transaction of the database the outbox lives in (what a turn's writes share). */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const MINUTE = 60_000;
const ids = (items: { id: number }[]) => items.map((i) => i.id);

export function describeOutboxContract(implementation: string, open: () => Promise<OutboxFixture>): void {
  describe(`Outbox contract: ${implementation}`, () => {
    let f: OutboxFixture;
    let outbox: Outbox;
    const now = () => f.clock.now();
    beforeEach(async () => {
      f = await open();
      outbox = f.outbox;
    });
    afterEach(() => f.close());

    it('delivers an outbox item once and retries a failed one at its time', async () => {
      const first = await outbox.enqueue({ destination: 'slack-desk', kind: 'handoff.requested', payload: { n: 1 } });
      const second = await outbox.enqueue({ destination: 'slack-desk', kind: 'handoff.requested', payload: { n: 2 } });
      expect(ids(await outbox.due('slack-desk', now()))).toEqual([first, second]);
      await outbox.markDelivered(first!, 'ref-1', now());
      await outbox.markFailed(second!, 'slack down', new Date(now().getTime() + MINUTE));
      expect(await outbox.due('slack-desk', now())).toHaveLength(0);
      f.clock.advance(MINUTE + 1_000);
      expect(await outbox.due('slack-desk', now())).toEqual([expect.objectContaining({ id: second, attempts: 1, lastError: 'slack down', status: 'pending' })]);
    });

    it('keeps the payload as written, adds a keyed item once, and counts what is pending per destination', async () => {
      const payload = { text: '空调E1，师傅什么时候到？', nested: { list: [1, 'two', null], ok: true } };
      const id = await outbox.enqueue({ destination: 'customer:web', kind: 'reply', payload: { ...payload, customerRef: 's-1' }, dedupKey: 'reply:7' });
      expect(id).toEqual(expect.any(Number));
      expect(await outbox.enqueue({ destination: 'customer:web', kind: 'reply', payload: { other: true }, dedupKey: 'reply:7' })).toBeUndefined();
      await outbox.enqueue({ destination: 'slack', kind: 'note', payload: {} });
      const [item] = await outbox.due('customer:web', now());
      expect(item).toMatchObject({ id, destination: 'customer:web', kind: 'reply', dedupKey: 'reply:7', lane: 's-1', attempts: 0, status: 'pending' });
      expect(item!.payload).toEqual({ ...payload, customerRef: 's-1' });
      expect(await outbox.pendingCount()).toBe(2);
      expect(await outbox.pendingCount('customer:web')).toBe(1);
      expect(await outbox.pendingCount('nowhere')).toBe(0);
    });

    it("joins the caller's transaction: an item queued in a failed unit of work is not queued", async () => {
      await expect(
        f.transaction(async () => {
          await outbox.enqueue({ destination: 'slack', kind: 'note', payload: {} });
          throw new Error('turn failed');
        }),
      ).rejects.toThrow('turn failed');
      expect(await outbox.pendingCount()).toBe(0);
    });

    it('never lets an item overtake an earlier one of its lane that waits to retry, while other lanes go on', async () => {
      const a1 = await outbox.enqueue({ destination: 'customer:wechat', kind: 'reply', payload: { customerRef: 'A' } });
      const a2 = await outbox.enqueue({ destination: 'customer:wechat', kind: 'reply', payload: { customerRef: 'A' } });
      const b1 = await outbox.enqueue({ destination: 'customer:wechat', kind: 'reply', payload: { customerRef: 'B' } });
      await outbox.markFailed(a1!, 'timeout', new Date(now().getTime() + MINUTE));
      expect(ids(await outbox.due('customer:wechat', now()))).toEqual([b1]);
      f.clock.advance(MINUTE);
      expect(ids(await outbox.due('customer:wechat', now()))).toEqual([a1, a2, b1]);
      // Without lanes the destination is one queue.
      const s1 = await outbox.enqueue({ destination: 'slack', kind: 'x', payload: { customerRef: 'A' } });
      const s2 = await outbox.enqueue({ destination: 'slack', kind: 'x', payload: { customerRef: 'B' } });
      await outbox.markFailed(s1!, 'down', new Date(now().getTime() + MINUTE));
      expect(ids(await outbox.due('slack', now()))).toEqual([]);
      f.clock.advance(MINUTE);
      expect(ids(await outbox.due('slack', now()))).toEqual([s1, s2]);
    });

    it('gives up an item without a retry time, and leaves an item delivered meanwhile delivered', async () => {
      const dead = await outbox.enqueue({ destination: 'slack', kind: 'x', payload: {} });
      await outbox.markFailed(dead!, 'channel_not_found', undefined);
      expect(await outbox.pendingCount()).toBe(0);
      const inline = await outbox.enqueue({ destination: 'customer:wechat', kind: 'reply', payload: { customerRef: 'A' }, dedupKey: 'k1' });
      expect(await outbox.markDeliveredByKey('k1', 'passive', now())).toBe(true);
      expect(await outbox.markDeliveredByKey('k1', 'passive', now())).toBe(false);
      // Many at once: only the pending ones count, an unknown key and k1 (delivered) are left alone.
      await outbox.enqueue({ destination: 'customer:web', kind: 'reply', payload: { customerRef: 'B' }, dedupKey: 'k2' });
      await outbox.enqueue({ destination: 'customer:web', kind: 'reply', payload: { customerRef: 'C' }, dedupKey: 'k3' });
      expect(await outbox.markDeliveredByKeys(['k1', 'k2', 'k3', 'nope'], 'inline', now())).toBe(2);
      expect(await outbox.pendingCount('customer:web')).toBe(0);
      expect(await outbox.markDeliveredByKeys([], 'inline', now())).toBe(0);
      await outbox.markFailed(inline!, 'late failure', new Date(now().getTime() + MINUTE));
      expect(await outbox.waiting('customer:wechat', 'A')).toEqual([]);
      expect(await f.outboxAdmin.list()).toEqual([expect.objectContaining({ id: dead, state: 'dead', lastError: 'channel_not_found', attempts: 1 })]);
    });

    it('delivers many pending items by key in one call, each only once and only if pending', async () => {
      const keys = ['b1', 'b2', 'b3'];
      for (const key of keys) await outbox.enqueue({ destination: 'customer:web', kind: 'message', payload: { customerRef: key }, dedupKey: key, notBefore: new Date(now().getTime() + 5_000) });
      const untouched = await outbox.enqueue({ destination: 'customer:web', kind: 'message', payload: { customerRef: 'b4' }, dedupKey: 'b4' });
      expect(await outbox.markDeliveredByKey('b2', 'relay', now())).toBe(true);
      expect(await outbox.markDeliveredByKeys([...keys, 'nothing-by-this-key'], 'inline', now())).toBe(2);
      expect(await outbox.markDeliveredByKeys(keys, 'inline', now())).toBe(0);
      expect(await outbox.markDeliveredByKeys([], 'inline', now())).toBe(0);
      f.clock.advance(6_000);
      expect(ids(await outbox.due('customer:web', now()))).toEqual([untouched]);
    });

    it('holds an item for an inline answer, then releases, delivers or owes it by key', async () => {
      const held = await outbox.enqueue({
        destination: 'customer:wechat',
        kind: 'reply',
        payload: { customerRef: 'A' },
        dedupKey: 'h1',
        notBefore: new Date(now().getTime() + 5_000),
      });
      const behind = await outbox.enqueue({ destination: 'customer:wechat', kind: 'reply', payload: { customerRef: 'A' } });
      const other = await outbox.enqueue({ destination: 'customer:wechat', kind: 'reply', payload: { customerRef: 'B' } });
      expect(ids(await outbox.due('customer:wechat', now()))).toEqual([other]);
      expect(await outbox.holdByKey('h1', new Date(now().getTime() + 10_000), now())).toBe(true);
      f.clock.advance(6_000);
      expect(ids(await outbox.due('customer:wechat', now()))).toEqual([other]); // the hold was extended
      await outbox.releaseByKey('h1', now());
      expect(ids(await outbox.due('customer:wechat', now()))).toEqual([held, behind, other]);
      expect(await outbox.holdByKey('h1', new Date(now().getTime() + 10_000), now())).toBe(false); // due: a relay may be sending it

      await outbox.enqueue({ destination: 'customer:wechat', kind: 'reply', payload: { customerRef: 'C' }, dedupKey: 'h2', notBefore: new Date(now().getTime() + 5_000) });
      await outbox.parkByKey('h2', 'owed until the customer writes');
      expect(await outbox.waiting('customer:wechat', 'C')).toEqual([expect.objectContaining({ dedupKey: 'h2', status: 'dead', waitsFor: 'customer' })]);
    });

    it('records the parts of a delivery as they are sent, each once, and never re-holds an item a relay already tried', async () => {
      const id = (await outbox.enqueue({ destination: 'customer:wecom', kind: 'message', payload: { customerRef: 'P' }, dedupKey: 'parts' }))!;
      await outbox.markPartSent(id, 'text:0');
      await outbox.markPartSent(id, 'text:0');
      await outbox.markPartSent(id, 'image:0');
      expect((await outbox.due('customer:wecom', now()))[0]).toMatchObject({ id, sentParts: ['text:0', 'image:0'] });
      const fresh = (await outbox.enqueue({ destination: 'customer:wecom', kind: 'message', payload: { customerRef: 'Q' } }))!;
      expect((await outbox.due('customer:wecom', now())).find((i) => i.id === fresh)!.sentParts).toBeUndefined();
      // A relay tried the held item and failed: its retry time is in the future, but it is no longer held.
      await outbox.enqueue({ destination: 'customer:wechat', kind: 'reply', payload: { customerRef: 'R' }, dedupKey: 'tried', notBefore: new Date(now().getTime() + 5_000) });
      f.clock.advance(6_000);
      const [tried] = await outbox.due('customer:wechat', now());
      await outbox.markFailed(tried!.id, 'busy', new Date(now().getTime() + MINUTE));
      expect(await outbox.holdByKey('tried', new Date(now().getTime() + 15_000), now())).toBe(false);
    });

    it("parks a customer's items until they write, then revives them in order", async () => {
      const owed = await outbox.enqueue({ destination: 'customer:wechat', kind: 'reply', payload: { customerRef: 'A' }, waitsFor: 'customer' });
      const refused = await outbox.enqueue({ destination: 'customer:wechat', kind: 'reply', payload: { customerRef: 'A' } });
      const queued = await outbox.enqueue({ destination: 'customer:wechat', kind: 'reply', payload: { customerRef: 'A' } });
      await outbox.markParked(refused!, 'wechat 45047');
      expect(ids(await outbox.due('customer:wechat', now()))).toEqual([queued]);
      const waiting = await outbox.waiting('customer:wechat', 'A');
      expect(waiting.map((i) => [i.id, i.status, i.waitsFor])).toEqual([
        [owed, 'dead', 'customer'],
        [refused, 'dead', 'customer'],
        [queued, 'pending', undefined],
      ]);
      expect(await outbox.waiting('customer:wechat', 'B')).toEqual([]);
      f.clock.advance(MINUTE);
      expect(await outbox.revive('customer:wechat', 'A', now())).toBe(2);
      expect(await outbox.revive('customer:wechat', 'A', now())).toBe(0);
      expect(ids(await outbox.due('customer:wechat', now()))).toEqual([owed, refused, queued]);
    });

    describe('claims', () => {
      const lease = (owner: string, leaseMs = MINUTE) => ({ owner, now: now(), leaseMs });

      it("gives a lane to one owner at a time, and another's lanes to another", async () => {
        const a1 = await outbox.enqueue({ destination: 'customer:web', kind: 'reply', payload: { customerRef: 'A' } });
        const a2 = await outbox.enqueue({ destination: 'customer:web', kind: 'reply', payload: { customerRef: 'A' } });
        const b1 = await outbox.enqueue({ destination: 'customer:web', kind: 'reply', payload: { customerRef: 'B' } });
        expect(ids(await outbox.claim('customer:web', lease('one'), 2))).toEqual([a1, a2]);
        expect(ids(await outbox.claim('customer:web', lease('two')))).toEqual([b1]);
        expect(await outbox.claim('customer:web', lease('three'))).toEqual([]);
        // The earlier item delivered, the lane is still the first owner's while the rest is leased.
        await outbox.markDelivered(a1!, undefined, now());
        const a3 = await outbox.enqueue({ destination: 'customer:web', kind: 'reply', payload: { customerRef: 'A' } });
        expect(await outbox.claim('customer:web', lease('three'))).toEqual([]);
        // Its owner may claim its own again (a drain that stopped halfway), with what came since.
        expect(ids(await outbox.claim('customer:web', lease('one')))).toEqual([a2, a3]);
      });

      it('hands a lease that lapsed to another owner, and a lane whose sender failed to whoever claims it when due', async () => {
        const a1 = await outbox.enqueue({ destination: 'customer:web', kind: 'reply', payload: { customerRef: 'A' } });
        const a2 = await outbox.enqueue({ destination: 'customer:web', kind: 'reply', payload: { customerRef: 'A' } });
        expect(ids(await outbox.claim('customer:web', lease('dies', 30_000)))).toEqual([a1, a2]);
        f.clock.advance(29_000);
        expect(await outbox.claim('customer:web', lease('heir'))).toEqual([]);
        f.clock.advance(1_000);
        expect(ids(await outbox.claim('customer:web', lease('heir')))).toEqual([a1, a2]);
        await outbox.markFailed(a1!, 'timeout', new Date(now().getTime() + 5_000));
        expect(await outbox.claim('customer:web', lease('third'))).toEqual([]); // waiting out its retry
        f.clock.advance(5_000);
        // The failed item goes to whoever claims it; the next stays with its owner until its lease lapses,
        // and that owner cannot send it before the failed one is delivered.
        expect(ids(await outbox.claim('customer:web', lease('third')))).toEqual([a1]);
        expect(await outbox.claim('customer:web', lease('heir'))).toEqual([]);
        await outbox.markDelivered(a1!, undefined, now());
        expect(await outbox.claim('customer:web', lease('third'))).toEqual([]);
        expect(ids(await outbox.claim('customer:web', lease('heir')))).toEqual([a2]);
      });

      it('claims only what is due, in order, up to the limit', async () => {
        const first = await outbox.enqueue({ destination: 'slack', kind: 'x', payload: {} });
        await outbox.enqueue({ destination: 'slack', kind: 'x', payload: {}, notBefore: new Date(now().getTime() + MINUTE) });
        await outbox.enqueue({ destination: 'slack', kind: 'x', payload: {} });
        expect(ids(await outbox.claim('slack', lease('one')))).toEqual([first]);
        await outbox.markDelivered(first!, undefined, now());
        const c1 = await outbox.enqueue({ destination: 'customer:web', kind: 'reply', payload: { customerRef: 'A' } });
        const c2 = await outbox.enqueue({ destination: 'customer:web', kind: 'reply', payload: { customerRef: 'B' } });
        await outbox.enqueue({ destination: 'customer:web', kind: 'reply', payload: { customerRef: 'C' } });
        expect(ids(await outbox.claim('customer:web', lease('one'), 2))).toEqual([c1, c2]);
      });
    });
  });
}

export function describeOutboxAdminContract(implementation: string, open: () => Promise<OutboxFixture>): void {
  describe(`OutboxAdmin contract: ${implementation}`, () => {
    let f: OutboxFixture;
    beforeEach(async () => {
      f = await open();
    });
    afterEach(() => f.close());
    const now = () => f.clock.now();

    async function stuckWorld() {
      const { outbox } = f;
      const queued = await outbox.enqueue({ destination: 'slack', kind: 'x', payload: { text: 'queued' } });
      const dead = await outbox.enqueue({ destination: 'customer:wechat', kind: 'reply', payload: { customerRef: 'A', text: '您好' } });
      const retrying = await outbox.enqueue({ destination: 'customer:wechat', kind: 'reply', payload: { customerRef: 'B' } });
      const parked = await outbox.enqueue({ destination: 'customer:wechat', kind: 'reply', payload: { customerRef: 'C' } });
      const delivered = await outbox.enqueue({ destination: 'slack', kind: 'x', payload: {} });
      await outbox.markFailed(dead!, 'invalid openid', undefined);
      await outbox.markFailed(retrying!, 'timeout', new Date(now().getTime() + MINUTE));
      await outbox.markParked(parked!, '45047');
      await outbox.markDelivered(delivered!, 'ts', now());
      return { queued: queued!, dead: dead!, retrying: retrying!, parked: parked!, delivered: delivered! };
    }

    it('counts undelivered items per destination and lists the stuck ones, not the queued or delivered', async () => {
      const w = await stuckWorld();
      expect(await f.outboxAdmin.countsByDestination()).toEqual({
        slack: { pending: 1, retrying: 0, dead: 0, parked: 0 },
        'customer:wechat': { pending: 0, retrying: 1, dead: 1, parked: 1 },
      });
      const list = await f.outboxAdmin.list();
      expect(list.map((i) => [i.id, i.state])).toEqual([
        [w.dead, 'dead'],
        [w.retrying, 'retrying'],
        [w.parked, 'parked'],
      ]);
      expect(list[0]).toMatchObject({ destination: 'customer:wechat', kind: 'reply', attempts: 1, lastError: 'invalid openid', payload: { text: '您好' }, createdAt: expect.any(String) });
      expect((await f.outboxAdmin.list({ states: ['parked'] })).map((i) => i.id)).toEqual([w.parked]);
      expect(await f.outboxAdmin.list({ destination: 'slack' })).toEqual([]);
      expect(await f.outboxAdmin.list({ limit: 1 })).toHaveLength(1);
    });

    it('retries a stuck item (due now, ahead of what was queued after it) and drops one for good', async () => {
      const w = await stuckWorld();
      const later = await f.outbox.enqueue({ destination: 'customer:wechat', kind: 'reply', payload: { customerRef: 'A' } });
      f.clock.advance(1_000);
      expect(await f.outboxAdmin.retry(w.dead)).toMatchObject({ id: w.dead, state: 'retrying', nextAttemptAt: now().toISOString() });
      expect(ids(await f.outbox.due('customer:wechat', now()))).toEqual([w.dead, later]);
      expect(await f.outboxAdmin.drop(w.dead)).toMatchObject({ id: w.dead, state: 'dead' });
      expect(ids(await f.outbox.due('customer:wechat', now()))).toEqual([later]);
      expect((await f.outboxAdmin.list()).map((i) => i.id)).not.toContain(w.dead);
      expect(await f.outboxAdmin.countsByDestination()).toMatchObject({ 'customer:wechat': { dead: 0 } });
      // A dropped item can still be sent again by its id.
      await f.outboxAdmin.retry(w.dead);
      expect(ids(await f.outbox.due('customer:wechat', now()))).toContain(w.dead);
    });

    it('refuses to retry or drop what was delivered, or what does not exist', async () => {
      const w = await stuckWorld();
      await expect(f.outboxAdmin.retry(w.delivered)).rejects.toMatchObject({ code: 'outbox_item_delivered' });
      await expect(f.outboxAdmin.drop(w.delivered)).rejects.toMatchObject({ code: 'outbox_item_delivered' });
      await expect(f.outboxAdmin.retry(999_999)).rejects.toMatchObject({ code: 'outbox_item_not_found' });
      expect(await f.outbox.pendingCount('slack')).toBe(1);
    });
  });
}
