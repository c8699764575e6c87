/**
 * What people do with a handed-off conversation, whatever desk they work in (the built-in web
 * desk, Slack): take it over, answer the customer, put it back in the queue, hand it back to the
 * bot, resolve it. Every message to the customer is stored in the conversation and queued for the
 * customer's own channel in the same transaction as the state change, and every desk in use hears
 * of the change of hands in that transaction too.
 */
import type { Clock } from '../kernel/clock';
import { ConflictError, ValidationError } from '../kernel/errors';
import { isOpen, type StatusChangeOptions } from '../tickets/lifecycle';
import type { NewOutboxItem } from '../tickets/outbox';
import type { Priority, Ticket, TicketStatus, TicketType } from '../tickets/ticket';
import { addressAndVisitTime } from '../tickets/visit-time';
import type { TicketStore } from '../tickets/ticket-store';
import { customerDestination } from './customer-deliveries';
import type { Conversation, ConversationState, ConversationStore } from './conversation';
import { HandoffRoutes } from './handoff';
import type { HandoffStatus } from './handoff-payloads';
import type { Attachment, OutboundMessage } from './messages';
import { IMAGE_ITEM_KIND, imageNotSentNotice, imageReach, imagesOf, type ImageReach, type NotSentReason, type OutboundImage } from './outbound-image';
import { chatEndedCsatQuestion, csatQuestion, handoffCsatQuestion, type Lang } from './phrases';
import { pendingWork, type PendingWork } from '../tickets/pending-work';
import { agentJoinedNotice } from './agent-joined-notice';

/** On the ticket when the chat ends with work still to come (agent-desk shows it with the status). */
const PENDING_NOTE: Record<PendingWork, string> = {
  visit: '对话已结束，工单保持打开：待上门 / Chat ended; the ticket stays open: visit still to come',
  repair: '对话已结束，工单保持打开：待维修 / Chat ended; the ticket stays open: repair still to come',
};

/** What the desks are told when a handoff changes hands, so each can show who has it. */
export type HandoffStatusPayload = Pick<HandoffStatus, 'conversationId' | 'ticketNumber' | 'status' | 'by' | 'reason' | 'ticketStaysOpen'>;

/** What a person fills in to file a ticket from a conversation (agent-desk prefills it from what the customer said). */
export interface DeskTicketFields {
  symptom: string;
  type?: TicketType;
  priority?: Priority;
  category?: string;
  brand?: string;
  model?: string;
  errorCode?: string;
  phone?: string;
  address?: string;
  /** When the customer would like the visit or the call ("周六上午"): kept with the address, as the repair form keeps it. */
  preferredTime?: string;
}

export interface HandoffDeskDeps {
  conversations: ConversationStore;
  tickets: TicketStore;
  clock: Clock;
  /** The desks in use (each hears of every change of hands). */
  routes?: HandoffRoutes;
  /** Runs a check and the change it guards as one atomic unit (two agents claiming at once). */
  unitOfWork?: <T>(work: () => Promise<T>) => Promise<T>;
  /** Whether an agent's pictures can reach a customer on a channel (default: the web chat and WeChat can, the phone cannot). */
  imageReach?: ImageReach;
}

export class HandoffDesk {
  private readonly routes: HandoffRoutes;
  private readonly atomically: <T>(work: () => Promise<T>) => Promise<T>;
  private readonly imageReach: ImageReach;

  constructor(private readonly deps: HandoffDeskDeps) {
    this.routes = deps.routes ?? new HandoffRoutes([]);
    this.atomically = deps.unitOfWork ?? ((work) => work());
    this.imageReach = deps.imageReach ?? imageReach();
  }

  /**
   * An agent takes the conversation: the bot falls silent, the ticket is theirs and in progress.
   * Taking one that someone else already has changes nothing, unless `exclusive` (a claim in the
   * queue), which refuses it so two people never answer the same customer unknowingly.
   */
  takeOver(conversationId: number, agent: string, options: { exclusive?: boolean } = {}): Promise<Conversation> {
    return this.atomically(async () => {
      const conversation = await this.deps.conversations.get(conversationId);
      if (conversation.state.mode === 'bot') {
        if (options.exclusive) throw new ConflictError('not_handed_off', `Conversation ${conversationId} is with the bot, not in the queue`);
      }
      if (conversation.state.mode === 'agent') {
        if (options.exclusive && conversation.state.agent && conversation.state.agent !== agent) {
          throw new ConflictError('claimed_by_other', `Conversation ${conversationId} is already taken by ${conversation.state.agent}`);
        }
        return conversation;
      }
      return this.take(conversation, agent);
    });
  }

  /** The agent who has it puts it back in the queue for someone else; the customer keeps waiting for a person. */
  release(conversationId: number, agent: string): Promise<void> {
    return this.atomically(async () => {
      const conversation = await this.deps.conversations.get(conversationId);
      if (conversation.state.mode !== 'agent') throw new ConflictError('not_taken', `Conversation ${conversationId} is not taken by anyone`);
      const ticket = await this.ticketOf(conversation);
      if (ticket) await this.deps.tickets.addNote(ticket.id, `agent:${agent}`, 'released to the queue / 放回待接队列');
      await this.deps.conversations.commitTurn(conversation.id, {
        author: `agent:${agent}`,
        state: { ...conversation.state, mode: 'handoff_requested', agent: undefined },
        basedOn: conversation.state,
        deliveries: this.status(conversation, 'released', `agent:${agent}`),
      });
    });
  }

  private async take(conversation: Conversation, agent: string): Promise<Conversation> {
    const conversationId = conversation.id;
    const ticket = await this.ticketOf(conversation);
    if (ticket) {
      // Taking it is not answering it: the first-response clock runs until the agent writes (agentReply).
      await this.deps.tickets.update(ticket.id, { assignee: agent }, agent);
      await this.walk(ticket, 'in_progress', agent, undefined, { answers: false });
    }
    const lang = langOf(conversation);
    const state: ConversationState = { ...conversation.state, mode: 'agent', agent, agentJoined: true };
    const update = this.status(conversation, 'taken_over', `agent:${agent}`);
    if (conversation.state.agentJoined) {
      // Re-claimed after a release in the same handling: the customer was told already.
      await this.deps.conversations.commitTurn(conversationId, { author: `agent:${agent}`, state, basedOn: conversation.state, deliveries: update });
    } else {
      await this.say(conversation, state, 'notice', `agent:${agent}`, agentJoinedNotice(conversation.state, lang), undefined, update);
    }
    return this.deps.conversations.get(conversationId);
  }

  /**
   * A manager takes over a conversation another agent holds: it becomes the manager's (and the
   * ticket's assignee changes), so both desks show who has it now. The customer already has a
   * person and is told nothing new.
   */
  handOver(conversationId: number, to: string): Promise<Conversation> {
    return this.atomically(async () => {
      const conversation = await this.deps.conversations.get(conversationId);
      if (conversation.state.mode !== 'agent') throw new ConflictError('not_taken', `Conversation ${conversationId} is not taken by anyone`);
      if (conversation.state.agent === to) return conversation;
      const ticket = await this.ticketOf(conversation);
      if (ticket) await this.deps.tickets.update(ticket.id, { assignee: to }, to);
      await this.deps.conversations.commitTurn(conversationId, {
        author: `agent:${to}`,
        state: { ...conversation.state, agent: to },
        basedOn: conversation.state,
        deliveries: this.status(conversation, 'taken_over', `agent:${to}`),
      });
      return this.deps.conversations.get(conversationId);
    });
  }

  /**
   * An agent's answer, delivered to the customer's own channel. Answering a handoff nobody has
   * taken yet takes it (the customer hears a person joined, the ticket becomes the agent's).
   * Pictures (stored under the uploads folder) follow the text as items of their own, in order;
   * where the customer's channel cannot take them the text still goes and every desk is told
   * why in the same transaction. Returns that reason, for the desk the agent is typing in.
   */
  async agentReply(conversationId: number, agent: string, text: string, attachments: Attachment[] = []): Promise<{ imagesNotSent?: NotSentReason }> {
    let conversation = await this.deps.conversations.get(conversationId);
    if (conversation.state.mode === 'bot') {
      throw new ConflictError('not_handed_off', `Conversation ${conversationId} is with the bot; take it over first`);
    }
    const images = imagesOf(attachments);
    const blocked = images.length ? this.imageReach(conversation.channel) : undefined;
    // A picture alone that cannot go would be stored as said yet never reach anyone.
    if (blocked && !text.trim()) throw new ValidationError('image_not_deliverable', imageNotSentNotice(blocked));
    if (!text.trim() && !images.length) throw new ValidationError('empty_reply', '回复是空的 / The reply is empty');
    if (conversation.state.mode === 'handoff_requested') conversation = await this.takeOver(conversationId, agent);
    const ticket = await this.ticketOf(conversation);
    if (ticket) await this.deps.tickets.markResponded(ticket.id, agent);
    if (ticket && blocked) await this.deps.tickets.addNote(ticket.id, `agent:${agent}`, imageNotSentNotice(blocked));
    const state = { ...conversation.state, mode: 'agent' as const, agent: conversation.state.agent ?? agent };
    const notices = blocked ? this.notSentItems(conversation.id, blocked, text) : [];
    await this.say(conversation, state, 'agent', `agent:${agent}`, text, undefined, notices, blocked ? [] : images);
    return blocked ? { imagesNotSent: blocked } : {};
  }

  /**
   * A picture the customer's platform would not take (refused, gone, too big for it): every desk
   * is told, with the reason, and the ticket keeps a note of it. The relays call this when they
   * give an image item up.
   */
  imageNotSent(conversationId: number, reason: NotSentReason, by = 'system'): Promise<void> {
    return this.atomically(async () => {
      const conversation = await this.deps.conversations.get(conversationId);
      const ticket = await this.ticketOf(conversation);
      if (ticket) await this.deps.tickets.addNote(ticket.id, by, imageNotSentNotice(reason));
      await this.deps.conversations.commitTurn(conversation.id, {
        author: by,
        state: conversation.state,
        basedOn: conversation.state,
        deliveries: this.notSentItems(conversation.id, reason, ''),
      });
    });
  }

  private notSentItems(conversationId: number, reason: NotSentReason, excerpt: string): NewOutboxItem[] {
    return this.routes.items('delivery.failed', { conversationId, messageKind: 'agent', excerpt: excerpt.slice(0, 120), notice: imageNotSentNotice(reason) });
  }

  /** Back to the bot, by an agent's choice or because no agent answered in time. */
  async returnToBot(conversationId: number, by: string, reason: 'agent' | 'no_agent_reply'): Promise<void> {
    const conversation = await this.deps.conversations.get(conversationId);
    if (conversation.state.mode === 'bot') return;
    const lang = langOf(conversation);
    const text =
      reason === 'no_agent_reply'
        ? lang === 'zh'
          ? '抱歉让您久等了，人工客服暂时没能回复。您的工单已保留，我先继续为您服务，也可以稍后再转人工。'
          : "Sorry for the wait: no agent could reply just now. Your ticket is kept; I'll carry on helping, and you can ask for a person again later."
        : lang === 'zh'
          ? '人工客服已将对话交回智能助手，如需帮助请继续留言。'
          : 'The agent has handed you back to the assistant; just message me if you need anything else.';
    const handedBack = await this.handedBack(conversationId);
    await this.say(
      conversation,
      { ...conversation.state, mode: 'bot', agent: undefined, agentJoined: undefined, handedBack },
      'notice',
      by,
      text,
      undefined,
      this.status(conversation, 'returned_to_bot', by, reason),
    );
  }

  /**
   * The agent is done with the conversation: the customer is asked for a score. The ticket is
   * resolved (and the score closes it), unless a visit or a repair is still to come on it: ending
   * the chat does not do that work, so the ticket stays open, with a note of what is pending, and the
   * customer's later "when is the engineer coming?" finds it in this chat. `closeTicket` resolves it
   * even so (the person knows the work is done).
   */
  async resolve(conversationId: number, agent: string, note?: string, options: { closeTicket?: boolean } = {}): Promise<Ticket | undefined> {
    const conversation = await this.deps.conversations.get(conversationId);
    const ticket = await this.ticketOf(conversation);
    const lang = langOf(conversation);
    // The survey is asked once per handling: a conversation already back with the bot (resolved a
    // moment ago, a second click, a stale page, or handed back) had its handling ended. The ticket
    // may still be closed, but the customer is not asked for a score again; a new handoff starts a
    // new handling, with its own survey.
    if (conversation.state.mode === 'bot') return ticket ? this.closeAfterHandling(conversation, ticket, agent, note, options) : undefined;
    if (!ticket) {
      // A handoff with no ticket (a bare request for a person) is resolved too, and its survey goes out.
      await this.say(
        conversation,
        { ...conversation.state, mode: 'bot', agent: undefined, agentJoined: undefined, awaitingHandoffCsat: true },
        'survey',
        `agent:${agent}`,
        handoffCsatQuestion(lang),
        ['5', '4', '3', '2', '1'],
        this.status(conversation, 'resolved', `agent:${agent}`),
      );
      return undefined;
    }
    const pending = options.closeTicket ? undefined : pendingWork(ticket);
    if (pending) {
      await this.deps.tickets.addNote(ticket.id, `agent:${agent}`, [PENDING_NOTE[pending], note].filter(Boolean).join(' · '));
      await this.say(
        conversation,
        // (The case goes on with the bot: "when is the engineer coming?" is answered from this ticket.)
        { ...conversation.state, mode: 'bot', agent: undefined, agentJoined: undefined, awaitingCsatFor: ticket.number, handedBack: await this.handedBack(conversationId) },
        'survey',
        `agent:${agent}`,
        chatEndedCsatQuestion(lang, ticket.number, pending),
        ['5', '4', '3', '2', '1'],
        // The desks say the chat ended and the ticket did not: never a bare "resolved".
        this.status(conversation, 'resolved', `agent:${agent}`, undefined, pending),
      );
      return this.deps.tickets.get(ticket.id);
    }
    const resolved = await this.walk(ticket, 'resolved', agent, note);
    await this.say(
      conversation,
      { ...conversation.state, mode: 'bot', agent: undefined, agentJoined: undefined, awaitingCsatFor: resolved.number },
      'survey',
      `agent:${agent}`,
      csatQuestion(lang, resolved.number),
      ['5', '4', '3', '2', '1'],
      this.status(conversation, 'resolved', `agent:${agent}`),
    );
    return resolved;
  }

  /**
   * "Resolve" on a conversation whose handling has ended already: the ticket is resolved when its
   * work is done (or the person says so), the desks hear of it, and nothing goes to the customer.
   */
  private async closeAfterHandling(conversation: Conversation, ticket: Ticket, agent: string, note: string | undefined, options: { closeTicket?: boolean }): Promise<Ticket> {
    if (!isOpen(ticket.status) || (!options.closeTicket && pendingWork(ticket))) return ticket;
    const resolved = await this.walk(ticket, 'resolved', agent, note);
    await this.deps.conversations.commitTurn(conversation.id, {
      author: `agent:${agent}`,
      state: conversation.state,
      basedOn: conversation.state,
      deliveries: this.status(conversation, 'resolved', `agent:${agent}`),
    });
    return resolved;
  }

  /**
   * An internal note on the conversation: on its ticket when it has one, else kept with the
   * conversation (never shown to the customer) until a ticket is filed from the desk.
   */
  note(conversationId: number, actor: string, text: string): Promise<void> {
    return this.atomically(async () => {
      const conversation = await this.deps.conversations.get(conversationId);
      const ticket = await this.ticketOf(conversation);
      if (ticket) {
        await this.deps.tickets.addNote(ticket.id, actor, text);
        return;
      }
      const note = { at: this.deps.clock.now().toISOString(), actor, text };
      await this.deps.conversations.setState(conversationId, { ...conversation.state, deskNotes: [...(conversation.state.deskNotes ?? []), note] });
    });
  }

  /**
   * A ticket filed by a person from the conversation (a bare request for a person files none): its
   * clocks start now from its priority, as for one the bot files; the handoff's own clock gives way
   * to it, the notes kept so far move onto it, and an agent holding the chat has it, in progress.
   */
  fileTicket(conversationId: number, agent: string, fields: DeskTicketFields): Promise<Ticket> {
    return this.atomically(async () => {
      const conversation = await this.deps.conversations.get(conversationId);
      const existing = await this.ticketOf(conversation);
      if (existing && isOpen(existing.status)) throw new ConflictError('ticket_exists', `Conversation ${conversationId} already has ticket ${existing.number} / 该对话已有工单 ${existing.number}`);
      const state = conversation.state;
      const holds = state.mode === 'agent';
      const { ticket } = await this.deps.tickets.create(
        {
          customerId: conversation.customerId,
          conversationId,
          channel: conversation.channel,
          type: fields.type ?? 'repair_request',
          // The tier the conversation reached, as the bot would file it; the agent may choose another.
          priority: fields.priority ?? state.peakUrgency ?? 'P3',
          symptom: fields.symptom,
          category: fields.category || undefined,
          brand: fields.brand || undefined,
          model: fields.model || undefined,
          errorCode: fields.errorCode || undefined,
          contactPhone: fields.phone || undefined,
          address: addressAndVisitTime(fields.address || undefined, fields.preferredTime || undefined),
          ...(holds && state.agent ? { assignee: state.agent } : {}),
        },
        { actor: `agent:${agent}` },
      );
      for (const n of state.deskNotes ?? []) await this.deps.tickets.addNote(ticket.id, n.actor, n.text);
      // A person already talking to the customer has answered: the first-response clock stops, as for a ticket taken over.
      let filed = ticket;
      if (holds) {
        filed = await this.deps.tickets.markResponded(ticket.id, agent);
        filed = await this.walk(filed, 'in_progress', agent);
      }
      await this.deps.conversations.setState(conversationId, { ...state, ticketNumber: ticket.number, handoffDue: undefined, deskNotes: undefined });
      return filed;
    });
  }

  /** What the person last told the customer: a later "so when will they call?" is answered from it (bot/after-hand-back.ts). */
  private async handedBack(conversationId: number): Promise<NonNullable<ConversationState['handedBack']>> {
    const history = await this.deps.conversations.history(conversationId, 50);
    const agentSaid = history.filter((m) => m.direction === 'out' && m.author.startsWith('agent:') && m.meta.kind === 'agent').at(-1)?.text;
    return { at: this.deps.clock.now().toISOString(), ...(agentSaid ? { agentSaid: agentSaid.slice(0, 1000) } : {}) };
  }

  /** Every desk hears of every change of hands in the same transaction as the change itself. */
  private status(conversation: Conversation, to: HandoffStatusPayload['status'], by: string, reason?: HandoffStatusPayload['reason'], ticketStaysOpen?: PendingWork): NewOutboxItem[] {
    const payload: HandoffStatusPayload = { conversationId: conversation.id, ticketNumber: conversation.state.ticketNumber, status: to, by, reason, ...(ticketStaysOpen ? { ticketStaysOpen } : {}) };
    return this.routes.items('handoff.status', payload);
  }

  private async ticketOf(conversation: Conversation): Promise<Ticket | undefined> {
    const number = conversation.state.ticketNumber;
    return number ? this.deps.tickets.find(number) : undefined;
  }

  /** Moves a ticket to `to` through the allowed lifecycle (new -> open -> ...). */
  private async walk(ticket: Ticket, to: TicketStatus, actor: string, note?: string, options?: StatusChangeOptions): Promise<Ticket> {
    let current = ticket;
    if (current.status === to) return current;
    if (!isOpen(current.status) && to !== 'open') current = await this.deps.tickets.changeStatus(current.id, 'open', actor, 'reopened by agent');
    if (current.status === 'new') current = await this.deps.tickets.changeStatus(current.id, to === 'in_progress' ? 'in_progress' : 'open', actor, undefined, options);
    if (current.status !== to) current = await this.deps.tickets.changeStatus(current.id, to, actor, note);
    return current;
  }

  private async say(
    conversation: Conversation,
    state: ConversationState,
    kind: OutboundMessage['kind'],
    author: string,
    text: string,
    quickReplies?: string[],
    deskUpdates: NewOutboxItem[] = [],
    images: (Attachment & { kind: 'image' })[] = [],
  ): Promise<void> {
    // A survey ends the handling: the store commits it only while the conversation is still with people.
    const to = { channel: conversation.channel, customerRef: conversation.customerRef, conversationId: conversation.id };
    const message: OutboundMessage = { ...to, kind, text, quickReplies, ...(images.length ? { attachments: images } : {}) };
    const destination = customerDestination(conversation.channel);
    // The text first, then each picture as its own item in the customer's lane: sent in that order.
    const items: NewOutboxItem[] = text.trim() ? [{ destination, kind: 'message', payload: { ...message, attachments: undefined } }] : [];
    for (const image of images) items.push({ destination, kind: IMAGE_ITEM_KIND, payload: { ...to, kind: 'agent', image } satisfies OutboundImage });
    await this.deps.conversations.commitTurn(conversation.id, {
      reply: message,
      author,
      state,
      // A relayed customer message committed since this was read (another instance) is not undone.
      basedOn: conversation.state,
      deliveries: [...items, ...deskUpdates],
      endsHandling: kind === 'survey',
    });
  }
}

function langOf(conversation: Conversation): Lang {
  return conversation.state.language ?? 'zh';
}
