/**
 * The bot's `AgentAvailability` from the built-in desk: who has the desk open, how many
 * conversations are already waiting for a person, and how long pickups took over the last week.
 */
import type { AgentAvailability, Availability } from '../bot/agent-availability';
import type { HandoffQueue } from '../bot/handoff-queue';
import type { Clock } from '../kernel/clock';
import type { AgentPresence } from './agent-presence';

/** Pickups looked at for the typical wait: recent enough to reflect today's staffing. */
const PICKUP_WINDOW_MS = 7 * 86_400_000;
const PICKUP_SAMPLE = 20;

export class DeskAvailability implements AgentAvailability {
  constructor(
    private readonly presence: AgentPresence,
    private readonly queue: HandoffQueue,
    private readonly clock: Clock,
    /** Another desk is in use whose people's presence cannot be seen (Slack). */
    private readonly unseenDesks = false,
  ) {}

  async current(conversationId?: number): Promise<Availability> {
    const online = this.presence.count;
    const unseen = this.unseenDesks ? { unseenDesks: true } : {};
    if (!online) return { online: 0, waiting: 0, ...unseen };
    const queue = await this.queue.waiting();
    // Ahead of a conversation already queued (the queue is oldest first): only those asked for before it, never itself.
    const own = queue.findIndex((w) => w.conversationId === conversationId);
    const waiting = (own < 0 ? queue : queue.slice(0, own)).filter((w) => w.mode === 'handoff_requested').length;
    // Someone holding a conversation is answering that customer: busy, whatever the desk shows.
    const busy = new Set(queue.filter((w) => w.mode === 'agent' && w.agent).map((w) => w.agent)).size;
    const free = Math.max(0, online - busy);
    const pickups = await this.queue.recentPickups(new Date(this.clock.now().getTime() - PICKUP_WINDOW_MS), PICKUP_SAMPLE);
    return { online, waiting, free, ...(pickups.length ? { typicalPickupMs: median(pickups) } : {}), ...unseen };
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
