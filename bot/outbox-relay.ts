/**
 * Sends what the outbox holds for one destination, oldest first, with backoff and jitter, and
 * records each delivery, so a restart resends exactly what was not confirmed. One relay per
 * destination (customer:web, customer:wechat, slack ...); within it, order is kept per lane (per
 * customer for customer destinations), so one customer's failing delivery holds only their own.
 *
 * Several instances may each run a relay for the same destination on one database: each claims
 * its items with a lease (`Outbox.claim`), so every delivery is sent by one of them, a lane by one
 * at a time, and the lanes of one destination are drained by all of them in parallel. If an
 * instance dies mid-send, its leased items go to another once the lease lapses.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Clock } from '../kernel/clock';
import { isAppError } from '../kernel/errors';
import type { Outbox, OutboxItem } from '../tickets/outbox';
import type { DeliveryProgress } from './channel';

/** This process, as a lease owner: relays of one process share it, as they share its database pool. */
export const INSTANCE_ID = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export interface RelayOptions {
  destination: string;
  /** Who holds the leases this relay takes (defaults to this process). */
  owner?: string;
  /**
   * How long a claimed item is this relay's (default 30 s). A delivery must finish well within it:
   * the relay sends nothing from a batch once half of it has gone, and an instance that died
   * holding items leaves them for this long.
   */
  leaseMs?: number;
  /** Items claimed at a time (default 20): smaller lets more instances share a short queue. */
  batchSize?: number;
  outbox: Outbox;
  clock: Clock;
  /**
   * Delivers one item; returns the remote reference (Slack ts, WeChat msgid). Throw to retry. A
   * delivery of several platform messages records each with `progress` as it goes, so a retry
   * sends only the parts that did not go.
   */
  deliver(item: OutboxItem, progress: DeliveryProgress): Promise<string | undefined>;
  /** How often to look for due items when idle. */
  pollMs?: number;
  /** Attempts before an item is parked as dead for a person to look at. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  onError?: (error: unknown, item: OutboxItem) => void;
  /**
   * Errors after which the platform will not take this delivery until the customer writes again
   * (WeChat's 45047, 45015, 48001): the item is parked for its customer instead of retried, and
   * `onParked` is told (to warn the desk). The customer's next message revives it.
   */
  waitsForCustomer?: (error: unknown) => boolean;
  onParked?: (item: OutboxItem, error: unknown) => Promise<void>;
  /** An item is given up for good (refused, or out of attempts): say so where a person sees it (a picture not sent). */
  onGivenUp?: (item: OutboxItem, error: unknown) => Promise<void>;
  /**
   * For a destination whose deliveries are only notifications (sending one again after a crash
   * harms nothing): the successful deliveries of a batch are confirmed in one transaction, one
   * durable write instead of one per item, so a busy desk does not slow customers' turns.
   */
  confirmBatch?: <T>(work: () => Promise<T>) => Promise<T>;
}

export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopped = true;
  /** Woken while draining: the drain may have looked before the new item was committed, so look again. */
  private wokenWhileRunning = false;

  constructor(private readonly options: RelayOptions) {}

  get destination(): string {
    return this.options.destination;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Wakes the relay now (after a write that queued something), instead of at the next poll. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) this.wokenWhileRunning = true;
    else this.schedule(0);
  }

  /** Delivers everything due now; returns how many were delivered. Safe to call directly in tests. */
  async drain(): Promise<number> {
    if (this.running) return this.running;
    this.running = this.drainOnce().finally(() => {
      this.running = undefined;
      if (this.wokenWhileRunning) {
        this.wokenWhileRunning = false;
        this.schedule(0);
      }
    });
    return this.running;
  }

  private async drainOnce(): Promise<number> {
    const { outbox, clock, destination } = this.options;
    const owner = this.options.owner ?? INSTANCE_ID;
    const leaseMs = this.options.leaseMs ?? 30_000;
    let delivered = 0;
    for (;;) {
      const claimedAt = clock.now();
      const due = await outbox.claim(destination, { owner, now: claimedAt, leaseMs }, this.options.batchSize ?? 20);
      if (!due.length) return delivered;
      // Past half the lease, another instance may soon take these over: claim afresh instead.
      const sendBy = claimedAt.getTime() + leaseMs / 2;
      const batch = this.options.confirmBatch;
      const confirmed: { id: number; ref: string | undefined }[] = [];
      const confirmAll = async () => {
        if (!confirmed.length || !batch) return;
        await batch(async () => {
          for (const c of confirmed) await outbox.markDelivered(c.id, c.ref, clock.now());
        });
        confirmed.length = 0;
      };
      // A failure holds back only its own lane (one customer, or the whole destination without lanes).
      const held = new Set<string | undefined>();
      for (const item of due) {
        if (held.has(item.lane)) continue;
        if (clock.now().getTime() >= sendBy) break;
        try {
          const ref = await this.options.deliver(item, this.progressOf(item));
          if (batch) confirmed.push({ id: item.id, ref });
          else await outbox.markDelivered(item.id, ref, clock.now());
          delivered++;
        } catch (error) {
          await confirmAll();
          this.options.onError?.(error, item);
          held.add(item.lane);
          const message = String((error as Error).message ?? error);
          if (item.lane !== undefined && this.options.waitsForCustomer?.(error)) {
            await outbox.markParked(item.id, message);
            await this.options.onParked?.(item, error);
            continue;
          }
          const attempts = item.attempts + 1;
          const retryable = !isAppError(error) || error.retryable;
          const give = !retryable || attempts >= (this.options.maxAttempts ?? 12);
          await outbox.markFailed(item.id, message, give ? undefined : new Date(clock.now().getTime() + this.backoff(attempts)));
          if (give) await this.options.onGivenUp?.(item, error).catch((e: unknown) => this.options.onError?.(e, item));
          // A destination without lanes is one queue: stop here and come back on the next poll.
          if (item.lane === undefined) return delivered;
        }
      }
      await confirmAll();
    }
  }

  private progressOf(item: OutboxItem): DeliveryProgress {
    const done = new Set(item.sentParts ?? []);
    return {
      done: (part) => done.has(part),
      sent: async (part) => {
        await this.options.outbox.markPartSent(item.id, part);
        done.add(part);
      },
    };
  }

  private backoff(attempt: number): number {
    const base = this.options.baseDelayMs ?? 1_000;
    const cap = this.options.maxDelayMs ?? 5 * 60_000;
    const exp = Math.min(cap, base * 2 ** (attempt - 1));
    return Math.round(exp / 2 + Math.random() * (exp / 2)); // "equal jitter"
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(async () => {
      this.timer = undefined;
      await this.drain().catch((error: unknown) => this.options.onError?.(error, undefined as unknown as OutboxItem));
      this.schedule(this.options.pollMs ?? 1_000);
    }, ms);
    this.timer.unref?.();
  }
}
