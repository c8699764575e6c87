/**
 * One OpenAI-compatible endpoint as both LLM brains use it: the key or a preset's placeholder,
 * the provider's extra request fields, one circuit breaker shared by every turn, and a LangChain
 * chat model per turn whose HTTP goes through the resilient fetch (the only layer that retries).
 * A failure of any kind comes back as an `AppError` saying who failed, so the FallbackBrain can
 * decide whether the offline brain answers.
 */
import { ChatOpenAI } from '@langchain/openai';
import { AppError, UpstreamError } from '../../../kernel/errors';
import { LLM_PRESETS, presetFor, requestSettings, type LlmPresetName, type ModelRequestSettings } from './llm-presets';
import { shapeProviderRequests } from './provider-requests';
import { LlmCallError, createLlmCircuit, createResilientFetch, type CallLog, type LlmCircuit } from './resilient-fetch';

export interface LlmEndpointOptions {
  /** OpenAI-compatible base URL, e.g. https://api.deepseek.com/v1 (see llm-presets.ts). */
  baseUrl: string;
  /** Provider quirks (placeholder key, extra request fields); default: recognised from the base URL. */
  preset?: LlmPresetName;
  /** Optional for local servers (Ollama); a placeholder is sent then. */
  apiKey?: string;
  model: string;
  /** One HTTP attempt, headers to last streamed byte. */
  timeoutMs: number;
  /** Retries after a retryable failure (429, 5xx, timeout, dropped connection, malformed body). */
  maxRetries: number;
  /** Longest the retries of one model call may take, Retry-After waits included. Default: timeoutMs. */
  retryBudgetMs?: number;
  /** Failed calls that open the circuit (default 5) and how long it stays open (default 30 s). */
  circuitFailures?: number;
  circuitResetMs?: number;
  /** The operator's temperature for every call (LLM_TEMPERATURE); default: each call's own. Never sent to models that refuse one. */
  temperature?: number;
  /** Extra request fields (LLM_EXTRA_BODY), added field by field to the preset's (e.g. Qwen3's enable_thinking: false). */
  extraBody?: Record<string, unknown>;
  /** `parallel_tool_calls` on calls with tools (LLM_PARALLEL_TOOL_CALLS); default: the preset's. */
  parallelToolCalls?: boolean;
  /** The HTTP client under the SDK (tests may wrap it); default: global fetch. */
  fetch?: typeof fetch;
}

export function findCause<T>(error: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof type) return e;
  }
  return undefined;
}

export class LlmEndpoint {
  private readonly circuit: LlmCircuit;
  private readonly apiKey: string;
  /** What every request carries for this provider and model (llm-presets.ts). */
  readonly settings: ModelRequestSettings;

  constructor(readonly options: LlmEndpointOptions) {
    this.circuit = createLlmCircuit({ failures: options.circuitFailures ?? 5, resetMs: options.circuitResetMs ?? 30_000 });
    const preset = options.preset ?? presetFor(options.baseUrl);
    this.settings = requestSettings({ preset, model: options.model, temperature: 0, extraBody: options.extraBody, parallelToolCalls: options.parallelToolCalls });
    this.apiKey = options.apiKey ?? (preset ? LLM_PRESETS[preset].placeholderApiKey : undefined) ?? 'not-needed';
  }

  get retryBudgetMs(): number {
    return this.options.retryBudgetMs ?? this.options.timeoutMs;
  }

  get circuitState(): 'closed' | 'open' | 'half_open' {
    return this.circuit.opened ? 'open' : this.circuit.halfOpen ? 'half_open' : 'closed';
  }

  /** Fails at once while the breaker is open: a dead endpoint costs no turn its timeout. */
  assertOpen(): void {
    if (this.circuit.opened) throw new LlmCallError('circuit_open', 'the model endpoint failed repeatedly; calls are paused', { retryable: false });
  }

  /** Stops the breaker's timers (for a clean process exit). */
  shutdown(): void {
    this.circuit.shutdown();
  }

  /** A chat model for one turn's calls; every HTTP attempt is written to `log`. */
  chatModel(log: CallLog, settings: { temperature?: number; maxTokens?: number } = {}): ChatOpenAI {
    const o = this.options;
    const s = this.settings;
    const base = shapeProviderRequests({ parallelToolCalls: s.parallelToolCalls, returnsReasoning: s.returnsReasoning }, o.fetch ?? fetch);
    return new ChatOpenAI({
      model: o.model,
      apiKey: this.apiKey,
      // undefined (a reasoning model that refuses one) is left out of the request by the SDK.
      temperature: s.temperature === undefined ? undefined : (o.temperature ?? settings.temperature ?? 0.2),
      ...(settings.maxTokens ? { maxTokens: settings.maxTokens } : {}),
      maxRetries: 0, // retries live in the resilient fetch only
      // The SDK's timeout only covers the wait for headers; ours covers each attempt whole.
      // This one is a ceiling for the whole retried call, so it never cuts a retry short.
      timeout: o.timeoutMs * (o.maxRetries + 1) + this.retryBudgetMs + 1000,
      streamUsage: true,
      modelKwargs: s.extraBody,
      configuration: {
        baseURL: o.baseUrl,
        fetch: createResilientFetch({ timeoutMs: o.timeoutMs, maxRetries: o.maxRetries, retryBudgetMs: this.retryBudgetMs }, this.circuit, log, base),
      },
    });
  }

  /** Names what went wrong in a turn's model calls, as an error the FallbackBrain understands. */
  classify(error: unknown, log: CallLog, deadline: AbortSignal, turnTimeoutMs: number): AppError {
    // Our own refusals and bugs (storage, internal) are not the endpoint's fault: pass them on.
    if (error instanceof AppError && !(error instanceof UpstreamError)) return error;
    const ours = findCause(error, LlmCallError);
    if (ours) return ours;
    if (deadline.aborted) return new LlmCallError('timeout', `the turn took longer than ${turnTimeoutMs} ms`, { retryable: true, cause: error });
    const last = log.failures.at(-1);
    if (last) return new LlmCallError(last.failure, last.message, { retryable: last.retryable, status: last.status, cause: error });
    const name = (error as { name?: string })?.name ?? '';
    if (name === 'GraphRecursionError') return new UpstreamError('llm_too_many_steps', 'the model kept calling tools without answering', { retryable: false, cause: error });
    if (error instanceof UpstreamError) return error;
    return new UpstreamError('llm_bad_output', `the model's answer could not be used: ${(error as Error)?.message ?? String(error)}`, { retryable: false, cause: error });
  }
}

export const newCallLog = (): CallLog => ({ attempts: 0, failures: [], waitedMs: 0 });
