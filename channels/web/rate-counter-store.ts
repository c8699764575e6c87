/**
 * express-rate-limit's `Store` over a `RateCounter`, so the web chat's limits count in the
 * database when several instances share it (kernel/rate-counter.ts). Each limiter has its own
 * store and prefix; windows that closed are purged at most once a window, by whichever request
 * comes first.
 */
import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import type { RateCounter } from '../../kernel/rate-counter';

export class RateCounterStore implements Store {
  private windowMs = 60_000;
  private nextPurge = 0;
  /** Keys are shared by every instance: the limit is the limit of all of them together. */
  readonly localKeys = false;

  constructor(
    private readonly counter: RateCounter,
    readonly prefix: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const count = await this.counter.peek(this.prefix + key, this.now());
    return count && { totalHits: count.hits, resetTime: count.resetAt };
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const now = this.now();
    if (now.getTime() >= this.nextPurge) {
      this.nextPurge = now.getTime() + this.windowMs;
      await this.counter.purge(now);
    }
    const count = await this.counter.hit(this.prefix + key, this.windowMs, now);
    return { totalHits: count.hits, resetTime: count.resetAt };
  }

  decrement(key: string): Promise<void> {
    return this.counter.undo(this.prefix + key, this.now());
  }

  resetKey(key: string): Promise<void> {
    return this.counter.reset(this.prefix + key);
  }
}
