/**
 * One customer turn, from whatever arrived to what goes back: the core callable without any
 * transport (`bot.handle(inbound)` in a test is a whole turn).
 *
 * Order matters for "nothing a customer said is ever dropped": the inbound message is stored
 * first, in its own transaction; the reply, the next state and the deliveries it causes are
 * stored together at the end. A crash in between leaves the message stored and unanswered, and
 * its redelivery is processed again (tools are idempotent per turn). The turn's reading and
 * searching start while the message's COMMIT is still on its way to the disk; every write of the
 * turn, and the reply, wait until it is stored.
 */
import type { Clock } from '../kernel/clock';
import { isAppError, ValidationError } from '../kernel/errors';
import type { Customer, CustomerDirectory } from '../tickets/customer-directory';
import { OPEN_STATUSES } from '../tickets/lifecycle';
import type { NewOutboxItem } from '../tickets/outbox';
import type { Ticket } from '../tickets/ticket';
import type { TicketStore } from '../tickets/ticket-store';
import { NOBODY_ONLINE, type AgentAvailability } from './agent-availability';
import type { Brain, BrainReply, TurnInput, TurnUnderstanding } from './brain';
import { customerDestination, replyDeliveryKey } from './customer-deliveries';
import type { Conversation, ConversationState, ConversationStore, Received, StoredMessage, TurnOutcome } from './conversation';
import { readEngineState } from './engine/engine-state';
import { problemWords } from './engine/problem-words';
import { noteSafety } from './engine/safety-context';
import { raisePeakUrgency } from './conversation-urgency';
import { HandoffRoutes } from './handoff';
import { knowledgeMissOf } from './knowledge-miss';
import { handoffPromise, someoneAvailable, waitPromisedBy, withoutHastyPromise, type BusinessHours } from './honest-wait';
import { inboundMessageSchema, type InboundMessage, type InboundMessageInput, type OutboundMessage, type TicketSummary } from './messages';
import { say, type Lang } from './phrases';
import type { RedactionVault, TextUnderstanding } from './text-understanding';
import type { HandoffResult } from './tools/hand-off';
import { ToolBox, type Tool, type ToolCallRecord } from './tools/tool';
import type { ReceiptScan, ReceiptScanner } from '../warranty/warranty-check';
import { dangerAcrossTurns, mayCompleteDanger } from './understanding/danger-across-turns';
import { withoutNotesToTheMachine } from './understanding/notes-to-the-machine';
import { draftHooks, type ReplyDraft } from './reply-draft';
import { replyWhileWaiting } from './while-waiting';
import { toldBefore } from './understanding/told-before';
import { productToldApart } from './understanding/product-told-apart';
import { carriesRequestWhileWaiting } from './waiting-files-ticket';
import { noteUpset, raisedWhileWaiting, recordedReason } from './handoff-reason';
import { complaintIn } from './engine/complaint-heard';
import { asWritten, noteWhereCustomerIs, replyWhereCustomerIs, writtenAs } from './customer-where';
import { inCustomerScript, noteCustomerScript } from './customer-script';
import { contactFromHeldChat } from './held-chat-contact';
import { asksAboutHandedBackCase, handedBackAnswer } from './after-hand-back';

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
  /**
   * For a duplicate: its reply was committed but never sent (the process died between the two),
   * so the channel gives it now; its outbox item is still pending.
   */
  unsent?: boolean;
  replies: OutboundMessage[];
  understanding?: TurnUnderstanding;
  ticket?: TicketSummary;
  brain?: string;
  actions: ToolCallRecord[];
  mode: ConversationState['mode'];
  /** The stored id of the brain's reply (for a channel that showed a draft of it: see ReplyDraft). */
  replyMessageId?: number;
}

/** What a channel may give a turn besides the message. */
export interface TurnOptions {
  /** Where the reply's checked words go while it is written (the web chat's event stream). */
  draft?: ReplyDraft;
}

/** The priorities a message while waiting may raise its ticket to: danger (P1) and fury or threats (P2). */
const ESCALATED = 'P2';
/**
 * The messages a reply while waiting is checked against: the whole conversation as customers live
 * it, so safety advice, a knowledge answer or a request for a phone given ten messages ago is
 * pointed back to in one line, not sent again (issue 16, repeats).
 */
const WHOLE_CONVERSATION = 60;

export class AfterSalesBot {
  private readonly routes: HandoffRoutes;

  constructor(private readonly deps: BotDeps) {
    this.routes = deps.handoffs ?? new HandoffRoutes([]);
  }

  async handle(raw: InboundMessageInput, options: TurnOptions = {}): Promise<TurnResult> {
    const parsed = inboundMessageSchema.safeParse(raw);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'message'}: ${i.message}`).join('; ');
      throw new ValidationError('invalid_message', `Invalid message: ${detail}`, parsed.error);
    }
    const inbound = parsed.data;
    const atomically = this.deps.unitOfWork ?? ((work) => work());
    // Resolves when the unit's work is done, before its COMMIT: the turn starts from there.
    let workDone!: (result: MessageUnit) => void;
    const written = new Promise<MessageUnit>((resolve) => (workDone = resolve));
    const unit = atomically(async (): Promise<MessageUnit> => {
      const { customer, firstContact } = await this.deps.customers.identify({ channel: inbound.channel, externalId: inbound.customerRef }, { displayName: inbound.customerName });
      const received = await this.deps.conversations.receive(inbound, customer.id, { firstContact });
      // One read serves both the repeat-contact signal and the ticket the conversation is about; a
      // customer created in this unit has no tickets, and a relayed message or a redelivery needs neither.
      const skip = firstContact || received.conversation.state.mode !== 'bot' || (received.duplicate && received.earlierReply);
      const open = skip ? [] : await this.deps.tickets.list({ customerId: customer.id, status: [...OPEN_STATUSES], limit: 50 }).catch((error: unknown) => ({ failed: error }));
      const result = { customer, received, open };
      workDone(result);
      return result;
    });
    // The unit's work is done and its COMMIT goes out next (or the unit failed before that).
    const { customer, received, open } = await Promise.race([written, unit]);
    if (received.duplicate && received.earlierReply) {
      // A retry (the client lost the answer) gets the answer it missed, never a second turn.
      await unit;
      const earlier = earlierAnswer(inbound, received.earlierReply);
      return {
        conversationId: received.conversation.id,
        customerId: customer.id,
        actions: [],
        duplicate: true,
        ...(received.earlierReplyUnsent ? { unsent: true } : {}),
        replies: [earlier],
        ticket: earlier.ticket,
        mode: received.conversation.state.mode,
      };
    }
    const stored = unit.then(() => undefined);
    stored.catch(() => undefined); // a failure to store is reported below, not by the turn waiting on it
    const answering = this.answerWhileStoring(inbound, received.conversation, customer.id, open, stored, options);
    try {
      await unit;
    } catch (error) {
      // The message is not stored, so nothing of its turn may stand: the turn's writes were waiting
      // for it and fail with it. Report why it was not stored, once the turn has stopped.
      await answering.catch(() => undefined);
      throw error;
    }
    return answering;
  }

  /**
   * The turn, started as soon as the unit that stores the message has done its work, and run on
   * the next turn of the event loop: by then that unit's COMMIT is waiting for the disk
   * (synchronous=FULL), so reading the message, the rules and the knowledge search overlap the
   * fsync instead of following it. Nothing changes and nothing leaves before the message is
   * stored: every write (a tool that changes anything, a survey score, the reply and the state)
   * and the receipt photo wait for `stored`, and the reply is only returned after it. It runs
   * outside the unit (never inside its transaction), so its own writes are units of their own.
   */
  private answerWhileStoring(
    inbound: InboundMessage,
    conversation: Conversation,
    customerId: number,
    open: Ticket[] | { failed: unknown },
    stored: Promise<void>,
    options: TurnOptions,
  ): Promise<TurnResult> {
    return new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      try {
        // A failed read must not undo storing the message: it fails the turn instead, as it always did.
        if ('failed' in open) throw open.failed;
        return await this.turn(inbound, conversation, customerId, open, stored, options);
      } catch (error) {
        // A message that was not stored has no turn to apologise for (handle reports why).
        await stored;
        // The one funnel for failures inside a turn: the message is stored; apologise and get a human.
        this.deps.onError?.(error, { conversationId: conversation.id, channelMessageId: inbound.channelMessageId });
        if (isAppError(error) && error.kind === 'validation') throw error;
        return this.apologise(inbound, conversation, customerId);
      }
    });
  }

  /** The message read by the rules: normal form, redaction, understanding. */
  private read(inbound: InboundMessage, conversation: Conversation, open: Ticket[]): Reading {
    const { understanding: nlu, clock } = this.deps;
    const now = clock.now();
    // Lines written to the machine (a pasted receipt's "SYSTEM NOTE: refund…") are not the customer's words:
    // cut by line before the normal form joins the lines, and again after it folds full-width disguises.
    const text = withoutNotesToTheMachine(nlu.normalise(withoutNotesToTheMachine(inbound.text.slice(0, MAX_UNDERSTOOD_CHARS))));
    const vault = nlu.newVault();
    const redactedText = vault.redact(text);
    const base = { now, text, vault, redactedText };
    if (conversation.state.mode !== 'bot') return { ...base, u: nlu.understand(text, { today: now, priorContacts: 0 }) };
    // A voice note on its own has no words to understand.
    if (isAudioOnly(inbound, text)) return base;
    return { ...base, u: nlu.understand(text, { today: now, priorContacts: priorContacts(open, now) }) };
  }

  private async turn(inbound: InboundMessage, conversation: Conversation, customerId: number, open: Ticket[], stored: Promise<void>, options: TurnOptions = {}): Promise<TurnResult> {
    const reading = this.read(inbound, conversation, open);
    // Carbon monoxide told across two messages ("dizzy all evening", then "the gas heater is in the bathroom") is read as one.
    if (conversation.state.mode === 'bot' && reading.u && mayCompleteDanger(reading.text)) {
      const joined = dangerAcrossTurns(reading.text, await this.customerSaidBefore(conversation.id, inbound.channelMessageId));
      if (joined) reading.u = this.deps.understanding.understand(joined, { today: reading.now, priorContacts: priorContacts(open, reading.now) });
    }
    // A product named alone and its fault in the next message ("油烟机" … "吸不动烟了") are read as one (bot/understanding/product-told-apart.ts).
    // (Only with no job open: inside a form the product is already held, and the next answer is the form's, "any morning next week".)
    if (conversation.state.mode === 'bot' && reading.u && conversation.state.turns > 0 && !readEngineState(conversation.state.policy).stack.length) {
      const read = (t: string) => this.deps.understanding.understand(t, { today: reading.now, priorContacts: priorContacts(open, reading.now) });
      const joined = productToldApart(reading.text, reading.u, await this.customerSaidBefore(conversation.id, inbound.channelMessageId), read);
      // (The turn reads the joined words, so the fault's case is looked up with its product; the message is stored as sent.)
      if (joined) Object.assign(reading, { u: read(joined), text: joined, redactedText: reading.vault.redact(joined) });
    }
    // "我刚说了", "I told you" with the fact asked for left out: the earlier message that gave it is read for it (bot/understanding/told-before.ts).
    if (conversation.state.mode === 'bot' && reading.u && conversation.state.turns > 0) {
      const read = (t: string) => this.deps.understanding.understand(t, { today: reading.now, priorContacts: priorContacts(open, reading.now) });
      const awaiting = readEngineState(conversation.state.policy).awaiting;
      const joined = toldBefore(reading.text, reading.u, awaiting, await this.customerSaidBefore(conversation.id, inbound.channelMessageId), read);
      if (joined) Object.assign(reading, { u: read(joined), text: joined, redactedText: reading.vault.redact(joined) });
    }
    const { now, text, vault, redactedText } = reading;
    const state: ConversationState = { ...conversation.state, turns: conversation.state.turns + 1 };
    // Traditional characters as sent (the normal form has folded them): the replies follow the customer's script.
    noteCustomerScript(state, inbound.text);

    // A conversation with people: the message is relayed to the desks, and a customer still waiting
    // for a person is never left in silence (bot/while-waiting.ts decides what the bot says).
    if (state.mode !== 'bot') return this.whileWaiting(inbound, conversation, state, customerId, reading, stored);

    // No speech service here: a voice note on its own gets a request to type, in both languages
    // (there are no words to tell the language from). The note itself is stored like any message.
    if (isAudioOnly(inbound, text)) {
      const reply: OutboundMessage = {
        channel: inbound.channel,
        customerRef: inbound.customerRef,
        conversationId: conversation.id,
        inReplyTo: inbound.channelMessageId,
        kind: 'reply',
        text: `${say('audioOnly', 'zh')}\n${say('audioOnly', 'en')}`,
      };
      await stored;
      await this.commit(inbound, conversation, { reply, author: 'bot:audio', state, meta: { audioOnly: true } });
      return { conversationId: conversation.id, customerId, duplicate: false, replies: [reply], actions: [], mode: state.mode };
    }

    const lang = replyLanguage(reading.u!.language, text, state.language);
    state.language = lang;
    // The safety script for this product (a phone, a gas heater), kept for the questions that follow.
    const u = noteSafety(state, text, reading.u!, lang);
    raisePeakUrgency(state, u);
    // The strongest reason present in the conversation is the one a handoff is recorded under (handoff-reason.ts).
    const handoffReason = (asked: string) => recordedReason(asked, state, u, text);
    noteUpset(state, u, text);

    const csat = await this.answerSurvey(inbound, conversation, state, text, lang, stored);
    if (csat) return { ...csat, customerId, understanding: u };

    // Handed back by a person: a question about that case is answered from it, not handed off again (bot/after-hand-back.ts).
    if (state.handedBack && asksAboutHandedBackCase(text, u) && !inbound.attachments.length) {
      const ticket = state.ticketNumber ? await this.deps.tickets.find(state.ticketNumber) : undefined;
      const other = u.slots.ticketNumber && ticket && u.slots.ticketNumber !== ticket.number;
      if (!other) {
        const said = handedBackAnswer({ ticket, handoffDue: state.handoffDue, agentSaid: state.handedBack.agentSaid, now, lang, hours: this.deps.businessHours });
        const reply = inCustomerScript(directReply(inbound, conversation.id, said), state);
        state.disclosed = true;
        await stored;
        await this.commit(inbound, conversation, { reply, author: 'bot:after-hand-back', state, meta: { intent: u.intent, urgency: u.urgency, sentiment: u.sentiment, afterHandBack: true } });
        return { conversationId: conversation.id, customerId, duplicate: false, replies: [reply], understanding: u, actions: [], mode: state.mode };
      }
    }
    const receipt = await this.readReceipt(inbound, state, now, stored);
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
      urgency: state.peakUrgency ?? u.urgency,
      sentiment: u.sentiment,
      intent: u.intent,
      language: lang,
      now,
      restore: (t) => vault.restore(t),
      receipt,
      stored,
    });
    const input: TurnInput = {
      text,
      redactedText,
      understanding: u,
      replyLanguage: lang,
      conversation: { ...conversation, state },
      history,
      earlier: earlierTurns,
      attachments: inbound.attachments,
      receipt,
      openTickets,
    };
    // The lines said before the brain's words: the disclosure once, safety advice first whatever the
    // brain said (decided by rules, not by a model), and a note when the message was too long to read.
    const disclose = !state.disclosed;
    const opening = (brainText: string) => [
      disclose ? say('disclosure', lang) : '',
      u.safety && u.safetyAdvice && !brainText.includes(u.safetyAdvice) ? u.safetyAdvice : '',
      inbound.text.length > MAX_UNDERSTOOD_CHARS ? say('longMessage', lang) : '',
    ];
    const hooks = draftHooks(this.deps.brain, options.draft, opening(''));
    const decided: BrainReply & { answeredBy?: string; fallback?: { reason: string; code?: string } } = await this.deps.brain.reply(input, tools, hooks);
    state.policy = decided.policy;

    const ticket = await this.ticketTouched(tools, state);
    const handoff = tools.resultsOf<HandoffResult>('handOff')[0];
    const deliveries: NewOutboxItem[] = [];
    const parts: string[] = opening(decided.text);
    state.disclosed = true;
    if (handoff) {
      state.mode = 'handoff_requested';
      state.handedBack = undefined;
      // The truth about the wait, from who is online now; no "马上" from the brain unless it holds.
      const availability = await (this.deps.availability ?? NOBODY_ONLINE).current(conversation.id);
      const facts = { lang, availability, now, hours: this.deps.businessHours };
      state.waitPromisedBy = waitPromisedBy(facts);
      parts.push(someoneAvailable(facts) ? decided.text : withoutHastyPromise(decided.text));
      // A bare request for a person has no ticket: its own clock is promised, and no number that does not exist.
      const firstResponseDue = handoff.ticket?.firstResponseDue ?? handoff.queued?.firstResponseDue;
      state.handoffDue = handoff.ticket ? undefined : firstResponseDue;
      parts.push(
        handoffPromise({
          ...facts,
          ticketNumber: handoff.ticket?.number,
          firstResponseDue,
          phoneKnown: await this.phoneKnown(handoff.ticket?.number, customerId),
        }),
      );
      deliveries.push(
        ...this.routes.items(
          'handoff.requested',
          {
            conversationId: conversation.id,
            ticketNumber: handoff.ticket?.number,
            // The desks show (and the sweep watches) the clock of a handoff with no ticket from here.
            ...(handoff.queued ? { firstResponseDue: handoff.queued.firstResponseDue, priority: handoff.queued.priority } : {}),
            reason: (state.handoffReason = handoffReason(handoff.reason)),
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
    // Said for where the customer is: a customer abroad hears their own emergency number, not 119 (customer-where.ts).
    const country = noteWhereCustomerIs(state, text, u.slots);
    const written = parts.filter(Boolean).join('\n');
    // Written in the customer's script last, after every rule has worked on the simplified words (bot/customer-script.ts).
    const reply = inCustomerScript(directReply(inbound, conversation.id, replyWhereCustomerIs(written, country, lang, { state, now }), { ticket, quickReplies: decided.quickReplies }), state);
    const brain = decided.answeredBy ?? this.deps.brain.name;
    await stored;
    const storedReply = await this.commit(inbound, conversation, {
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
        ...writtenAs(written, reply.text),
      },
      knowledgeMiss: knowledgeMissOf(tools.calls, { wording: problemWords(redactedText), language: lang, intent: u.intent, intentGuessed: u.intentGuessed, slots: u.slots }),
    });
    return {
      conversationId: conversation.id,
      customerId,
      duplicate: false,
      replies: [reply],
      understanding: u,
      ticket,
      brain,
      actions: tools.calls,
      mode: state.mode,
      ...(storedReply ? { replyMessageId: storedReply.id } : {}),
    };
  }

  /** A turn while the conversation is with people: relayed to the desks, answered as bot/while-waiting.ts decides. */
  private async whileWaiting(inbound: InboundMessage, conversation: Conversation, state: ConversationState, customerId: number, reading: Reading, stored: Promise<void>): Promise<TurnResult> {
    const { now, text, redactedText } = reading;
    const lang = replyLanguage(reading.u!.language, text, state.language);
    const u = noteSafety(state, text, reading.u!, lang);
    // A danger or anger told while waiting raises the reason the handoff is recorded under (the desks and the report read it).
    const raisedReason = raisedWhileWaiting(state, u, text);
    if (raisedReason) state.handoffReason = raisedReason;
    noteUpset(state, u, text);
    // A receipt photo sent while people have the chat is read as at any other time: the desk's
    // receipt card shows it (it said "no receipt sent" while the log showed the photo). The photo
    // itself is kept: it was sent to the people, whose desk (or Slack thread) shows it.
    await this.readReceipt(inbound, state, now, stored, { keep: true });
    const [found, recent] = await Promise.all([state.ticketNumber ? this.deps.tickets.find(state.ticketNumber) : undefined, this.deps.conversations.history(conversation.id, WHOLE_CONVERSATION)]);
    let ticket = found;
    // Priority comes from the rules: a danger or fury reported while waiting moves the ticket up the
    // queue (a write, so only once the message is stored). Only an escalation does (P1 or P2): an
    // ordinary message's baseline (a problem reads P3, a question P4) is no reason to move the
    // deadline, and a phone number sent after "转人工" must not change the promised time.
    // (So does a conversation whose turns add up to P1: urgency across turns.)
    const raised = raisePeakUrgency(state, u);
    const moved = raised && raised < u.urgency ? raised : u.urgency;
    if (ticket && moved < ticket.priority && moved <= ESCALATED && OPEN_STATUSES.includes(ticket.status)) {
      await stored;
      ticket = await this.deps.tickets.update(ticket.id, { priority: moved }, 'bot');
    }
    // A handoff queued without a ticket that now carries something to act on (danger, a complaint, a
    // demand, a visit, anger): the ticket is filed now, and the turn goes on as with any ticket (bot/waiting-files-ticket.ts).
    let queuedPromise: string | undefined;
    if (!ticket && state.mode === 'handoff_requested' && carriesRequestWhileWaiting(u, text, moved)) {
      await stored;
      const filed = await this.deps.tickets.create(
        {
          customerId,
          conversationId: conversation.id,
          channel: conversation.channel,
          type: u.intent === 'complaint' || complaintIn(text) || (u.anger ?? 0) >= 0.5 ? 'complaint' : 'repair_request',
          priority: moved,
          symptom: redactedText.slice(0, 1000),
          category: u.slots.category || undefined,
          brand: u.slots.brand || undefined,
          model: u.slots.model || undefined,
          // (A phone in this message is put on by the waiting reply, which says it back.)
          sentiment: Math.max(-1, Math.min(1, u.sentiment)),
          intent: u.intent,
        },
        { actor: 'bot', idempotencyKey: `${inbound.channel}:${inbound.channelMessageId}:waiting-ticket` },
      );
      ticket = filed.ticket;
      state.ticketNumber = ticket.number;
      // The time promised for the queued handoff, if the ticket's clock brings it forward: said plainly as moved.
      if (state.handoffDue && ticket.firstResponseDue < state.handoffDue) queuedPromise = state.handoffDue;
      state.handoffDue = undefined;
    }
    // A person holds the chat: the bot stays quiet, but a phone or an address the customer types goes on the ticket for them (bot/held-chat-contact.ts).
    if (ticket && state.mode === 'agent' && (u.slots.phone || u.slots.address)) {
      await stored;
      ticket = await contactFromHeldChat(ticket, u.slots, this.deps.tickets);
    }
    // Our replies as written, before they were said for where the customer is: what the waiting answers compare with.
    const earlierReplies = recent.filter((m) => m.direction === 'out').map(asWritten);
    const lastReply = earlierReplies.at(-1);
    const customerSaid = recent.filter((m) => m.direction === 'in').map((m) => m.text);
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
      stored,
    });
    const said = await replyWhileWaiting({
      text,
      understanding: u,
      lang,
      mode: state.mode as Exclude<ConversationState['mode'], 'bot'>,
      turns: state.turns,
      tools,
      ticket,
      handoffDue: ticket ? undefined : state.handoffDue,
      phoneOnRecord: ticket ? undefined : Boolean(u.slots.phone) || (await this.phoneKnown(undefined, customerId)),
      availability: await (this.deps.availability ?? NOBODY_ONLINE).current(conversation.id),
      waitPromisedBy: state.waitPromisedBy,
      now,
      lastReply,
      earlierReplies,
      customerSaid,
      hours: this.deps.businessHours,
      safety: state.safety,
      promisedBefore: found && ticket && ticket.firstResponseDue !== found.firstResponseDue ? found.firstResponseDue : queuedPromise,
    });
    // A new wait told in minutes is the one the next question about the wait is measured against.
    if (said.waitPromisedBy) state.waitPromisedBy = said.waitPromisedBy;
    // With no ticket to put it on, a phone sent while waiting is kept on the customer's record for the person who calls (waiting-queued-contact.ts).
    if (!ticket && u.slots.phone) await this.deps.customers.attachPhone(customerId, u.slots.phone, 'bot').catch(() => undefined);
    const country = noteWhereCustomerIs(state, text, u.slots);
    const fitted = said.text ? replyWhereCustomerIs(said.text, country, lang, { state, now }) : undefined;
    const reply = fitted ? inCustomerScript(directReply(inbound, conversation.id, fitted), state) : undefined;
    await stored;
    await this.commit(inbound, conversation, {
      reply,
      author: 'bot:relay',
      state,
      meta: { whileWaiting: said.kind, ...writtenAs(said.text, fitted) },
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

  /**
   * Stores a turn's outcome. On a channel that sends through its relay, the reply goes with its
   * outbox item in the same transaction, so a reply is never stored without being owed to the
   * customer: a process that dies before the send leaves the item for the relay to send.
   */
  private commit(inbound: InboundMessage, conversation: Conversation, turnOutcome: TurnOutcome): Promise<StoredMessage | undefined> {
    const conversationId = conversation.id;
    // The state the turn started from, so a turn committed meanwhile (another instance) is not undone.
    const outcome: TurnOutcome = { ...turnOutcome, basedOn: conversation.state };
    const { reply } = outcome;
    if (!reply || !inbound.relay) return this.deps.conversations.commitTurn(conversationId, outcome);
    const item: NewOutboxItem = {
      destination: customerDestination(inbound.channel),
      kind: 'message',
      payload: reply,
      dedupKey: replyDeliveryKey(inbound.channel, inbound.channelMessageId),
      ...(inbound.relay.holdMs > 0 ? { notBefore: new Date(this.deps.clock.now().getTime() + inbound.relay.holdMs) } : {}),
    };
    return this.deps.conversations.commitTurn(conversationId, { ...outcome, deliveries: [item, ...(outcome.deliveries ?? [])] });
  }

  /** Whether someone could call the customer back: a phone on the ticket or on their record. */
  private async phoneKnown(ticketNumber: string | undefined, customerId: number): Promise<boolean> {
    const ticket = ticketNumber ? await this.deps.tickets.find(ticketNumber) : undefined;
    if (ticket?.contactPhone) return true;
    return !!(await this.deps.customers.get(customerId).catch(() => undefined))?.phone;
  }

  /** A bare 1-5 while a survey is pending is the customer's score. */
  private async answerSurvey(inbound: InboundMessage, conversation: Conversation, state: ConversationState, text: string, lang: Lang, stored: Promise<void>) {
    const pending = state.awaitingCsatFor;
    const handoff = !pending && state.awaitingHandoffCsat;
    const score = /^\s*([1-5])\s*(星|分|颗星|stars?|points?)?\s*[。.!！]?\s*$/i.exec(text)?.[1];
    if ((!pending && !handoff) || !score) return undefined;
    await stored;
    // A handoff with no ticket has no ticket to score: the score stays on the reply, where the report reads it.
    if (pending)
      await this.deps.tickets.recordCsat(pending, Number(score), `customer:${conversation.customerId}`).catch((error: unknown) => {
        if (!isAppError(error) || error.code !== 'csat_already_recorded') throw error;
      });
    state.awaitingCsatFor = undefined;
    state.awaitingHandoffCsat = undefined;
    const reply = inCustomerScript(directReply(inbound, conversation.id, say(Number(score) <= 2 ? 'csatLow' : 'csatThanks', lang)), state);
    await this.commit(inbound, conversation, { reply, author: 'bot:survey', state, meta: { csat: Number(score), ...(handoff ? { handoffCsat: true } : {}) } });
    return { conversationId: conversation.id, duplicate: false, replies: [reply], actions: [], mode: state.mode };
  }

  private async readReceipt(inbound: InboundMessage, state: ConversationState, now: Date, stored: Promise<void>, options: { keep?: boolean } = {}): Promise<ReceiptScan | undefined> {
    const image = inbound.attachments.find((a) => a.kind === 'image');
    if (image && this.deps.receipts) {
      // Reading may delete the upload: only once the message that brought it is stored.
      await stored;
      const scan = await this.deps.receipts.scan(image.ref, options);
      if (scan.ok) state.receipt = { fields: scan.fields, evidence: scan.evidence, readAt: now.toISOString() };
      return scan;
    }
    // A receipt read earlier in the conversation still counts.
    return state.receipt ? { ok: true, fields: state.receipt.fields, evidence: state.receipt.evidence } : undefined;
  }

  /** The customer's own recent messages before this one, oldest first, in normal form. */
  private async customerSaidBefore(conversationId: number, currentId: string): Promise<string[]> {
    const messages: StoredMessage[] = await this.deps.conversations.history(conversationId, HISTORY_TURNS + 1);
    return messages.filter((m) => m.direction === 'in' && m.channelMessageId !== currentId).map((m) => this.deps.understanding.normalise(m.text));
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
      ...tools.resultsOf<HandoffResult>('handOff').flatMap((h) => (h.ticket ? [h.ticket] : [])),
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
    const state: ConversationState = { ...conversation.state, mode: 'handoff_requested', handoffReason: 'bot_error' };
    const reply = inCustomerScript(directReply(inbound, conversation.id, say('apology', lang)), state);
    const stored = await this.commit(inbound, conversation, {
      reply,
      author: 'bot:funnel',
      state,
      deliveries: this.routes.items(
        'handoff.requested',
        { conversationId: conversation.id, ticketNumber: state.ticketNumber, reason: 'bot_error', summary: 'The bot failed on this turn; please take over.', channel: inbound.channel, language: lang },
        `handoff:${conversation.id}:${inbound.channel}:${inbound.channelMessageId}`,
      ),
    });
    // Its id too: a draft shown before the turn failed is replaced by the apology.
    return { conversationId: conversation.id, customerId, duplicate: false, replies: [reply], actions: [], mode: state.mode, ...(stored ? { replyMessageId: stored.id } : {}) };
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
  const reply: OutboundMessage = {
    channel: inbound.channel,
    customerRef: inbound.customerRef,
    conversationId: stored.conversationId,
    inReplyTo: inbound.channelMessageId,
    kind: meta.kind ?? 'reply',
    text: stored.text,
  };
  if (meta.ticket) reply.ticket = meta.ticket;
  if (meta.quickReplies?.length) reply.quickReplies = meta.quickReplies;
  return reply;
}

/** What the unit that stores a message hands the turn. */
interface MessageUnit {
  customer: Customer;
  received: Received;
  /** The customer's open tickets, or why they could not be read. */
  open: Ticket[] | { failed: unknown };
}

/** What the rules read from one message (no understanding for a voice note on its own). */
interface Reading {
  now: Date;
  text: string;
  vault: RedactionVault;
  redactedText: string;
  u?: TurnUnderstanding;
}

/** A voice note with no words: there is no speech service here to understand it. */
function isAudioOnly(inbound: InboundMessage, text: string): boolean {
  return !text.trim() && inbound.attachments.length > 0 && inbound.attachments.every((a) => a.kind === 'audio');
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
