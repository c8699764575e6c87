/**
 * Spaces out what a personal WeChat account sends. Accounts that answer faster than a person
 * could type get restricted or banned, so every send waits until at least `minIntervalMs` (plus
 * a little random slack, so the rhythm does not look machine-made) has passed since the last one.
 * Sends run one at a time, in the order they were asked for.
 */
import type { Clock } from '../../kernel/clock';

export interface SendPacerOptions {
  minIntervalMs: number;
  clock: Clock;
  /** Waits; tests pass one that moves a FixedClock instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
  /** Extra wait as a share of the interval, 0-1 (default: random up to 0.3). */
  slack?: () => number;
}

export class SendPacer {
  private last?: number;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SendPacerOptions) {}

  run<T>(send: () => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      const { clock, minIntervalMs } = this.options;
      if (this.last !== undefined) {
        const gap = minIntervalMs * (1 + (this.options.slack?.() ?? Math.random() * 0.3));
        const wait = this.last + gap - clock.now().getTime();
        if (wait > 0) await (this.options.sleep ?? delay)(Math.ceil(wait));
      }
      try {
        return await send();
      } finally {
        this.last = clock.now().getTime();
      }
    });
    // A failed send must not stop the ones queued behind it.
    this.queue = next.catch(() => undefined);
    return next;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
