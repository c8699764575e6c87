/**
 * One local server per provider preset, each reproducing what that provider documents (the
 * quirks of testing/fake-openai-server.ts), so every preset runs through the real brain and
 * embedder code against the behaviour it meets in production:
 *
 * - openai: a key; lists gpt-4o-mini and o4-mini; o4-mini refuses a temperature; embeddings of
 *   1536 floats that honour `dimensions`.
 * - deepseek: a key; deepseek-chat and deepseek-reasoner; the reasoner answers with
 *   `reasoning_content` and refuses a tool-call turn sent back without it; no embeddings.
 * - qwen (DashScope compatible mode): a key; qwen-plus and qwen3-32b; a non-streaming call to a
 *   thinking model is refused unless `enable_thinking` is false; embeddings at most 10 a request.
 * - ollama: no key; lists tagged names (qwen2.5:7b, qwen3:8b); qwen3 thinks inline in `<think>`;
 *   embeddings as floats whatever was asked (older Ollama ignores encoding_format).
 * - vllm: no key; lists the Hugging Face repo name; refuses tool_choice "auto" until started with
 *   --enable-auto-tool-choice (`server.quirks.autoToolChoiceOff = false` plays the restart).
 */
import type { LlmPresetName } from '../bot/brains/llm/llm-presets';
import { startFakeOpenAIServer, type FakeOpenAIServer, type FakeServerOptions, type ProviderQuirks } from './fake-openai-server';

/** The reasoning text the fakes return, which no customer may ever see. */
export const HIDDEN_REASONING = '推理草稿 REASONING-NOT-FOR-CUSTOMERS';

export const PROVIDER_QUIRKS: Record<LlmPresetName, { apiKey?: string; quirks: ProviderQuirks }> = {
  openai: {
    apiKey: 'sk-openai-test',
    quirks: {
      models: ['gpt-4o-mini', 'o4-mini', 'text-embedding-3-small'],
      refuseTemperature: /^(o\d|gpt-5(?!-chat))/,
      embeddings: { dimensions: 1536, honoursDimensions: true },
    },
  },
  deepseek: {
    apiKey: 'sk-deepseek-test',
    quirks: { models: ['deepseek-chat', 'deepseek-reasoner'], reasoningContent: /reasoner/, reasoningText: HIDDEN_REASONING },
  },
  qwen: {
    apiKey: 'sk-dashscope-test',
    quirks: {
      models: ['qwen-plus', 'qwen3-32b', 'text-embedding-v3'],
      thinkingNeedsStream: /^qwen3/,
      embeddings: { dimensions: 1024, maxBatch: 10, honoursDimensions: true },
    },
  },
  ollama: {
    quirks: {
      models: ['qwen2.5:7b', 'qwen3:8b', 'nomic-embed-text:latest'],
      inlineThinking: /^qwen3/,
      reasoningText: HIDDEN_REASONING,
      embeddings: { dimensions: 768, alwaysFormat: 'float' },
    },
  },
  vllm: {
    quirks: { models: ['Qwen/Qwen2.5-7B-Instruct'], autoToolChoiceOff: true, embeddings: { dimensions: 1024 } },
  },
};

export async function startProviderFake(preset: LlmPresetName, extra: Partial<FakeServerOptions> & { quirks?: Partial<ProviderQuirks> } = {}): Promise<FakeOpenAIServer & { apiKey?: string }> {
  const spec = PROVIDER_QUIRKS[preset];
  // Each server gets its own copy of the preset's quirks: tests change `server.quirks` (a server
  // restarted with other flags), and a shared nested object would carry that change into every
  // later server of the same preset, so tests would pass or fail by the order they ran in.
  const quirks: ProviderQuirks = { reasoningText: HIDDEN_REASONING, ...structuredClone(spec.quirks), ...extra.quirks };
  const server = await startFakeOpenAIServer({ ...extra, apiKey: spec.apiKey, quirks });
  return Object.assign(server, { apiKey: spec.apiKey });
}
