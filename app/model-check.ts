/**
 * The configured model endpoint checked once, for the start-up log and `aftersales llm check`:
 * the chat model (GET /models) and, when embeddings go to an endpoint too, one embedding call
 * whose width is checked. Neither stops the start: the offline brain answers while the model
 * cannot, so the job here is to say early and plainly what is wrong.
 */
import { probeModelEndpoint, type ProbeResult } from '../bot/brains/llm/model-probe';
import type { Config } from './config';
import { createEmbedder } from './knowledge';

export interface ModelCheck {
  chat?: ProbeResult & { baseUrl: string; model: string; preset?: string };
  embeddings?: { ok: boolean; dimensions?: number; en: string; zh: string };
}

export async function checkModels(config: Config, options: { fetch?: typeof fetch; timeoutMs?: number; embeddings?: boolean } = {}): Promise<ModelCheck> {
  const out: ModelCheck = {};
  const llm = config.llm;
  if (llm.baseUrl) {
    const probe = await probeModelEndpoint({ baseUrl: llm.baseUrl, apiKey: llm.apiKey, model: llm.model, timeoutMs: options.timeoutMs, fetch: options.fetch });
    out.chat = { ...probe, baseUrl: llm.baseUrl, model: llm.model, preset: llm.preset };
  }
  if (options.embeddings && config.embeddings.provider === 'openai') {
    try {
      const dimensions = await createEmbedder(config).dimensions();
      out.embeddings = {
        ok: true,
        dimensions,
        en: `embeddings ${config.embeddings.model} answer with ${dimensions} dimensions`,
        zh: `向量模型 ${config.embeddings.model} 可用，维度 ${dimensions}`,
      };
    } catch (error) {
      const message = (error as Error)?.message ?? String(error);
      out.embeddings = { ok: false, en: `embeddings ${config.embeddings.model} failed: ${message}`, zh: `向量模型 ${config.embeddings.model} 不可用：${message}` };
    }
  }
  return out;
}

/** One log line for the chat model: info when it is served, a warning naming the fix otherwise. */
export async function logModelCheck(
  config: Config,
  log: { info(message: string): void; warn(message: string): void },
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<ModelCheck> {
  const check = await checkModels(config, options);
  if (check.chat) {
    const line = `LLM check: ${check.chat.en} / 模型检查：${check.chat.zh}`;
    if (check.chat.outcome === 'ok') log.info(line);
    else log.warn(line);
  }
  return check;
}
