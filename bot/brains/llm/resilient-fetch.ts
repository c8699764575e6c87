/**
 * The one place the LLM brain's HTTP calls get a timeout, retries and a circuit breaker. It sits
 * under the OpenAI SDK as its `fetch`, so it sees every attempt with its real status, headers and
 * body; the SDK and LangChain are told not to retry (retries live in this layer only).
 *
 * - One timeout per attempt, covering the headers and the whole body, streamed or not (the SDK's
 *   own timeout stops at the headers, so a stream that stalls midway would hang forever).
 * - Retries with exponential backoff and jitter (p-retry) for 429, 5xx, timeouts, dropped
 *   connections and bodies that are not the protocol; Retry-After is honoured when it fits in
 *   the turn's retry budget, and a wait longer than the budget fails now so the offline brain
 *   can answer instead of the customer waiting.
 * - A circuit breaker (opossum) shared by all turns: after repeated failures it opens and calls
 *   fail at once, so a dead endpoint costs no turn its timeout.
 * - Every failure becomes an `LlmCallError` (an UpstreamError) saying whether it is retryable.
 * - Under it, `limitModelAnswers` puts `max_tokens` on every chat call and cuts an answer off at a
 *   byte cap while it streams in, so one huge or runaway answer costs one turn a fallback and
 *   never holds the process (and every other customer's turn) parsing megabytes.
 */
import CircuitBreaker from 'opossum';
import pRetry, { AbortError } from 'p-retry';
import { z } from 'zod';
import { UpstreamError } from '../../../kernel/errors';
import { takesMaxCompletionTokens } from './llm-presets';
import { setupHint, type SetupHint } from './setup-hints';

export type LlmFailure = 'timeout' | 'connection' | 'rate_limited' | 'server_error' | 'client_error' | 'misconfigured' | 'auth' | 'malformed_response' | 'too_large' | 'circuit_open' | 'aborted';

export class LlmCallError extends UpstreamError {
  constructor(
    readonly failure: LlmFailure,
    message: string,
    options: { cause?: unknown; retryable: boolean; status?: number; retryAfterMs?: number; hint?: SetupHint },
  ) {
    super(`llm_${failure}`, message, options);
    this.name = 'LlmCallError';
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.hint = options.hint;
  }
  readonly status?: number;
  readonly retryAfterMs?: number;
  /** What the operator must change, when the refusal will repeat on every turn (setup-hints.ts). */
  readonly hint?: SetupHint;
}

export interface ResilienceSettings {
  /** One attempt: from sending the request to the last byte of the answer. */
  timeoutMs: number;
  /** Retries after a retryable failure (0 = try once). */
  maxRetries: number;
  /** Longest the retries of one call may take in all, waits included. */
  retryBudgetMs: number;
  /** First backoff; later ones double, each multiplied by a random 1-2 (jitter). */
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

export interface CircuitSettings {
  /** Failed calls (in the rolling window, with at least half failing) that open the circuit. */
  failures: number;
  /** How long the circuit stays open before one trial call is let through. */
  resetMs: number;
  /** Rolling window the failures are counted in. */
  windowMs?: number;
}

export type LlmCircuit = CircuitBreaker<[() => Promise<Response>], Response>;

export function createLlmCircuit(settings: CircuitSettings): LlmCircuit {
  return new CircuitBreaker(async (attempt: () => Promise<Response>) => attempt(), {
    timeout: false, // the attempt has its own timeout
    resetTimeout: settings.resetMs,
    volumeThreshold: settings.failures,
    errorThresholdPercentage: 50,
    rollingCountTimeout: settings.windowMs ?? 60_000,
    rollingCountBuckets: 10,
    // A request the endpoint refused for its content says nothing about the endpoint's health;
    // a refusal of our setup ('misconfigured') does, and counts.
    errorFilter: (error: unknown) => error instanceof LlmCallError && (error.failure === 'client_error' || error.failure === 'aborted'),
  });
}

/** What happened during one turn's calls, read by the brain to explain a failure. */
export interface CallLog {
  attempts: number;
  failures: LlmCallError[];
  /** Total time spent waiting between attempts (backoff plus Retry-After). */
  waitedMs: number;
}

/** Only the shape the client relies on; a body that is not this is retried like a 502. */
const completionShape = z.object({
  choices: z.array(z.object({ message: z.object({ role: z.string().optional() }).passthrough() }).passthrough()).min(1),
});

export function parseRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get('retry-after');
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.max(0, Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function statusFailure(status: number): { failure: LlmFailure; retryable: boolean } {
  if (status === 429) return { failure: 'rate_limited', retryable: true };
  if (status === 408 || status === 409 || status >= 500) return { failure: 'server_error', retryable: true };
  if (status === 401 || status === 403) return { failure: 'auth', retryable: false };
  return { failure: 'client_error', retryable: false };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** Keeps the attempt's deadline armed until the streamed body ends, and names a stall as a timeout. */
function guardStream(body: ReadableStream<Uint8Array>, done: () => void, timedOut: () => boolean, timeoutMs: number): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done: finished } = await reader.read();
        if (finished) {
          done();
          controller.close();
        } else controller.enqueue(value);
      } catch (error) {
        done();
        controller.error(
          // An answer cut at the byte cap says so; it is not a broken connection to retry.
          error instanceof LlmCallError
            ? error
            : timedOut()
              ? new LlmCallError('timeout', `the model's answer stalled; no end within ${timeoutMs} ms`, { retryable: true, cause: error })
              : new LlmCallError('connection', 'the connection broke while the model was answering', { retryable: true, cause: error }),
        );
      }
    },
    cancel(reason) {
      done();
      return reader.cancel(reason);
    },
  });
}

export function createResilientFetch(settings: ResilienceSettings, circuit: LlmCircuit, log: CallLog, baseFetch: typeof fetch = fetch): typeof fetch {
  const attemptOnce = async (input: Parameters<typeof fetch>[0], init: RequestInit | undefined): Promise<Response> => {
    log.attempts++;
    const outer = init?.signal ?? undefined;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, settings.timeoutMs);
    const onOuterAbort = () => controller.abort();
    outer?.addEventListener('abort', onOuterAbort, { once: true });
    const done = () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    };
    const fail = (error: LlmCallError): never => {
      done();
      throw error;
    };

    let response: Response;
    try {
      response = await baseFetch(input, { ...init, signal: controller.signal });
    } catch (error) {
      if (error instanceof LlmCallError) return fail(error);
      if (outer?.aborted) return fail(new LlmCallError('aborted', 'the turn was cancelled', { retryable: false, cause: error }));
      return fail(
        timedOut
          ? new LlmCallError('timeout', `no answer from the model within ${settings.timeoutMs} ms`, { retryable: true, cause: error })
          : new LlmCallError('connection', 'could not reach the model endpoint', { retryable: true, cause: error }),
      );
    }

    if (!response.ok) {
      const text = await response.text().catch(() => '');
      const { failure, retryable } = statusFailure(response.status);
      const detail = /"message"\s*:\s*"((?:[^"\\]|\\.){0,200})/.exec(text)?.[1] ?? text.slice(0, 200);
      const hint = setupHint(response.status, text);
      return fail(
        new LlmCallError(hint ? 'misconfigured' : failure, `the model endpoint answered ${response.status}: ${detail}${hint ? ` | fix: ${hint.en} | 修复：${hint.zh}` : ''}`, {
          retryable: hint ? false : retryable,
          status: response.status,
          retryAfterMs: parseRetryAfter(response.headers),
          hint,
        }),
      );
    }

    if ((response.headers.get('content-type') ?? '').includes('text/event-stream') && response.body) {
      return new Response(
        guardStream(response.body, done, () => timedOut, settings.timeoutMs),
        { status: response.status, headers: response.headers },
      );
    }

    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (error instanceof LlmCallError) return fail(error);
      return fail(
        timedOut
          ? new LlmCallError('timeout', `the model's answer did not finish within ${settings.timeoutMs} ms`, { retryable: true, cause: error })
          : new LlmCallError('connection', 'the connection broke while reading the answer', { retryable: true, cause: error }),
      );
    }
    done();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new LlmCallError('malformed_response', 'the model endpoint sent a body that is not JSON', { retryable: true, cause: error });
    }
    if (!completionShape.safeParse(parsed).success) {
      throw new LlmCallError('malformed_response', 'the model endpoint sent JSON without choices', { retryable: true });
    }
    return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
  };

  return async (input, init) => {
    const started = Date.now();
    return pRetry(
      async () => {
        try {
          return await circuit.fire(() => attemptOnce(input, init));
        } catch (error) {
          const failure =
            error instanceof LlmCallError
              ? error
              : circuit.opened || (error as { code?: string }).code === 'EOPENBREAKER'
                ? new LlmCallError('circuit_open', 'the model endpoint failed repeatedly; calls are paused', { retryable: false, cause: error })
                : new LlmCallError('connection', 'the model call failed', { retryable: true, cause: error });
          log.failures.push(failure);
          // Non-retryable failures stop here without waiting for p-retry's verdict.
          if (!failure.retryable) throw new AbortError(failure);
          throw failure;
        }
      },
      {
        retries: settings.maxRetries,
        factor: 2,
        minTimeout: settings.minBackoffMs ?? 200,
        maxTimeout: settings.maxBackoffMs ?? 2000,
        randomize: true,
        maxRetryTime: settings.retryBudgetMs,
        shouldRetry: async ({ error }) => {
          if (!(error instanceof LlmCallError) || !error.retryable || init?.signal?.aborted || circuit.opened) return false;
          const wait = error.retryAfterMs ?? 0;
          const left = settings.retryBudgetMs - (Date.now() - started);
          // A wait the budget cannot cover is better spent answering from the offline brain.
          if (wait > left - (settings.minBackoffMs ?? 200)) return false;
          if (wait > 0) {
            log.waitedMs += wait;
            await sleep(wait, init?.signal ?? undefined);
          }
          return true;
        },
      },
    ).catch((error: unknown) => {
      // p-retry rethrows the original error (AbortError unwraps to it).
      throw error instanceof AbortError ? error.originalError : error;
    });
  };
}

/** Completion tokens asked for when nothing is configured (LLM_MAX_TOKENS): a long after-sales reply is a few hundred. */
export const DEFAULT_MAX_TOKENS = 1024;
/**
 * Bytes of answer allowed per token asked for, when no byte cap is configured (LLM_MAX_RESPONSE_BYTES).
 * A streamed token arrives as one SSE event of about 200-300 bytes (id, model, timestamps around a
 * few characters), so an answer that keeps to max_tokens stays under this; one that does not is
 * runaway. The cap must stay small: the streaming path's cost grows with the square of an answer's
 * length (measured: about 2 s of one core for 1 MB of small deltas, 0.2 s for 250 KB).
 */
export const BYTES_PER_TOKEN = 400;

export interface AnswerLimits {
  /** Sent as `max_tokens` (or caps `max_completion_tokens` when the caller set that instead). */
  maxTokens: number;
  /** An answer longer than this is cut off as it streams in: a non-retryable `too_large` failure. Default: maxTokens x BYTES_PER_TOKEN. */
  maxResponseBytes: number;
}

/** Counts bytes as they arrive and fails the body the moment it passes the cap (nothing more is read). */
function capBody(body: ReadableStream<Uint8Array>, maxBytes: number): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let seen = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await reader.read();
      if (done) return controller.close();
      seen += value.byteLength;
      if (seen > maxBytes) {
        await reader.cancel().catch(() => undefined);
        controller.error(new LlmCallError('too_large', `the model's answer passed ${maxBytes} bytes and was cut off`, { retryable: false }));
        return;
      }
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

/** The request body with the token limit set: never above the limit, whatever the caller asked. */
function withTokenLimit(body: unknown, maxTokens: number): unknown {
  if (typeof body !== 'string') return body;
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return body;
  }
  if (!json || typeof json !== 'object' || !Array.isArray(json.messages)) return body;
  const capped = (asked: unknown) => (typeof asked === 'number' && asked > 0 ? Math.min(asked, maxTokens) : maxTokens);
  // Newer OpenAI models take max_completion_tokens and refuse max_tokens beside it; reasoning models refuse max_tokens at all.
  if (json.max_completion_tokens !== undefined || (typeof json.model === 'string' && takesMaxCompletionTokens(json.model))) {
    json.max_completion_tokens = capped(json.max_completion_tokens ?? json.max_tokens);
    delete json.max_tokens;
  } else json.max_tokens = capped(json.max_tokens);
  return JSON.stringify(json);
}

/**
 * The HTTP client to put under the resilient fetch (LlmBrainOptions.fetch): every chat call gets
 * `max_tokens`, and every answer, streamed or not, is cut at `maxResponseBytes` as it arrives.
 */
export function limitModelAnswers(limits: Partial<AnswerLimits> = {}, baseFetch: typeof fetch = fetch): typeof fetch {
  const maxTokens = limits.maxTokens ?? DEFAULT_MAX_TOKENS;
  const maxBytes = limits.maxResponseBytes ?? maxTokens * BYTES_PER_TOKEN;
  return async (input, init) => {
    const response = await baseFetch(input, init?.body !== undefined ? { ...init, body: withTokenLimit(init.body, maxTokens) as BodyInit } : init);
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new LlmCallError('too_large', `the model's answer declared ${declared} bytes, more than ${maxBytes}`, { retryable: false });
    }
    if (!response.body) return response;
    return new Response(capBody(response.body, maxBytes), { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
