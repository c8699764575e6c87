/**
 * The manager's service report for one period, computed from the period's rows alone
 * (reports/report-data.ts). Definitions, so every figure can be checked by hand:
 *
 * - Conversations: those that started in [from, to).
 * - Reopened: the same customer started another conversation (any channel) within 7 days of the
 *   conversation's last message, or a ticket filed in it was reopened within those 7 days.
 * - First-contact resolution: conversations not left with people, not reopened, with no ticket
 *   filed in them still open (a repair or visit to come is not resolved), and not handed back to
 *   the bot by a person without being resolved.
 * - Bot resolution: conversations not left with people and not reopened, in which no person was involved (no handoff request, no agent message).
 *   Conversations whose 7 days are not over yet count as they stand, and are reported as such.
 * - Handoffs: every request in those conversations (one per request, however many desks got a
 *   copy), by the fixed taxonomy of reports/handoff-taxonomy.ts; the rate is per conversation. Each
 *   is recorded under the strongest reason present in its conversation (bot/handoff-reason.ts); the
 *   latest one under its reason as it stands now, raised by a danger or anger told while waiting.
 * - First response and handling time: tickets filed in the period, from filing to the first
 *   response and to resolution.
 * - SLA per tier: tickets filed in the period, each clock met, breached or still running
 *   (tickets/sla.ts decides); compliance is met / (met + breached). About to breach: every open
 *   ticket at risk now, whenever it was filed, and every open P1 nobody has answered yet.
 * - CSAT: scores given in the period; response rate: surveys sent in the period that got a score.
 * - Top faults: every ticket filed in the period, grouped by brand ("brand not given" its own
 *   group), product and model as the ticket has them, then by error code.
 * - Knowledge gaps: questions that found no good case, grouped by product and error code.
 */
import { z } from 'zod';
import { redact } from '../bot/redaction';
import { strongerReason } from '../bot/tools/handoff-reasons';
import { PRIORITIES, type Priority, type Ticket } from '../tickets/ticket';
import { slaStanding, type ClockState, type SlaPolicy } from '../tickets/sla';
import { share, spread, type Share, type Spread } from './figures';
import { HANDOFF_CATEGORIES, handoffCategory, type HandoffCategory } from './handoff-taxonomy';
import type { ReportMiss, ReportQueuedHandoff, ReportRows } from './report-data';
import type { ReportPeriod } from './report-period';

export const RECONTACT_WINDOW_MS = 7 * 86_400_000;
const TOP_FAULT_GROUPS = 10;
const FAULTS_PER_GROUP = 3;
const GAP_GROUPS = 20;
const GAP_EXAMPLES = 3;

export interface TierCompliance {
  priority: Priority;
  tickets: number;
  /** Handoffs with no ticket in this tier: their first-response clocks are counted with the tickets'. */
  handoffs: number;
  /** Both clocks' counts: first response counts tickets and handoffs without a ticket, resolution tickets only. */
  firstResponse: { met: number; breached: number; running: number; compliance?: number };
  resolution: { met: number; breached: number; running: number; compliance?: number };
  /** Tickets with either clock breached. */
  breached: number;
}

export interface AtRiskTicket {
  number: string;
  priority: Priority;
  /** The deadline that comes next. */
  dueAt: string;
  clock: 'first_response' | 'resolution';
}

export interface FaultGroup {
  brand?: string;
  model?: string;
  category?: string;
  tickets: number;
  /** Error codes, most frequent first; tickets without one are counted under `code: undefined`. */
  faults: { code?: string; tickets: number }[];
}

export interface KnowledgeGap {
  category?: string;
  brand?: string;
  errorCode?: string;
  count: number;
  conversations: number;
  /** Up to three different wordings, newest first, personal data masked. */
  examples: string[];
  lastAt: string;
}

export interface ServiceReport {
  period: { from: string; to: string };
  generatedAt: string;
  conversations: number;
  /** Conversations whose 7 days after the last message are not over yet (figures may still change). */
  stillInRecontactWindow: number;
  botResolution: Share;
  firstContactResolution: Share;
  handoffs: {
    /** Conversations with at least one handoff request, of all conversations. */
    conversations: Share;
    requests: number;
    byCategory: { category: HandoffCategory; requests: number; rate?: number }[];
  };
  firstResponse: Spread;
  handling: Spread;
  sla: { tiers: TierCompliance[]; atRisk: AtRiskTicket[] };
  csat: { responses: number; average?: number; distribution: Record<'1' | '2' | '3' | '4' | '5', number>; surveys: Share };
  topFaults: FaultGroup[];
  knowledgeGaps: KnowledgeGap[];
}

export function buildServiceReport(rows: ReportRows, options: { period: ReportPeriod; now: Date; sla: SlaPolicy }): ServiceReport {
  const { period, now, sla } = options;
  const conversations = rows.conversations;
  const reopened = (c: ReportRows['conversations'][number]) => {
    const until = Date.parse(c.lastAt) + RECONTACT_WINDOW_MS;
    return (c.nextContactAt !== undefined && Date.parse(c.nextContactAt) <= until) || (c.reopenedAt !== undefined && Date.parse(c.reopenedAt) <= until);
  };
  const finished = conversations.filter((c) => c.mode === 'bot' && !reopened(c));
  const firstContact = finished.filter((c) => !c.openTicket && !c.handedBack);
  // (A repair the bot filed on its own is still the bot's work: bot resolution keeps it.)
  const botOnly = finished.filter((c) => !c.handoffReasons.length && !c.agentWrote);

  // The latest request counts under its reason as it stands now: a danger or anger told while waiting raised it.
  const requests = conversations.flatMap((c) => c.handoffReasons.map((reason, i) => handoffCategory(i === c.handoffReasons.length - 1 ? strongerReason(reason, c.latestHandoffReason) : reason)));
  const byCategory = HANDOFF_CATEGORIES.map((category) => {
    const n = requests.filter((r) => r === category).length;
    return { category, requests: n, rate: share(n, conversations.length).rate };
  });

  const tickets = rows.tickets;
  // A handoff with no ticket is answered as a ticket is: from its request to a person's first word.
  const queued = rows.queuedHandoffs ?? [];
  const firstResponse = [
    ...tickets.filter((t) => t.firstRespondedAt).map((t) => Date.parse(t.firstRespondedAt!) - Date.parse(t.createdAt)),
    ...queued.filter((h) => h.respondedAt).map((h) => Date.parse(h.respondedAt!) - Date.parse(h.requestedAt)),
  ];
  const handling = tickets.filter((t) => t.resolvedAt).map((t) => Date.parse(t.resolvedAt!) - Date.parse(t.createdAt));

  const scores = rows.scores.map((s) => s.score);
  const distribution = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  for (const s of scores) distribution[String(s) as keyof typeof distribution] += 1;

  return {
    period: { from: period.from.toISOString(), to: period.to.toISOString() },
    generatedAt: now.toISOString(),
    conversations: conversations.length,
    stillInRecontactWindow: conversations.filter((c) => Date.parse(c.lastAt) + RECONTACT_WINDOW_MS > now.getTime()).length,
    botResolution: share(botOnly.length, conversations.length),
    firstContactResolution: share(firstContact.length, conversations.length),
    handoffs: {
      conversations: share(conversations.filter((c) => c.handoffReasons.length).length, conversations.length),
      requests: requests.length,
      byCategory,
    },
    firstResponse: spread(firstResponse),
    handling: spread(handling),
    sla: { tiers: PRIORITIES.map((p) => tierCompliance(p, tickets, queued, now, sla)), atRisk: atRisk(rows.openTickets, now, sla) },
    csat: {
      responses: scores.length,
      average: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined,
      distribution,
      surveys: share(rows.surveys.filter((s) => s.answered).length, rows.surveys.length),
    },
    topFaults: topFaults(tickets),
    knowledgeGaps: knowledgeGaps(rows.misses),
  };
}

/** A ticketless handoff's first-response clock: met when a person wrote by the deadline. */
function queuedClock(h: ReportQueuedHandoff, now: Date): ClockState {
  const due = Date.parse(h.firstResponseDue);
  if (h.respondedAt) return Date.parse(h.respondedAt) <= due ? 'met' : 'breached';
  return now.getTime() > due ? 'breached' : 'ok';
}

function tierCompliance(priority: Priority, all: Ticket[], queued: ReportQueuedHandoff[], now: Date, sla: SlaPolicy): TierCompliance {
  const tickets = all.filter((t) => t.priority === priority);
  const standings = tickets.map((t) => slaStanding(t, now, sla));
  const handoffs = queued.filter((h) => h.priority === priority).map((h) => queuedClock(h, now));
  const clock = (states: ClockState[]) => {
    const met = states.filter((s) => s === 'met').length;
    const breached = states.filter((s) => s === 'breached').length;
    return { met, breached, running: states.length - met - breached, compliance: share(met, met + breached).rate };
  };
  return {
    priority,
    tickets: tickets.length,
    handoffs: handoffs.length,
    firstResponse: clock([...standings.map((s) => s.firstResponse), ...handoffs]),
    resolution: clock(standings.map((s) => s.resolution)),
    breached: standings.filter((s) => s.firstResponse === 'breached' || s.resolution === 'breached').length,
  };
}

function atRisk(open: Ticket[], now: Date, sla: SlaPolicy): AtRiskTicket[] {
  return open
    .flatMap((t): AtRiskTicket[] => {
      const s = slaStanding(t, now, sla);
      // A P1 nobody has answered (a danger, a furious customer) is listed from the start and stays
      // listed past its deadline: its hour is too short to wait for the at-risk share.
      const unansweredP1 = t.priority === 'P1' && !t.firstRespondedAt;
      if (s.overall !== 'at_risk' && !unansweredP1) return [];
      const first = unansweredP1 || s.firstResponse === 'at_risk';
      return [{ number: t.number, priority: t.priority, dueAt: first ? t.firstResponseDue : t.resolutionDue, clock: first ? 'first_response' : 'resolution' }];
    })
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

function topFaults(tickets: Ticket[]): FaultGroup[] {
  const groups = new Map<string, { brand?: string; model?: string; category?: string; items: Ticket[] }>();
  // Every ticket counts, with what it has: a fridge with no brand given is a fault of "brand not given · fridge".
  for (const t of tickets) {
    const key = JSON.stringify([t.brand ?? null, t.category ?? null, t.model?.toUpperCase() ?? null]);
    const group = groups.get(key) ?? { brand: t.brand, model: t.model, category: t.category, items: [] };
    group.items.push(t);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => ({
      brand: g.brand,
      model: g.model,
      category: g.category,
      tickets: g.items.length,
      faults: countBy(g.items, (t) => t.errorCode?.toUpperCase())
        .slice(0, FAULTS_PER_GROUP)
        .map(([code, n]) => ({ code, tickets: n })),
    }))
    .sort((a, b) => b.tickets - a.tickets || label(a).localeCompare(label(b)))
    .slice(0, TOP_FAULT_GROUPS);
}

function label(g: { brand?: string; category?: string; model?: string }): string {
  return `${g.brand ?? ''} ${g.category ?? ''} ${g.model ?? ''}`;
}

/** Counts by key, most frequent first (ties by key, so the order never depends on row order). */
function countBy<T, K extends string | undefined>(items: T[], key: (item: T) => K): [K, number][] {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || String(a[0] ?? '').localeCompare(String(b[0] ?? '')));
}

const wordingSchema = z.string().max(2000);

function knowledgeGaps(misses: ReportMiss[]): KnowledgeGap[] {
  const groups = new Map<string, ReportMiss[]>();
  for (const m of misses) {
    const key = JSON.stringify([m.category ?? null, m.brand ?? null, m.errorCode?.toUpperCase() ?? null]);
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()]
    .map((items) => {
      const newest = [...items].sort((a, b) => b.at.localeCompare(a.at));
      // Stored redacted already; masked again on the way out in case an older row was not.
      const examples = [...new Set(newest.map((m) => redact(wordingSchema.parse(m.wording)).text))].slice(0, GAP_EXAMPLES);
      return {
        category: items[0]!.category,
        brand: items[0]!.brand,
        errorCode: items[0]!.errorCode?.toUpperCase(),
        count: items.length,
        conversations: new Set(items.map((m) => m.conversationId)).size,
        examples,
        lastAt: newest[0]!.at,
      };
    })
    .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt))
    .slice(0, GAP_GROUPS);
}
