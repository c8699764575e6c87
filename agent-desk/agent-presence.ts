/**
 * Who has the built-in desk open now: an agent counts as online while at least one of their desk
 * pages holds its event stream. Kept in memory: presence is about this moment, and a restart
 * drops every stream anyway (the pages reconnect within seconds).
 *
 * With several instances (PostgreSQL), an agent's pages may be held by any of them, and the wait
 * the bot promises must count everyone. So each instance announces its own roster on the live
 * bus (topic `desk`: kind `presence` when it changes, which also tells every desk page to re-read
 * who is online, and kind `roster` every `heartbeatMs`), and counts the rosters the others
 * announced until they go stale: an instance that died stops counting after `staleMs`. No
 * instance is in charge.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../kernel/clock';
import type { LiveBus } from '../kernel/live-bus';

export interface OnlineAgent {
  id: number;
  name: string;
  role: 'agent' | 'manager';
  /** When their first open page connected. */
  since: string;
}

export interface PresenceSharing {
  bus: LiveBus;
  /** How often this instance repeats its roster (default 10 s). */
  heartbeatMs?: number;
  /** A roster not repeated for this long is dropped (default three heartbeats). */
  staleMs?: number;
}

const onlineAgent = z.object({ id: z.number().int(), name: z.string(), role: z.enum(['agent', 'manager']), since: z.string() });
/** `presence` when the roster changed (desk pages re-read who is online); `roster` for a heartbeat (pages ignore it). */
const rosterNotice = z.object({ kind: z.enum(['presence', 'roster']), roster: z.object({ from: z.string(), agents: z.array(onlineAgent).max(1000) }) });

export class AgentPresence {
  private readonly online = new Map<number, OnlineAgent & { streams: number }>();
  /** Other instances' rosters, by instance, with when each was last heard. */
  private readonly others = new Map<string, { agents: OnlineAgent[]; heardAt: number }>();
  private readonly instanceId = randomBytes(6).toString('hex');
  private readonly stopSharing: () => void = () => undefined;

  constructor(
    private readonly clock: Clock,
    /** Told when someone comes online or leaves here (without sharing; with it, the bus tells the pages). */
    private readonly onChange?: () => void,
    private readonly sharing?: PresenceSharing,
  ) {
    if (!sharing) return;
    const stop = sharing.bus.subscribe('desk', {
      onNotice: (payload) => this.heard(payload),
      // Rosters may have been missed: say ours again; the others repeat theirs on their heartbeat.
      onGap: () => this.announce('roster'),
    });
    const timer = setInterval(() => this.announce('roster'), sharing.heartbeatMs ?? 10_000);
    timer.unref();
    this.stopSharing = () => {
      clearInterval(timer);
      stop();
    };
    this.announce('roster');
  }

  /** A desk page of this agent opened its stream; returns what to call when it closes. */
  connect(agent: Pick<OnlineAgent, 'id' | 'name' | 'role'>): () => void {
    const current = this.online.get(agent.id);
    if (current) current.streams++;
    else this.online.set(agent.id, { ...agent, since: this.clock.now().toISOString(), streams: 1 });
    if (!current) this.changed();
    let closed = false;
    return () => {
      if (closed) return;
      closed = true;
      const entry = this.online.get(agent.id);
      if (!entry) return;
      if (--entry.streams <= 0) {
        this.online.delete(agent.id);
        this.changed();
      }
    };
  }

  /** Everyone online at any instance, each agent once (from their earliest page). */
  list(): OnlineAgent[] {
    const byId = new Map<number, OnlineAgent>();
    const add = (agent: OnlineAgent) => {
      const known = byId.get(agent.id);
      if (!known || agent.since < known.since) byId.set(agent.id, agent);
    };
    for (const { streams: _streams, ...agent } of this.online.values()) add(agent);
    const freshSince = this.clock.now().getTime() - this.staleMs;
    for (const [instance, roster] of this.others) {
      if (roster.heardAt < freshSince) this.others.delete(instance);
      else roster.agents.forEach(add);
    }
    return [...byId.values()].sort((a, b) => a.since.localeCompare(b.since));
  }

  get count(): number {
    return this.list().length;
  }

  /** Stops announcing (the process is shutting down; the others drop this roster when it goes stale). */
  close(): void {
    this.stopSharing();
  }

  private get staleMs(): number {
    return this.sharing?.staleMs ?? 3 * (this.sharing?.heartbeatMs ?? 10_000);
  }

  private changed(): void {
    if (this.sharing) this.announce('presence');
    else this.onChange?.();
  }

  private announce(kind: 'presence' | 'roster'): void {
    const agents = [...this.online.values()].map(({ streams: _streams, ...agent }) => agent);
    this.sharing?.bus.publish('desk', { kind, roster: { from: this.instanceId, agents } });
  }

  private heard(payload: unknown): void {
    const notice = rosterNotice.safeParse(payload);
    if (!notice.success || notice.data.roster.from === this.instanceId) return;
    this.others.set(notice.data.roster.from, { agents: notice.data.roster.agents, heardAt: this.clock.now().getTime() });
  }
}
