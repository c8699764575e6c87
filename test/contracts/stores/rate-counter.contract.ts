/**
 * The `RateCounter` contract (kernel/rate-counter.ts), run on every counter: a window opens at a
 * key's first hit and closes `windowMs` later; hits take back never below zero; closed windows are
 * purged. A counter shared by instances (`shared`) gives parallel hits from two of them distinct
 * counts, so a limit of N lets exactly N through; the memory counter is one instance's only.
 */
import { describe, expect, it } from 'vitest';
import type { RateCounter } from '../../../kernel/rate-counter';
import type { DeskPair } from './desk-pair';

export function describeRateCounterContract(implementation: string, open: () => Promise<DeskPair<RateCounter>>, options: { shared: boolean }): void {
  describe(`RateCounter on ${implementation}`, () => {
    it('counts hits from the first one for a window, then starts again', async () => {
      const { a: counter, clock, close } = await open();
      try {
        const t0 = clock.now().getTime();
        const at = (ms: number) => new Date(t0 + ms);
        expect(await counter.peek('ip:1', at(0))).toBeUndefined();
        expect(await counter.hit('ip:1', 60_000, at(0))).toEqual({ hits: 1, resetAt: at(60_000) });
        expect(await counter.hit('ip:1', 60_000, at(30_000))).toEqual({ hits: 2, resetAt: at(60_000) });
        expect(await counter.hit('ip:2', 60_000, at(30_000))).toEqual({ hits: 1, resetAt: at(90_000) });
        expect(await counter.peek('ip:1', at(59_999))).toEqual({ hits: 2, resetAt: at(60_000) });
        expect(await counter.peek('ip:1', at(60_000))).toBeUndefined();
        expect(await counter.hit('ip:1', 60_000, at(60_000))).toEqual({ hits: 1, resetAt: at(120_000) });
      } finally {
        await close();
      }
    });

    it('takes a hit back never below zero, forgets a key, and purges closed windows', async () => {
      const { a: counter, clock, close } = await open();
      try {
        const t0 = clock.now().getTime();
        const at = (ms: number) => new Date(t0 + ms);
        await counter.hit('s:a', 60_000, at(0));
        await counter.undo('s:a', at(1));
        await counter.undo('s:a', at(2));
        expect(await counter.peek('s:a', at(3))).toEqual({ hits: 0, resetAt: at(60_000) });
        await counter.hit('s:b', 60_000, at(0));
        await counter.reset('s:b');
        expect(await counter.peek('s:b', at(1))).toBeUndefined();
        await counter.hit('s:c', 10_000, at(0));
        await counter.hit('s:d', 120_000, at(0));
        expect(await counter.purge(at(60_001))).toBe(2); // s:a (closed at 60 s) and s:c (10 s)
        expect(await counter.peek('s:d', at(60_001))).toEqual({ hits: 1, resetAt: at(120_000) });
      } finally {
        await close();
      }
    });

    it.runIf(options.shared)('parallel hits from two instances each get their own count: a limit of N lets exactly N through', async () => {
      const { a, b, clock, close } = await open();
      try {
        const now = clock.now();
        const counts = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).hit('ip:203.0.113.9', 60_000, now)));
        expect(counts.map((c) => c.hits).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
        expect(counts.filter((c) => c.hits <= 10)).toHaveLength(10);
      } finally {
        await close();
      }
    });
  });
}
