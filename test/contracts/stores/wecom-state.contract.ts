/**
 * The `WecomState` contract (channels/wecom/wecom-state.ts), run on every store: cursors saved
 * compare-and-set, so one advanced from two instances never goes back; the send window opens on a
 * customer's newest message only and counts every message sent, from any instance.
 */
import { describe, expect, it } from 'vitest';
import type { WecomState } from '../../../channels/wecom/wecom-state';
import type { DeskPair } from './desk-pair';

export function describeWecomStateContract(implementation: string, open: () => Promise<DeskPair<WecomState>>): void {
  describe(`WecomState on ${implementation}`, () => {
    it('saves a cursor only from where it stands', async () => {
      const { a: state, clock, close } = await open();
      try {
        const now = clock.now();
        expect(await state.cursor('kf1')).toBeUndefined();
        expect(await state.saveCursor('kf1', 'c1', now, undefined)).toBe(true);
        expect(await state.saveCursor('kf1', 'c0', now, undefined)).toBe(false);
        expect(await state.saveCursor('kf1', 'c2', now, 'c1')).toBe(true);
        expect(await state.saveCursor('kf1', 'c3', now, 'c1')).toBe(false);
        expect(await state.cursor('kf1')).toBe('c2');
        expect(await state.cursor('kf2')).toBeUndefined();
      } finally {
        await close();
      }
    });

    it('a cursor advanced from two instances at once never goes backwards', async () => {
      const { a, b, clock, close } = await open();
      try {
        // Two instances pull the same account page by page; each saves what it pulled from where it read.
        const pages = Array.from({ length: 30 }, (_, i) => `cursor-${String(i + 1).padStart(3, '0')}`);
        const next = (cursor: string | undefined) => pages[cursor ? pages.indexOf(cursor) + 1 : 0];
        const seen: string[] = [];
        let highest = -1;
        const pull = async (state: WecomState) => {
          for (;;) {
            const before = highest;
            const from = await state.cursor('kf');
            // Whatever the other instance did, no read is ever behind one that finished before it began.
            expect(from ? pages.indexOf(from) : -1).toBeGreaterThanOrEqual(before);
            highest = Math.max(highest, from ? pages.indexOf(from) : -1);
            const to = next(from);
            if (!to) return;
            if (await state.saveCursor('kf', to, clock.now(), from)) seen.push(to);
          }
        };
        await Promise.all([pull(a), pull(b), pull(a), pull(b)]);
        expect(await a.cursor('kf')).toBe(pages.at(-1));
        // Every step was taken exactly once, in order.
        expect(seen).toEqual(pages);
      } finally {
        await close();
      }
    });

    it('opens the window on the newest message only, counts sends from every instance, and starts again when the customer writes', async () => {
      const { a, b, clock, close } = await open();
      try {
        const t0 = Math.floor(clock.now().getTime() / 1000) * 1000;
        expect(await a.window('wm-gus')).toBeUndefined();
        await a.customerWrote('wm-gus', 'kf1', new Date(t0));
        await Promise.all([a, b, a, b, a].map((s) => s.countSent('wm-gus')));
        expect(await b.window('wm-gus')).toEqual({ openKfId: 'kf1', lastInboundAt: new Date(t0), sentSince: 5 });
        // An older message pulled again changes nothing.
        await b.customerWrote('wm-gus', 'kf2', new Date(t0 - 60_000));
        expect(await a.window('wm-gus')).toEqual({ openKfId: 'kf1', lastInboundAt: new Date(t0), sentSince: 5 });
        await b.customerWrote('wm-gus', 'kf2', new Date(t0 + 60_000));
        expect(await a.window('wm-gus')).toEqual({ openKfId: 'kf2', lastInboundAt: new Date(t0 + 60_000), sentSince: 0 });
        await a.countSent('wm-nobody');
        expect(await a.window('wm-nobody')).toBeUndefined();
      } finally {
        await close();
      }
    });
  });
}
