/**
 * Live updates of the built-in desk inside one process: whatever changes a conversation with
 * people (a new handoff, a customer's message, a claim, a reply, a note) is published here, and
 * every open desk page is told over its event stream to fetch what changed.
 */
export interface DeskChange {
  /** queue: the list of conversations changed; conversation: one conversation's content; presence: who is online. */
  kind: 'queue' | 'conversation' | 'presence';
  conversationId?: number;
}

export type DeskListener = (change: DeskChange) => void;

export class DeskLive {
  private readonly listeners = new Set<DeskListener>();
  private published = 0;

  /** Returns the function that stops listening. */
  subscribe(listener: DeskListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Returns a sequence number for the change (the relay records it as the delivery's reference). */
  publish(change: DeskChange): number {
    this.published++;
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch {
        // A broken stream must not stop the others from hearing.
      }
    }
    return this.published;
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}
