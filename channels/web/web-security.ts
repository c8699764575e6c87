/**
 * The web chat's fences: which sites may call the API (CORS and an Origin check on every
 * state-changing request), which may frame our pages (CSP frame-ancestors), and how often one IP
 * address or one session may ask (express-rate-limit, 429 with Retry-After).
 */
import type { Request, RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { sendError } from './web-errors';

export function ownOrigin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? ''}`;
}

/** Origins are compared in their canonical form (scheme://host[:port], lower case, default port dropped). */
export function canonicalOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

export class OriginPolicy {
  private readonly allowed: Set<string>;

  constructor(allowedOrigins: string[]) {
    this.allowed = new Set(allowedOrigins.map((o) => canonicalOrigin(o)).filter((o): o is string => !!o));
  }

  get embeddingSites(): string[] {
    return [...this.allowed];
  }

  allows(req: Request, origin: string | undefined): boolean {
    if (!origin) return false;
    const canonical = canonicalOrigin(origin);
    return !!canonical && (canonical === canonicalOrigin(ownOrigin(req)) || this.allowed.has(canonical));
  }

  /** CORS for allowed sites only; a preflight from anyone else is refused outright. */
  cors(): RequestHandler {
    return (req, res, next) => {
      const origin = req.get('origin');
      res.vary('Origin');
      if (origin && this.allows(req, origin)) {
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
      if (!this.allows(req, origin)) return sendError(res, 403, 'origin_forbidden', 'This site may not use the chat / 此网站未被允许使用在线客服');
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

function limiter(limit: number, code: string, key?: (req: Request) => string): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    ...(key ? { keyGenerator: key } : {}),
    handler: (_req, res) =>
      sendError(res, 429, code, 'Too many requests; please wait a moment and try again / 请求过于频繁，请稍候再试'),
  });
}

export function rateLimiters(limits: Limits, sessionKey: (req: Request) => string) {
  return {
    perIp: limiter(limits.perIpPerMinute, 'rate_limited'),
    perSession: limiter(limits.perSessionPerMinute, 'rate_limited', (req) => `s:${sessionKey(req)}`),
    uploads: limiter(limits.uploadsPerMinute, 'rate_limited', (req) => `u:${sessionKey(req)}`),
  };
}
