/**
 * Seeds a desk database with known conversations, handoffs, tickets, surveys, scores and
 * knowledge misses through the real stores, keeping its own record of every fact it wrote; and
 * computes from that record, by plain counting, the figures a service report must show. Nothing
 * here calls the report code: the two are written apart so one can check the other.
 */
import { initialState, type ConversationState } from '../../bot/conversation';
import { HandoffRoutes } from '../../bot/handoff';
import { csatQuestion } from '../../bot/phrases';
import type { FixedClock } from '../../kernel/clock';
import { keepableFirstResponse } from '../../tickets/desk-hours';
import type { SlaPolicy } from '../../tickets/sla';
import type { Priority } from '../../tickets/ticket';
import type { SqliteDesk } from '../../storage/sqlite/open-desk';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** A small deterministic generator: the same seed gives the same database. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
  };
}

export interface SeededTicket {
  number: string;
  priority: Priority;
  createdAt: number;
  brand: string;
  model: string;
  errorCode?: string;
  respondedAt?: number;
  /** Cleared again when the ticket is reopened (the store does the same). */
  resolvedAt?: number;
  closedAt?: number;
  reopenedAt?: number;
  surveyAt?: number;
  score?: number;
  scoreAt?: number;
}

export interface SeededConversation {
  customer: string;
  startedAt: number;
  lastAt: number;
  mode: ConversationState['mode'];
  /** The reason of each handoff request as written (undefined: the payload named none). */
  handoffReasons: (string | undefined)[];
  agentWrote: boolean;
  ticket?: SeededTicket;
  misses: { at: number; category: string; brand?: string; errorCode?: string; wording: string }[];
}

export interface Seeded {
  conversations: SeededConversation[];
  /** Open tickets filed just before the report, some inside the at-risk share of their clock. */
  lateTickets: SeededTicket[];
}

const REASONS = ['customer_request', 'safety', 'angry', 'complex', 'stuck', 'policy_exception', 'bot_error', 'some_new_reason', undefined] as const;
const PRODUCTS = [
  { brand: 'Gree', model: 'KFR-35GW', category: 'air_conditioner', codes: ['E1', 'E6', 'H6'] },
  { brand: 'Midea', model: 'MG100V11D', category: 'washing_machine', codes: ['E30', 'E21'] },
  { brand: 'Haier', model: 'BCD-470', category: 'refrigerator', codes: ['F1'] },
] as const;
/** Questions with no case: plain fault wordings a customer could write (none taken from any evaluation set). */
const GAP_WORDINGS = ['洗衣机脱水时整机往前走', '空调外机结了很厚的冰', 'fridge makes a clicking sound every minute', '热水器出水忽冷忽热'];

export interface SeedOptions {
  desk: SqliteDesk;
  clock: FixedClock;
  /** The period the report will cover; stories start from two days before it to one day after. */
  from: Date;
  to: Date;
  /** When the report is made (late tickets are filed relative to it). */
  now: Date;
  stories: number;
  seed: number;
  /** Prefix for channel ids, so two seedings never share a customer. */
  prefix?: string;
}

export async function seedReportData(options: SeedOptions): Promise<Seeded> {
  const { desk, clock } = options;
  const r = random(options.seed);
  const routes = new HandoffRoutes(['web-desk', 'slack']);
  const prefix = options.prefix ?? 'seed';
  const conversations: SeededConversation[] = [];
  let messageNo = 0;
  const span = options.to.getTime() - options.from.getTime() + 3 * DAY;

  const at = (ms: number) => clock.set(new Date(ms));
  const say = async (ref: string, channel: 'web' | 'wechat', customerId: number, text: string, when: number) => {
    at(when);
    return desk.conversations.receive({ channel, channelMessageId: `${prefix}-m${++messageNo}`, customerRef: ref, text, attachments: [], receivedAt: new Date(when).toISOString() }, customerId);
  };

  for (let i = 0; i < options.stories; i++) {
    const channel = r.pick(['web', 'wechat'] as const);
    const ref = `${prefix}-customer-${i}`;
    at(options.from.getTime() - 2 * DAY);
    const customerId = (await desk.customers.resolve({ channel, externalId: ref })).id;
    const visits = r.chance(0.3) ? 2 : 1;
    let start = options.from.getTime() - 2 * DAY + Math.floor(r.next() * span);
    for (let v = 0; v < visits; v++) {
      const product = r.pick(PRODUCTS);
      const { conversation } = await say(ref, channel, customerId, `${product.brand} ${product.category} 有问题`, start);
      const id = conversation.id;
      let t = start + 20_000;
      const state: ConversationState = { ...initialState(), language: 'zh' };
      const record: SeededConversation = { customer: ref, startedAt: start, lastAt: start, mode: 'bot', handoffReasons: [], agentWrote: false, misses: [] };
      const reply = async (
        author: string,
        kind: 'reply' | 'agent' | 'survey',
        text: string,
        extra: { deliveries?: ReturnType<HandoffRoutes['items']>; knowledgeMiss?: SeededConversation['misses'][number] } = {},
      ) => {
        at(t);
        await desk.conversations.commitTurn(id, {
          reply: { channel, customerRef: ref, conversationId: id, kind, text },
          author,
          state: { ...state },
          deliveries: extra.deliveries,
          knowledgeMiss: extra.knowledgeMiss && {
            wording: extra.knowledgeMiss.wording,
            language: 'zh',
            category: extra.knowledgeMiss.category,
            brand: extra.knowledgeMiss.brand,
            errorCode: extra.knowledgeMiss.errorCode,
          },
        });
        record.lastAt = t;
      };
      await reply('bot:offline', 'reply', '请问是什么型号？');

      if (r.chance(0.35)) {
        t += r.int(1, 30) * MIN;
        const wording = r.pick(GAP_WORDINGS);
        const miss = { at: t, category: product.category, brand: r.chance(0.7) ? product.brand : undefined, errorCode: r.chance(0.4) ? r.pick(product.codes) : undefined, wording };
        await say(ref, channel, customerId, wording, t);
        t += 10_000;
        await reply('bot:offline', 'reply', '这个情况我这里没有资料。', { knowledgeMiss: miss });
        record.misses.push(miss);
        if (r.chance(0.4)) {
          // The customer puts it another way in the same chat: one more miss, the same gap, the same conversation.
          t += r.int(1, 5) * MIN;
          const again = { ...miss, at: t, wording: r.pick(GAP_WORDINGS) };
          await say(ref, channel, customerId, again.wording, t);
          t += 10_000;
          await reply('bot:offline', 'reply', '这个情况我这里没有资料。', { knowledgeMiss: again });
          record.misses.push(again);
        }
      }

      let ticket: SeededTicket | undefined;
      if (r.chance(0.6)) {
        t += r.int(1, 10) * MIN;
        at(t);
        const priority = r.pick(['P1', 'P2', 'P3', 'P4'] as const);
        const errorCode = r.chance(0.75) ? r.pick(product.codes) : undefined;
        const created = await desk.tickets.create(
          { customerId, conversationId: id, channel, type: 'repair_request', priority, category: product.category, brand: product.brand, model: product.model, errorCode, symptom: '不工作了' },
          { actor: 'bot' },
        );
        ticket = { number: created.ticket.number, priority, createdAt: t, brand: product.brand, model: product.model, errorCode };
        state.ticketNumber = ticket.number;
        record.ticket = ticket;
      }

      if (r.chance(0.45)) {
        const requests = r.chance(0.25) ? 2 : 1;
        for (let q = 0; q < requests; q++) {
          t += r.int(1, 20) * MIN;
          const reason = r.pick(REASONS);
          state.mode = 'handoff_requested';
          const payload = { conversationId: id, ticketNumber: ticket?.number, summary: 'seeded', channel, language: 'zh', ...(reason ? { reason } : {}) };
          await reply('bot:offline', 'reply', '正在为您转接人工客服。', { deliveries: routes.items('handoff.requested', payload, `seed:${id}:${q}`) });
          record.handoffReasons.push(reason);
        }
        if (r.chance(0.7)) {
          t += r.int(5, 600) * MIN;
          state.mode = 'agent';
          state.agent = 'web-desk:li';
          await reply('agent:web-desk:li', 'agent', '您好，我是客服小李。');
          record.agentWrote = true;
        }
        // Some stay with people when the report is made; the rest go back to the bot.
        if (r.chance(0.75)) state.mode = 'bot';
      }

      if (ticket) {
        if (r.chance(0.8)) {
          t += r.int(5, 20 * 60) * MIN;
          at(t);
          await desk.tickets.changeStatus(ticket.number, 'open', 'agent:li');
          ticket.respondedAt = t;
          if (r.chance(0.75)) {
            t += r.int(10, 5 * 24 * 60) * MIN;
            at(t);
            await desk.tickets.changeStatus(ticket.number, 'resolved', 'agent:li');
            ticket.resolvedAt = t;
            if (r.chance(0.8)) {
              t += MIN;
              // The desk sends the survey in the name of the agent who resolved it: a person was involved.
              await reply('agent:web-desk:li', 'survey', csatQuestion('zh', ticket.number));
              record.agentWrote = true;
              ticket.surveyAt = t;
              if (r.chance(0.6)) {
                t += r.int(1, 120) * MIN;
                at(t);
                const score = r.int(1, 5);
                await desk.tickets.recordCsat(ticket.number, score, 'customer');
                ticket.score = score;
                ticket.scoreAt = t;
                ticket.closedAt = t;
              }
            }
            if (r.chance(0.2)) {
              t += r.int(1, 10 * 24 * 60) * MIN;
              at(t);
              await desk.tickets.changeStatus(ticket.number, 'open', 'customer');
              ticket.reopenedAt = t;
              ticket.resolvedAt = undefined;
              ticket.closedAt = undefined;
            }
          }
        }
      }
      record.mode = state.mode;
      at(record.lastAt);
      await desk.conversations.setState(id, { ...state });
      conversations.push(record);
      // A second visit: the customer comes back between 13 hours and 10 days after the last message.
      start = record.lastAt + 13 * HOUR + Math.floor(r.next() * 9 * DAY);
    }
  }

  // Open tickets filed shortly before the report: P1 at 50 minutes (10 of its 60 left: at risk),
  // P2 at 1 hour (3 of 4 hours left: fine) and P3 at 70 hours (resolution at risk, responded).
  const lateTickets: SeededTicket[] = [];
  const now = options.now.getTime();
  for (const [priority, ago, respond] of [
    ['P1', 50 * MIN, false],
    ['P2', HOUR, false],
    ['P3', 60 * HOUR, true],
  ] as const) {
    at(now - ago);
    const customerId = (await desk.customers.resolve({ channel: 'web', externalId: `${prefix}-late-${priority}` })).id;
    const created = await desk.tickets.create({ customerId, channel: 'web', type: 'repair_request', priority, symptom: '不制冷' }, { actor: 'bot' });
    const ticket: SeededTicket = { number: created.ticket.number, priority, createdAt: now - ago, brand: '', model: '' };
    if (respond) {
      at(now - ago + 30 * MIN);
      await desk.tickets.changeStatus(ticket.number, 'open', 'agent:li');
      ticket.respondedAt = now - ago + 30 * MIN;
    }
    lateTickets.push(ticket);
  }
  at(now);
  return { conversations, lateTickets };
}

/** The taxonomy, written out again here from the list, not imported. */
const CATEGORY_OF: Record<string, string> = {
  customer_request: 'customer_asked',
  safety: 'danger',
  angry: 'anger_or_complaint',
  complex: 'missing_knowledge',
  stuck: 'stuck',
  policy_exception: 'policy_needs_person',
  bot_error: 'bot_error',
};

const nearestRank = (values: number[], p: number) => {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1];
};

type ClockState = 'met' | 'breached' | 'running';

/** A clock of one ticket: met when done by its deadline, breached when done late or past it undone. */
/** The first-response clock is kept inside desk hours (tickets/desk-hours.ts, tested in test/tickets/sla.test.ts): its span from filing. */
function firstResponseSpan(created: number, tierMs: number): number {
  return keepableFirstResponse(new Date(created), tierMs).getTime() - created;
}

function clockOf(created: number, spanMs: number, done: number | undefined, now: number): ClockState {
  const due = created + spanMs;
  if (done !== undefined) return done <= due ? 'met' : 'breached';
  return now > due ? 'breached' : 'running';
}

export interface ExpectedReport {
  conversations: number;
  stillInWindow: number;
  botResolved: number;
  firstContact: number;
  handedOffConversations: number;
  requests: number;
  byCategory: Record<string, number>;
  firstResponse: { n: number; median?: number; p90?: number };
  handling: { n: number; median?: number; p90?: number };
  tiers: Record<Priority, { tickets: number; frMet: number; frBreached: number; resMet: number; resBreached: number; breached: number }>;
  atRisk: string[];
  csat: { responses: number; sum: number; distribution: number[]; surveys: number; answered: number };
  faults: Map<string, { tickets: number; codes: Map<string, number> }>;
  gaps: Map<string, { count: number; conversations: number; wordings: Set<string> }>;
}

export function expectedReport(seeded: Seeded, period: { from: Date; to: Date }, now: Date, sla: SlaPolicy): ExpectedReport {
  const from = period.from.getTime();
  const to = period.to.getTime();
  const nowMs = now.getTime();
  const inPeriod = (ms: number | undefined) => ms !== undefined && ms >= from && ms < to;
  const all = seeded.conversations;
  const shown = all.filter((c) => inPeriod(c.startedAt));
  const week = 7 * DAY;
  const reopened = (c: SeededConversation) => {
    const next = all.filter((o) => o.customer === c.customer && o.startedAt > c.startedAt).map((o) => o.startedAt);
    const nextAt = next.length ? Math.min(...next) : undefined;
    return (nextAt !== undefined && nextAt <= c.lastAt + week) || (c.ticket?.reopenedAt !== undefined && c.ticket.reopenedAt <= c.lastAt + week);
  };
  const finished = shown.filter((c) => c.mode === 'bot' && !reopened(c));
  const ticketOpen = (c: SeededConversation) => c.ticket !== undefined && c.ticket.resolvedAt === undefined && c.ticket.closedAt === undefined;
  const firstContact = finished.filter((c) => !ticketOpen(c));
  const byCategory: Record<string, number> = {};
  for (const c of shown)
    for (const reason of c.handoffReasons) {
      const category = CATEGORY_OF[reason ?? 'customer_request'] ?? 'stuck';
      byCategory[category] = (byCategory[category] ?? 0) + 1;
    }
  const tickets = all.flatMap((c) => (c.ticket ? [c.ticket] : [])).filter((t) => inPeriod(t.createdAt));
  const fr = tickets.filter((t) => t.respondedAt !== undefined).map((t) => t.respondedAt! - t.createdAt);
  const handling = tickets.filter((t) => t.resolvedAt !== undefined).map((t) => t.resolvedAt! - t.createdAt);
  const tiers = {} as ExpectedReport['tiers'];
  for (const p of ['P1', 'P2', 'P3', 'P4'] as const) {
    const mine = tickets.filter((t) => t.priority === p);
    const tier = sla.tiers[p];
    const states = mine.map((t) => {
      const done = t.resolvedAt ?? t.closedAt;
      return { fr: clockOf(t.createdAt, firstResponseSpan(t.createdAt, tier.firstResponseMs), t.respondedAt ?? done, nowMs), res: clockOf(t.createdAt, tier.resolutionMs, done, nowMs) };
    });
    tiers[p] = {
      tickets: mine.length,
      frMet: states.filter((s) => s.fr === 'met').length,
      frBreached: states.filter((s) => s.fr === 'breached').length,
      resMet: states.filter((s) => s.res === 'met').length,
      resBreached: states.filter((s) => s.res === 'breached').length,
      breached: states.filter((s) => s.fr === 'breached' || s.res === 'breached').length,
    };
  }
  // At risk: open now, nothing breached, and a running clock with at most its at-risk share left.
  const open = [...all.flatMap((c) => (c.ticket ? [c.ticket] : [])), ...seeded.lateTickets].filter((t) => t.resolvedAt === undefined && t.closedAt === undefined);
  const atRisk = open.filter((t) => {
    const tier = sla.tiers[t.priority];
    const frSpan = firstResponseSpan(t.createdAt, tier.firstResponseMs);
    const frDue = t.createdAt + frSpan;
    const resDue = t.createdAt + tier.resolutionMs;
    // An open P1 nobody answered is listed however near or past its deadline.
    if (t.priority === 'P1' && t.respondedAt === undefined) return true;
    const frBreached = t.respondedAt !== undefined ? t.respondedAt > frDue : nowMs > frDue;
    if (frBreached || nowMs > resDue) return false;
    const frRisk = t.respondedAt === undefined && frDue - nowMs <= frSpan * sla.atRiskFraction;
    const resRisk = resDue - nowMs <= tier.resolutionMs * sla.atRiskFraction;
    return frRisk || resRisk;
  });
  const allTickets = all.flatMap((c) => (c.ticket ? [c.ticket] : []));
  const scored = allTickets.filter((t) => inPeriod(t.scoreAt));
  const distribution = [1, 2, 3, 4, 5].map((s) => scored.filter((t) => t.score === s).length);
  const surveyed = allTickets.filter((t) => inPeriod(t.surveyAt));
  const faults = new Map<string, { tickets: number; codes: Map<string, number> }>();
  for (const t of tickets) {
    const key = `${t.brand} ${t.model}`;
    const group = faults.get(key) ?? { tickets: 0, codes: new Map<string, number>() };
    group.tickets += 1;
    group.codes.set(t.errorCode ?? '', (group.codes.get(t.errorCode ?? '') ?? 0) + 1);
    faults.set(key, group);
  }
  const gaps = new Map<string, { count: number; conversations: number; wordings: Set<string> }>();
  all.forEach((c) => {
    const seen = new Set<string>();
    for (const m of c.misses.filter((x) => inPeriod(x.at))) {
      const key = `${m.category}|${m.brand ?? ''}|${m.errorCode ?? ''}`;
      const gap = gaps.get(key) ?? { count: 0, conversations: 0, wordings: new Set<string>() };
      gap.count += 1;
      if (!seen.has(key)) gap.conversations += 1;
      seen.add(key);
      gap.wordings.add(m.wording);
      gaps.set(key, gap);
    }
  });
  return {
    conversations: shown.length,
    stillInWindow: shown.filter((c) => c.lastAt + week > nowMs).length,
    botResolved: finished.filter((c) => !c.handoffReasons.length && !c.agentWrote).length,
    firstContact: firstContact.length,
    handedOffConversations: shown.filter((c) => c.handoffReasons.length).length,
    requests: shown.reduce((n, c) => n + c.handoffReasons.length, 0),
    byCategory,
    firstResponse: { n: fr.length, median: nearestRank(fr, 50), p90: nearestRank(fr, 90) },
    handling: { n: handling.length, median: nearestRank(handling, 50), p90: nearestRank(handling, 90) },
    tiers,
    atRisk: atRisk.map((t) => t.number).sort(),
    csat: { responses: scored.length, sum: scored.reduce((n, t) => n + t.score!, 0), distribution, surveys: surveyed.length, answered: surveyed.filter((t) => t.score !== undefined).length },
    faults,
    gaps,
  };
}
