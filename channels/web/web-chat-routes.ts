/**
 * The web chat HTTP API under /api/web. Handlers only translate HTTP into `WebChatChannel` calls
 * and back; every body is parsed with zod and every failure answers `{ error: { code, message } }`.
 */
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs/promises';
import path from 'node:path';
import express, { type Response } from 'express';
import { z } from 'zod';
import type { ConversationStore, StoredMessage } from '../../bot/conversation';
import { MAX_STORED_TEXT } from '../../bot/messages';
import type { TurnResult } from '../../bot/pipeline';
import type { Redeemed } from '../../bot/ticket-links';
import type { Requester } from '../../bot/tools/tool';
import { textProblem, TEXT_PROBLEM_MESSAGE } from '../../kernel/text/readable-text';
import type { RateCounter } from '../../kernel/rate-counter';
import { servedToVisitor, viewOf } from './message-view';
import { storeReceiptPhoto, tooLarge } from './receipt-upload';
import type { WebChatChannel } from './web-chat-channel';
import { WebError, sendError, webErrorHandler } from './web-errors';
import { widgetErrorTexts } from './web-error-codes';
import { mayReadHealthDetail, rateLimiters, type OriginPolicy } from './web-security';
import type { WebSession } from './web-sessions';

export interface RouteSettings {
  uploadsDir: string;
  uploads: { maxBytes: number; maxPixels: number; keep: boolean };
  limits: { perIpPerMinute: number; perSessionPerMinute: number; uploadsPerMinute: number };
  sessionIdleMs: number;
  /** Largest JSON body accepted (a 50,000-character Chinese message is about 150 KB). */
  maxJsonBytes: number;
  /** Bearer token that may read live counts from afar (HEALTH_TOKEN). */
  healthToken?: string;
  /** Where the limits count when several instances share them; absent: in this instance's memory. */
  rateCounter?: RateCounter;
}

/** Opens a ticket's secret link on a chat (bot/ticket-links.ts). */
export interface LinkRedeemer {
  redeem(number: string, key: string, requester: Requester, now: Date): Promise<Redeemed>;
}

const clientMessageId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'expected 8-64 letters, digits, - or _');
const messageBody = z.object({
  clientMessageId,
  text: z
    .string()
    .max(MAX_STORED_TEXT, `a message may have at most ${MAX_STORED_TEXT} characters`)
    .refine((t) => t.trim().length > 0, 'a message needs some text')
    // Lone surrogates and text of only zero-width characters are not a message (400 invalid_text).
    .superRefine((t, ctx) => {
      const problem = t.trim() ? textProblem(t) : undefined;
      if (problem) ctx.addIssue({ code: 'custom', message: TEXT_PROBLEM_MESSAGE[problem] });
    }),
});
const surveyBody = z.object({ clientMessageId, score: z.number().int().min(1).max(5) });
const linkBody = z.object({ ticketNumber: z.string().trim().min(1).max(40), key: z.string().trim().min(1).max(100) });
const uploadQuery = z.object({ clientMessageId });
const attachmentParams = z.object({ messageId: z.coerce.number().int().positive(), index: z.coerce.number().int().min(0).max(9) });
const historyQuery = z.object({
  after: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

interface Authed {
  session: WebSession;
}

export interface RouteDeps {
  channel: WebChatChannel;
  conversations: ConversationStore;
  origins: OriginPolicy;
  links?: LinkRedeemer;
  now: () => Date;
}

/** Bytes that are not UTF-8 would be turned into U+FFFD silently: refused instead (400 invalid_utf8). */
function utf8Only(_req: unknown, _res: unknown, body: Buffer): void {
  if (!isUtf8(body)) throw new WebError(400, 'invalid_utf8', 'The request body is not valid UTF-8 / 请求内容不是有效的 UTF-8 编码');
}

export function webChatRoutes(deps: RouteDeps, settings: RouteSettings, onError: (error: unknown) => void) {
  const { channel, conversations, origins } = deps;
  const router = express.Router();
  const authed = (res: Response): Authed => res.locals.web as Authed;
  const limits = rateLimiters(settings.limits, (req) => (req.res?.locals.web as Authed | undefined)?.session.ref ?? 'anonymous', settings.rateCounter);
  const json = express.json({ limit: settings.maxJsonBytes, type: () => true, verify: utf8Only });
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
    res.locals.web = { session } satisfies Authed;
    next();
  };
  /** A visitor whose session this process does not know (it restarted) keeps their chat if it is still recent. */
  const revive = (token: string): Promise<WebSession | undefined> => channel.sessions.revive(token, (ref, since) => conversations.activeFor('web', ref, since));
  const needsJson: express.RequestHandler = (req, res, next) => {
    if (!req.is('application/json')) return sendError(res, 415, 'unsupported_content_type', 'Send the body as application/json / 请以 application/json 发送');
    next();
  };
  const parse = <T extends z.ZodType>(schema: T, value: unknown): z.output<T> => {
    const parsed = schema.safeParse(value ?? {});
    if (parsed.success) return parsed.data;
    const tooLong = parsed.error.issues.some((i) => i.path[0] === 'text' && i.code === 'too_big');
    const badText = parsed.error.issues.some((i) => i.path[0] === 'text' && Object.values<string>(TEXT_PROBLEM_MESSAGE).includes(i.message));
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
    throw new WebError(400, tooLong ? 'message_too_long' : badText ? 'invalid_text' : 'invalid_body', `Invalid request: ${detail} / 请求内容有误`);
  };

  router.use(origins.cors());
  router.use(limits.perIp);

  router.get('/health', (req, res) => {
    // Live counts tell an attacker how busy we are and whether an attack works: local or with the token only.
    if (!mayReadHealthDetail(req, settings.healthToken)) return void res.json({ ok: true });
    res.json({ ok: true, sessions: channel.sessions.size, streams: channel.streams.streamCount });
  });

  // The widget's texts for the errors a visitor can meet, from the one list the server answers with.
  router.get('/error-texts', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.json(widgetErrorTexts());
  });

  router.post('/sessions', origins.requireOrigin(), async (_req, res) => {
    const created = channel.sessions.create();
    if (!created) throw new WebError(503, 'too_many_sessions', 'The chat is very busy; please try again in a minute / 当前咨询人数过多，请稍后再试', 60);
    await channel.sessions.created(created.session);
    res.status(201).json({ token: created.token, idleTimeoutMs: settings.sessionIdleMs });
  });

  router.get('/events', auth, (req, res) => {
    if (channel.streams.full) throw new WebError(503, 'too_many_streams', 'The chat is very busy; please try again in a minute / 当前连接过多，请稍后再试', 30);
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
      .map((m) => viewOf(m, session.ref));
    res.json({ messages: views });
  });

  // An agent's picture, to the session whose conversation it is in (fetched with the bearer token,
  // so there is no URL anyone else could open); other ids and paths outside the uploads folder are 404.
  router.get('/attachments/:messageId/:index', auth, async (req, res) => {
    const params = parse(attachmentParams, req.params);
    const { session } = authed(res);
    let found: StoredMessage | undefined;
    for (const id of session.conversationIds) found ??= (await conversations.history(id, 500)).find((m) => m.id === params.messageId);
    const attachment = found && servedToVisitor(found, params.index) ? found.attachments[params.index] : undefined;
    const root = path.resolve(settings.uploadsDir);
    const file = attachment ? path.resolve(attachment.ref) : '';
    if (!attachment || !file.startsWith(root + path.sep) || !(await fs.stat(file).catch(() => undefined))?.isFile()) {
      throw new WebError(404, 'not_found', 'This picture is not available / 图片不存在或已不再保留');
    }
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    await new Promise<void>((resolve, reject) => res.sendFile(file, { headers: { 'Content-Type': attachment.mimeType ?? 'image/jpeg' } }, (error) => (error ? reject(error) : resolve())));
  });

  router.post('/messages', origins.requireOrigin(), auth, limits.perSession, needsJson, json, async (req, res) => {
    const body = parse(messageBody, req.body);
    const { session } = authed(res);
    res.json(turnView(await channel.receive(session, { ...body, ip: req.ip })));
  });

  // A ticket's secret link opened in the widget: the key (from the URL's #fragment) proves the ticket.
  router.post('/ticket-links', origins.requireOrigin(), auth, limits.perSession, needsJson, json, async (req, res) => {
    const body = parse(linkBody, req.body);
    if (!deps.links) throw new WebError(404, 'not_found', 'No such web chat endpoint / 接口不存在');
    const { session } = authed(res);
    const redeemed = await deps.links.redeem(body.ticketNumber, body.key, { channel: 'web', externalId: session.ref, ip: req.ip }, deps.now());
    if (!redeemed.ok && redeemed.reason === 'locked') {
      throw new WebError(429, 'too_many_attempts', 'Too many wrong links or codes from this chat; please try again later / 尝试次数过多，请稍后再试', 3600);
    }
    // A wrong key and a ticket that does not exist read the same.
    if (!redeemed.ok) throw new WebError(404, 'link_invalid', 'This link is not valid (it may have been replaced by a newer one) / 链接无效或已失效');
    res.json({
      ticket: {
        number: redeemed.ticket.number,
        status: redeemed.ticket.status,
        priority: redeemed.ticket.priority,
        firstResponseDue: redeemed.ticket.firstResponseDue,
        resolutionDue: redeemed.ticket.resolutionDue,
      },
    });
  });

  router.post('/survey', origins.requireOrigin(), auth, limits.perSession, needsJson, json, async (req, res) => {
    const body = parse(surveyBody, req.body);
    const { session } = authed(res);
    if (!(await surveyPending(session))) {
      throw new WebError(409, 'no_survey_pending', 'There is no satisfaction survey to answer right now / 当前没有待评价的服务');
    }
    res.json(turnView(await channel.receive(session, { clientMessageId: body.clientMessageId, text: String(body.score), ip: req.ip })));
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
      const { session } = authed(res);
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const stored = await storeReceiptPhoto(bytes, settings.uploads, settings.uploadsDir);
      const removeCopy = async () => {
        if (!settings.uploads.keep) await fs.rm(stored.path, { force: true });
      };
      let result: TurnResult;
      try {
        result = await channel.receive(session, {
          ip: req.ip,
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
      // A handoff resolved without a ticket asks for a score too: the widget's stars answer it like a ticket's survey.
      const { state } = await conversations.get(id);
      if (state.awaitingCsatFor || state.awaitingHandoffCsat) return true;
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
