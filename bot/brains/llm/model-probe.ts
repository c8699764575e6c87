/**
 * The start-up check of a model endpoint: one GET /models, read with a small schema, and one
 * sentence in English and Chinese saying what is wrong (unreachable, key refused, model not
 * served) and what to do. It never stops the start: the offline brain answers while the model
 * cannot, and the circuit keeps a dead endpoint cheap. It only says so early and plainly, before
 * the first customer's turn falls back.
 */
import { z } from 'zod';

export type ProbeOutcome = 'ok' | 'unreachable' | 'auth' | 'model_not_listed' | 'no_model_list' | 'bad_response';

export interface ProbeResult {
  outcome: ProbeOutcome;
  /** Models the endpoint lists (empty when it could not be read). */
  models: string[];
  /** HTTP status when there was an answer. */
  status?: number;
  en: string;
  zh: string;
}

const modelList = z.object({ data: z.array(z.object({ id: z.string() }).passthrough()) }).passthrough();

/**
 * Whether `model` is among `listed`: exact, or Ollama's implicit `:latest` tag ("qwen2.5" is
 * served as "qwen2.5:latest").
 */
export function modelListed(model: string, listed: readonly string[]): boolean {
  return listed.includes(model) || (!model.includes(':') && listed.includes(`${model}:latest`));
}

export async function probeModelEndpoint(options: { baseUrl: string; apiKey?: string; model: string; timeoutMs?: number; fetch?: typeof fetch }): Promise<ProbeResult> {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/models`;
  const where = options.baseUrl;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      headers: options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {},
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
    const why = cause?.code ?? cause?.message ?? (error as Error)?.name ?? 'error';
    return {
      outcome: 'unreachable',
      models: [],
      en: `model endpoint ${where} is unreachable (${why}): check LLM_BASE_URL and that the server runs; the offline assistant answers meanwhile`,
      zh: `无法连接模型服务 ${where}（${why}）：请检查 LLM_BASE_URL 以及服务是否已启动；在此期间由离线助手回答`,
    };
  }
  const status = response.status;
  const text = await response.text().catch(() => '');
  if (status === 401 || status === 403) {
    return {
      outcome: 'auth',
      models: [],
      status,
      en: `model endpoint ${where} refused the key (HTTP ${status}): check LLM_API_KEY`,
      zh: `模型服务 ${where} 拒绝了密钥（HTTP ${status}）：请检查 LLM_API_KEY`,
    };
  }
  if (status === 404 || status === 405) {
    // Some compatible servers do not implement the list; chat may still work.
    return {
      outcome: 'no_model_list',
      models: [],
      status,
      en: `model endpoint ${where} does not list its models (HTTP ${status}); LLM_MODEL ${options.model} could not be checked`,
      zh: `模型服务 ${where} 不提供模型列表（HTTP ${status}），无法核对 LLM_MODEL ${options.model}`,
    };
  }
  let parsed: z.infer<typeof modelList> | undefined;
  try {
    parsed = status >= 200 && status < 300 ? modelList.parse(JSON.parse(text)) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed) {
    return {
      outcome: 'bad_response',
      models: [],
      status,
      en: `model endpoint ${where} answered /models with HTTP ${status} and no model list: is LLM_BASE_URL the OpenAI-compatible path (ending in /v1)?`,
      zh: `模型服务 ${where} 的 /models 返回 HTTP ${status}，没有模型列表：LLM_BASE_URL 是否为兼容 OpenAI 的地址（以 /v1 结尾）？`,
    };
  }
  const models = parsed.data.map((m) => m.id);
  if (!modelListed(options.model, models)) {
    const some = models.slice(0, 8).join(', ') || '(none)';
    return {
      outcome: 'model_not_listed',
      models,
      status,
      en: `model endpoint ${where} does not serve LLM_MODEL=${options.model}; it lists: ${some}`,
      zh: `模型服务 ${where} 没有 LLM_MODEL=${options.model} 这个模型；可用的有：${some}`,
    };
  }
  return {
    outcome: 'ok',
    models,
    status,
    en: `model endpoint ${where} serves ${options.model}`,
    zh: `模型服务 ${where} 可用，模型 ${options.model}`,
  };
}
