/**
 * `LiveBus`: "something changed" told to every instance of the application at once, so a reply
 * made on instance A reaches a customer's event stream held by instance B and an agent's desk page
 * on C. Only the fact of a change travels (a conversation, a customer reference, a knowledge
 * case); whoever hears it reads what changed from the database, so a notice that is lost costs a
 * delay, never data: after a gap (`onGap`, e.g. the listening connection dropped) listeners
 * re-read everything they show.
 *
 * One process (SQLite): InProcessLiveBus. Several instances (PostgreSQL): PgLiveBus, over
 * LISTEN/NOTIFY (storage/postgres/pg-live-bus.ts).
 */

import type { HealthReport } from './health-probe';

/** What a change is about; each has its own channel and payload schema, owned by its listener. */
export type LiveTopic = 'web' | 'desk' | 'knowledge';

export const LIVE_TOPICS: readonly LiveTopic[] = ['web', 'desk', 'knowledge'];

export interface LiveSubscription {
  /** A notice for this topic, from this instance or another (payload is unchecked: parse it). */
  onNotice(payload: unknown): void;
  /** Notices may have been missed (a reconnect): re-read what you show. */
  onGap?(): void;
}

export interface LiveBus {
  /** Tells this instance's listeners at once and every other instance's soon after. */
  publish(topic: LiveTopic, payload: unknown): void;
  /** Returns the function that stops listening. */
  subscribe(topic: LiveTopic, subscription: LiveSubscription): () => void;
  close(): Promise<void>;
  /** Its line on /healthz, for a bus that can be down (the listening connection) and counts what crosses it. */
  health?(): HealthReport;
}

/** Listeners by topic, shared by both buses: one broken listener never stops the others. */
export class LiveListeners {
  private readonly byTopic = new Map<LiveTopic, Set<LiveSubscription>>();

  add(topic: LiveTopic, subscription: LiveSubscription): () => void {
    const set = this.byTopic.get(topic) ?? new Set();
    set.add(subscription);
    this.byTopic.set(topic, set);
    return () => set.delete(subscription);
  }

  notice(topic: LiveTopic, payload: unknown): void {
    for (const s of [...(this.byTopic.get(topic) ?? [])]) {
      try {
        s.onNotice(payload);
      } catch {
        // A broken stream must not stop the others from hearing.
      }
    }
  }

  gap(): void {
    for (const set of this.byTopic.values()) {
      for (const s of [...set]) {
        try {
          s.onGap?.();
        } catch {
          // as above
        }
      }
    }
  }
}

/** One process: a notice goes straight to this process's listeners. */
export class InProcessLiveBus implements LiveBus {
  private readonly listeners = new LiveListeners();

  publish(topic: LiveTopic, payload: unknown): void {
    this.listeners.notice(topic, payload);
  }

  subscribe(topic: LiveTopic, subscription: LiveSubscription): () => void {
    return this.listeners.add(topic, subscription);
  }

  async close(): Promise<void> {}
}
