/**
 * Endpoints the LLM brain is set up for. All speak OpenAI's chat-completions protocol with tool
 * calls; what differs is the address, a sensible model, whether a key is needed, and the quirks
 * each provider documents. Every quirk handled in code is named here once, with where it is
 * handled; the tests run each preset against a local server reproducing its quirks
 * (testing/provider-fakes.ts).
 *
 * | preset   | base URL                                           | model          | quirks handled |
 * |----------|----------------------------------------------------|----------------|----------------|
 * | openai   | https://api.openai.com/v1                          | gpt-4o-mini    | o-series and gpt-5 reasoning models refuse `temperature` (400): not sent |
 * | deepseek | https://api.deepseek.com/v1                        | deepseek-chat  | thinking mode (deepseek-reasoner) returns `reasoning_content`, which must be sent back on tool-calling turns (400 otherwise); temperature has no effect there: not sent |
 * | qwen     | https://dashscope.aliyuncs.com/compatible-mode/v1  | qwen-plus      | non-streaming calls to thinking models 400 unless `enable_thinking: false` (sent by default); embeddings take at most 10 inputs a request |
 * | ollama   | http://localhost:11434/v1                          | qwen2.5:7b     | no key; `<think>` in the content of reasoning models is stripped; raise OLLAMA_CONTEXT_LENGTH >= 8192 or the prompt is cut silently |
 * | vllm     | http://localhost:8000/v1                           | Qwen/Qwen2.5-7B-Instruct | tool calls need `--enable-auto-tool-choice --tool-call-parser hermes` (400 named in the log, circuit opens); `chat_template_kwargs.enable_thinking: false` for Qwen3 |
 */
export const LLM_PRESET_NAMES = ['openai', 'deepseek', 'qwen', 'ollama', 'vllm'] as const;
export type LlmPresetName = (typeof LLM_PRESET_NAMES)[number];

export interface LlmPreset {
  baseUrl: string;
  model: string;
  /** Sent when no key is configured (local servers ignore it; the SDK insists on one). */
  placeholderApiKey?: string;
  /** Extra request fields this provider needs (LLM_EXTRA_BODY adds to them, field by field). */
  extraBody?: Record<string, unknown>;
  /** Models that refuse a temperature, or ignore it (reasoning models): none is sent to them. */
  noTemperature?: RegExp;
  /**
   * `parallel_tool_calls` sent with every call that carries tools: the engine wants every command a
   * message holds in one answer. Undefined: not sent, where the provider does not document it.
   */
  parallelToolCalls?: boolean;
  /** Thinking-mode models whose reasoning_content must go back with their tool calls (DeepSeek). */
  returnsReasoning?: boolean;
  /** Inputs per /embeddings request by default (EMBEDDINGS_BATCH_SIZE changes it) ... */
  embeddingsBatch: number;
  /** ... and the most the provider accepts, where it documents a small limit. */
  embeddingsMaxBatch?: number;
  /** The provider serves no /embeddings at all. */
  noEmbeddings?: boolean;
  /** Whether /embeddings takes a `dimensions` field (only then is EMBEDDINGS_DIMENSIONS sent). */
  embeddingsDimensions: boolean;
  notes: string;
}

/**
 * OpenAI's reasoning models (o1, o3, o4-mini, gpt-5 but not gpt-5-chat) answer 400 to any
 * temperature but 1, and to `max_tokens` (they take `max_completion_tokens`).
 */
const OPENAI_REASONING = /^(o\d|gpt-5(?!-chat))/;

/** Whether the token limit must be sent as `max_completion_tokens` (max_tokens is refused). */
export function takesMaxCompletionTokens(model: string): boolean {
  return OPENAI_REASONING.test(model);
}

export const LLM_PRESETS: Record<LlmPresetName, LlmPreset> = {
  openai: {
    baseUrl: 'https://api.openai.com/v1',
    model: 'gpt-4o-mini',
    noTemperature: OPENAI_REASONING,
    parallelToolCalls: true,
    embeddingsBatch: 256,
    embeddingsDimensions: true,
    notes: 'Reference behaviour; reasoning models (o-series, gpt-5) take no temperature.',
  },
  deepseek: {
    baseUrl: 'https://api.deepseek.com/v1',
    model: 'deepseek-chat',
    noTemperature: /reasoner/,
    returnsReasoning: true,
    noEmbeddings: true,
    embeddingsBatch: 64,
    embeddingsDimensions: false,
    notes: 'deepseek-chat for tool calls; deepseek-reasoner thinks first (reasoning_content sent back on tool turns). Slower at peak hours: keep LLM_TIMEOUT generous. No embeddings API.',
  },
  qwen: {
    baseUrl: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
    model: 'qwen-plus',
    extraBody: { enable_thinking: false },
    parallelToolCalls: true,
    embeddingsBatch: 10,
    embeddingsMaxBatch: 10,
    embeddingsDimensions: true,
    notes: 'DashScope compatible mode; enable_thinking=false (thinking is streaming-only there); embeddings at most 10 per request. International accounts: dashscope-intl.aliyuncs.com.',
  },
  ollama: {
    baseUrl: 'http://localhost:11434/v1',
    model: 'qwen2.5:7b',
    placeholderApiKey: 'ollama',
    embeddingsBatch: 64,
    embeddingsDimensions: false,
    notes: 'No key needed. Use a tool-capable model and OLLAMA_CONTEXT_LENGTH >= 8192, or the prompt is truncated silently.',
  },
  vllm: {
    baseUrl: 'http://localhost:8000/v1',
    model: 'Qwen/Qwen2.5-7B-Instruct',
    placeholderApiKey: 'vllm',
    // Qwen3 chat templates read it; other templates ignore unknown variables.
    extraBody: { chat_template_kwargs: { enable_thinking: false } },
    parallelToolCalls: true,
    embeddingsBatch: 64,
    embeddingsDimensions: true,
    notes: 'Start vLLM with --enable-auto-tool-choice --tool-call-parser hermes (the parser for your model), or every tool call is refused.',
  },
};

/** Which preset a base URL belongs to, when LLM_PRESET is not set. vLLM's port is too common to guess from. */
export function presetFor(baseUrl: string): LlmPresetName | undefined {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return undefined;
  }
  if (url.hostname === 'api.openai.com') return 'openai';
  if (url.hostname.endsWith('deepseek.com')) return 'deepseek';
  if (url.hostname.includes('dashscope')) return 'qwen';
  if (url.port === '11434') return 'ollama';
  return undefined;
}

/** What goes into each chat request for one model at one provider, after the operator's settings. */
export interface ModelRequestSettings {
  /** undefined: no temperature is sent at all. */
  temperature?: number;
  extraBody?: Record<string, unknown>;
  parallelToolCalls?: boolean;
  returnsReasoning: boolean;
}

export function requestSettings(input: {
  preset?: LlmPresetName;
  model: string;
  /** The operator's temperature (LLM_TEMPERATURE), else the call's own. */
  temperature?: number;
  extraBody?: Record<string, unknown>;
  parallelToolCalls?: boolean;
}): ModelRequestSettings {
  const preset = input.preset ? LLM_PRESETS[input.preset] : undefined;
  // Reasoning models are recognised by name whatever the preset: a proxy may serve o4-mini too.
  const refuses = (preset?.noTemperature ?? OPENAI_REASONING).test(input.model) || OPENAI_REASONING.test(input.model);
  const extraBody = preset?.extraBody || input.extraBody ? { ...preset?.extraBody, ...input.extraBody } : undefined;
  return {
    temperature: refuses ? undefined : input.temperature,
    extraBody,
    parallelToolCalls: input.parallelToolCalls ?? preset?.parallelToolCalls,
    returnsReasoning: preset?.returnsReasoning ?? false,
  };
}
