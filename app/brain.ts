/**
 * Which brain talks, decided once from the config: the offline brain by default; with an
 * OpenAI-compatible endpoint, the LLM brain behind the output guard, with the offline brain
 * answering whenever it fails or its reply breaks policy, so no customer goes unanswered.
 *
 * The after-sales LLM brain reads each message into the engine's commands and lets the engine
 * and its tools decide (bot/brains/llm/after-sales-llm-brain.ts). Only when another domain's
 * policy document is given (the τ²-bench retail eval) does the free-form agent talk instead,
 * because the engine's flows are after-sales flows and know nothing of that policy.
 *
 * One factory for production and for the evals that must measure production: an eval may give
 * the brain another policy document, never another guard or fallback.
 */
import { FallbackBrain, type FallbackReply } from '../bot/brains/fallback-brain';
import type { DroppedToolCall } from '../bot/brains/llm/command-tools';
import { OfflineBrain } from '../bot/brains/offline/offline-brain';
import type { Brain } from '../bot/brain';
import { OutputGuard } from '../bot/guardrails/output-guard';
import type { Config } from './config';

export interface BrainOptions {
  /** A policy document for the LLM brain instead of the after-sales rules (see LlmBrainOptions.policy). */
  policy?: string;
  /** Told each time the offline brain takes a turn from the LLM brain, and why. */
  onFallback?: (event: NonNullable<FallbackReply['fallback']>) => void;
  /** Told about model tool calls that failed validation and were dropped. */
  onDropped?: (dropped: DroppedToolCall[]) => void;
}

/** The model endpoint's circuit breaker, for /healthz: closed (calls go through), open (paused), half_open (one trial call). */
export type ModelCircuitState = 'closed' | 'open' | 'half_open';

export async function createBrain(config: Config, options: BrainOptions = {}): Promise<Brain & { shutdown?: () => void; circuitState?: () => ModelCircuitState }> {
  const offline = new OfflineBrain();
  if (!config.llm.baseUrl) return offline;
  // Loaded only with an endpoint: LangChain and the LLM brains cost seconds of start-up in every
  // process (and every test file) that runs offline.
  const [{ AfterSalesLlmBrain }, { LlmBrain }, { limitModelAnswers }] = await Promise.all([
    import('../bot/brains/llm/after-sales-llm-brain'),
    import('../bot/brains/llm/llm-brain'),
    import('../bot/brains/llm/resilient-fetch'),
  ]);
  const guard = new OutputGuard({ allowedLinkHosts: config.llm.allowedLinkHosts });
  // max_tokens on every call and a byte cap on every answer, under the retries (LLM_MAX_TOKENS, LLM_MAX_RESPONSE_BYTES).
  const endpoint = { ...config.llm, baseUrl: config.llm.baseUrl, fetch: limitModelAnswers({ maxTokens: config.llm.maxTokens, maxResponseBytes: config.llm.maxResponseBytes }) };
  const llm =
    options.policy !== undefined ? new LlmBrain({ ...endpoint, policy: options.policy }) : new AfterSalesLlmBrain({ ...endpoint, timeZone: config.timeZone, guard, onDropped: options.onDropped });
  // Grounded replies (LLM_GROUNDED_REPLIES, on by default): a model's claims need a tool, a passage or the customer's words behind them.
  const fallback = new FallbackBrain(llm, offline, { guard, onFallback: options.onFallback, grounding: config.llm.groundedReplies !== false });
  return Object.assign(fallback, { shutdown: () => llm.shutdown(), circuitState: () => llm.circuitState });
}

/** The circuit state of a brain made by createBrain; undefined for the offline brain, which has no endpoint. */
export function modelCircuitOf(brain: Brain): (() => ModelCircuitState) | undefined {
  const circuitState = (brain as { circuitState?: unknown }).circuitState;
  return typeof circuitState === 'function' ? (circuitState as () => ModelCircuitState) : undefined;
}
