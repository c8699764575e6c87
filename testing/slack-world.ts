/**
 * One running desk for a test file: the real assistant on a SQLite file in a temp folder, the
 * real Bolt receiver mounted on an express app on 127.0.0.1, the fake Slack Web API, and a fixed
 * clock. Relays are not started: tests drain them, so every post happens at a known point.
 * `restart()` closes the database and opens everything again on the same files, as a process
 * restart would.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { openAssistant, type Assistant } from '../app/assistant';
import { loadConfig, type Config } from '../app/config';
import { HandoffSweep } from '../bot/handoff-sweep';
import type { InboundMessageInput } from '../bot/messages';
import type { TurnResult } from '../bot/pipeline';
import { ACTIONS } from '../channels/slack/handoff-blocks';
import { mountSlackDesk, type SlackDesk } from '../channels/slack/mount-slack-desk';
import { FixedClock } from '../kernel/clock';
import { tempDir } from './temp-dir';
import { FakeSlackApi } from './fake-slack-api';
import { blockActionBody, messageEventBody, send, signed, type SignOptions } from './slack-signed-requests';
import { sqliteOf } from './desk';

export const TOKEN = 'xoxb-test-token';
export const SECRET = 'test-signing-secret';
export const CHANNEL = 'C0DESK';
export const AGENT = 'U0AGENT';

export interface SlackWorld {
  clock: FixedClock;
  slack: FakeSlackApi;
  config: Config;
  assistant: Assistant;
  desk: SlackDesk;
  /** The handoff sweep as the composition root builds it (run by hand here). */
  sweep: HandoffSweep;
  /** Our receiver's events URL. */
  url: string;
  errors: unknown[];
  customer(text: string, ref: string): Promise<TurnResult>;
  /** Delivers everything due for Slack; returns how many were delivered. */
  drain(): Promise<number>;
  click(
    action: keyof typeof ACTIONS,
    conversationId: number,
    options?: { messageTs?: string; threadTs?: string; user?: string; sign?: SignOptions; actionTs?: string },
  ): Promise<{ status: number; text: string }>;
  agentSays(
    text: string,
    threadTs: string,
    options?: { eventId?: string; user?: string; botId?: string; subtype?: string; files?: { id: string; name: string }[]; sign?: SignOptions },
  ): Promise<{ status: number; text: string; eventId: string }>;
  /** The ts of the conversation's live handoff post. */
  threadOf(conversationId: number): Promise<string>;
  /** Row counts of every table an event could change. */
  snapshot(): Promise<Record<string, number | string>>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

let messageSeq = 0;
let eventSeq = 0;

export async function openSlackWorld(start = '2026-11-24T01:00:00Z', env: Record<string, string> = {}): Promise<SlackWorld> {
  const { dir, cleanup } = tempDir('slack-desk-');
  const clock = new FixedClock(start);
  const slack = await FakeSlackApi.start({ token: TOKEN, channels: [CHANNEL], now: () => clock.now().getTime() });
  const config = loadConfig({
    AFTERSALES_DATA_DIR: dir,
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_CHANNEL_ID: CHANNEL,
    SLACK_API_URL: slack.url,
    HANDOFF_RETURN_AFTER: '30m',
    ...env,
  });
  const errors: unknown[] = [];

  let assistant!: Assistant;
  let desk!: SlackDesk;
  let sweep!: HandoffSweep;
  let server!: Server;
  let onClose: (() => Promise<void>)[] = [];
  let url = '';

  const open = async () => {
    assistant = await openAssistant(config, { clock, onError: (error) => errors.push(error) });
    const app = express();
    onClose = [];
    const mounted = await mountSlackDesk({ app, assistant, config, relays: [], onClose }, { onError: (error) => errors.push(error) });
    if (!mounted) throw new Error('the Slack desk did not mount');
    desk = mounted;
    sweep = new HandoffSweep({
      queue: assistant.desk.handoffQueue,
      handoffs: assistant.handoffs,
      outbox: assistant.desk.outbox,
      routes: assistant.routes,
      events: assistant.desk.deskEvents,
      clock,
      returnToBotAfterMs: config.handoff.returnToBotAfterMs,
      onError: (error) => errors.push(error),
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  };
  const shut = async () => {
    await desk.relay.stop();
    for (const fn of [...onClose].reverse()) await fn();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    // A "crashed" test may have closed the database already.
    await assistant.close().catch(() => undefined);
  };
  await open();

  const world: SlackWorld = {
    clock,
    slack,
    config,
    get assistant() {
      return assistant;
    },
    get desk() {
      return desk;
    },
    get sweep() {
      return sweep;
    },
    get url() {
      return url;
    },
    errors,
    customer(text, ref) {
      messageSeq++;
      const message: InboundMessageInput = { channel: 'web', channelMessageId: `web-msg-${messageSeq}`, customerRef: ref, text, receivedAt: clock.now().toISOString() };
      return assistant.bot.handle(message);
    },
    drain: () => desk.relay.drain(),
    async click(action, conversationId, options = {}) {
      const messageTs = options.messageTs ?? (await world.threadOf(conversationId));
      const body = blockActionBody({
        user: options.user ?? AGENT,
        channel: CHANNEL,
        messageTs,
        threadTs: options.threadTs,
        actionId: ACTIONS[action],
        value: String(conversationId),
        actionTs: options.actionTs,
      });
      return send(url, signed(SECRET, body, 'application/x-www-form-urlencoded', options.sign));
    },
    async agentSays(text, threadTs, options = {}) {
      eventSeq++;
      const eventId = options.eventId ?? `Ev${String(eventSeq).padStart(8, '0')}`;
      const ts = `${Math.floor(clock.now().getTime() / 1000)}.${String(900000 + eventSeq)}`;
      const body = messageEventBody({ eventId, channel: CHANNEL, user: options.user ?? AGENT, text, ts, threadTs, botId: options.botId, subtype: options.subtype, files: options.files });
      return { ...(await send(url, signed(SECRET, body, 'application/json', options.sign))), eventId };
    },
    async threadOf(conversationId) {
      const thread = await assistant.desk.handoffThreads.latestFor(conversationId, 'slack');
      if (!thread) throw new Error(`conversation ${conversationId} has no handoff thread yet`);
      return thread.threadTs;
    },
    async snapshot() {
      const counts: Record<string, number | string> = {};
      for (const table of ['messages', 'outbox', 'tickets', 'ticket_events', 'conversations', 'desk_events', 'handoff_threads', 'csat']) {
        counts[table] = (await sqliteOf(assistant.desk).db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;
      }
      counts.states = (await sqliteOf(assistant.desk).db.all<{ state: string }>('SELECT state FROM conversations ORDER BY id')).map((r) => r.state).join('\n');
      return counts;
    },
    async restart() {
      await shut();
      await open();
    },
    async close() {
      await shut().catch(() => undefined);
      await slack.close();
      cleanup();
    },
  };
  return world;
}
