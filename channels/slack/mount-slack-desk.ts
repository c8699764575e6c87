/**
 * `mountSlackDesk(context)`: the Slack desk on the shared server, when SLACK_BOT_TOKEN is set.
 * Mounts Bolt's router (or connects Socket Mode), adds the relay that posts the outbox's
 * 'slack' items, and runs the handoff sweep (auto return to the bot, overdue re-announcements).
 *
 * It takes the server context by shape, not by import: channels never import the composition root.
 */
import type { RequestHandler } from 'express';
import type { DeskEvents } from '../../bot/desk-events';
import type { DeskPosts } from '../../bot/desk-posts';
import { AGENT_DESK, type HandoffDesk } from '../../bot/handoff-desk';
import { HandoffSweep } from '../../bot/handoff-sweep';
import type { HandoffThreads } from '../../bot/handoff-threads';
import { OutboxRelay } from '../../bot/outbox-relay';
import type { Clock } from '../../kernel/clock';
import type { Outbox } from '../../tickets/outbox';
import type { TicketStore } from '../../tickets/ticket-store';
import { SlackApi } from './slack-api';
import { slackRequestAge } from './request-age';
import { createSlackBolt, SLACK_EVENTS_PATH, type SlackBolt } from './slack-bolt-app';
import { SlackDelivery } from './slack-delivery';
import { SlackInteractions } from './slack-interactions';

export interface SlackSettings {
  botToken?: string;
  signingSecret?: string;
  appToken?: string;
  socketMode: boolean;
  channelId?: string;
  apiUrl?: string;
  returnToBotAfterMs: number;
}

/** The parts of the server context the desk uses (app/server.ts's ServerContext fits it). */
export interface SlackDeskHost {
  app: { use(...handlers: RequestHandler[]): unknown };
  assistant: {
    handoffs: HandoffDesk;
    clock: Clock;
    desk: { outbox: Outbox; tickets: TicketStore; handoffThreads: HandoffThreads; deskEvents: DeskEvents; deskPosts: DeskPosts };
  };
  config: { timeZone: string; slack: SlackSettings };
  relays: OutboxRelay[];
  onClose: (() => Promise<void>)[];
}

export interface SlackDeskOptions {
  onError?: (error: unknown, context: Record<string, unknown>) => void;
  /** How often the sweep runs (default: a quarter of the return-to-bot time, between 5 s and 1 min). */
  sweepEveryMs?: number;
}

export interface SlackDesk {
  api: SlackApi;
  bolt: SlackBolt;
  delivery: SlackDelivery;
  interactions: SlackInteractions;
  relay: OutboxRelay;
  sweep: HandoffSweep;
}

export async function mountSlackDesk(host: SlackDeskHost, options: SlackDeskOptions = {}): Promise<SlackDesk | undefined> {
  const settings = host.config.slack;
  if (!settings.botToken) return undefined;
  if (!settings.channelId) throw new Error('SLACK_CHANNEL_ID is required with SLACK_BOT_TOKEN: the channel where handoffs are posted');
  const onError = options.onError ?? ((error: unknown, context: Record<string, unknown>) => console.error('slack desk:', (error as Error)?.message ?? error, context));
  const { assistant } = host;
  const { desk, clock } = assistant;

  const api = new SlackApi({ token: settings.botToken, apiUrl: settings.apiUrl });
  const delivery = new SlackDelivery({
    api,
    posts: desk.deskPosts,
    threads: desk.handoffThreads,
    tickets: desk.tickets,
    clock,
    channelId: settings.channelId,
    timeZone: host.config.timeZone,
  });
  const relay = new OutboxRelay({
    destination: AGENT_DESK,
    outbox: desk.outbox,
    clock,
    deliver: (item) => delivery.deliver(item),
    onError: (error, item) => onError(error, { step: 'slack_delivery', outboxId: item?.id, kind: item?.kind }),
  });
  const interactions = new SlackInteractions({
    handoffs: assistant.handoffs,
    threads: desk.handoffThreads,
    events: desk.deskEvents,
    outbox: desk.outbox,
    tickets: desk.tickets,
    onQueued: () => relay.nudge(),
  });
  const bolt = createSlackBolt({
    api,
    interactions,
    botToken: settings.botToken,
    signingSecret: settings.signingSecret,
    socketMode: settings.socketMode,
    appToken: settings.appToken,
    apiUrl: settings.apiUrl,
    onError,
  });
  const sweep = new HandoffSweep({
    threads: desk.handoffThreads,
    handoffs: assistant.handoffs,
    outbox: desk.outbox,
    events: desk.deskEvents,
    clock,
    returnToBotAfterMs: settings.returnToBotAfterMs,
    onError,
  });

  if (bolt.receiver) {
    host.app.use(slackRequestAge(SLACK_EVENTS_PATH), bolt.receiver.router as unknown as RequestHandler);
  } else {
    await bolt.app.start();
    host.onClose.push(() => bolt.app.stop().then(() => undefined));
  }
  host.relays.push(relay);

  const every = options.sweepEveryMs ?? Math.max(5_000, Math.min(60_000, Math.floor(settings.returnToBotAfterMs / 4)));
  let sweeping = false;
  const timer = setInterval(() => {
    if (sweeping) return; // a slow sweep is not stacked on by the next tick
    sweeping = true;
    sweep
      .run()
      .then((report) => {
        if (report.returnedToBot.length || report.reannounced.length) relay.nudge();
      })
      .catch((error: unknown) => onError(error, { step: 'handoff_sweep' }))
      .finally(() => (sweeping = false));
  }, every);
  timer.unref();
  host.onClose.push(async () => clearInterval(timer));

  return { api, bolt, delivery, interactions, relay, sweep };
}
