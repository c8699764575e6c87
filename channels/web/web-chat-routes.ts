/**
 * The web chat HTTP API under /api/web. Handlers only translate HTTP into `WebChatChannel` calls
 * and back; every body is parsed with zod and every failure answers `{ error: { code, message } }`.
 */
import fs from 'node:fs/promises';
import express, { type Response } from 'express';
import { z } from 'zod';
import type { ConversationStore } from '../../bot/conversation';
import { MAX_STORED_TEXT } from '../../bot/messages';
import type { TurnResult } from '../../bot/pipeline';
import { viewOf } from './message-view';
import { storeReceiptPhoto, tooLarge } from './receipt-upload';
import type { WebChatChannel } from './web-chat-channel';
import { WebError, sendError, webErrorHandler } from './web-errors';
import { rateLimiters, type OriginPolicy } from './web-security';
import type { WebSession } from './web-sessions';

export interface RouteSettings {
  uploadsDir: string;
  uploads: { maxBytes: number; maxPixels: number; keep: boolean };
  limits: { perIpPerMinute: number; perSessionPerMinute: number; uploadsPerMinute: number };
  sessionIdleMs: number;
  /** Largest JSON body accepted (a 50,000-character Chinese message is about 150 KB). */
  maxJsonBytes: number;
}

const clientMessageId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'expected 8-64 letters, digits, - or _');
const messageBody = z.object({
  clientMessageId,
  text: z
    .string()
    .max(MAX_STORED_TEXT, `a message may have at most ${MAX_STORED_TEXT} characters`)
    .refine((t) => t.trim().length > 0, 'a message needs some text'),
});
const surveyBody = z.object({ clientMessageId, score: z.number().int().min(1).max(5) });
const uploadQuery = z.object({ clientMessageId });
const historyQuery = z.object({
  after: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

interface Authed {
  session: WebSession;
  token: string;
}

export function webChatRoutes(channel: WebChatChannel, conversations: ConversationStore, origins: OriginPolicy, settings: RouteSettings, onError: (error: unknown) => void) {
  const router = express.Router();
  const authed = (res: Response): Authed => res.locals.web as Authed;
  const limits = rateLimiters(settings.limits, (req) => (req.res?.locals.web as Authed | undefined)?.session.key ?? 'anonymous');
  const json = express.json({ limit: settings.maxJsonBytes, type: () => true });
  const raw = express.raw({ limit: settings.uploads.maxBytes, type: () => true });

  const auth: express.RequestHandler = async (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const found = channel.sessions.use(token);
    const session = found.session ?? (token ? await revive(token) : undefined);
    if (!session) {
      return !token
        ? sendError(res, 401, 'session_required', 'Start a chat session first (Authorization: Bearer <token>) / 请先创建会话')
        : sendError(res, 401, 'session_invalid', 'This chat session has expired or does not exist; start a new one / 会话已过期或不存在，请重新开始');
    }
    res.locals.web = { session, token: token! } satisfies Authed;
    next();
  };
  /** A visitor whose session this process does not know (it restarted) keeps their chat if it is still recent. */
  const revive = (token: string): Promise<WebSession | undefined> =>
    channel.sessions.revive(token, (since) => conversations.activeFor('web', token, since));
  const needsJson: express.RequestHandler = (req, res, next) => {
    if (!req.is('application/json')) return sendError(res, 415, 'unsupported_content_type', 'Send the body as application/json / 请以 application/json 发送');
    next();
  };
  const parse = <T extends z.ZodType>(schema: T, value: unknown): z.output<T> => {
    const parsed = schema.safeParse(value ?? {});
    if (parsed.success) return parsed.data;
    const tooLong = parsed.error.issues.some((i) => i.path[0] === 'text' && i.code === 'too_big');
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
    throw new WebError(400, tooLong ? 'message_too_long' : 'invalid_body', `Invalid request: ${detail} / 请求内容有误`);
  };

  router.use(origins.cors());
  router.use(limits.perIp);

  router.get('/health', (_req, res) => {
    res.json({ ok: true, sessions: channel.sessions.size, streams: channel.streams.streamCount });
  });

  router.post('/sessions', origins.requireOrigin(), (_req, res) => {
    const created = channel.sessions.create();
    if (!created) throw new WebError(503, 'too_many_sessions', 'The chat is very busy; please try again in a minute / 当前咨询人数过多，请稍后再试', 60);
    res.status(201).json({ token: created.token, idleTimeoutMs: settings.sessionIdleMs });
  });

  router.get('/events', auth, (req, res) => {
    const header = req.get('last-event-id') ?? (typeof req.query.after === 'string' ? req.query.after : undefined);
    const lastEventId = header !== undefined && /^\d{1,15}$/.test(header) ? Number(header) : undefined;
    channel.streams.attach(authed(res).session, res, lastEventId);
  });

  router.get('/history', auth, async (req, res) => {
    const query = parse(historyQuery, req.query);
    const { session } = authed(res);
    const messages = [];
    for (const id of session.conversationIds) messages.push(...(await conversations.history(id, 500)));
    const views = messages
      .filter((m) => m.id > query.after)
      .sort((a, b) => a.id - b.id)
      .slice(0, query.limit)
      .map((m) => viewOf(m, session.key));
    res.json({ messages: views });
  });

  router.post('/messages', origins.requireOrigin(), auth, limits.perSession, needsJson, json, async (req, res) => {
    const body = parse(messageBody, req.body);
    const { session, token } = authed(res);
    res.json(turnView(await channel.receive(session, token, body)));
  });

  router.post('/survey', origins.requireOrigin(), auth, limits.perSession, needsJson, json, async (req, res) => {
    const body = parse(surveyBody, req.body);
    const { session, token } = authed(res);
    if (!(await surveyPending(session))) {
      throw new WebError(409, 'no_survey_pending', 'There is no satisfaction survey to answer right now / 当前没有待评价的服务');
    }
    res.json(turnView(await channel.receive(session, token, { clientMessageId: body.clientMessageId, text: String(body.score) })));
  });

  router.post(
    '/uploads',
    origins.requireOrigin(),
    auth,
    limits.uploads,
    (req, res, next) => {
      // Refuse an oversized photo from its declared length, before reading it.
      const declared = Number(req.get('content-length') ?? 0);
      if (declared > settings.uploads.maxBytes) return next(tooLarge(settings.uploads.maxBytes));
      raw(req, res, (error?: unknown) => next((error as { type?: string })?.type === 'entity.too.large' ? tooLarge(settings.uploads.maxBytes) : error));
    },
    async (req, res) => {
      const query = parse(uploadQuery, req.query);
      const { session, token } = authed(res);
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const stored = await storeReceiptPhoto(bytes, settings.uploads, settings.uploadsDir);
      const removeCopy = async () => {
        if (!settings.uploads.keep) await fs.rm(stored.path, { force: true });
      };
      let result: TurnResult;
      try {
        result = await channel.receive(session, token, {
          clientMessageId: query.clientMessageId,
          attachments: [{ kind: 'image', ref: stored.path, mimeType: stored.mimeType, bytes: stored.bytes, name: 'receipt' }],
        });
      } catch (error) {
        await removeCopy();
        throw error;
      }
      // A repeated upload is not read again, so its copy would otherwise stay behind.
      if (result.duplicate) await removeCopy();
      res.json({ ...turnView(result), image: { width: stored.width, height: stored.height } });
    },
  );

  router.use((_req, res) => sendError(res, 404, 'not_found', 'No such web chat endpoint / 接口不存在'));
  router.use(webErrorHandler(onError));
  return router;

  async function surveyPending(session: WebSession): Promise<boolean> {
    for (const id of session.conversationIds) {
      if ((await conversations.get(id)).state.awaitingCsatFor) return true;
    }
    return false;
  }
}

/** What the widget needs from a turn; message ids and timing come over the event stream. */
function turnView(result: TurnResult) {
  return {
    duplicate: result.duplicate,
    mode: result.mode,
    replies: result.replies.map((r) => ({ kind: r.kind, text: r.text, ticket: r.ticket, quickReplies: r.quickReplies })),
    ticket: result.ticket ?? null,
  };
}
