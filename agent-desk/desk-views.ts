/**
 * What the built-in desk shows, read from the stores: the queue of conversations with people,
 * most urgent deadline first, and one conversation with everything an agent needs to pick it up
 * (why it was handed off, the summary, the ticket, the channel, the receipt and what was read
 * from it, the knowledge the bot used, the notes). Personal data is masked unless the agent
 * opens it on purpose.
 */
import type { ConversationStore, StoredMessage } from '../bot/conversation';
import type { HandoffQueue, WaitingHandoff } from '../bot/handoff-queue';
import type { HandoffRequested } from '../bot/handoff-payloads';
import { findPersonalData, RedactionVault, redact, replacePersonalData } from '../bot/redaction';
import { normaliseText } from '../kernel/text/normal-form';
import type { Clock } from '../kernel/clock';
import { brandLabel } from '../kernel/lexicon/brands';
import { categoryLabel } from '../kernel/lexicon/product-categories';
import type { CustomerDirectory } from '../tickets/customer-directory';
import type { Priority, Ticket, TicketEvent, TicketStatus } from '../tickets/ticket';
import type { TicketStore } from '../tickets/ticket-store';
import { pendingWork, type PendingWork } from '../tickets/pending-work';
import fs from 'node:fs';
import { bilingualWords, ticketEventWords, type Words } from './ticket-event-words';
import { whileWaitingDigest, type WaitingNote } from './while-waiting-digest';

export interface DeskViewDeps {
  queue: HandoffQueue;
  conversations: ConversationStore;
  tickets: TicketStore;
  customers: CustomerDirectory;
  /** A knowledge entry's title, for the cases the bot used (undefined when it is gone). */
  knowledgeTitle: (id: string) => { zh: string; en: string } | undefined;
  clock: Clock;
}

export interface TicketBrief {
  number: string;
  priority: Priority;
  status: TicketStatus;
  product: string;
  /** The product in the desk's two languages. */
  productWords: { zh: string; en: string };
  errorCode?: string;
  warranty: string;
  firstResponseDue: string;
  resolutionDue: string;
  responded: boolean;
  /** The deadline that matters now: first response until someone answered, then resolution. */
  dueAt: string;
  overdue: boolean;
  /** A visit or a repair still to come on an open repair ticket (tickets/pending-work.ts): shown with the status. */
  pending?: PendingWork;
}

/** A handoff with no ticket (a bare request for a person): its own first-response clock, from its request. */
export interface HandoffClock {
  priority?: Priority;
  firstResponseDue: string;
  /** A person has written to the customer since the request. */
  responded: boolean;
  overdue: boolean;
}

export interface QueueItem {
  conversationId: number;
  channel: string;
  mode: WaitingHandoff['mode'];
  /** Who has it (an actor such as web-desk:li), if anyone. */
  agent?: string;
  reason?: string;
  summary: string;
  requestedAt: string;
  ticket?: TicketBrief;
  /** Without a ticket: the handoff's own clock, when its request carries one. */
  clock?: HandoffClock;
  /** What the customer said last (masked), and when. */
  lastCustomerText?: string;
  lastCustomerAt?: string;
  /** Questions the customer asked while waiting that the bot left for a person (agent-desk/while-waiting-digest.ts). */
  openQuestions: number;
  /** For ordering: the deadline that matters now. */
  dueAt: string;
}

/** A ticket still open after its chat ended, in the agent's own list. */
export interface OpenTicketItem {
  conversationId: number;
  ticket: TicketBrief;
}

export interface MessageView {
  id: number;
  at: string;
  role: 'customer' | 'bot' | 'agent';
  author: string;
  kind?: string;
  text: string;
  attachments: { index: number; kind: string; name?: string; ref: string; kept: boolean }[];
  /** Knowledge entries this bot message was based on. */
  citations: string[];
}

export interface ConversationView {
  conversationId: number;
  channel: string;
  mode: 'bot' | 'handoff_requested' | 'agent';
  agent?: string;
  /** Back with the bot: how the last handling ended (resolved with the survey, or handed back). */
  ended?: 'resolved' | 'handed_back';
  language: 'zh' | 'en';
  revealed: boolean;
  customer: { id: number; name?: string; phone?: string };
  /** `summaryWords`: the summary in each desk language where the bot wrote part of it in both. */
  request?: { reason: string; summary: string; summaryWords?: Words; intent?: string; urgency?: string; sentiment?: number; requestedAt: string; firstResponseDue?: string; priority?: string };
  ticket?: TicketBrief & { symptom: string; contactPhone?: string; address?: string; assignee?: string; model?: string; brand?: string; category?: string; purchaseDate?: string };
  /** The ticket's history and the conversation's own notes (kept before any ticket was filed), oldest first; `words` in the desk's two languages where the event has them. */
  events: { at: string; actor: string; kind: TicketEvent['kind']; text: string; words?: Words }[];
  receipt?: { fields: Record<string, { value: string; confidence: number }>; purchaseDate?: string; confidence: number; readAt: string };
  knowledge: { id: string; title: { zh: string; en: string } }[];
  /** What the customer added while waiting, most pressing first (agent-desk/while-waiting-digest.ts). */
  whileWaiting: WaitingNote[];
  messages: MessageView[];
}

const MESSAGES_SHOWN = 200;

export class DeskViews {
  constructor(private readonly deps: DeskViewDeps) {}

  /** Every conversation with people, the nearest deadline first. */
  async queue(): Promise<QueueItem[]> {
    const now = this.deps.clock.now();
    const items: QueueItem[] = [];
    for (const waiting of await this.deps.queue.waiting()) {
      const conversation = await this.deps.conversations.get(waiting.conversationId);
      const request = await this.deps.queue.request(waiting.conversationId);
      const ticket = waiting.ticketNumber ? await this.deps.tickets.find(waiting.ticketNumber) : undefined;
      const brief = ticket ? ticketBrief(ticket, now) : undefined;
      const clock = brief ? undefined : handoffClock(request, waiting, now);
      const recent = await this.deps.conversations.history(waiting.conversationId, 20);
      const lastIn = recent.filter((m) => m.direction === 'in').at(-1);
      items.push({
        conversationId: waiting.conversationId,
        channel: conversation.channel,
        mode: waiting.mode,
        agent: waiting.agent,
        reason: request?.reason,
        summary: mask(request?.summary ?? ''),
        requestedAt: waiting.requestedAt,
        ticket: brief,
        ...(clock ? { clock } : {}),
        lastCustomerText: lastIn ? clip(mask(lastIn.text), 140) : undefined,
        lastCustomerAt: lastIn?.at,
        openQuestions: whileWaitingDigest(recent, mask).filter((n) => n.kind === 'open_question').length,
        dueAt: brief?.dueAt ?? clock?.firstResponseDue ?? waiting.requestedAt,
      });
    }
    return items.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.requestedAt.localeCompare(b.requestedAt));
  }

  /**
   * Tickets `agent` holds that are still open while their chat has ended (resolved with a visit or
   * a repair to come): out of the queue, so the desk lists them apart, nearest deadline first.
   */
  async openTicketsOf(agent: string): Promise<OpenTicketItem[]> {
    const now = this.deps.clock.now();
    const open = await this.deps.tickets.list({ status: ['new', 'open', 'in_progress', 'waiting_customer'], limit: 500 });
    const items: OpenTicketItem[] = [];
    for (const ticket of open) {
      if (ticket.assignee !== agent || !ticket.conversationId) continue;
      const conversation = await this.deps.conversations.get(ticket.conversationId).catch(() => undefined);
      if (!conversation || conversation.state.mode !== 'bot' || conversation.state.ticketNumber !== ticket.number) continue;
      items.push({ conversationId: ticket.conversationId, ticket: ticketBrief(ticket, now) });
    }
    return items.sort((a, b) => a.ticket.dueAt.localeCompare(b.ticket.dueAt));
  }

  /** One conversation as the desk shows it; `reveal` shows personal data (the caller records that it did). */
  async conversation(conversationId: number, reveal = false): Promise<ConversationView> {
    const { conversations, tickets, customers, queue, clock } = this.deps;
    const shown = (text: string) => (reveal ? text : mask(text));
    const conversation = await conversations.get(conversationId);
    const state = conversation.state;
    const customer = await customers.get(conversation.customerId).catch(() => undefined);
    const request = await queue.request(conversationId);
    const ticket = state.ticketNumber ? await tickets.find(state.ticketNumber) : undefined;
    const messages = await conversations.history(conversationId, MESSAGES_SHOWN);
    const events = ticket ? await tickets.events(ticket.id) : [];
    const citations = [...new Set(messages.flatMap((m) => citationsOf(m)))];
    return {
      conversationId,
      channel: conversation.channel,
      mode: state.mode,
      agent: state.agent,
      ...(state.mode === 'bot' && endedBy(messages) ? { ended: endedBy(messages) } : {}),
      language: state.language ?? 'zh',
      revealed: reveal,
      customer: { id: conversation.customerId, name: customer?.displayName, phone: customer?.phone ? shownPhone(customer.phone, reveal) : undefined },
      request: request && {
        reason: request.reason,
        summary: shown(request.summary),
        ...(bilingualWords(request.summary) ? { summaryWords: bothShown(bilingualWords(request.summary)!, shown) } : {}),
        intent: request.intent,
        urgency: request.urgency,
        sentiment: request.sentiment,
        requestedAt: request.requestedAt,
        // A handoff with no ticket brings its own clock.
        ...(request.firstResponseDue ? { firstResponseDue: request.firstResponseDue, priority: request.priority } : {}),
      },
      ticket: ticket && {
        ...ticketBrief(ticket, clock.now()),
        symptom: shown(ticket.symptom),
        contactPhone: ticket.contactPhone ? shownPhone(ticket.contactPhone, reveal) : undefined,
        address: ticket.address ? (reveal ? ticket.address : maskAddress(ticket.address)) : undefined,
        assignee: ticket.assignee,
        brand: ticket.brand,
        category: ticket.category,
        model: ticket.model,
        purchaseDate: ticket.purchaseDate,
      },
      events: [
        ...events
          .filter((e) => e.kind !== 'created')
          .map((e) => {
            const words = ticketEventWords(e);
            return { at: e.at, actor: e.actor, kind: e.kind, text: shown(words ? words.en : eventText(e)), ...(words ? { words: { zh: shown(words.zh), en: shown(words.en) } } : {}) };
          }),
        // Notes written while the conversation had no ticket (a filed ticket takes them over).
        ...(state.deskNotes ?? []).map((n) => {
          const words = bilingualWords(n.text);
          return { at: n.at, actor: n.actor, kind: 'note' as const, text: shown(n.text), ...(words ? { words: bothShown(words, shown) } : {}) };
        }),
      ].sort((a, b) => a.at.localeCompare(b.at)),
      receipt: state.receipt && {
        fields: state.receipt.fields,
        purchaseDate: state.receipt.evidence.purchaseDate,
        confidence: state.receipt.evidence.confidence,
        readAt: state.receipt.readAt,
      },
      knowledge: citations.flatMap((id) => {
        const title = this.deps.knowledgeTitle(id);
        return title ? [{ id, title }] : [];
      }),
      whileWaiting: whileWaitingDigest(messages, shown),
      messages: messages.map((m) => ({
        id: m.id,
        at: m.at,
        role: m.direction === 'in' ? 'customer' : m.author.startsWith('agent:') ? 'agent' : 'bot',
        author: m.author,
        kind: typeof m.meta.kind === 'string' ? m.meta.kind : undefined,
        text: shown(m.text),
        // `kept`: the file is still there. A receipt photo deleted after reading (UPLOAD_KEEP=false)
        // is shown as "not kept", and the page never asks for it.
        attachments: m.attachments.map((a, index) => ({ index, kind: a.kind, name: a.name, ref: a.ref, kept: a.kind !== 'image' || fs.existsSync(a.ref) })),
        citations: citationsOf(m),
      })),
    };
  }
}

/** The clock of a handoff with no ticket: due from its request, met once a person wrote after it. */
function handoffClock(request: (HandoffRequested & { requestedAt: string }) | undefined, waiting: WaitingHandoff, now: Date): HandoffClock | undefined {
  if (!request?.firstResponseDue) return undefined;
  // Only a reply the agent wrote answers it: claiming sends a join notice, which answers nothing.
  const responded = Boolean(waiting.lastReplyAt && waiting.lastReplyAt >= request.requestedAt);
  return { priority: request.priority, firstResponseDue: request.firstResponseDue, responded, overdue: !responded && Date.parse(request.firstResponseDue) < now.getTime() };
}

function ticketBrief(ticket: Ticket, now: Date): TicketBrief {
  const responded = !!ticket.firstRespondedAt;
  const dueAt = responded ? ticket.resolutionDue : ticket.firstResponseDue;
  // In both languages: the desk shows the one its agent reads (an English desk never shows "空调").
  const productIn = (lang: 'zh' | 'en') =>
    [ticket.brand ? brandLabel(ticket.brand, lang) : '', ticket.category ? (categoryLabel(ticket.category, lang) ?? ticket.category) : '', ticket.model ?? ''].filter(Boolean).join(' ');
  const product = productIn('zh');
  return {
    number: ticket.number,
    priority: ticket.priority,
    status: ticket.status,
    product,
    productWords: { zh: product, en: productIn('en') },
    errorCode: ticket.errorCode,
    warranty: ticket.warrantyStatus,
    firstResponseDue: ticket.firstResponseDue,
    resolutionDue: ticket.resolutionDue,
    responded,
    dueAt,
    overdue: Date.parse(dueAt) < now.getTime() && ticket.status !== 'resolved' && ticket.status !== 'closed',
    ...(pendingWork(ticket) ? { pending: pendingWork(ticket) } : {}),
  };
}

const bothShown = (words: Words, shown: (text: string) => string): Words => ({ zh: shown(words.zh), en: shown(words.en) });

/** How the latest handling ended, from the last thing a person sent: the survey, or the hand-back notice. */
function endedBy(messages: StoredMessage[]): 'resolved' | 'handed_back' | undefined {
  const last = [...messages].reverse().find((m) => m.direction === 'out' && m.author.startsWith('agent:') && (m.meta.kind === 'survey' || m.meta.kind === 'notice'));
  if (!last) return undefined;
  return last.meta.kind === 'survey' ? 'resolved' : 'handed_back';
}

function citationsOf(message: StoredMessage): string[] {
  const cited = message.meta.citations;
  return Array.isArray(cited) ? cited.filter((c): c is string => typeof c === 'string') : [];
}

/** A detail value as text: the stores write strings and numbers there, and anything else shows as nothing rather than "[object Object]". */
const shown = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

function eventText(event: TicketEvent): string {
  const d = event.detail;
  if (event.kind === 'note') return shown(d.text ?? d.note);
  if (event.kind === 'status_changed') return `${shown(d.from)} → ${shown(d.to)}${d.note ? ` (${shown(d.note)})` : ''}`;
  if (event.kind === 'updated' && d.changes && typeof d.changes === 'object') return Object.keys(d.changes).join(', ');
  if (event.kind === 'csat') return shown(d.score);
  return '';
}

/**
 * Personal data in free text as placeholders ([PHONE_1], [ADDRESS_1]...), the rest as the customer
 * wrote it: found on the normal form (full-width digits, spoken numbers), replaced in the original
 * when the two line up character for character, else shown in the normal form.
 */
function mask(text: string): string {
  const normal = normaliseText(text, { spokenDigits: true, whitespace: 'keep' });
  if (normal.length !== text.length) return redact(text).text;
  const vault = new RedactionVault();
  return replacePersonalData(text, findPersonalData(normal), (span) => vault.placeholderFor(span.kind, span.value));
}

/** A phone as the desk shows it: the first three and last four digits until the agent opens it. */
export function shownPhone(phone: string, reveal: boolean): string {
  if (reveal) return phone;
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 7 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : '****';
}

/** The city part stays (it decides who goes); the street and number do not. */
export function maskAddress(address: string): string {
  const city = /^(.{2,12}?(?:省|自治区))?(.{2,10}?市)?/.exec(address)?.[0] ?? '';
  return `${city || address.slice(0, 2)}****`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
