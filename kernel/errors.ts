/**
 * Errors classified by who failed, each with a stable code and an optional cause.
 * The CLI and HTTP layers map `kind` to exit codes and status codes; nothing else
 * needs to inspect messages.
 */
export type ErrorKind =
  | 'validation' // the caller's input is wrong
  | 'not_found' // the thing asked for does not exist
  | 'conflict' // the request clashes with stored state (idempotency, lifecycle)
  | 'storage' // our database refused (read-only, locked, corrupt)
  | 'upstream' // an outside service failed (model endpoint, Slack, WeChat)
  | 'internal'; // our own bug

export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly code: string;
  readonly retryable: boolean;

  constructor(kind: ErrorKind, code: string, message: string, options: { cause?: unknown; retryable?: boolean } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.kind = kind;
    this.code = code;
    this.retryable = options.retryable ?? false;
  }
}

export class ValidationError extends AppError {
  constructor(code: string, message: string, cause?: unknown) {
    super('validation', code, message, { cause });
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends AppError {
  constructor(code: string, message: string) {
    super('not_found', code, message);
    this.name = 'NotFoundError';
  }
}

export class ConflictError extends AppError {
  constructor(code: string, message: string) {
    super('conflict', code, message);
    this.name = 'ConflictError';
  }
}

export class StorageError extends AppError {
  constructor(code: string, message: string, options: { cause?: unknown; retryable?: boolean } = {}) {
    super('storage', code, message, options);
    this.name = 'StorageError';
  }
}

export class UpstreamError extends AppError {
  constructor(code: string, message: string, options: { cause?: unknown; retryable?: boolean } = {}) {
    super('upstream', code, message, options);
    this.name = 'UpstreamError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
