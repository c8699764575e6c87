/**
 * How many messages one contact may send per minute before the bot stops answering for a while.
 * Answering a flood one by one is exactly the pattern that gets a personal account banned, and it
 * costs OCR and model time; the contact is told once per minute to slow down.
 */
import type { Clock } from '../../kernel/clock';

export type RateDecision = 'ok' | 'slow_down' | 'quiet';

const WINDOW_MS = 60_000;

export class ContactRateLimit {
  private readonly seen = new Map<string, { times: number[]; warnedAt?: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly clock: Clock,
  ) {}

  /** ok: handle it; slow_down: refuse and say so; quiet: refuse without a word (already told). */
  take(contact: string): RateDecision {
    const now = this.clock.now().getTime();
    const entry = this.seen.get(contact) ?? { times: [] };
    entry.times = entry.times.filter((t) => now - t < WINDOW_MS);
    this.seen.set(contact, entry);
    if (entry.times.length < this.perMinute) {
      entry.times.push(now);
      return 'ok';
    }
    if (entry.warnedAt !== undefined && now - entry.warnedAt < WINDOW_MS) return 'quiet';
    entry.warnedAt = now;
    return 'slow_down';
  }
}
