/**
 * Which brain talks, decided once from the config: the offline brain by default; with an
 * OpenAI-compatible endpoint, the LLM brain behind the output guard, with the offline brain
 * answering whenever it fails or its reply breaks policy, so no customer goes unanswered.
 *
 * One factory for production and for the evals that must measure production: an eval may give
 * the brain another policy document, never another guard or fallback.
 */
import { FallbackBrain, type FallbackReply } from '../bot/brains/fallback-brain';
import { LlmBrain } from '../bot/brains/llm/llm-brain';
import { limitModelAnswers } from '../bot/brains/llm/resilient-fetch';
import { OfflineBrain } from '../bot/brains/offline/offline-brain';
import type { Brain } from '../bot/brain';
import { OutputGuard } from '../bot/guardrails/output-guard';
import type { Config } from './config';

export interface BrainOptions {
  /** A policy document for the LLM brain instead of the after-sales rules (see LlmBrainOptions.policy). */
  policy?: string;
  /** Told each time the offline brain takes a turn from the LLM brain, and why. */
  onFallback?: (event: NonNullable<FallbackReply['fallback']>) => void;
}

export function createBrain(config: Config, options: BrainOptions = {}): Brain & { shutdown?: () => void } {
  const offline = new OfflineBrain();
  if (!config.llm.baseUrl) return offline;
  const llm = new LlmBrain({
    ...config.llm,
    baseUrl: config.llm.baseUrl,
    policy: options.policy,
    // max_tokens on every call and a byte cap on every answer, under the retries (LLM_MAX_TOKENS, LLM_MAX_RESPONSE_BYTES).
    fetch: limitModelAnswers({ maxTokens: config.llm.maxTokens, maxResponseBytes: config.llm.maxResponseBytes }),
  });
  const fallback = new FallbackBrain(llm, offline, {
    guard: new OutputGuard({ allowedLinkHosts: config.llm.allowedLinkHosts }),
    onFallback: options.onFallback,
  });
  return Object.assign(fallback, { shutdown: () => llm.shutdown() });
}
