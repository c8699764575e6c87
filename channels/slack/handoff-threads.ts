/**
 * The `HandoffThreads` port of the Slack desk: where each handoff was announced (a channel and
 * the message ts that is also the thread). Agent replies arrive naming a thread; customer
 * messages and changes of hands go to the conversation's latest thread.
 */
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

export interface HandoffThreads {
  /** Records where a handoff was posted; recording the same thread again returns the first record. */
  record(thread: NewHandoffThread): Promise<HandoffThread>;
  byThread(desk: string, channelId: string, threadTs: string): Promise<HandoffThread | undefined>;
  /** The conversation's most recent thread in that desk. */
  latestFor(conversationId: number, desk: string): Promise<HandoffThread | undefined>;
}
