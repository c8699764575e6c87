/**
 * SLA clocks: deadlines from the urgency tier, and how a ticket stands against them.
 * Pure functions of (ticket, tiers, now) so the store, the CLI and the Slack desk agree.
 */
import type { Priority, Ticket } from './ticket';
import { isOpen } from './lifecycle';

export interface SlaTier {
  firstResponseMs: number;
  resolutionMs: number;
  updateEveryMs: number;
}
export type SlaTiers = Record<Priority, SlaTier>;
export interface SlaPolicy {
  tiers: SlaTiers;
  /** A clock is "at risk" when less than this share of its span is left. */
  atRiskFraction: number;
}

const HOUR = 3_600_000;
export const DEFAULT_SLA: SlaPolicy = {
  tiers: {
    P1: { firstResponseMs: 1 * HOUR, resolutionMs: 24 * HOUR, updateEveryMs: 4 * HOUR },
    P2: { firstResponseMs: 4 * HOUR, resolutionMs: 48 * HOUR, updateEveryMs: 12 * HOUR },
    P3: { firstResponseMs: 8 * HOUR, resolutionMs: 72 * HOUR, updateEveryMs: 24 * HOUR },
    P4: { firstResponseMs: 24 * HOUR, resolutionMs: 7 * 24 * HOUR, updateEveryMs: 48 * HOUR },
  },
  atRiskFraction: 0.25,
};

export interface SlaDeadlines {
  firstResponseDue: Date;
  resolutionDue: Date;
  nextUpdateDue: Date;
}

export function deadlinesFor(priority: Priority, from: Date, policy: SlaPolicy): SlaDeadlines {
  const tier = policy.tiers[priority];
  const at = from.getTime();
  return {
    firstResponseDue: new Date(at + tier.firstResponseMs),
    resolutionDue: new Date(at + tier.resolutionMs),
    nextUpdateDue: new Date(at + tier.updateEveryMs),
  };
}

export type ClockState = 'met' | 'ok' | 'at_risk' | 'breached';
export interface SlaStanding {
  firstResponse: ClockState;
  resolution: ClockState;
  /** The worst of the two, for sorting and filters. */
  overall: ClockState;
  /** Milliseconds until the next unmet deadline (negative when already past). */
  msToNextDeadline?: number;
}

const RANK: Record<ClockState, number> = { met: 0, ok: 1, at_risk: 2, breached: 3 };

function clock(startMs: number, dueIso: string, doneIso: string | undefined, nowMs: number, fraction: number): ClockState {
  const due = Date.parse(dueIso);
  if (doneIso) return Date.parse(doneIso) <= due ? 'met' : 'breached';
  if (nowMs > due) return 'breached';
  const span = due - startMs;
  return due - nowMs <= span * fraction ? 'at_risk' : 'ok';
}

export function slaStanding(ticket: Ticket, now: Date, policy: SlaPolicy): SlaStanding {
  const start = Date.parse(ticket.createdAt);
  const nowMs = now.getTime();
  const done = isOpen(ticket.status) ? undefined : (ticket.resolvedAt ?? ticket.closedAt ?? ticket.updatedAt);
  const firstResponse = clock(start, ticket.firstResponseDue, ticket.firstRespondedAt ?? done, nowMs, policy.atRiskFraction);
  const resolution = clock(start, ticket.resolutionDue, done, nowMs, policy.atRiskFraction);
  const overall = RANK[firstResponse] >= RANK[resolution] ? firstResponse : resolution;
  const pending = [
    !ticket.firstRespondedAt && !done ? Date.parse(ticket.firstResponseDue) : undefined,
    !done ? Date.parse(ticket.resolutionDue) : undefined,
  ].filter((v): v is number => v !== undefined);
  return {
    firstResponse,
    resolution,
    overall,
    msToNextDeadline: pending.length ? Math.min(...pending) - nowMs : undefined,
  };
}
