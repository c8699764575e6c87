/**
 * Live updates of the built-in desk: whatever changes a conversation with people (a new handoff, a
 * customer's message, a claim, a reply, a note) is published here, and every open desk page is
 * told over its event stream to fetch what changed. With a LiveBus the change reaches the pages
 * held by every instance (an agent's desk on C hears of a reply made on A); without one, only this
 * process's pages (tests of the desk alone).
 */
import { z } from 'zod';
import type { LiveBus } from '../kernel/live-bus';

export interface DeskChange {
  /** queue: the list of conversations changed; conversation: one conversation's content; presence: who is online. */
  kind: 'queue' | 'conversation' | 'presence';
  conversationId?: number;
}

const deskChangeSchema = z.object({
  kind: z.enum(['queue', 'conversation', 'presence']),
  conversationId: z.number().int().positive().optional(),
});

export type DeskListener = (change: DeskChange) => void;

export class DeskLive {
  private readonly listeners = new Set<DeskListener>();
  private published = 0;

  constructor(private readonly bus?: LiveBus) {
    bus?.subscribe('desk', {
      onNotice: (payload) => {
        const change = deskChangeSchema.safeParse(payload);
        if (change.success) this.tell(change.data);
      },
      // Notices were missed while the bus reconnected: every page re-reads its queue.
      onGap: () => this.tell({ kind: 'queue' }),
    });
  }

  /** Returns the function that stops listening. */
  subscribe(listener: DeskListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Returns a sequence number for the change (the relay records it as the delivery's reference). */
  publish(change: DeskChange): number {
    this.published++;
    if (this.bus) this.bus.publish('desk', change);
    else this.tell(change);
    return this.published;
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  private tell(change: DeskChange): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch {
        // A broken stream must not stop the others from hearing.
      }
    }
  }
}
