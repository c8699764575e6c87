/**
 * The handoff sweep on a timer, started by the composition root whatever desks are in use: a
 * handoff nobody answers goes back to the bot after HANDOFF_RETURN_AFTER, and an overdue one is
 * announced again. Relays are woken after a sweep that queued something.
 */
import { HandoffSweep } from '../bot/handoff-sweep';
import type { OutboxRelay } from '../bot/outbox-relay';
import type { Assistant } from './assistant';

export interface SweepHost {
  assistant: Assistant;
  config: { handoff: { returnToBotAfterMs: number } };
  relays: OutboxRelay[];
  onClose: (() => Promise<void>)[];
}

export interface SweepOptions {
  /** How often it runs (default: a quarter of the return-to-bot time, between 5 s and 1 min). */
  everyMs?: number;
  onError?: (error: unknown, context: Record<string, unknown>) => void;
}

export function startHandoffSweep(host: SweepHost, options: SweepOptions = {}): HandoffSweep {
  const { assistant } = host;
  const returnToBotAfterMs = host.config.handoff.returnToBotAfterMs;
  const sweep = new HandoffSweep({
    queue: assistant.desk.handoffQueue,
    handoffs: assistant.handoffs,
    outbox: assistant.desk.outbox,
    routes: assistant.routes,
    events: assistant.desk.deskEvents,
    clock: assistant.clock,
    returnToBotAfterMs,
    onError: options.onError,
  });
  const every = options.everyMs ?? Math.max(5_000, Math.min(60_000, Math.floor(returnToBotAfterMs / 4)));
  let sweeping = false;
  const timer = setInterval(() => {
    if (sweeping) return; // a slow sweep is not stacked on by the next tick
    sweeping = true;
    sweep
      .run()
      .then((report) => {
        if (report.returnedToBot.length || report.reannounced.length) for (const relay of host.relays) relay.nudge();
      })
      .catch((error: unknown) => options.onError?.(error, { step: 'handoff_sweep' }))
      .finally(() => (sweeping = false));
  }, every);
  timer.unref();
  host.onClose.push(async () => clearInterval(timer));
  return sweep;
}
