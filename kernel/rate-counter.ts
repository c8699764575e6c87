/**
 * The `RateCounter` port: hits per key in a window that opens at the key's first hit and closes
 * `windowMs` later (what express-rate-limit's own memory store does). A limit that must hold
 * across instances (the web chat's per-IP and per-session limits when several instances share a
 * PostgreSQL desk) counts in the database; one instance counts in memory (MemoryRateCounter).
 * `hit` is one atomic step: parallel hits from every instance each see a different count.
 */
export interface RateCount {
  /** Hits in the current window, this one included. */
  hits: number;
  /** When the window closes and the count starts again. */
  resetAt: Date;
}

export interface RateCounter {
  hit(key: string, windowMs: number, now: Date): Promise<RateCount>;
  /** The current window's count, if one is open. */
  peek(key: string, now: Date): Promise<RateCount | undefined>;
  /** Takes one hit back (a request that should not have counted); never below zero. */
  undo(key: string, now: Date): Promise<void>;
  /** Forgets the key. */
  reset(key: string): Promise<void>;
  /** Forgets windows that closed before `before`; how many. */
  purge(before: Date): Promise<number>;
}

/** The in-memory `RateCounter`: right for one instance, wrong for several (each would allow the limit). */
export class MemoryRateCounter implements RateCounter {
  private readonly windows = new Map<string, { hits: number; resetAt: number }>();

  async hit(key: string, windowMs: number, now: Date): Promise<RateCount> {
    const at = now.getTime();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= at) {
      window = { hits: 0, resetAt: at + windowMs };
      this.windows.set(key, window);
    }
    window.hits += 1;
    return { hits: window.hits, resetAt: new Date(window.resetAt) };
  }

  async peek(key: string, now: Date): Promise<RateCount | undefined> {
    const window = this.windows.get(key);
    return window && window.resetAt > now.getTime() ? { hits: window.hits, resetAt: new Date(window.resetAt) } : undefined;
  }

  async undo(key: string, now: Date): Promise<void> {
    const window = this.windows.get(key);
    if (window && window.resetAt > now.getTime() && window.hits > 0) window.hits -= 1;
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  async purge(before: Date): Promise<number> {
    let gone = 0;
    for (const [key, window] of this.windows) {
      if (window.resetAt < before.getTime()) {
        this.windows.delete(key);
        gone++;
      }
    }
    return gone;
  }
}
