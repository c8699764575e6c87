/**
 * The `Handoff` port: a place where people take over the conversations the bot should not finish
 * alone. The core hands a conversation over, relays the customer's later messages and tells of
 * every change of hands by queueing items in the outbox, in the same transaction as the turn
 * that causes them; each desk in use (the built-in web desk, Slack) gets its own copy and
 * delivers it its own way. What people do there comes back through `HandoffDesk`
 * (bot/handoff-desk.ts): take over, answer, release, hand back, resolve.
 *
 * The core names no desk: the composition root says which desks run (`HandoffRoutes`).
 */
import type { NewOutboxItem, OutboxItem } from '../tickets/outbox';
import type { HandoffItemKind } from './handoff-payloads';

export interface Handoff {
  /** The desk's name, which is also the outbox destination of its copies (the built-in desk's is web-desk). */
  readonly name: string;
  /**
   * Delivers one queued item to the people (the outbox relay calls this): returns the desk's own
   * reference for it, throws to be retried. Kinds it does not know must throw a ValidationError.
   */
  deliver(item: OutboxItem): Promise<string | undefined>;
}

/** Which desks are in use: every handoff item is queued once per desk, so each can fail and retry on its own. */
export class HandoffRoutes {
  constructor(readonly desks: readonly string[]) {}

  /** The outbox items for one handoff event; a dedup key is made per desk (one desk's copy never blocks another's). */
  items(kind: HandoffItemKind, payload: object, dedupKey?: string): NewOutboxItem[] {
    return this.desks.map((desk) => ({ destination: desk, kind, payload, ...(dedupKey ? { dedupKey: `${desk}:${dedupKey}` } : {}) }));
  }
}
