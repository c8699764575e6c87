/**
 * `mountAgentDesk(context)`: the built-in agent desk at /desk on the shared server (Chinese and
 * English). The login page is the only thing reachable without a login; behind it, the desk page,
 * its script and style, and the JSON API with its live event stream. Also adds the relay that
 * tells open desk pages of the desk's copies of handoff items.
 *
 * Takes the server context by shape, not by import: it never imports the composition root.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { ConversationStore } from '../../bot/conversation';
import type { HandoffDesk } from '../../bot/handoff-desk';
import type { HandoffQueue } from '../../bot/handoff-queue';
import { OutboxRelay } from '../../bot/outbox-relay';
import type { Clock } from '../../kernel/clock';
import type { CustomerDirectory } from '../../tickets/customer-directory';
import type { Outbox } from '../../tickets/outbox';
import type { ReportData } from '../../reports/report-data';
import type { SlaPolicy } from '../../tickets/sla';
import type { TicketStore } from '../../tickets/ticket-store';
import type { AgentAccounts } from '../agent-accounts';
import type { AgentPresence } from '../agent-presence';
import type { AgentSessions, LoginFailures } from '../agent-sessions';
import type { DeskLive } from '../desk-live';
import { DeskLogin } from '../desk-login';
import { DeskViews } from '../desk-views';
import { WEB_DESK, WebDeskHandoff } from '../web-desk-handoff';
import { deskApi } from './desk-api';
import type { DraftReader } from '../ticket-draft';
import type { HealthProbes } from '../../kernel/health-probe';
import { OwnOrigins } from '../../kernel/origins';
import { langOf, loginRoutes, logoutRoute, requireCsrf, requireSession, sessionOf } from './desk-auth';
import { deskPage } from './desk-pages';
import { reportsRoute } from './reports-route';

/** What the desk reads from configuration (app/config.ts fills it). */
export interface AgentDeskSettings {
  /** A login ends after this long without a request from the agent. */
  sessionIdleMs: number;
  /** Failed logins one address may make within `loginWindowMs` before it is refused for a while. */
  loginMaxFailures: number;
  loginWindowMs: number;
  /** Where the desk's pages are served from (WEB_PUBLIC_URL); requests from any other origin are refused. Unset: loopback only. */
  publicUrl?: string;
}

export interface AgentDeskHost {
  app: express.Express;
  assistant: {
    clock: Clock;
    deskLive: DeskLive;
    presence: AgentPresence;
    handoffs: HandoffDesk;
    knowledge: { get(id: string): { title: { zh: string; en: string } } | undefined };
    /** The bot's own reading of a message: the ticket form is prefilled with it (agent-desk/ticket-draft.ts). */
    understanding: DraftReader;
    desk: {
      /** Writes joined into one transaction. */
      unitOfWork<T>(work: () => Promise<T>): Promise<T>;
      outbox: Outbox;
      conversations: ConversationStore;
      tickets: TicketStore;
      customers: CustomerDirectory;
      handoffQueue: HandoffQueue;
      agents: AgentAccounts;
      agentSessions: AgentSessions;
      loginFailures: LoginFailures;
      /** The rows of the manager's service report (/desk/reports). */
      reports: ReportData;
    };
  };
  config: { agentDesk: AgentDeskSettings; uploadsDir: string; uploads: { maxBytes: number }; timeZone: string; sla: SlaPolicy };
  relays: OutboxRelay[];
  onClose: (() => Promise<void>)[];
  /** The channels' health (a WeChat login waiting for its QR scan is shown on the desk page). */
  health?: HealthProbes;
}

/** Probes that are not ok, as a line to read and, for a login waiting for its scan, the QR link. */
async function channelsNeedingAttention(health: HealthProbes): Promise<{ detail: string; link?: string }[]> {
  const reports = await health.report(1_000);
  return Object.values(reports)
    .filter((r) => r.state !== 'ok')
    .map((r) => ({ detail: r.detail, ...(typeof r.qrUrl === 'string' && /^https:\/\//.test(r.qrUrl) ? { link: r.qrUrl } : {}) }));
}

export interface AgentDeskOptions {
  /** How often the relay looks for new items (default 300 ms: the queue updates live). */
  relayPollMs?: number;
  /** How often an open desk page's stream is checked and kept alive. */
  heartbeatMs?: number;
  onError?: (error: unknown, context: Record<string, unknown>) => void;
}

export interface AgentDesk {
  handoff: WebDeskHandoff;
  relay: OutboxRelay;
  login: DeskLogin;
  views: DeskViews;
}

const PUBLIC_DIR = path.join(import.meta.dirname, 'public');

export async function mountAgentDesk(host: AgentDeskHost, options: AgentDeskOptions = {}): Promise<AgentDesk> {
  const { assistant, config } = host;
  const { desk, clock } = assistant;
  const onError = options.onError ?? ((error: unknown, context: Record<string, unknown>) => console.error('agent desk:', (error as Error)?.message ?? error, context));

  const handoff = new WebDeskHandoff(assistant.deskLive);
  const relay = new OutboxRelay({
    destination: WEB_DESK,
    outbox: desk.outbox,
    clock,
    pollMs: options.relayPollMs ?? 300,
    deliver: (item) => handoff.deliver(item),
    // Telling open pages is only a notification: the desk reads the conversations themselves.
    confirmBatch: (work) => desk.unitOfWork(work),
    onError: (error, item) => onError(error, { step: 'desk_delivery', outboxId: item?.id, kind: item?.kind }),
  });
  host.relays.push(relay);

  const login = new DeskLogin({ accounts: desk.agents, sessions: desk.agentSessions, failures: desk.loginFailures, clock, settings: config.agentDesk });
  const views = new DeskViews({
    queue: desk.handoffQueue,
    conversations: desk.conversations,
    tickets: desk.tickets,
    customers: desk.customers,
    knowledgeTitle: (id) => assistant.knowledge.get(id)?.title,
    clock,
  });
  const css = fs.readFileSync(path.join(PUBLIC_DIR, 'desk.css'), 'utf8');
  const api = deskApi({
    views,
    handoffs: assistant.handoffs,
    tickets: desk.tickets,
    conversations: desk.conversations,
    customers: desk.customers,
    queue: desk.handoffQueue,
    reader: assistant.understanding,
    live: assistant.deskLive,
    presence: assistant.presence,
    login,
    uploadsDir: config.uploadsDir,
    maxImageBytes: config.uploads.maxBytes,
    clock,
    onChange: () => host.relays.forEach((r) => r.nudge()),
    heartbeatMs: options.heartbeatMs,
  });

  const router = express.Router();
  // The desk's own pages are served from the public origin (or loopback in a local demo), never judged by Host.
  const origins = new OwnOrigins(config.agentDesk.publicUrl ? [config.agentDesk.publicUrl] : []);
  router.use(securityHeaders);
  router.use(loginRoutes({ login, origins, css: () => css, sessionIdleMs: config.agentDesk.sessionIdleMs }));
  // Nothing below is reachable without a login.
  router.use(requireSession(login));
  router.post(
    '/logout',
    express.urlencoded({ extended: false, limit: '2kb' }),
    requireCsrf(origins),
    logoutRoute(login, (session) => api.endStreamsOf(session.tokenHash)),
  );
  router.get(['/', ''], async (req, res) => {
    const session = sessionOf(res);
    const attention = host.health ? await channelsNeedingAttention(host.health) : [];
    res.type('html').send(deskPage({ lang: langOf(req, res), agent: session.agent, csrfToken: session.csrfToken, timeZone: config.timeZone, attention }));
  });
  // Managers only (an agent gets 403); read-only, so no CSRF token.
  router.get('/reports', (req, res, next) => reportsRoute({ reports: desk.reports, sla: config.sla, timeZone: config.timeZone, clock })(req, res).catch(next));
  router.use('/assets', express.static(PUBLIC_DIR, { index: false, fallthrough: false }));
  router.use('/api', express.json({ limit: '32kb' }), requireCsrf(origins), api.router);
  router.use((_req, res) => res.status(404).type('text').send('Not found / 没有这个页面'));
  host.app.use('/desk', router);

  // Idle sessions and old failed logins are dropped now and then.
  const tidy = setInterval(() => void login.tidy().catch((error: unknown) => onError(error, { step: 'desk_tidy' })), 10 * 60_000);
  tidy.unref();
  host.onClose.push(async () => {
    clearInterval(tidy);
    api.closeStreams();
  });
  return { handoff, relay, login, views };
}

/** Strict headers for every desk response: our own scripts and styles only, never framed, never cached. */
function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.locals.cspNonce = randomBytes(16).toString('base64');
  res.setHeader('Cache-Control', 'no-store');
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", (_req, r) => `'nonce-${(r as Response).locals.cspNonce as string}'`],
        imgSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
    // Whether the whole host is HTTPS-only is the deployment's decision, not the desk's.
    strictTransportSecurity: false,
  })(req, res, next);
}
