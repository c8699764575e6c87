/**
 * The `DeskEvents` port: events from a human desk handled exactly once. A desk's platform may
 * redeliver an event (same event id) when it did not get a 2xx in time, and a captured request can
 * be replayed while its signature is fresh; either way the effect must happen once.
 */
export type Once<T> = { first: true; value: T } | { first: false };

export interface DeskEvents {
  /**
   * Runs `work` unless `eventId` was handled before. The id is marked in the same transaction as
   * the writes `work` makes, so a failure leaves it unmarked and the redelivery runs it again.
   * `work` must only write to the desk's own store (no network calls while holding the lock).
   */
  once<T>(desk: string, eventId: string, work: () => Promise<T>): Promise<Once<T>>;
  /** Forgets ids handled before `before` (redeliveries stop within the hour). Returns how many. */
  forget(before: Date): Promise<number>;
}
