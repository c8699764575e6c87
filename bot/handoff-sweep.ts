/**
 * The clock-driven rules of handoffs, run every minute or so by the composition root whatever
 * desks are in use: a conversation nobody has answered for `returnToBotAfterMs` goes back to the
 * bot (the customer is told, the ticket is kept), and a handoff whose ticket passed its
 * first-response deadline unanswered is announced again to every desk so it does not sink.
 * Driven by the `Clock`, so tests move time by hand.
 */
import type { Clock } from '../kernel/clock';
import type { Outbox } from '../tickets/outbox';
import type { DeskEvents } from './desk-events';
import type { HandoffRoutes } from './handoff';
import type { HandoffDesk } from './handoff-desk';
import type { HandoffOverdue } from './handoff-payloads';
import type { HandoffQueue } from './handoff-queue';

export interface HandoffSweepDeps {
  queue: HandoffQueue;
  handoffs: HandoffDesk;
  outbox: Outbox;
  routes: HandoffRoutes;
  /** Desk event ids handled once (Slack's retries) are forgotten here once they cannot come back. */
  events?: DeskEvents;
  clock: Clock;
  /** Back to the bot after this long with no word from an agent. */
  returnToBotAfterMs: number;
  onError?: (error: unknown, context: Record<string, unknown>) => void;
}

export interface SweepReport {
  returnedToBot: number[];
  /** Ticket numbers, or `conversation #id` for a handoff with no ticket. */
  reannounced: string[];
}

/** Desk event ids are kept this long: Slack stops retrying within the hour, signatures expire in five minutes. */
const EVENT_MEMORY_MS = 24 * 3_600_000;

export class HandoffSweep {
  constructor(private readonly deps: HandoffSweepDeps) {}

  async run(): Promise<SweepReport> {
    const report: SweepReport = { returnedToBot: [], reannounced: [] };
    const now = this.deps.clock.now();
    for (const waiting of await this.deps.queue.waiting()) {
      const since = Math.max(Date.parse(waiting.requestedAt), waiting.lastAgentAt ? Date.parse(waiting.lastAgentAt) : 0);
      if (now.getTime() - since < this.deps.returnToBotAfterMs) continue;
      try {
        await this.deps.handoffs.returnToBot(waiting.conversationId, 'system:handoff-sweep', 'no_agent_reply');
        report.returnedToBot.push(waiting.conversationId);
      } catch (error) {
        // One broken conversation must not keep the others waiting.
        this.deps.onError?.(error, { conversationId: waiting.conversationId, step: 'return_to_bot' });
      }
    }
    for (const overdue of await this.deps.queue.overdue(now)) {
      const payload: HandoffOverdue = { conversationId: overdue.conversationId, ticketNumber: overdue.ticketNumber, firstResponseDue: overdue.firstResponseDue };
      // Once per handoff request: the dedup key makes every later sweep a no-op for it.
      let queued = false;
      for (const item of this.deps.routes.items('handoff.overdue', payload, `handoff.overdue:${overdue.conversationId}:${overdue.requestedAt}`)) {
        if ((await this.deps.outbox.enqueue(item)) !== undefined) queued = true;
      }
      if (queued) report.reannounced.push(overdue.ticketNumber ?? `conversation #${overdue.conversationId}`);
    }
    await this.deps.events?.forget(new Date(now.getTime() - EVENT_MEMORY_MS));
    return report;
  }
}
