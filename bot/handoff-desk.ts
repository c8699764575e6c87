/**
 * What human agents do with a handed-off conversation, whatever desk they work in (Slack today):
 * take it over, answer the customer, hand it back to the bot, resolve it. Every message to the
 * customer is stored in the conversation and queued for the customer's own channel in the same
 * transaction as the state change.
 */
import type { Clock } from '../kernel/clock';
import { ConflictError } from '../kernel/errors';
import { isOpen } from '../tickets/lifecycle';
import type { NewOutboxItem } from '../tickets/outbox';
import type { Ticket, TicketStatus } from '../tickets/ticket';
import type { TicketStore } from '../tickets/ticket-store';
import { customerDestination } from './channel';
import type { Conversation, ConversationState, ConversationStore } from './conversation';
import type { OutboundMessage } from './messages';
import { csatQuestion, type Lang } from './phrases';

/** Outbox destination of the human agents' desk (the pipeline queues handoffs and customer turns there). */
export const AGENT_DESK = 'slack';

/** What the desk is told when a handoff changes hands, so its post can show who has it. */
export interface HandoffStatusPayload {
  conversationId: number;
  ticketNumber?: string;
  status: 'taken_over' | 'returned_to_bot' | 'resolved';
  by: string;
  reason?: 'agent' | 'no_agent_reply';
}

export interface HandoffDeskDeps {
  conversations: ConversationStore;
  tickets: TicketStore;
  clock: Clock;
}

export class HandoffDesk {
  constructor(private readonly deps: HandoffDeskDeps) {}

  /** An agent takes the conversation: the bot falls silent, the ticket is theirs and in progress. */
  async takeOver(conversationId: number, agent: string): Promise<Conversation> {
    const conversation = await this.deps.conversations.get(conversationId);
    if (conversation.state.mode === 'agent') return conversation;
    const ticket = await this.ticketOf(conversation);
    if (ticket) {
      await this.deps.tickets.update(ticket.id, { assignee: agent }, agent);
      await this.deps.tickets.markResponded(ticket.id, agent);
      await this.walk(ticket, 'in_progress', agent);
    }
    const lang = langOf(conversation);
    await this.say(
      conversation,
      { ...conversation.state, mode: 'agent' },
      'notice',
      `agent:${agent}`,
      lang === 'zh' ? '人工客服已接入，请问还有什么需要补充的吗？' : 'A human agent has joined. Is there anything you would like to add?',
      undefined,
      [status(conversation, 'taken_over', `agent:${agent}`)],
    );
    return this.deps.conversations.get(conversationId);
  }

  /**
   * An agent's answer, delivered to the customer's own channel. Answering a handoff nobody has
   * taken yet takes it (the customer hears a person joined, the ticket becomes the agent's).
   */
  async agentReply(conversationId: number, agent: string, text: string): Promise<void> {
    let conversation = await this.deps.conversations.get(conversationId);
    if (conversation.state.mode === 'bot') {
      throw new ConflictError('not_handed_off', `Conversation ${conversationId} is with the bot; take it over first`);
    }
    if (conversation.state.mode === 'handoff_requested') conversation = await this.takeOver(conversationId, agent);
    const ticket = await this.ticketOf(conversation);
    if (ticket) await this.deps.tickets.markResponded(ticket.id, agent);
    await this.say(conversation, { ...conversation.state, mode: 'agent' }, 'agent', `agent:${agent}`, text);
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
    await this.say(conversation, { ...conversation.state, mode: 'bot' }, 'notice', by, text, undefined, [status(conversation, 'returned_to_bot', by, reason)]);
  }

  /** The agent solved it: the ticket is resolved and the customer is asked for a score, which closes it. */
  async resolve(conversationId: number, agent: string, note?: string): Promise<Ticket | undefined> {
    const conversation = await this.deps.conversations.get(conversationId);
    const ticket = await this.ticketOf(conversation);
    const lang = langOf(conversation);
    if (!ticket) {
      await this.returnToBot(conversationId, `agent:${agent}`, 'agent');
      return undefined;
    }
    const resolved = await this.walk(ticket, 'resolved', agent, note);
    await this.say(
      conversation,
      { ...conversation.state, mode: 'bot', awaitingCsatFor: resolved.number },
      'survey',
      `agent:${agent}`,
      csatQuestion(lang, resolved.number),
      ['5', '4', '3', '2', '1'],
      [status(conversation, 'resolved', `agent:${agent}`)],
    );
    return resolved;
  }

  private async ticketOf(conversation: Conversation): Promise<Ticket | undefined> {
    const number = conversation.state.ticketNumber;
    return number ? this.deps.tickets.find(number) : undefined;
  }

  /** Moves a ticket to `to` through the allowed lifecycle (new -> open -> ...). */
  private async walk(ticket: Ticket, to: TicketStatus, actor: string, note?: string): Promise<Ticket> {
    let current = ticket;
    if (current.status === to) return current;
    if (!isOpen(current.status) && to !== 'open') current = await this.deps.tickets.changeStatus(current.id, 'open', actor, 'reopened by agent');
    if (current.status === 'new') current = await this.deps.tickets.changeStatus(current.id, to === 'in_progress' ? 'in_progress' : 'open', actor);
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
  ): Promise<void> {
    const message: OutboundMessage = { channel: conversation.channel, customerRef: conversation.customerRef, conversationId: conversation.id, kind, text, quickReplies };
    await this.deps.conversations.commitTurn(conversation.id, {
      reply: message,
      author,
      state,
      deliveries: [{ destination: customerDestination(conversation.channel), kind: 'message', payload: message }, ...deskUpdates],
    });
  }
}

/** The desk hears of every change of hands in the same transaction as the change itself. */
function status(conversation: Conversation, to: HandoffStatusPayload['status'], by: string, reason?: HandoffStatusPayload['reason']): NewOutboxItem {
  const payload: HandoffStatusPayload = { conversationId: conversation.id, ticketNumber: conversation.state.ticketNumber, status: to, by, reason };
  return { destination: AGENT_DESK, kind: 'handoff.status', payload };
}

function langOf(conversation: Conversation): Lang {
  return conversation.state.language ?? 'zh';
}
