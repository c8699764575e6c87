/**
 * The web chat's `SessionRecords` contract (channels/web/web-sessions.ts), run on every store: a
 * session that spoke is found by its token hash on any instance, marked active, and forgotten once
 * quiet for too long.
 */
import { describe, expect, it } from 'vitest';
import type { SessionRecords } from '../../../channels/web/web-sessions';
import type { DeskPair } from './desk-pair';

const MIN = 60_000;

export function describeWebSessionsContract(implementation: string, open: () => Promise<DeskPair<SessionRecords>>): void {
  describe(`web SessionRecords on ${implementation}`, () => {
    it('remembers the first time and the latest activity, keeps the reference, forgets the quiet ones', async () => {
      const { a: records, clock, close } = await open();
      try {
        const t0 = clock.now();
        const at = (min: number) => new Date(t0.getTime() + min * MIN);
        await records.saw('hash-1', 'w_ref1', at(0));
        await records.saw('hash-1', 'w_ref1', at(3));
        await records.saw('hash-2', 'w_ref2', at(1));
        expect(await records.find('hash-1')).toEqual({ customerRef: 'w_ref1', createdAt: at(0).toISOString(), lastActiveAt: at(3).toISOString() });
        expect(await records.find('hash-3')).toBeUndefined();
        expect(await records.forget(at(2))).toBe(1);
        expect(await records.find('hash-2')).toBeUndefined();
        expect(await records.find('hash-1')).toBeDefined();
      } finally {
        await close();
      }
    });

    it('a session started on one instance is found on the other, whichever reported it last', async () => {
      const { a, b, clock, close } = await open();
      try {
        const t0 = clock.now().getTime();
        await a.saw('hash-x', 'w_x', new Date(t0));
        await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).saw('hash-x', 'w_x', new Date(t0 + (i + 1) * 1000))));
        expect(await b.find('hash-x')).toEqual({ customerRef: 'w_x', createdAt: new Date(t0).toISOString(), lastActiveAt: new Date(t0 + 10_000).toISOString() });
        // A late report from a slower instance never moves the session back in time.
        await b.saw('hash-x', 'w_x', new Date(t0 + 5_000));
        expect((await a.find('hash-x'))?.lastActiveAt).toBe(new Date(t0 + 10_000).toISOString());
      } finally {
        await close();
      }
    });
  });
}
