/**
 * The web chat's fences: which sites may call the API (CORS and an Origin check on every
 * state-changing request), which may frame our pages (CSP frame-ancestors), and how often one IP
 * address or one session may ask (express-rate-limit, 429 with Retry-After).
 */
import type { Request, RequestHandler } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { canonicalOrigin, canonicalOrigins, OwnOrigins } from '../../kernel/origins';
import type { RateCounter } from '../../kernel/rate-counter';
import { RateCounterStore } from './rate-counter-store';
import type { WebErrorCode } from './web-error-codes';
import { sendError } from './web-errors';

export { canonicalOrigin };

/**
 * Which pages may call the API. Never decided from the request's own Host header: a site whose
 * name an attacker points at our address (DNS rebinding) sends a Host that matches its Origin.
 * Our own pages are the configured public origin (WEB_PUBLIC_URL); with none configured (a local
 * demo), loopback origins only. Embedding sites come from WEB_ALLOWED_ORIGINS.
 */
export class OriginPolicy {
  private readonly allowed: Set<string>;
  private readonly own: OwnOrigins;

  constructor(allowedOrigins: string[], ownOrigins: string[] = []) {
    this.allowed = canonicalOrigins(allowedOrigins);
    this.own = new OwnOrigins(ownOrigins);
  }

  get embeddingSites(): string[] {
    return [...this.allowed];
  }

  allows(origin: string | undefined): boolean {
    const canonical = origin ? canonicalOrigin(origin) : undefined;
    return Boolean(canonical && (this.allowed.has(canonical) || this.own.allows(canonical)));
  }

  /** CORS for allowed sites only; a preflight from anyone else is refused outright. */
  cors(): RequestHandler {
    return (req, res, next) => {
      const origin = req.get('origin');
      res.vary('Origin');
      if (origin && this.allows(origin)) {
        res.setHeader('Access-Control-Allow-Origin', origin);
        res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
        if (req.method === 'OPTIONS') {
          res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
          res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Last-Event-ID');
          res.setHeader('Access-Control-Max-Age', '600');
          res.status(204).end();
          return;
        }
      } else if (req.method === 'OPTIONS') {
        return sendError(res, 403, 'origin_forbidden', 'This site may not use the chat / 此网站未被允许使用在线客服');
      }
      next();
    };
  }

  /** State-changing requests must come from our own pages or a configured embedding site. */
  requireOrigin(): RequestHandler {
    return (req, res, next) => {
      const origin = req.get('origin');
      if (!origin) return sendError(res, 403, 'origin_required', 'The request has no Origin header / 请求缺少 Origin 来源');
      if (!this.allows(origin)) return sendError(res, 403, 'origin_forbidden', 'This site may not use the chat / 此网站未被允许使用在线客服');
      next();
    };
  }

  /** Security headers for our pages and API; the CSP lets only configured sites frame them. */
  headers(options: { crossOriginAssets: boolean }): RequestHandler {
    return helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'"],
          // blob: shows the preview of a photo before it is uploaded.
          'img-src': ["'self'", 'blob:', 'data:'],
          'connect-src': ["'self'"],
          'font-src': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
          'frame-ancestors': ["'self'", ...this.allowed],
        },
      },
      // The widget's script and stylesheet are loaded by other sites' pages.
      crossOriginResourcePolicy: { policy: options.crossOriginAssets ? 'cross-origin' : 'same-origin' },
      // Frame permission is decided by frame-ancestors above, not by X-Frame-Options.
      xFrameOptions: false,
    });
  }
}

export interface Limits {
  perIpPerMinute: number;
  perSessionPerMinute: number;
  uploadsPerMinute: number;
}

function limiter(limit: number, code: WebErrorCode, key?: (req: Request) => string, store?: RateCounterStore): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit,
    ...(store ? { store } : {}),
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    ...(key ? { keyGenerator: key } : {}),
    // Whether X-Forwarded-For is believed is decided on purpose by TRUST_PROXY, not a misconfiguration.
    validate: { xForwardedForHeader: false },
    handler: (_req, res) => sendError(res, 429, code, 'Too many requests; please wait a moment and try again / 请求过于频繁，请稍候再试'),
  });
}

/**
 * The web chat's limiters. With a shared `counter` (several instances on one PostgreSQL desk) they
 * count in the database, so a visitor gets the limit once, not once per instance; without one,
 * each instance counts in its own memory, which is right for a single instance.
 */
export function rateLimiters(limits: Limits, sessionKey: (req: Request) => string, counter?: RateCounter) {
  const store = (prefix: string) => (counter ? new RateCounterStore(counter, prefix) : undefined);
  return {
    perIp: limiter(limits.perIpPerMinute, 'rate_limited', undefined, store('web-ip:')),
    perSession: limiter(limits.perSessionPerMinute, 'rate_limited', (req) => `s:${sessionKey(req)}`, store('web-session:')),
    uploads: limiter(limits.uploadsPerMinute, 'rate_limited', (req) => `u:${sessionKey(req)}`, store('web-upload:')),
  };
}

/**
 * Whether a request may read live counts (/healthz, /api/web/health): from this machine, or with
 * the health token (HEALTH_TOKEN) as a bearer token. "This machine" is the client address as
 * express sees it, so behind a reverse proxy TRUST_PROXY must name the proxy, or every visitor
 * would look local.
 */
export function mayReadHealthDetail(req: Request, token: string | undefined): boolean {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
  if (token && bearer) {
    const a = Buffer.from(bearer);
    const b = Buffer.from(token);
    if (a.length === b.length && timingSafeEqual(a, b)) return true;
  }
  const ip = req.ip ?? '';
  return ip === '::1' || /^(?:::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ip);
}
