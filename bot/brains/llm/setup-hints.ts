/**
 * Refusals that say our setup is wrong rather than one request: the server will refuse every turn
 * the same way until someone changes a flag or a setting. Each is recognised from the error text
 * the provider documents or is known to send, and named with the fix, in English and Chinese, so
 * the log line tells the operator what to do. The resilient fetch counts these failures toward
 * the circuit (an ordinary 400 does not), so a misconfigured server stops costing a round trip
 * on every turn.
 */
export interface SetupHint {
  /** Short name for logs and tests. */
  kind: 'vllm_tool_choice' | 'thinking_needs_stream' | 'temperature_refused' | 'model_without_tools' | 'model_not_found';
  en: string;
  zh: string;
}

const HINTS: { kind: SetupHint['kind']; when: RegExp; en: string; zh: string }[] = [
  {
    // vLLM's OpenAI server, started without tool parsing.
    kind: 'vllm_tool_choice',
    when: /tool choice requires --enable-auto-tool-choice/i,
    en: 'start vLLM with --enable-auto-tool-choice --tool-call-parser hermes (or the parser for your model, e.g. llama3_json, mistral)',
    zh: '启动 vLLM 时加上 --enable-auto-tool-choice --tool-call-parser hermes（或与模型对应的解析器，如 llama3_json、mistral）',
  },
  {
    // DashScope: thinking models answer only streamed unless thinking is off.
    kind: 'thinking_needs_stream',
    when: /enable_thinking must be set to false/i,
    en: 'set LLM_EXTRA_BODY={"enable_thinking":false} (DashScope thinking models answer only streamed)',
    zh: '请设置 LLM_EXTRA_BODY={"enable_thinking":false}（百炼的思考模型只支持流式调用）',
  },
  {
    kind: 'temperature_refused',
    when: /(unsupported (parameter|value)|not supported)[^"]{0,40}'?temperature/i,
    en: 'this model takes no temperature: unset LLM_TEMPERATURE',
    zh: '该模型不接受 temperature 参数：请删除 LLM_TEMPERATURE',
  },
  {
    // Ollama: "registry.ollama.ai/library/gemma:2b does not support tools".
    kind: 'model_without_tools',
    when: /does not support tools/i,
    en: 'this model cannot call tools: choose a tool-capable model for LLM_MODEL (e.g. qwen2.5:7b, llama3.1)',
    zh: '该模型不支持工具调用：请在 LLM_MODEL 中换用支持工具调用的模型（如 qwen2.5:7b、llama3.1）',
  },
  {
    kind: 'model_not_found',
    when: /model[^"]{0,80}(does not exist|not found|not exist)|model_not_found/i,
    en: 'the endpoint does not serve LLM_MODEL: check the name against `npx aftersales llm check`',
    zh: '该服务没有 LLM_MODEL 指定的模型：请用 `npx aftersales llm check` 核对模型名',
  },
];

/** The fix for a refusal that will repeat on every turn, or undefined for an ordinary one. */
export function setupHint(status: number, body: string): SetupHint | undefined {
  if (status !== 400 && status !== 404 && status !== 422) return undefined;
  const found = HINTS.find((h) => h.when.test(body));
  return found ? { kind: found.kind, en: found.en, zh: found.zh } : undefined;
}
