/** The `AttemptLedger` contract: attempts counted per kind and key over a window, forgotten when pruned. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenTicketHarness, TicketHarness } from './ticket-harness';

export function describeAttemptLedgerContract(implementation: string, open: OpenTicketHarness): void {
  describe(`AttemptLedger contract: ${implementation}`, () => {
    let h: TicketHarness;
    beforeEach(async () => {
      h = await open();
    });
    afterEach(() => h.close());

    const t = (minutes: number) => new Date(Date.parse('2026-11-24T01:00:00Z') + minutes * 60_000);

    it('counts each key of an attempt, per kind, since a moment (inclusive)', async () => {
      await h.attempts.record('proof_failed', ['session:web:a', 'ip:203.0.113.1'], t(0));
      await h.attempts.record('proof_failed', ['session:web:b', 'ip:203.0.113.1'], t(10));
      await h.attempts.record('code_sent', ['ip:203.0.113.1'], t(10));
      await h.attempts.record('handoff', [], t(10));
      expect(await h.attempts.count('proof_failed', 'ip:203.0.113.1', t(0))).toBe(2);
      expect(await h.attempts.count('proof_failed', 'ip:203.0.113.1', t(5))).toBe(1);
      expect(await h.attempts.count('proof_failed', 'ip:203.0.113.1', t(10))).toBe(1);
      expect(await h.attempts.count('proof_failed', 'ip:203.0.113.1', t(11))).toBe(0);
      expect(await h.attempts.count('proof_failed', 'session:web:a', t(0))).toBe(1);
      expect(await h.attempts.count('code_sent', 'ip:203.0.113.1', t(0))).toBe(1);
      expect(await h.attempts.count('handoff', 'ip:203.0.113.1', t(0))).toBe(0);
      // Counts are numbers, whatever the database's count type.
      expect(typeof (await h.attempts.count('proof_failed', 'session:web:b', t(0)))).toBe('number');
    });

    it('counts attempts recorded at the same moment separately, and all of a burst', async () => {
      await Promise.all(Array.from({ length: 25 }, () => h.attempts.record('ticket_filed', ['session:web:x'], t(1))));
      expect(await h.attempts.count('ticket_filed', 'session:web:x', t(0))).toBe(25);
    });

    it('prunes attempts older than a moment and says how many', async () => {
      await h.attempts.record('code_sent', ['ticket:1', 'session:web:a'], t(0));
      await h.attempts.record('code_sent', ['ticket:1'], t(30));
      expect(await h.attempts.prune(t(30))).toBe(2);
      expect(await h.attempts.count('code_sent', 'ticket:1', t(0))).toBe(1);
      expect(await h.attempts.prune(t(30))).toBe(0);
    });
  });
}
