/** What every `DeskEvents` (bot/desk-events.ts) promises, run against each implementation (test/storage/desk-events.test.ts). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeskEvents } from '../../../bot/desk-events';
import type { FixedClock } from '../../../kernel/clock';
import type { Outbox } from '../../../tickets/outbox';

export interface DeskEventsFixture {
  deskEvents: DeskEvents;
  /** A store the work writes to, to see that its writes commit or roll back with the mark. */
  outbox: Outbox;
  clock: FixedClock;
  close(): Promise<void>;
}

export function describeDeskEventsContract(implementation: string, open: () => Promise<DeskEventsFixture>): void {
  describe(`DeskEvents contract: ${implementation}`, () => {
    let f: DeskEventsFixture;
    beforeEach(async () => {
      f = await open();
    });
    afterEach(() => f.close());
    const note = (n: number) => f.outbox.enqueue({ destination: 'slack', kind: 'note', payload: { n } });

    it('runs the work of an event once, and tells a redelivery it was handled', async () => {
      expect(await f.deskEvents.once('slack', 'Ev1', () => note(1))).toEqual({ first: true, value: expect.any(Number) });
      expect(await f.deskEvents.once('slack', 'Ev1', () => note(2))).toEqual({ first: false });
      // Ids are per desk.
      expect(await f.deskEvents.once('web-desk', 'Ev1', async () => 'other desk')).toEqual({ first: true, value: 'other desk' });
      expect(await f.outbox.pendingCount()).toBe(1);
    });

    it('leaves a failed event unmarked, its writes undone, so the redelivery runs it again', async () => {
      await expect(
        f.deskEvents.once('slack', 'Ev2', async () => {
          await note(1);
          throw new Error('ticket store down');
        }),
      ).rejects.toThrow('ticket store down');
      expect(await f.outbox.pendingCount()).toBe(0);
      expect(await f.deskEvents.once('slack', 'Ev2', () => note(2))).toMatchObject({ first: true });
      expect(await f.outbox.pendingCount()).toBe(1);
    });

    it('forgets ids handled before a time, and says how many', async () => {
      await f.deskEvents.once('slack', 'old', async () => 1);
      f.clock.advance(2 * 3_600_000);
      await f.deskEvents.once('slack', 'new', async () => 1);
      expect(await f.deskEvents.forget(new Date(f.clock.now().getTime() - 3_600_000))).toBe(1);
      expect(await f.deskEvents.once('slack', 'old', async () => 'again')).toEqual({ first: true, value: 'again' });
      expect(await f.deskEvents.once('slack', 'new', async () => 'again')).toEqual({ first: false });
    });
  });
}
