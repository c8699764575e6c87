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

  async current(): Promise<Availability> {
    const online = this.presence.count;
    const unseen = this.unseenDesks ? { unseenDesks: true } : {};
    if (!online) return { online: 0, waiting: 0, ...unseen };
    const waiting = (await this.queue.waiting()).filter((w) => w.mode === 'handoff_requested').length;
    const pickups = await this.queue.recentPickups(new Date(this.clock.now().getTime() - PICKUP_WINDOW_MS), PICKUP_SAMPLE);
    return { online, waiting, ...(pickups.length ? { typicalPickupMs: median(pickups) } : {}), ...unseen };
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
