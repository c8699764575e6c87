/**
 * One customer turn, from whatever arrived to what goes back: the core callable without any
 * transport (`bot.handle(inbound)` in a test is a whole turn).
 *
 * Order matters for "nothing a customer said is ever dropped": the inbound message is stored
 * first, in its own transaction; the reply, the next state and the deliveries it causes are
 * stored together at the end. A crash in between leaves the message stored and unanswered, and
 * its redelivery is processed again (tools are idempotent per turn).
 */
import type { Clock } from '../kernel/clock';
import { isAppError, ValidationError } from '../kernel/errors';
import type { CustomerDirectory } from '../tickets/customer-directory';
import { OPEN_STATUSES } from '../tickets/lifecycle';
import type { NewOutboxItem } from '../tickets/outbox';
import type { Ticket } from '../tickets/ticket';
import type { TicketStore } from '../tickets/ticket-store';
import { NOBODY_ONLINE, type AgentAvailability } from './agent-availability';
import type { Brain, BrainReply, TurnInput, TurnUnderstanding } from './brain';
import type { Conversation, ConversationState, ConversationStore, StoredMessage } from './conversation';
import { HandoffRoutes } from './handoff';
import { handoffPromise, someoneAvailable, withoutHastyPromise, type BusinessHours } from './honest-wait';
import { inboundMessageSchema, type InboundMessage, type InboundMessageInput, type OutboundMessage, type TicketSummary } from './messages';
import { say, type Lang } from './phrases';
import type { TextUnderstanding } from './text-understanding';
import type { HandoffResult } from './tools/hand-off';
import { ToolBox, type Tool, type ToolCallRecord } from './tools/tool';
import type { ReceiptScan, ReceiptScanner } from './warranty-check';
import { replyWhileWaiting } from './while-waiting';

/** Understanding reads at most this much of one message; the whole message is still stored. */
const MAX_UNDERSTOOD_CHARS = 4_000;
const HISTORY_TURNS = 12;

export interface BotDeps {
  conversations: ConversationStore;
  customers: CustomerDirectory;
  tickets: TicketStore;
  tools: Tool[];
  brain: Brain;
  understanding: TextUnderstanding;
  receipts?: ReceiptScanner;
  clock: Clock;
  /**
   * Runs writes of several stores as one atomic unit (the desk's transaction). A first contact
   * creates the customer and stores their message together: one commit, one fsync, instead of two.
   * Without it each store commits on its own.
   */
  unitOfWork?: <T>(work: () => Promise<T>) => Promise<T>;
  /** Told about failures the customer never sees (logging port). */
  onError?: (error: unknown, context: Record<string, unknown>) => void;
  /** The human desks handoffs go to (without: none, e.g. an evaluation harness). */
  handoffs?: HandoffRoutes;
  /** Whether a person can pick up now, for an honest word about the wait (without: nobody is). */
  availability?: AgentAvailability;
  /** When people work; promises of a call fall inside these hours (default: the engine's BUSINESS_HOURS). */
  businessHours?: BusinessHours;
}

export interface TurnResult {
  conversationId: number;
  customerId: number;
  /** A redelivery of a message already answered: nothing is sent again. */
  duplicate: boolean;
  replies: OutboundMessage[];
  understanding?: TurnUnderstanding;
  ticket?: TicketSummary;
  brain?: string;
  actions: ToolCallRecord[];
  mode: ConversationState['mode'];
}

export class AfterSalesBot {
  private readonly routes: HandoffRoutes;

  constructor(private readonly deps: BotDeps) {
    this.routes = deps.handoffs ?? new HandoffRoutes([]);
  }

  async handle(raw: InboundMessageInput): Promise<TurnResult> {
    const parsed = inboundMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'message'}: ${i.message}`).join('; ');
      throw new ValidationError('invalid_message', `Invalid message: ${detail}`, parsed.error);
    }
    const inbound = parsed.data;
    const atomically = this.deps.unitOfWork ?? ((work) => work());
    const { customer, received } = await atomically(async () => {
      const customer = await this.deps.customers.resolve({ channel: inbound.channel, externalId: inbound.customerRef }, { displayName: inbound.customerName });
      return { customer, received: await this.deps.conversations.receive(inbound, customer.id) };
    });
    const base = { conversationId: received.conversation.id, customerId: customer.id, actions: [] as ToolCallRecord[] };
    if (received.duplicate && received.earlierReply) {
      // A retry (the client lost the answer) gets the answer it missed, never a second turn.
      const earlier = earlierAnswer(inbound, received.earlierReply);
      return { ...base, duplicate: true, replies: [earlier], ticket: earlier.ticket, mode: received.conversation.state.mode };
    }
    try {
      return await this.turn(inbound, received.conversation, customer.id);
    } catch (error) {
      // The one funnel for failures inside a turn: the message is stored; apologise and get a human.
      this.deps.onError?.(error, { conversationId: received.conversation.id, channelMessageId: inbound.channelMessageId });
      if (isAppError(error) && error.kind === 'validation') throw error;
      return this.apologise(inbound, received.conversation, customer.id);
    }
  }

  private async turn(inbound: InboundMessage, conversation: Conversation, customerId: number): Promise<TurnResult> {
    const { understanding: nlu, clock } = this.deps;
    const now = clock.now();
    const state: ConversationState = { ...conversation.state, turns: conversation.state.turns + 1 };
    const text = nlu.normalise(inbound.text.slice(0, MAX_UNDERSTOOD_CHARS));
    const vault = nlu.newVault();
    const redactedText = vault.redact(text);

    // A conversation with people: the message is relayed to the desks, and a customer still waiting
    // for a person is never left in silence (bot/while-waiting.ts decides what the bot says).
    if (state.mode !== 'bot') return this.whileWaiting(inbound, conversation, state, customerId, text, redactedText);

    // No speech service here: a voice note on its own gets a request to type, in both languages
    // (there are no words to tell the language from). The note itself is stored like any message.
    if (!text.trim() && inbound.attachments.length > 0 && inbound.attachments.every((a) => a.kind === 'audio')) {
      const reply: OutboundMessage = {
        channel: inbound.channel,
        customerRef: inbound.customerRef,
        conversationId: conversation.id,
        inReplyTo: inbound.channelMessageId,
        kind: 'reply',
        text: `${say('audioOnly', 'zh')}\n${say('audioOnly', 'en')}`,
      };
      await this.deps.conversations.commitTurn(conversation.id, { reply, author: 'bot:audio', state, meta: { audioOnly: true } });
      return { conversationId: conversation.id, customerId, duplicate: false, replies: [reply], actions: [], mode: state.mode };
    }

    // One read serves both the repeat-contact signal and the ticket the conversation is about.
    const open = await this.deps.tickets.list({ customerId, status: [...OPEN_STATUSES], limit: 50 });
    const u = nlu.understand(text, { today: now, priorContacts: priorContacts(open, now) });
    const lang = replyLanguage(u.language, text, state.language);
    state.language = lang;
    state.peakUrgency = state.peakUrgency && state.peakUrgency < u.urgency ? state.peakUrgency : u.urgency;

    const csat = await this.answerSurvey(inbound, conversation, state, text, lang);
    if (csat) return { ...csat, customerId, understanding: u };

    const receipt = await this.readReceipt(inbound, state, now);
    // Read once, and only when something needs it: the LLM brain, or a handoff's summary for the agent.
    let earlier: Promise<TurnInput['history']> | undefined;
    const earlierTurns = () => (earlier ??= this.history(conversation.id, inbound.channelMessageId, vault.redact.bind(vault)));
    const history = this.deps.brain.usesHistory ? await earlierTurns() : [];
    const openTickets = open.slice(0, 5).map((t) => t.number);
    if (!state.ticketNumber && openTickets[0]) state.ticketNumber = openTickets[0];

    const tools = new ToolBox(this.deps.tools, {
      customerId,
      requester: { channel: inbound.channel, externalId: inbound.customerRef, ip: inbound.client?.ip },
      conversation: { ...conversation, state },
      turnKey: `${inbound.channel}:${inbound.channelMessageId}`,
      urgency: state.peakUrgency,
      sentiment: u.sentiment,
      intent: u.intent,
      language: lang,
      now,
      restore: (t) => vault.restore(t),
      receipt,
    });
    const input: TurnInput = {
      text,
      redactedText,
      understanding: u,
      replyLanguage: lang,
      conversation: { ...conversation, state },
      history,
      attachments: inbound.attachments,
      receipt,
      openTickets,
    };
    const decided: BrainReply & { answeredBy?: string; fallback?: { reason: string; code?: string } } = await this.deps.brain.reply(input, tools);
    state.policy = decided.policy;

    const ticket = await this.ticketTouched(tools, state);
    const handoff = tools.resultsOf<HandoffResult>('handOff')[0];
    const deliveries: NewOutboxItem[] = [];
    const parts: string[] = [];
    if (!state.disclosed) {
      parts.push(say('disclosure', lang));
      state.disclosed = true;
    }
    // Safety advice goes first whatever the brain said; it is decided by rules, not by a model.
    if (u.safety && u.safetyAdvice && !decided.text.includes(u.safetyAdvice)) parts.push(u.safetyAdvice);
    if (inbound.text.length > MAX_UNDERSTOOD_CHARS) parts.push(say('longMessage', lang));
    if (handoff) {
      state.mode = 'handoff_requested';
      // The truth about the wait, from who is online now; no "马上" from the brain unless it holds.
      const availability = await (this.deps.availability ?? NOBODY_ONLINE).current();
      const facts = { lang, availability, now, hours: this.deps.businessHours };
      parts.push(someoneAvailable(facts) ? decided.text : withoutHastyPromise(decided.text));
      parts.push(
        handoffPromise({
          ...facts,
          ticketNumber: handoff.ticket.number,
          firstResponseDue: handoff.ticket.firstResponseDue,
          phoneKnown: await this.phoneKnown(handoff.ticket.number, customerId),
        }),
      );
      deliveries.push(
        ...this.routes.items(
          'handoff.requested',
          {
            conversationId: conversation.id,
            ticketNumber: handoff.ticket.number,
            reason: handoff.reason,
            summary: vault.redact(handoff.summary),
            channel: inbound.channel,
            language: lang,
            intent: u.intent,
            urgency: u.urgency,
            sentiment: u.sentiment,
            lastMessages: [...(await earlierTurns()).slice(-6), { role: 'customer', text: redactedText }],
          },
          `handoff:${conversation.id}:${inbound.channel}:${inbound.channelMessageId}`,
        ),
      );
    } else {
      parts.push(decided.text);
    }
    const reply = directReply(inbound, conversation.id, parts.filter(Boolean).join('\n'), { ticket, quickReplies: decided.quickReplies });
    const brain = decided.answeredBy ?? this.deps.brain.name;
    await this.deps.conversations.commitTurn(conversation.id, {
      reply,
      author: `bot:${brain}`,
      state,
      deliveries,
      meta: {
        intent: u.intent,
        urgency: u.urgency,
        sentiment: u.sentiment,
        brain,
        fallback: decided.fallback && { reason: decided.fallback.reason, code: decided.fallback.code },
        usage: decided.usage,
        citations: decided.citations,
        tools: tools.calls.map((c) => c.name),
      },
    });
    return { conversationId: conversation.id, customerId, duplicate: false, replies: [reply], understanding: u, ticket, brain, actions: tools.calls, mode: state.mode };
  }

  /** A turn while the conversation is with people: relayed to the desks, answered as bot/while-waiting.ts decides. */
  private async whileWaiting(inbound: InboundMessage, conversation: Conversation, state: ConversationState, customerId: number, text: string, redactedText: string): Promise<TurnResult> {
    const { understanding: nlu, clock } = this.deps;
    const now = clock.now();
    const u = nlu.understand(text, { today: now, priorContacts: 0 });
    const lang = replyLanguage(u.language, text, state.language);
    let ticket = state.ticketNumber ? await this.deps.tickets.find(state.ticketNumber) : undefined;
    // Priority comes from the rules: a danger or fury reported while waiting moves the ticket up the queue.
    if (ticket && u.urgency < ticket.priority && OPEN_STATUSES.includes(ticket.status)) ticket = await this.deps.tickets.update(ticket.id, { priority: u.urgency }, 'bot');
    state.peakUrgency = state.peakUrgency && state.peakUrgency < u.urgency ? state.peakUrgency : u.urgency;
    const lastReply = (await this.deps.conversations.history(conversation.id, 4)).filter((m) => m.direction === 'out').at(-1)?.text;
    const tools = new ToolBox(this.deps.tools, {
      customerId,
      requester: { channel: inbound.channel, externalId: inbound.customerRef, ip: inbound.client?.ip },
      conversation: { ...conversation, state },
      turnKey: `${inbound.channel}:${inbound.channelMessageId}`,
      urgency: u.urgency,
      sentiment: u.sentiment,
      intent: u.intent,
      language: lang,
      now,
      restore: (t) => t,
    });
    const said = await replyWhileWaiting({
      text,
      understanding: u,
      lang,
      mode: state.mode as Exclude<ConversationState['mode'], 'bot'>,
      turns: state.turns,
      tools,
      ticket,
      availability: await (this.deps.availability ?? NOBODY_ONLINE).current(),
      now,
      lastReply,
      hours: this.deps.businessHours,
    });
    const reply = said.text ? directReply(inbound, conversation.id, said.text) : undefined;
    await this.deps.conversations.commitTurn(conversation.id, {
      reply,
      author: 'bot:relay',
      state,
      meta: { whileWaiting: said.kind },
      deliveries: this.routes.items('customer.message', {
        conversationId: conversation.id,
        ticketNumber: state.ticketNumber,
        text: redactedText,
        attachments: inbound.attachments.length,
        images: imagesOf(inbound),
        urgent: u.safety,
      }),
    });
    return { conversationId: conversation.id, customerId, duplicate: false, replies: reply ? [reply] : [], actions: tools.calls, mode: state.mode };
  }

  /** Whether someone could call the customer back: a phone on the ticket or on their record. */
  private async phoneKnown(ticketNumber: string, customerId: number): Promise<boolean> {
    const ticket = await this.deps.tickets.find(ticketNumber);
    if (ticket?.contactPhone) return true;
    return !!(await this.deps.customers.get(customerId).catch(() => undefined))?.phone;
  }

  /** A bare 1-5 while a survey is pending is the customer's score. */
  private async answerSurvey(inbound: InboundMessage, conversation: Conversation, state: ConversationState, text: string, lang: Lang) {
    const pending = state.awaitingCsatFor;
    const score = /^\s*([1-5])\s*(星|分|颗星|stars?|points?)?\s*[。.!！]?\s*$/i.exec(text)?.[1];
    if (!pending || !score) return undefined;
    await this.deps.tickets.recordCsat(pending, Number(score), `customer:${conversation.customerId}`).catch((error: unknown) => {
      if (!isAppError(error) || error.code !== 'csat_already_recorded') throw error;
    });
    state.awaitingCsatFor = undefined;
    const reply = directReply(inbound, conversation.id, say(Number(score) <= 2 ? 'csatLow' : 'csatThanks', lang));
    await this.deps.conversations.commitTurn(conversation.id, { reply, author: 'bot:survey', state, meta: { csat: Number(score) } });
    return { conversationId: conversation.id, duplicate: false, replies: [reply], actions: [], mode: state.mode };
  }

  private async readReceipt(inbound: InboundMessage, state: ConversationState, now: Date): Promise<ReceiptScan | undefined> {
    const image = inbound.attachments.find((a) => a.kind === 'image');
    if (image && this.deps.receipts) {
      const scan = await this.deps.receipts.scan(image.ref);
      if (scan.ok) state.receipt = { fields: scan.fields, evidence: scan.evidence, readAt: now.toISOString() };
      return scan;
    }
    // A receipt read earlier in the conversation still counts.
    return state.receipt ? { ok: true, fields: state.receipt.fields, evidence: state.receipt.evidence } : undefined;
  }

  private async history(conversationId: number, currentId: string, redact: (t: string) => string): Promise<TurnInput['history']> {
    const messages: StoredMessage[] = await this.deps.conversations.history(conversationId, HISTORY_TURNS + 1);
    return messages
      .filter((m) => !(m.direction === 'in' && m.channelMessageId === currentId))
      .slice(-HISTORY_TURNS)
      .map((m) => ({
        role: m.direction === 'in' ? ('customer' as const) : m.author.startsWith('agent') ? ('agent' as const) : ('assistant' as const),
        text: redact(this.deps.understanding.normalise(m.text)).slice(0, 1000),
      }));
  }

  private async ticketTouched(tools: ToolBox, state: ConversationState): Promise<TicketSummary | undefined> {
    const touched = [
      ...tools.resultsOf<{ number: string }>('createTicket'),
      ...tools.resultsOf<HandoffResult>('handOff').map((h) => h.ticket),
      ...tools.resultsOf<{ number: string }>('updateTicket'),
      // A ticket looked up by number (the customer's own, or just proven theirs) is what the conversation is about now.
      ...tools.resultsOf<{ byNumber?: boolean; tickets: { number: string }[] }>('ticketStatus').flatMap((r) => (r.byNumber ? r.tickets.slice(0, 1) : [])),
    ].at(-1);
    if (!touched) return undefined;
    state.ticketNumber = touched.number;
    const ticket = await this.deps.tickets.get(touched.number);
    return { number: ticket.number, priority: ticket.priority, status: ticket.status, firstResponseDue: ticket.firstResponseDue, resolutionDue: ticket.resolutionDue };
  }

  private async apologise(inbound: InboundMessage, conversation: Conversation, customerId: number): Promise<TurnResult> {
    const lang: Lang = conversation.state.language ?? (/[\u4e00-\u9fff]/.test(inbound.text) ? 'zh' : 'en');
    const state: ConversationState = { ...conversation.state, mode: 'handoff_requested' };
    const reply = directReply(inbound, conversation.id, say('apology', lang));
    await this.deps.conversations.commitTurn(conversation.id, {
      reply,
      author: 'bot:funnel',
      state,
      deliveries: this.routes.items(
        'handoff.requested',
        { conversationId: conversation.id, ticketNumber: state.ticketNumber, reason: 'stuck', summary: 'The bot failed on this turn; please take over.', channel: inbound.channel, language: lang },
        `handoff:${conversation.id}:${inbound.channel}:${inbound.channelMessageId}`,
      ),
    });
    return { conversationId: conversation.id, customerId, duplicate: false, replies: [reply], actions: [], mode: state.mode };
  }
}

/**
 * Chinese replies to Chinese, English to English; a turn with no words of either (a phone number,
 * "OK", an emoji) keeps the conversation's language.
 */
function replyLanguage(detected: TurnUnderstanding['language'], text: string, current: Lang | undefined): Lang {
  const han = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latinWords = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !/^[A-Z]{1,3}\d*$/.test(w)).length;
  if (!han && latinWords < 2) return current ?? (detected === 'en' ? 'en' : 'zh');
  if (detected === 'en') return 'en';
  if (detected === 'zh') return 'zh';
  return current ?? (han >= latinWords ? 'zh' : 'en');
}

/** The answer to one inbound message, on the channel it came from. */
function directReply(inbound: InboundMessage, conversationId: number, text: string, extra: Pick<OutboundMessage, 'ticket' | 'quickReplies'> = {}): OutboundMessage {
  return { channel: inbound.channel, customerRef: inbound.customerRef, conversationId, inReplyTo: inbound.channelMessageId, kind: 'reply', text, ...extra };
}

/** The stored answer to a message, as it was sent. */
function earlierAnswer(inbound: InboundMessage, stored: StoredMessage): OutboundMessage {
  const meta = stored.meta as { kind?: OutboundMessage['kind']; ticket?: TicketSummary; quickReplies?: string[] };
  const reply: OutboundMessage = { channel: inbound.channel, customerRef: inbound.customerRef, conversationId: stored.conversationId, inReplyTo: inbound.channelMessageId, kind: meta.kind ?? 'reply', text: stored.text };
  if (meta.ticket) reply.ticket = meta.ticket;
  if (meta.quickReplies?.length) reply.quickReplies = meta.quickReplies;
  return reply;
}

/** Open tickets filed in the last 30 days: a customer contacting us again is more urgent. */
function priorContacts(openTickets: Ticket[], now: Date): number {
  const since = now.getTime() - 30 * 86_400_000;
  return openTickets.filter((t) => Date.parse(t.createdAt) >= since).length;
}

/** The photos of a message, for desks that show them (stored files only; a channel's media id is not one). */
function imagesOf(inbound: InboundMessage): { ref: string; mimeType?: string; name?: string }[] | undefined {
  const images = inbound.attachments
    .filter((a) => a.kind === 'image' && a.ref.startsWith('/'))
    .map((a) => ({ ref: a.ref, ...(a.mimeType ? { mimeType: a.mimeType } : {}), ...(a.name ? { name: a.name } : {}) }));
  return images.length ? images : undefined;
}
