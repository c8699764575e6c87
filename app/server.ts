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
import type { SmsSender } from '../bot/sms-sender';
import { mountWecom } from '../channels/wecom/mount-wecom';
import { startWechaty } from '../channels/wechat/start-wechaty';
import { mountVoiceWebhook } from '../channels/voice/webhook';
import { mountWebChat } from '../channels/web/mount-web-chat';
import type { Clock } from '../kernel/clock';
import { HealthProbes } from '../kernel/health-probe';
import { openAssistant, type Assistant } from './assistant';
import type { Config } from './config';
import { startHandoffSweep } from './handoff-sweeping';
import { startRetention, type RetentionSchedule } from './retention';
import { mountHealth } from './health';
import { createLogger, type Logger } from './logger';
import { logModelCheck } from './model-check';

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
  /** Each channel's state for /healthz (app/health.ts). */
  health: HealthProbes;
  /** The handoff sweep (it runs on a timer; tests run it by hand). */
  sweep?: HandoffSweep;
  /** Data retention, run at start and every few hours (app/retention.ts). */
  retention?: RetentionSchedule;
}

export interface RunningServer {
  url: string;
  port: number;
  context: ServerContext;
  close(): Promise<void>;
}

export async function startServer(config: Config, options: { clock?: Clock; host?: string; sms?: SmsSender } = {}): Promise<RunningServer> {
  const log = createLogger(config);
  const assistant = await openAssistant(config, {
    clock: options.clock,
    onError: (error, details) => log.error({ err: error, ...details }, 'turn failed'),
    onSmsLog: (line) => log.info(line),
    sms: options.sms,
  });
  const app = express();
  app.disable('x-powered-by');
  // X-Forwarded-For is believed only from the proxies TRUST_PROXY names (default: none), so a
  // client cannot pick the address its limits are counted under.
  app.set('trust proxy', config.trustProxy);
  const context: ServerContext = { app, assistant, config, log, relays: [], onClose: [], health: new HealthProbes() };
  // Say at once whether the model endpoint works (unreachable, key refused, model not served).
  if (config.llm.baseUrl) await logModelCheck(config, log);

  // Each channel registers a probe on context.health as it starts; /healthz reads them per request.
  mountHealth(context, assistant.desk.outboxAdmin);
  // Channel mounts go here, one line each. Slack first: Bolt must read raw request bodies.
  // Slack and the official account are loaded only when configured (each mount checks its own
  // settings again): Bolt and the channels' modules cost start-up time in every process. WeCom
  // stays a static import: loaded lazily, test/wecom/wecom-channel.test.ts's picture story failed
  // (cause not found; its modules are light).
  if (config.slack.botToken) {
    const { mountSlackDesk } = await import('../channels/slack/mount-slack-desk');
    await mountSlackDesk(context, { onError: (error, details) => log.error({ err: error, ...details }, 'slack desk') });
  }
  if (config.wechat.officialAccount.token) await (await import('../channels/wechat/mount-wechat-official')).mountWechatOfficial(context);
  await mountWecom(context);
  await startWechaty(context);
  await mountVoiceWebhook(context);
  await mountWebChat(context);
  await mountAgentDesk(context, { onError: (error, details) => log.error({ err: error, ...details }, 'agent desk') });
  context.sweep = startHandoffSweep(context, { onError: (error, details) => log.error({ err: error, ...details }, 'handoff sweep') });
  context.retention = startRetention(context, {
    onReport: (report) => log.info({ retention: report }, 'retention run (RETENTION_*): counts of what was deleted'),
    onError: (error) => log.error({ err: error }, 'retention'),
  });
  // Whatever no route answered, or failed outside a channel's own error handler: a short JSON
  // answer, never express's default page with a stack trace and the server's file paths.
  app.use((_req: express.Request, res: express.Response) => {
    res.status(404).json({ error: { code: 'not_found', message: 'Not found / 未找到' } });
  });
  app.use((error: { status?: number; statusCode?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = error.status ?? error.statusCode ?? 500;
    if (status >= 500) log.error({ err: error }, 'request failed');
    if (res.headersSent) return;
    res
      .status(status >= 400 && status < 600 ? status : 500)
      .json({ error: { code: status < 500 ? 'bad_request' : 'internal', message: status < 500 ? 'Bad request / 请求有误' : 'Something went wrong / 服务器出错了' } });
  });

  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, options.host ?? config.host, () => resolve(s));
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
