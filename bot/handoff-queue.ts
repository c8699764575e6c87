/**
 * The `HandoffQueue` port: the conversations that are with people now, read from the stored
 * conversations whatever desk they were handed to. The sweep reads it to hand back what nobody
 * answered and to flag what is overdue; desks read it to show their queue and to tell how long
 * people take to pick a conversation up.
 */
import type { ConversationState } from './conversation';
import type { HandoffRequested } from './handoff-payloads';

/** A conversation with the desk (handoff requested or taken over) and when a person last acted in it. */
export interface WaitingHandoff {
  conversationId: number;
  mode: Exclude<ConversationState['mode'], 'bot'>;
  ticketNumber?: string;
  /** Who has it, once someone took it over (an actor such as `web-desk:li`). */
  agent?: string;
  /** When the bot asked for a person (the handoff request was queued, with the mode change). */
  requestedAt: string;
  /** The last message a human agent sent in the conversation (replies, take-over notices). */
  lastAgentAt?: string;
  /** The last reply a human agent wrote (not a take-over notice or a survey): what answers a first-response clock. */
  lastReplyAt?: string;
}

/**
 * A handoff whose open ticket has had no first response and is past its deadline (even if handed
 * back to the bot since), or a handoff with no ticket past its own clock with no word from a person.
 */
export interface OverdueHandoff {
  conversationId: number;
  /** Absent for a handoff with no ticket (a bare request for a person). */
  ticketNumber?: string;
  firstResponseDue: string;
  requestedAt: string;
}

export interface HandoffQueue {
  /** Every conversation currently with people, oldest request first. */
  waiting(): Promise<WaitingHandoff[]>;
  /** Handoffs whose ticket is past its first-response deadline unanswered. */
  overdue(now: Date): Promise<OverdueHandoff[]>;
  /** The latest handoff request of a conversation (why, summary, last messages), as queued. */
  request(conversationId: number): Promise<(HandoffRequested & { requestedAt: string }) | undefined>;
  /** How long recent handoffs since `since` waited for a person's first message, newest first (ms). */
  recentPickups(since: Date, limit: number): Promise<number[]>;
}
