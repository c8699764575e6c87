/**
 * `mountSlackDesk(context)`: the Slack desk on the shared server, when SLACK_BOT_TOKEN is set.
 * Mounts Bolt's router (or connects Socket Mode) and adds the relay that posts the Slack desk's
 * copies of handoff items. The handoff sweep (return to the bot, overdue re-announcements) is the
 * composition root's, and runs whether or not Slack is configured.
 *
 * It takes the server context by shape, not by import: channels never import the composition root.
 */
import type { RequestHandler } from 'express';
import type { DeskEvents } from '../../bot/desk-events';
import type { HandoffDesk } from '../../bot/handoff-desk';
import { OutboxRelay } from '../../bot/outbox-relay';
import type { Clock } from '../../kernel/clock';
import type { HealthProbes } from '../../kernel/health-probe';
import type { Outbox } from '../../tickets/outbox';
import type { TicketStore } from '../../tickets/ticket-store';
import type { DeskPosts } from './desk-posts';
import { AgentFiles, SLACK_FILES_ORIGIN } from './agent-files';
import { SLACK_DESK } from './desk-payloads';
import type { HandoffThreads } from './handoff-threads';
import { SlackApi } from './slack-api';
import { slackRequestAge } from './request-age';
import { createSlackBolt, SLACK_EVENTS_PATH, type SlackBolt } from './slack-bolt-app';
import { SlackDelivery } from './slack-delivery';
import { SlackHandoff } from './slack-handoff';
import { slackHealthProbe } from './slack-health';
import { SlackInteractions, type SlackThreadMode } from './slack-interactions';

export interface SlackSettings {
  botToken?: string;
  signingSecret?: string;
  appToken?: string;
  socketMode: boolean;
  channelId?: string;
  apiUrl?: string;
  /** conversation (default): thread replies go to the customer; alerts: only `!reply ...` does. */
  threadMode?: SlackThreadMode;
}

/** The parts of the server context the desk uses (app/server.ts's ServerContext fits it). */
export interface SlackDeskHost {
  app: { use(...handlers: RequestHandler[]): unknown };
  assistant: {
    handoffs: HandoffDesk;
    clock: Clock;
    desk: { outbox: Outbox; tickets: TicketStore; handoffThreads: HandoffThreads; deskEvents: DeskEvents; deskPosts: DeskPosts };
  };
  config: { timeZone: string; slack: SlackSettings; uploadsDir: string; uploads: { maxBytes: number } };
  relays: OutboxRelay[];
  onClose: (() => Promise<void>)[];
  /** Where /healthz reads the desk's state (absent in the CLI). */
  health?: HealthProbes;
}

export interface SlackDeskOptions {
  onError?: (error: unknown, context: Record<string, unknown>) => void;
}

export interface SlackDesk {
  api: SlackApi;
  bolt: SlackBolt;
  delivery: SlackDelivery;
  interactions: SlackInteractions;
  relay: OutboxRelay;
  handoff: SlackHandoff;
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
  const handoff = new SlackHandoff(delivery);
  const relay = new OutboxRelay({
    destination: SLACK_DESK,
    outbox: desk.outbox,
    clock,
    deliver: (item) => handoff.deliver(item),
    onError: (error, item) => onError(error, { step: 'slack_delivery', outboxId: item?.id, kind: item?.kind }),
  });
  const interactions = new SlackInteractions({
    handoffs: assistant.handoffs,
    threads: desk.handoffThreads,
    events: desk.deskEvents,
    outbox: desk.outbox,
    tickets: desk.tickets,
    onQueued: () => relay.nudge(),
    threadMode: settings.threadMode,
    files: new AgentFiles({
      token: settings.botToken,
      uploadsDir: host.config.uploadsDir,
      maxBytes: host.config.uploads.maxBytes,
      // The bot token goes only to Slack's file host (or, in tests, the fake Web API's own host).
      fileOrigins: [SLACK_FILES_ORIGIN, ...(settings.apiUrl ? [new URL(settings.apiUrl).origin] : [])],
    }),
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
  if (bolt.receiver) {
    host.app.use(slackRequestAge(SLACK_EVENTS_PATH), bolt.receiver.router);
  } else {
    await bolt.app.start();
    host.onClose.push(() => bolt.app.stop().then(() => undefined));
  }
  host.relays.push(relay);
  host.health?.register('slack', slackHealthProbe(api, clock, { socketMode: settings.socketMode }));

  return { api, bolt, delivery, interactions, relay, handoff };
}
