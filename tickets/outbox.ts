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
}

export interface Outbox {
  enqueue(item: NewOutboxItem): Promise<number | undefined>;
  /** Pending items due now, oldest first; never one queued after an item still waiting to retry. */
  due(destination: string, now: Date, limit?: number): Promise<OutboxItem[]>;
  markDelivered(id: number, externalRef: string | undefined, now: Date): Promise<void>;
  markFailed(id: number, error: string, retryAt: Date | undefined): Promise<void>;
  pendingCount(destination?: string): Promise<number>;
}
