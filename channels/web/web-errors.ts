/**
 * Every error the web chat API answers with: one JSON shape `{ error: { code, message } }`, a
 * stable code per failure (the widget and integrators switch on it) and a status chosen by who
 * failed. Messages are bilingual because the widget may show them as they are.
 */
import type { ErrorRequestHandler, Response } from 'express';
import { isAppError } from '../../kernel/errors';
import type { WebErrorCode } from './web-error-codes';

export class WebError extends Error {
  constructor(
    readonly status: number,
    readonly code: WebErrorCode,
    message: string,
    /** Seconds to wait before trying again (sent as Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'WebError';
  }
}

export function sendError(res: Response, status: number, code: WebErrorCode, message: string): void {
  sendJsonError(res, status, code, message);
}

/** Also for the stable codes of the core's own errors (kernel/errors), passed through as they are. */
function sendJsonError(res: Response, status: number, code: string, message: string): void {
  if (res.headersSent) return;
  res.status(status).json({ error: { code, message } });
}

const STATUS_BY_KIND: Record<string, number> = { validation: 400, not_found: 404, conflict: 409, storage: 503, upstream: 502, internal: 500 };

/** The last handler of the web chat routes: maps whatever was thrown to the JSON error shape. */
export function webErrorHandler(onError: (error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    if (error instanceof WebError) {
      if (error.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      return sendError(res, error.status, error.code, error.message);
    }
    // body-parser failures carry a `type`; they are the caller's fault and say so.
    const parserType = (error as { type?: string }).type;
    if (parserType === 'entity.too.large') {
      return sendError(res, 413, 'body_too_large', 'The request body is too large / 请求内容过大');
    }
    if (parserType === 'entity.parse.failed') {
      return sendError(res, 400, 'invalid_json', 'The request body is not valid JSON / 请求内容不是有效的 JSON');
    }
    if (parserType === 'encoding.unsupported' || parserType === 'charset.unsupported') {
      return sendError(res, 415, 'unsupported_content_type', 'Send the body as UTF-8 JSON / 请以 UTF-8 JSON 发送');
    }
    if (isAppError(error)) {
      const status = STATUS_BY_KIND[error.kind] ?? 500;
      if (status >= 500) onError(error);
      if (error.retryable) res.setHeader('Retry-After', '5');
      return sendJsonError(res, status, error.code, error.message);
    }
    onError(error);
    return sendError(res, 500, 'internal', 'Something went wrong on our side; please try again / 服务器出错了，请稍后再试');
  };
}
