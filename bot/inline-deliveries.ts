/**
 * Replies a channel gave inline (in the HTTP answer to the message itself) are marked delivered
 * in the outbox, many at once (`markDeliveredByKeys`: one statement on PostgreSQL, one
 * transaction on SQLite): a busy chat pays one shared commit per batch, not one per reply. Their outbox items are held meanwhile (InboundMessage `relay.holdMs`), so the relay
 * sends only what a process that died never confirmed.
 */
import type { Clock } from '../kernel/clock';
import type { Outbox } from '../tickets/outbox';

export interface InlineDeliveriesOptions {
  outbox: Outbox;
  clock: Clock;
  /** Longest a confirmation waits for others to share its commit. */
  flushMs: number;
  onError: (error: unknown) => void;
}

/** A batch this large is confirmed at once rather than waiting out `flushMs`. */
const MAX_BATCH = 500;

export class InlineDeliveries {
  private keys: string[] = [];
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly options: InlineDeliveriesOptions) {}

  /** The reply with this outbox key went out inline. */
  sent(key: string): void {
    this.keys.push(key);
    if (this.keys.length >= MAX_BATCH) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.options.flushMs);
  }

  /** Confirms everything given so far (also at shutdown). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const keys = this.keys;
    this.keys = [];
    if (!keys.length) return this.flushing;
    const { outbox, clock, onError } = this.options;
    this.flushing = this.flushing.then(() =>
      outbox
        .markDeliveredByKeys(keys, 'inline', clock.now())
        .then(() => undefined)
        .catch(onError),
    );
    return this.flushing;
  }
}
