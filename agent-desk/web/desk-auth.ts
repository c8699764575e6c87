/**
 * The desk's doors: the login form (with its own CSRF token, so no other site can log someone in
 * as someone else), the session check in front of everything else (a page redirects to the
 * login, the API answers 401), and the CSRF check on every request that changes something (the
 * session's token in a header or form field, and a same-origin Origin when the browser sends one).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { OwnOrigins } from '../../kernel/origins';
import type { DeskLogin, DeskSession } from '../desk-login';
import { cookie, readCookies } from './cookies';
import { loginPage } from './desk-pages';
import type { DeskLang } from './desk-words';

export const SESSION_COOKIE = 'desk_session';
const LOGIN_COOKIE = 'desk_login';
const LANG_COOKIE = 'desk_lang';

const loginForm = z.object({
  _csrf: z.string().min(1).max(200),
  name: z.string().max(80).default(''),
  password: z.string().max(200).default(''),
  lang: z.enum(['zh', 'en']).optional(),
});

export interface DeskAuthOptions {
  login: DeskLogin;
  /** Our own pages' origins (WEB_PUBLIC_URL), never the Host header: a rebound DNS name sends a matching Host. */
  origins: OwnOrigins;
  css: () => string;
  sessionIdleMs: number;
}

/** The session of a request that passed `requireSession`. */
export function sessionOf(res: Response): DeskSession {
  return res.locals.deskSession as DeskSession;
}

/** The page language: ?lang= (remembered), then the remembered one, then the browser's. */
export function langOf(req: Request, res: Response): DeskLang {
  const asked = typeof req.query.lang === 'string' && (req.query.lang === 'en' || req.query.lang === 'zh') ? req.query.lang : undefined;
  if (asked) {
    res.append('Set-Cookie', cookie(LANG_COOKIE, asked, { secure: req.secure, maxAgeSeconds: 365 * 86_400 }));
    return asked;
  }
  const kept = readCookies(req.headers.cookie)[LANG_COOKIE];
  if (kept === 'en' || kept === 'zh') return kept;
  return /^en\b/i.test(req.get('accept-language') ?? '') ? 'en' : 'zh';
}

function same(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * A browser names where a request came from; a request from another site is refused whatever it
 * carries. The origin is checked against the configured public origin (or loopback when none is
 * configured), not against Host: a name an attacker points at our address sends a matching Host.
 */
function crossSite(req: Request, origins: OwnOrigins): boolean {
  const origin = req.get('origin');
  if (origin && !origins.allows(origin)) return true;
  return req.get('sec-fetch-site') === 'cross-site';
}

export function loginRoutes(options: DeskAuthOptions): express.Router {
  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: '4kb' });

  const render = (req: Request, res: Response, status: number, extra: Partial<Parameters<typeof loginPage>[0]> = {}) => {
    const csrfToken = randomBytes(18).toString('base64url');
    res.append('Set-Cookie', cookie(LOGIN_COOKIE, csrfToken, { secure: req.secure, maxAgeSeconds: 3_600 }));
    res
      .status(status)
      .type('html')
      .send(loginPage({ lang: langOf(req, res), csrfToken, css: options.css(), nonce: res.locals.cspNonce as string, ...extra }));
  };

  router.get('/login', async (req, res) => {
    if (await options.login.session(readCookies(req.headers.cookie)[SESSION_COOKIE])) return res.redirect(303, '/desk');
    render(req, res, 200, { error: req.query.expired === '1' ? 'expired' : undefined });
  });

  router.post('/login', form, async (req, res) => {
    const parsed = loginForm.safeParse(req.body ?? {});
    const expected = readCookies(req.headers.cookie)[LOGIN_COOKIE];
    if (!parsed.success || crossSite(req, options.origins) || !same(parsed.data._csrf, expected)) {
      return res.status(403).type('text').send('Forbidden: the login form expired or came from another site. Reload /desk/login. / 登录表单已失效，请刷新。');
    }
    if (parsed.data.lang) req.query.lang = parsed.data.lang;
    const result = await options.login.login(parsed.data.name, parsed.data.password, req.ip ?? 'unknown');
    if (!result.ok) {
      if (result.reason === 'throttled') {
        res.setHeader('Retry-After', String(Math.ceil(result.retryAfterMs / 1000)));
        return render(req, res, 429, { error: 'throttled', retryMinutes: Math.ceil(result.retryAfterMs / 60_000), name: parsed.data.name });
      }
      return render(req, res, 401, { error: 'invalid', name: parsed.data.name });
    }
    res.append('Set-Cookie', cookie(SESSION_COOKIE, result.token, { secure: req.secure }));
    res.append('Set-Cookie', cookie(LOGIN_COOKIE, '', { secure: req.secure, maxAgeSeconds: 0 }));
    res.redirect(303, parsed.data.lang ? `/desk?lang=${parsed.data.lang}` : '/desk');
  });
  return router;
}

/** Everything after this needs a live session: pages go to the login, the API gets 401. */
export function requireSession(login: DeskLogin) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = readCookies(req.headers.cookie)[SESSION_COOKIE];
    const session = await login.session(token);
    if (!session) {
      if (token) res.append('Set-Cookie', cookie(SESSION_COOKIE, '', { secure: req.secure, maxAgeSeconds: 0 }));
      if (req.path.startsWith('/api/')) return res.status(401).json({ error: { code: 'login_required', message: 'Log in at /desk/login / 请先登录' } });
      return res.redirect(303, token ? '/desk/login?expired=1' : '/desk/login');
    }
    res.locals.deskSession = session;
    res.locals.deskToken = token;
    next();
  };
}

/** Every request that changes something carries the session's CSRF token and comes from our own pages. */
export const requireCsrf =
  (origins: OwnOrigins) =>
  (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    const sent =
      req.get('x-csrf-token') ??
      (typeof req.body === 'object' && req.body && typeof (req.body as Record<string, unknown>)._csrf === 'string' ? ((req.body as Record<string, unknown>)._csrf as string) : undefined);
    if (crossSite(req, origins) || !same(sent, sessionOf(res).csrfToken)) {
      res.status(403).json({ error: { code: 'csrf_failed', message: 'Missing or wrong CSRF token / 请求校验失败，请刷新页面' } });
      return;
    }
    next();
  };

export function logoutRoute(login: DeskLogin, onLogout?: (session: DeskSession) => void) {
  return async (req: Request, res: Response) => {
    await login.logout(res.locals.deskToken as string);
    onLogout?.(sessionOf(res));
    res.append('Set-Cookie', cookie(SESSION_COOKIE, '', { secure: req.secure, maxAgeSeconds: 0 }));
    res.redirect(303, '/desk/login');
  };
}
