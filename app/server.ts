/**
 * The HTTP server: one express app that the web chat, the built-in agent desk, the Slack desk, the
 * WeChat official-account callback and the call-centre webhook mount onto. Each adds one
 * `mount...` call below and keeps everything else in its own folder. The handoff sweep runs here,
 * whatever desks are in use.
 */
import type { Server } from 'node:http';
import express from 'express';
import { mountAgentDesk } from '../agent-desk/web/mount-agent-desk';
import type { HandoffSweep } from '../bot/handoff-sweep';
import type { OutboxRelay } from '../bot/outbox-relay';
import { mountWechatOfficial } from '../channels/wechat/mount-wechat-official';
import { startWechaty } from '../channels/wechat/start-wechaty';
import { mountSlackDesk } from '../channels/slack/mount-slack-desk';
import { mountVoiceWebhook } from '../channels/voice/webhook';
import { mountWebChat } from '../channels/web/mount-web-chat';
import type { Clock } from '../kernel/clock';
import { openAssistant, type Assistant } from './assistant';
import type { Config } from './config';
import { startHandoffSweep } from './handoff-sweeping';
import { createLogger, type Logger } from './logger';

export interface ServerContext {
  app: express.Express;
  assistant: Assistant;
  config: Config;
  /** The process log (personal data redacted). */
  log: Logger;
  /** Relays started with the server and stopped with it. */
  relays: OutboxRelay[];
  /** Run at shutdown, last added first. */
  onClose: (() => Promise<void>)[];
  /** The handoff sweep (it runs on a timer; tests run it by hand). */
  sweep?: HandoffSweep;
}

export interface RunningServer {
  url: string;
  port: number;
  context: ServerContext;
  close(): Promise<void>;
}

export async function startServer(config: Config, options: { clock?: Clock; host?: string } = {}): Promise<RunningServer> {
  const log = createLogger(config);
  const assistant = await openAssistant(config, { clock: options.clock, onError: (error, details) => log.error({ err: error, ...details }, 'turn failed') });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const context: ServerContext = { app, assistant, config, log, relays: [], onClose: [] };

  app.get('/healthz', async (_req, res) => {
    const pending = await assistant.desk.outbox.pendingCount();
    res.json({ ok: true, pendingDeliveries: pending });
  });
  // Channel mounts go here, one line each. Slack first: Bolt must read raw request bodies.
  await mountSlackDesk(context);
  await mountWechatOfficial(context);
  await startWechaty(context);
  await mountVoiceWebhook(context);
  await mountWebChat(context);
  await mountAgentDesk(context, { onError: (error, details) => log.error({ err: error, ...details }, 'agent desk') });
  context.sweep = startHandoffSweep(context, { onError: (error, details) => log.error({ err: error, ...details }, 'handoff sweep') });

  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, options.host ?? '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
  for (const relay of context.relays) relay.start();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://localhost:${port}`,
    port,
    context,
    async close() {
      for (const relay of context.relays) await relay.stop();
      for (const fn of [...context.onClose].reverse()) await fn();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await assistant.close();
    },
  };
}
