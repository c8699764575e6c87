/** The `Outbox` port: deliveries written with the change that causes them, sent later by a relay. */
export interface OutboxItem {
  id: number;
  destination: string;
  kind: string;
  payload: unknown;
  dedupKey?: string;
  /** Items of one destination and lane are delivered in order; absent: the destination is one lane. */
  lane?: string;
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
  externalRef?: string;
  status: 'pending' | 'delivered' | 'dead';
  /** 'customer': parked until the customer writes again (the platform refuses to send before). */
  waitsFor?: 'customer';
  /**
   * The parts of this delivery already sent (a text piece, each photo: names the channel gives),
   * each confirmed as it went: a retry sends only the parts not listed.
   */
  sentParts?: string[];
}

export interface NewOutboxItem {
  destination: string;
  kind: string;
  payload: unknown;
  /** An item with a key already in the outbox is not added twice. */
  dedupKey?: string;
  /** Defaults to the customer for a customer destination (see `laneOf`). */
  lane?: string;
  /** Queued already parked until the customer writes (an answer owed to them). */
  waitsFor?: 'customer';
  /**
   * Not sent before this moment: the channel may still give it inline (a passive answer in the
   * HTTP response) and then marks it delivered; if the process dies first, the relay sends it.
   * While it is held, later items of its lane wait behind it (order per customer is kept).
   */
  notBefore?: Date;
}

/**
 * Messages to a customer are ordered per customer, not per channel: one customer whose
 * deliveries the platform refuses for now must not hold every other customer's replies.
 */
export function laneOf(item: NewOutboxItem): string | undefined {
  if (item.lane) return item.lane;
  if (!item.destination.startsWith('customer:')) return undefined;
  const ref = (item.payload as { customerRef?: unknown } | null)?.customerRef;
  return typeof ref === 'string' && ref ? ref : undefined;
}

export interface OutboxLease {
  /** One id per instance (and relay): who may send the leased items. */
  owner: string;
  now: Date;
  /** How long the items are the owner's; longer than one send may take, or a slow send is sent twice. */
  leaseMs: number;
}

export interface Outbox {
  enqueue(item: NewOutboxItem): Promise<number | undefined>;
  /**
   * Pending items due now, oldest first; never one queued after an item of the same lane that is
   * still waiting to retry (other lanes go on).
   */
  due(destination: string, now: Date, limit?: number): Promise<OutboxItem[]>;
  /**
   * What a relay sends: the due items (as `due`) of the lanes no other relay holds, leased to
   * `owner` until `now + leaseMs`. A lane is held by whoever leased its earliest pending item, so
   * one lane is never sent by two relays at once (its order holds across instances), while other
   * lanes go to other relays in parallel. The owner's own leases are its to claim again (a drain
   * that stopped halfway); another owner's are taken over once they expire (an instance that died
   * mid-send); an item leased to another owner is never claimed before its lease lapses.
   * `markDelivered`, `markFailed` and `markParked` end the lease.
   */
  claim(destination: string, lease: OutboxLease, limit?: number): Promise<OutboxItem[]>;
  markDelivered(id: number, externalRef: string | undefined, now: Date): Promise<void>;
  /**
   * One part of a delivery of several messages went out (its own durable write, before the next
   * part is sent): whoever sends the item again skips it. Adding a part twice records it once.
   */
  markPartSent(id: number, part: string): Promise<void>;
  markFailed(id: number, error: string, retryAt: Date | undefined): Promise<void>;
  /** Parks an item until the customer writes again (kept as dead, with `waitsFor: 'customer'`). */
  markParked(id: number, error: string): Promise<void>;
  /** Items of one lane not yet delivered: pending or parked until the customer writes, oldest first. */
  waiting(destination: string, lane: string): Promise<OutboxItem[]>;
  /** The customer wrote: their parked items are due again, in their order. Returns how many. */
  revive(destination: string, lane: string, now: Date): Promise<number>;
  /**
   * The pending item with this key was sent another way (inline, in the HTTP answer): delivered.
   * Returns false when it was not pending (already sent by the relay, or no such item).
   */
  markDeliveredByKey(dedupKey: string, externalRef: string, now: Date): Promise<boolean>;
  /**
   * `markDeliveredByKey` for many keys at once, in one statement (a busy web chat confirms its
   * inline replies in batches). Returns how many were pending and are now delivered.
   */
  markDeliveredByKeys(dedupKeys: readonly string[], externalRef: string, now: Date): Promise<number>;
  /**
   * Holds the pending item with this key until `until` for an inline answer, only while it is
   * still held (never yet due, so no relay can be sending it, and never tried by one: a relay's
   * failed try puts the item back in the future too). False when it is due, tried or gone.
   */
  holdByKey(dedupKey: string, until: Date, now: Date): Promise<boolean>;
  /** The pending item with this key, held for an inline answer that did not happen, is due now. */
  releaseByKey(dedupKey: string, now: Date): Promise<void>;
  /**
   * The pending item with this key, held for an inline answer that did not happen, is owed until
   * the customer writes again (an unverified official account cannot send it any other way).
   */
  parkByKey(dedupKey: string, reason: string): Promise<void>;
  pendingCount(destination?: string): Promise<number>;
}
