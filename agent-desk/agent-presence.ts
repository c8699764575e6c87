/**
 * Who has the built-in desk open now: an agent counts as online while at least one of their desk
 * pages holds its event stream. Kept in memory: presence is about this moment, and a restart
 * drops every stream anyway (the pages reconnect within seconds).
 */
import type { Clock } from '../kernel/clock';

export interface OnlineAgent {
  id: number;
  name: string;
  role: 'agent' | 'manager';
  /** When their first open page connected. */
  since: string;
}

export class AgentPresence {
  private readonly online = new Map<number, OnlineAgent & { streams: number }>();

  constructor(
    private readonly clock: Clock,
    /** Told when someone comes online or leaves. */
    private readonly onChange?: () => void,
  ) {}

  /** A desk page of this agent opened its stream; returns what to call when it closes. */
  connect(agent: Pick<OnlineAgent, 'id' | 'name' | 'role'>): () => void {
    const current = this.online.get(agent.id);
    if (current) current.streams++;
    else this.online.set(agent.id, { ...agent, since: this.clock.now().toISOString(), streams: 1 });
    if (!current) this.onChange?.();
    let closed = false;
    return () => {
      if (closed) return;
      closed = true;
      const entry = this.online.get(agent.id);
      if (!entry) return;
      if (--entry.streams <= 0) {
        this.online.delete(agent.id);
        this.onChange?.();
      }
    };
  }

  list(): OnlineAgent[] {
    return [...this.online.values()].map(({ streams: _streams, ...agent }) => agent).sort((a, b) => a.since.localeCompare(b.since));
  }

  get count(): number {
    return this.online.size;
  }
}
