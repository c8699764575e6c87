/**
 * When a conversation is over: after this long without a message, the customer's next message
 * starts a new conversation (a new problem, a fresh state), whatever the store.
 */
export const CONVERSATION_IDLE_MS = 12 * 3_600_000;

/** Whether a conversation last active at `lastActiveAt` is idle at `now` (exactly 12 hours still continues it). */
export function isIdle(lastActiveAt: string | Date, now: Date): boolean {
  return now.getTime() - new Date(lastActiveAt).getTime() > CONVERSATION_IDLE_MS;
}

/** The earliest last activity that still continues a conversation at `now`, for a store's range query. */
export function activeSince(now: Date): Date {
  return new Date(now.getTime() - CONVERSATION_IDLE_MS);
}
