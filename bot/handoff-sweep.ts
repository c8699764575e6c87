/**
 * The desk's clock-driven rules, run every minute or so: a conversation nobody at the desk has
 * answered for `returnToBotAfterMs` goes back to the bot (the customer is told, the ticket is
 * kept), and a handoff whose ticket passed its first-response deadline unanswered is announced
 * again so it does not sink in the channel. Driven by the `Clock`, so tests move time by hand.
 */
import type { Clock } from '../kernel/clock';
import type { Outbox } from '../tickets/outbox';
import type { DeskEvents } from './desk-events';
import { AGENT_DESK, type HandoffDesk } from './handoff-desk';
import type { HandoffThreads } from './handoff-threads';

export interface HandoffSweepDeps {
  threads: HandoffThreads;
  handoffs: HandoffDesk;
  outbox: Outbox;
  events?: DeskEvents;
  clock: Clock;
  /** Back to the bot after this long with no word from an agent. */
  returnToBotAfterMs: number;
  onError?: (error: unknown, context: Record<string, unknown>) => void;
}

/** Payload of a re-announcement: the live thread of a handoff past its first-response deadline. */
export interface HandoffOverduePayload {
  conversationId: number;
  ticketNumber: string;
  firstResponseDue: string;
  channelId: string;
  threadTs: string;
}

export interface SweepReport {
  returnedToBot: number[];
  reannounced: string[];
}

/** Desk event ids are kept this long: Slack stops retrying within the hour, signatures expire in five minutes. */
const EVENT_MEMORY_MS = 24 * 3_600_000;

export class HandoffSweep {
  constructor(private readonly deps: HandoffSweepDeps) {}

  async run(): Promise<SweepReport> {
    const report: SweepReport = { returnedToBot: [], reannounced: [] };
    const now = this.deps.clock.now();
    for (const waiting of await this.deps.threads.waiting()) {
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
    for (const overdue of await this.deps.threads.overdue(AGENT_DESK, now)) {
      const payload: HandoffOverduePayload = {
        conversationId: overdue.thread.conversationId,
        ticketNumber: overdue.ticketNumber,
        firstResponseDue: overdue.firstResponseDue,
        channelId: overdue.thread.channelId,
        threadTs: overdue.thread.threadTs,
      };
      // Once per thread: the dedup key makes every later sweep a no-op for it.
      const queued = await this.deps.outbox.enqueue({ destination: AGENT_DESK, kind: 'handoff.overdue', payload, dedupKey: `handoff.overdue:${overdue.thread.id}` });
      if (queued !== undefined) report.reannounced.push(overdue.ticketNumber);
    }
    await this.deps.events?.forget(new Date(now.getTime() - EVENT_MEMORY_MS));
    return report;
  }
}
