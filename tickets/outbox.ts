/** The `Outbox` port: deliveries written with the change that causes them, sent later by a relay. */
export interface OutboxItem {
  id: number;
  destination: string;
  kind: string;
  payload: unknown;
  dedupKey?: string;
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
  externalRef?: string;
  status: 'pending' | 'delivered' | 'dead';
}

export interface NewOutboxItem {
  destination: string;
  kind: string;
  payload: unknown;
  /** An item with a key already in the outbox is not added twice. */
  dedupKey?: string;
  /**
   * Not sent before this moment: the channel may still give it inline (a passive answer in the
   * HTTP response) and then marks it delivered; if the process dies first, the relay sends it.
   */
  notBefore?: Date;
}

export interface Outbox {
  enqueue(item: NewOutboxItem): Promise<number | undefined>;
  /** Pending items due now, oldest first; never one queued after an item still waiting to retry. */
  due(destination: string, now: Date, limit?: number): Promise<OutboxItem[]>;
  markDelivered(id: number, externalRef: string | undefined, now: Date): Promise<void>;
  markFailed(id: number, error: string, retryAt: Date | undefined): Promise<void>;
  /**
   * The pending item with this key was sent another way (inline, in the HTTP answer): delivered.
   * Returns false when it was not pending (already sent by the relay, or no such item).
   */
  markDeliveredByKey(dedupKey: string, externalRef: string, now: Date): Promise<boolean>;
  /**
   * Holds the pending item with this key until `until` for an inline answer, only while it is
   * still held (never yet due, so no relay can be sending it). False when it is due or gone.
   */
  holdByKey(dedupKey: string, until: Date, now: Date): Promise<boolean>;
  /** The pending item with this key, held for an inline answer that did not happen, is due now. */
  releaseByKey(dedupKey: string, now: Date): Promise<void>;
  pendingCount(destination?: string): Promise<number>;
}
