/**
 * The `HandoffThreads` port: where each handoff was announced in the agents' desk (for Slack, a
 * channel and the message ts that is also the thread), and which handed-off conversations are
 * still waiting on a person. Agent replies arrive naming a thread; customer messages and status
 * changes go to the conversation's latest thread.
 */
import type { ConversationState } from './conversation';

export interface HandoffThread {
  id: number;
  conversationId: number;
  ticketNumber?: string;
  /** Which desk holds the thread ('slack'). */
  desk: string;
  channelId: string;
  threadTs: string;
  /** What was announced (already redacted), so the desk can redraw the post when its state changes. */
  announcement: Record<string, unknown>;
  postedAt: string;
}

export type NewHandoffThread = Omit<HandoffThread, 'id'>;

/** A conversation with the desk (handoff requested or taken over) and when a person last acted in it. */
export interface WaitingHandoff {
  conversationId: number;
  mode: Exclude<ConversationState['mode'], 'bot'>;
  ticketNumber?: string;
  /** When the bot asked for a person (the handoff request was queued, with the mode change). */
  requestedAt: string;
  /** The last message a human agent sent in the conversation (replies, take-over notices). */
  lastAgentAt?: string;
}

/** The live thread of a handoff whose ticket has had no first response and is past its deadline. */
export interface OverdueHandoff {
  thread: HandoffThread;
  ticketNumber: string;
  firstResponseDue: string;
}

export interface HandoffThreads {
  /** Records where a handoff was posted; recording the same thread again returns the first record. */
  record(thread: NewHandoffThread): Promise<HandoffThread>;
  byThread(desk: string, channelId: string, threadTs: string): Promise<HandoffThread | undefined>;
  /** The conversation's most recent thread in that desk. */
  latestFor(conversationId: number, desk: string): Promise<HandoffThread | undefined>;
  /** Every conversation currently with the desk. */
  waiting(): Promise<WaitingHandoff[]>;
  /** Live threads whose open ticket is past its first-response deadline with no response yet. */
  overdue(desk: string, now: Date): Promise<OverdueHandoff[]>;
}
