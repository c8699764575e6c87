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
    expect(deadlinesFor('P2', new Date(FILED), custom).firstResponseDue).toEqual(at(0.5));
  });
});
