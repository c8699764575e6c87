/**
 * SLA clocks: deadlines from the urgency tier, and how a ticket stands against them.
 * Pure functions of (ticket, tiers, now) so the store, the CLI and the Slack desk agree.
 */
import type { Priority, Ticket } from './ticket';
import { isOpen } from './lifecycle';
import { DESK_HOURS, keepableFirstResponse, type DeskHours } from './desk-hours';

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
  /** When people work at the desk (DESK_HOURS by default): the first-response deadline falls inside them. */
  hours?: DeskHours;
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

/**
 * The clocks of a ticket (or a handoff) filed at `from`. First response is what the customer is
 * promised ("someone will contact you by …"), so its deadline is one the desk can keep, inside its
 * hours (see keepableFirstResponse: a P1 at 04:00 is due an hour after the desk opens, and the
 * customer is told that same time). Resolution and progress updates run around the clock.
 */
export function deadlinesFor(priority: Priority, from: Date, policy: SlaPolicy): SlaDeadlines {
  const tier = policy.tiers[priority];
  const at = from.getTime();
  return {
    firstResponseDue: keepableFirstResponse(from, tier.firstResponseMs, policy.hours ?? DESK_HOURS),
    resolutionDue: new Date(at + tier.resolutionMs),
    nextUpdateDue: new Date(at + tier.updateEveryMs),
  };
}

/** The clocks after the urgency changes: still run from when the ticket was filed, as the customer was promised. */
export function recomputeSla(ticket: Pick<Ticket, 'createdAt'>, priority: Priority, policy: SlaPolicy): Pick<Ticket, 'firstResponseDue' | 'resolutionDue' | 'nextUpdateDue'> {
  const due = deadlinesFor(priority, new Date(ticket.createdAt), policy);
  return { firstResponseDue: due.firstResponseDue.toISOString(), resolutionDue: due.resolutionDue.toISOString(), nextUpdateDue: due.nextUpdateDue.toISOString() };
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
  const pending = [!ticket.firstRespondedAt && !done ? Date.parse(ticket.firstResponseDue) : undefined, !done ? Date.parse(ticket.resolutionDue) : undefined].filter(
    (v): v is number => v !== undefined,
  );
  return {
    firstResponse,
    resolution,
    overall,
    msToNextDeadline: pending.length ? Math.min(...pending) - nowMs : undefined,
  };
}

/** An open ticket past its first-response deadline without a response, or past its resolution deadline. */
export function isOverdue(ticket: Ticket, now: Date): boolean {
  if (!isOpen(ticket.status)) return false;
  const at = now.getTime();
  return (!ticket.firstRespondedAt && Date.parse(ticket.firstResponseDue) < at) || Date.parse(ticket.resolutionDue) < at;
}

/** An open ticket not yet overdue, but inside the last `atRiskFraction` of a clock's span (first response while unanswered, or resolution). */
export function isAtRisk(ticket: Ticket, now: Date, policy: SlaPolicy): boolean {
  if (!isOpen(ticket.status) || isOverdue(ticket, now)) return false;
  const at = now.getTime();
  const start = Date.parse(ticket.createdAt);
  const inLastShare = (dueIso: string) => {
    const due = Date.parse(dueIso);
    return due - at <= (due - start) * policy.atRiskFraction;
  };
  return (!ticket.firstRespondedAt && inLastShare(ticket.firstResponseDue)) || inLastShare(ticket.resolutionDue);
}

/** The order the desk works through tickets in: most urgent tier first, then the nearest resolution deadline. */
export function byUrgency(a: Ticket, b: Ticket): number {
  return a.priority.localeCompare(b.priority) || a.resolutionDue.localeCompare(b.resolutionDue) || a.id - b.id;
}
