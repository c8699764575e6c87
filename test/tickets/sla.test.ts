import { describe, expect, it } from 'vitest';
import { DEFAULT_SLA, deadlinesFor } from '../../tickets/sla';
import { PRIORITIES } from '../../tickets/ticket';

const H = 3_600_000;
const FILED = '2026-11-24T01:00:00.000Z';
const at = (hoursAfterFiling: number) => new Date(Date.parse(FILED) + hoursAfterFiling * H);

// The tiers the desk promises customers (issue 2): [first response, resolution, update] in hours.
const TIERS = { P1: [1, 24, 4], P2: [4, 48, 12], P3: [8, 72, 24], P4: [24, 168, 48] } as const;

describe('SLA deadlines', () => {
  it.each(PRIORITIES)('%s deadlines run from filing time', (p) => {
    const [first, resolution, update] = TIERS[p];
    const due = deadlinesFor(p, new Date(FILED), DEFAULT_SLA);
    expect(due.firstResponseDue).toEqual(at(first));
    expect(due.resolutionDue).toEqual(at(resolution));
    expect(due.nextUpdateDue).toEqual(at(update));
  });
});

// Overdue and at-risk tickets as the stores report them: test/contracts/stores/ticket-store.contract.ts.
describe('SLA policy', () => {
  it('uses configured tiers', async () => {
    const custom = { ...DEFAULT_SLA, tiers: { ...DEFAULT_SLA.tiers, P2: { firstResponseMs: 30 * 60_000, resolutionMs: 6 * H, updateEveryMs: H } } };
    // 09:30 China time is rounded up to the full hour a person names: 10:00.
    expect(deadlinesFor('P2', new Date(FILED), custom).firstResponseDue).toEqual(at(1));
  });
});

// The first-response deadline is one the desk (8:00-20:00 China time) can keep, the time the customer is told.
describe('first response inside desk hours', () => {
  const china = (iso: string) => new Date(`${iso}+08:00`);
  it('a short clock started at night runs from when the desk opens', () => {
    expect(deadlinesFor('P1', china('2026-12-08T03:40'), DEFAULT_SLA).firstResponseDue).toEqual(china('2026-12-08T09:00'));
    expect(deadlinesFor('P2', china('2026-12-07T23:10'), DEFAULT_SLA).firstResponseDue).toEqual(china('2026-12-08T12:00'));
  });
  it('a deadline after closing comes back to closing time when the desk works before it', () => {
    expect(deadlinesFor('P1', china('2026-12-08T19:30'), DEFAULT_SLA).firstResponseDue).toEqual(china('2026-12-08T20:00'));
    expect(deadlinesFor('P4', china('2026-12-08T22:00'), DEFAULT_SLA).firstResponseDue).toEqual(china('2026-12-09T20:00'));
  });
  it('a deadline in desk hours is rounded up to the full hour, and the resolution clock runs around the clock', () => {
    const due = deadlinesFor('P1', china('2026-12-08T14:20'), DEFAULT_SLA);
    expect(due.firstResponseDue).toEqual(china('2026-12-08T16:00'));
    expect(due.resolutionDue).toEqual(china('2026-12-09T14:20'));
  });
});
