/**
 * Mounts the web chat onto the server's express app: the demo support page at /, the widget's
 * files under /widget, the API under /api/web, and the outbox relay that brings agent answers and
 * surveys (destination customer:web) to the visitors' event streams.
 *
 * Takes the server context structurally (channels never import the composition root).
 */
import path from 'node:path';
import express from 'express';
import { customerDestination } from '../../bot/customer-deliveries';
import type { ConversationStore } from '../../bot/conversation';
import { deliverCustomerItem } from '../../bot/customer-item-delivery';
import { InlineDeliveries } from '../../bot/inline-deliveries';
import { OutboxRelay } from '../../bot/outbox-relay';
import type { AfterSalesBot } from '../../bot/pipeline';
import type { Clock } from '../../kernel/clock';
import type { LiveBus } from '../../kernel/live-bus';
import { z } from 'zod';
import type { RateCounter } from '../../kernel/rate-counter';
import type { Outbox } from '../../tickets/outbox';
import { SessionStreams, type StreamOptions } from './session-streams';
import { WebChatChannel } from './web-chat-channel';
import { webChatRoutes, type LinkRedeemer } from './web-chat-routes';
import { sendError } from './web-errors';
import { OriginPolicy } from './web-security';
import { WebSessions, type SessionRecords } from './web-sessions';

/** What the web chat reads from configuration (app/config.ts fills it). */
export interface WebChatSettings {
  allowedOrigins: string[];
  sessionIdleMs: number;
  /** Messages (and survey answers) one session may post per minute. */
  rateLimitPerMinute: number;
  /** Requests of any kind one IP address may make to the web chat per minute. */
  ipRateLimitPerMinute: number;
  /** Receipt photos one session may upload per minute (each one costs an OCR run). */
  uploadsPerMinute: number;
  /** Open sessions kept in memory at most; new visitors are turned away beyond it. */
  maxSessions: number;
  /** Event streams the server holds open at most, over all sessions (WEB_MAX_STREAMS). */
  maxStreams: number;
  /** Where customers reach the web chat (WEB_PUBLIC_URL): our own origin for the Origin check. */
  publicUrl?: string;
  /** Bearer token that may read live counts from afar (HEALTH_TOKEN). */
  healthToken?: string;
}

export interface WebChatHost {
  app: express.Express;
  assistant: {
    bot: Pick<AfterSalesBot, 'handle'>;
    clock: Clock;
    desk: {
      conversations: ConversationStore;
      outbox: Outbox;
      webSessions?: SessionRecords;
      unitOfWork?<T>(work: () => Promise<T>): Promise<T>;
      /** postgres: several instances share the desk, and a visitor's requests may reach any of them. */
      engine?: string;
      /** Where changes are told to every instance (absent: this process only). */
      live?: LiveBus;
      /** Shared by every instance (a PostgreSQL desk): the per-IP and per-session limits count there. */
      rateCounter?: RateCounter;
    };
    /** Opens tickets' secret links (bot/ticket-links.ts). */
    links?: LinkRedeemer;
  };
  config: {
    uploadsDir: string;
    uploads: { maxBytes: number; maxPixels: number; keep: boolean };
    web: WebChatSettings;
  };
  relays: OutboxRelay[];
  onClose: (() => Promise<void>)[];
}

export interface WebChatOptions {
  stream?: Partial<StreamOptions>;
  /** How often the relay looks for agent messages and surveys to push. */
  relayPollMs?: number;
  onError?: (error: unknown) => void;
}

const PUBLIC_DIR = path.join(import.meta.dirname, 'public');

/** "This visitor's conversation has something new", between instances. */
const webNoticeSchema = z.object({ customerRef: z.string().min(1).max(200), conversationId: z.number().int().positive() });

/**
 * Errors of the static folders (a missing file, a malformed or hostile path such as /widget/%E0
 * or /demo/..%2f) as a short JSON answer: express's default page would show a stack trace with
 * the server's absolute paths.
 */
const staticErrors: express.ErrorRequestHandler = (error: { status?: number; statusCode?: number }, _req, res, _next) => {
  const status = error.status ?? error.statusCode ?? 500;
  if (status === 404) return sendError(res, 404, 'not_found', 'No such file / 文件不存在');
  if (status >= 400 && status < 500) return sendError(res, 400, 'bad_path', 'Malformed path / 路径格式有误');
  return sendError(res, 500, 'internal', 'Something went wrong on our side / 服务器出错了');
};

export async function mountWebChat(host: WebChatHost, options: WebChatOptions = {}): Promise<WebChatChannel> {
  const { app, assistant, config } = host;
  const onError = options.onError ?? ((error: unknown) => console.error('web chat:', error));
  const origins = new OriginPolicy(config.web.allowedOrigins, config.web.publicUrl ? [config.web.publicUrl] : []);
  const shared = assistant.desk.engine === 'postgres';
  const sessions = new WebSessions(assistant.clock, config.web.sessionIdleMs, config.web.maxSessions, assistant.desk.webSessions, shared);
  const streams = new SessionStreams(
    assistant.desk.conversations,
    { chunkChars: 8, chunkDelayMs: 20, heartbeatMs: 15_000, maxStreamsPerSession: 4, maxStreams: config.web.maxStreams, ...options.stream },
    onError,
  );
  const channel = new WebChatChannel(sessions, streams, assistant.clock);
  const live = assistant.desk.live;
  if (live) {
    // A reply stored on any instance reaches the streams this one holds, and theirs ours.
    channel.shared = shared;
    channel.announce = (customerRef, conversationId) => live.publish('web', { customerRef, conversationId });
    const unsubscribe = live.subscribe('web', {
      onNotice: (payload) => {
        const notice = webNoticeSchema.safeParse(payload);
        if (notice.success) channel.changed(notice.data.customerRef, notice.data.conversationId);
      },
      onGap: () => channel.resyncAll(),
    });
    host.onClose.push(async () => unsubscribe());
  }
  await channel.start((message, options) => assistant.bot.handle(message, options));

  const pages = origins.headers({ crossOriginAssets: false });
  const assets = origins.headers({ crossOriginAssets: true });
  app.get(['/', '/index.html'], pages, (_req, res) => res.sendFile(path.join(PUBLIC_DIR, 'index.html')));
  app.use('/demo', pages, express.static(path.join(PUBLIC_DIR, 'demo'), { index: false, fallthrough: false }), staticErrors);
  app.use('/widget', assets, express.static(path.join(PUBLIC_DIR, 'widget'), { index: false, fallthrough: false }), staticErrors);
  app.use(
    '/api/web',
    origins.headers({ crossOriginAssets: false }),
    webChatRoutes(
      { channel, conversations: assistant.desk.conversations, origins, links: assistant.links, now: () => assistant.clock.now() },
      {
        healthToken: config.web.healthToken,
        rateCounter: assistant.desk.rateCounter,
        uploadsDir: config.uploadsDir,
        uploads: config.uploads,
        sessionIdleMs: config.web.sessionIdleMs,
        maxJsonBytes: 256 * 1024,
        limits: {
          perIpPerMinute: config.web.ipRateLimitPerMinute,
          perSessionPerMinute: config.web.rateLimitPerMinute,
          uploadsPerMinute: config.web.uploadsPerMinute,
        },
      },
      onError,
    ),
  );

  const relay = new OutboxRelay({
    destination: customerDestination('web'),
    outbox: assistant.desk.outbox,
    clock: assistant.clock,
    pollMs: options.relayPollMs ?? 500,
    // A malformed item will never deliver: it is parked instead of retried for hours.
    deliver: deliverCustomerItem(channel),
    onError: (error) => onError(error),
    // Pushing to a stream again is harmless (the stream's cursor skips what it had): one durable
    // write confirms a batch, so every turn's reply costs no commit of its own.
    ...(assistant.desk.unitOfWork ? { confirmBatch: assistant.desk.unitOfWork.bind(assistant.desk) } : {}),
  });
  // Replies' items are held for seconds (INLINE_HOLD_MS), so their confirmations may wait a fifth
  // of one to share a statement; one lost in a crash only lets the relay push that reply again,
  // which the streams skip (their cursor has it).
  const inline = new InlineDeliveries({ outbox: assistant.desk.outbox, clock: assistant.clock, flushMs: 200, onError });
  channel.onSentInline = (key) => inline.sent(key);
  host.relays.push(relay);
  host.onClose.push(async () => {
    await channel.stop();
    await inline.flush();
  });
  return channel;
}
