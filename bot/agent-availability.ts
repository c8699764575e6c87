/**
 * The `AgentAvailability` port: whether a person can pick up a handed-off conversation now, so
 * the bot says the truth about the wait instead of a stock "right away". The built-in desk
 * implements it from who has the desk open; without a desk, nobody is online.
 */
export interface Availability {
  /** People with the desk open now. */
  online: number;
  /**
   * Conversations waiting for a person (not yet taken) ahead of the one asking: asked with a
   * conversation already in the queue, only those queued before it (never itself).
   */
  waiting: number;
  /**
   * People online and not holding a conversation now; absent when it cannot be told (then all
   * online count as free). "马上" is said only when someone is free and nobody is ahead.
   */
  free?: number;
  /** How long recent handoffs waited for a person's first word (the median), when there were any. */
  typicalPickupMs?: number;
  /**
   * People may also be answering on a desk whose presence cannot be seen (Slack): then nobody
   * online here does not mean nobody is there, and the bot does not say it does.
   */
  unseenDesks?: boolean;
}

export interface AgentAvailability {
  /** `conversationId`: the conversation asking, so its own place in the queue is not counted as ahead of it. */
  current(conversationId?: number): Promise<Availability>;
}

export const NOBODY_ONLINE: AgentAvailability = { current: async () => ({ online: 0, waiting: 0 }) };
