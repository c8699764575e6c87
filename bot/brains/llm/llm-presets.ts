/**
 * Endpoints the LLM brain is set up for. All speak OpenAI's chat-completions protocol with tool
 * calls; what differs is the address, a sensible model, whether a key is needed and a few
 * quirks worth knowing before pointing a customer-facing bot at them.
 *
 * | preset   | base URL                                           | model          | notes |
 * |----------|----------------------------------------------------|----------------|-------|
 * | openai   | https://api.openai.com/v1                          | gpt-4o-mini    | reference behaviour; usage in the last stream chunk |
 * | deepseek | https://api.deepseek.com/v1                        | deepseek-chat  | tool calls on deepseek-chat (V3); not on older deepseek-reasoner; answers slow down at peak hours, keep the timeout generous |
 * | qwen     | https://dashscope.aliyuncs.com/compatible-mode/v1  | qwen-plus      | DashScope compatible mode; Qwen3 open-weight models need `enable_thinking: false` for non-streaming calls (set `extraBody`); international accounts use dashscope-intl.aliyuncs.com |
 * | ollama   | http://localhost:11434/v1                          | qwen2.5:7b     | no key (any string is sent); pick a tool-capable model; raise the context (OLLAMA_CONTEXT_LENGTH >= 8192) or the system prompt and tools are cut silently |
 */
export type LlmPresetName = 'openai' | 'deepseek' | 'qwen' | 'ollama';

export interface LlmPreset {
  baseUrl: string;
  model: string;
  /** Sent when no key is configured (local servers ignore it; the SDK insists on one). */
  placeholderApiKey?: string;
  /** Extra request fields this provider needs. */
  extraBody?: Record<string, unknown>;
  notes: string;
}

export const LLM_PRESETS: Record<LlmPresetName, LlmPreset> = {
  openai: { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', notes: 'Reference behaviour; usage arrives in the last stream chunk.' },
  deepseek: {
    baseUrl: 'https://api.deepseek.com/v1',
    model: 'deepseek-chat',
    notes: 'Tool calls on deepseek-chat; older deepseek-reasoner cannot call tools. Slower at peak hours: keep LLM_TIMEOUT generous.',
  },
  qwen: {
    baseUrl: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
    model: 'qwen-plus',
    notes: 'DashScope compatible mode. Qwen3 open-weight models need enable_thinking=false for non-streaming calls. International accounts: dashscope-intl.aliyuncs.com.',
  },
  ollama: {
    baseUrl: 'http://localhost:11434/v1',
    model: 'qwen2.5:7b',
    placeholderApiKey: 'ollama',
    notes: 'No key needed. Use a tool-capable model and OLLAMA_CONTEXT_LENGTH >= 8192, or the prompt is truncated silently.',
  },
};

/** Which preset a base URL belongs to (for defaults such as the placeholder key). */
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
