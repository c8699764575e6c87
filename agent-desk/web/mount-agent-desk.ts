/**
 * `mountAgentDesk(context)`: the built-in agent desk on the shared server. Adds the relay that
 * tells open desk pages of the desk's copies of handoff items.
 *
 * Takes the server context by shape, not by import: it never imports the composition root.
 */
import { OutboxRelay } from '../../bot/outbox-relay';
import type { Clock } from '../../kernel/clock';
import type { Outbox } from '../../tickets/outbox';
import type { DeskLive } from '../desk-live';
import { WEB_DESK, WebDeskHandoff } from '../web-desk-handoff';

/** What the desk reads from configuration (app/config.ts fills it). */
export interface AgentDeskSettings {
  /** A login ends after this long without a request from the agent. */
  sessionIdleMs: number;
  /** Failed logins one address may make within `loginWindowMs` before it is refused for a while. */
  loginMaxFailures: number;
  loginWindowMs: number;
}

export interface AgentDeskHost {
  assistant: {
    clock: Clock;
    deskLive: DeskLive;
    desk: { outbox: Outbox };
  };
  relays: OutboxRelay[];
}

export interface AgentDeskOptions {
  /** How often the relay looks for new items (default 300 ms: the queue updates live). */
  relayPollMs?: number;
  onError?: (error: unknown, context: Record<string, unknown>) => void;
}

export interface AgentDesk {
  handoff: WebDeskHandoff;
  relay: OutboxRelay;
}

export async function mountAgentDesk(host: AgentDeskHost, options: AgentDeskOptions = {}): Promise<AgentDesk> {
  const { assistant } = host;
  const onError = options.onError ?? ((error: unknown, context: Record<string, unknown>) => console.error('agent desk:', (error as Error)?.message ?? error, context));
  const handoff = new WebDeskHandoff(assistant.deskLive);
  const relay = new OutboxRelay({
    destination: WEB_DESK,
    outbox: assistant.desk.outbox,
    clock: assistant.clock,
    pollMs: options.relayPollMs ?? 300,
    deliver: (item) => handoff.deliver(item),
    onError: (error, item) => onError(error, { step: 'desk_delivery', outboxId: item?.id, kind: item?.kind }),
  });
  host.relays.push(relay);
  return { handoff, relay };
}
