/**
 * The provider settings as an operator writes them (LLM_PRESET, LLM_MODEL, LLM_TEMPERATURE,
 * LLM_EXTRA_BODY, LLM_PARALLEL_TOOL_CALLS, EMBEDDINGS_*), the refusals recognised as setup
 * problems, the thinking a customer must not see, and the start-up probe of /models against each
 * provider's fake, in the process and through the `aftersales llm check` command.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { logModelCheck } from '../../app/model-check';
import { requestSettings } from '../../bot/brains/llm/llm-presets';
import { modelListed, probeModelEndpoint } from '../../bot/brains/llm/model-probe';
import { stripThinking, ThinkingFilter } from '../../bot/brains/llm/reasoning';
import { setupHint } from '../../bot/brains/llm/setup-hints';
import type { FakeOpenAIServer } from '../../testing/fake-openai-server';
import { startProviderFake } from '../../testing/provider-fakes';
import { runCli } from '../../testing/cli';
import { tempDir } from '../../testing/temp-dir';

describe('settings from config', () => {
  it('a preset alone gives its base URL and model; LLM_MODEL and LLM_BASE_URL win', () => {
    expect(loadConfig({ LLM_PRESET: 'deepseek' }).llm).toMatchObject({ baseUrl: 'https://api.deepseek.com/v1', model: 'deepseek-chat', preset: 'deepseek' });
    expect(loadConfig({ LLM_PRESET: 'qwen', LLM_MODEL: 'qwen-max' }).llm.model).toBe('qwen-max');
    expect(loadConfig({ LLM_PRESET: 'vllm', LLM_BASE_URL: 'http://gpu-box:8000/v1' }).llm).toMatchObject({ baseUrl: 'http://gpu-box:8000/v1', preset: 'vllm', model: 'Qwen/Qwen2.5-7B-Instruct' });
    // Recognised from the address when no preset is named.
    expect(loadConfig({ LLM_BASE_URL: 'http://localhost:11434/v1' }).llm).toMatchObject({ preset: 'ollama', model: 'qwen2.5:7b' });
    expect(loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:9999/v1' }).llm).toMatchObject({ preset: undefined, model: 'gpt-4o-mini' });
    expect(loadConfig({}).llm.baseUrl).toBeUndefined();
  });

  it('reads temperature, extra body and parallel tool calls, and names a bad value', () => {
    const llm = loadConfig({ LLM_PRESET: 'vllm', LLM_TEMPERATURE: '0.7', LLM_EXTRA_BODY: '{"chat_template_kwargs":{"enable_thinking":true},"top_k":20}', LLM_PARALLEL_TOOL_CALLS: 'false' }).llm;
    expect(llm).toMatchObject({ temperature: 0.7, extraBody: { top_k: 20 }, parallelToolCalls: false });
    expect(() => loadConfig({ LLM_EXTRA_BODY: '[1]' })).toThrow(/LLM_EXTRA_BODY: expected a JSON object/);
    expect(() => loadConfig({ LLM_EXTRA_BODY: '{enable_thinking:false}' })).toThrow(/LLM_EXTRA_BODY/);
    expect(() => loadConfig({ LLM_TEMPERATURE: '3' })).toThrow(/LLM_TEMPERATURE: expected 0 to 2/);
    expect(() => loadConfig({ LLM_PRESET: 'claude' })).toThrow(/LLM_PRESET: expected one of openai, deepseek, qwen, ollama, vllm/);
  });

  it("the extra body is added to the preset's field by field; temperature is left out for models that refuse it", () => {
    expect(requestSettings({ preset: 'vllm', model: 'm', extraBody: { top_k: 20 } }).extraBody).toEqual({ chat_template_kwargs: { enable_thinking: false }, top_k: 20 });
    expect(requestSettings({ preset: 'qwen', model: 'qwen3-32b', extraBody: { enable_thinking: true } }).extraBody).toEqual({ enable_thinking: true });
    expect(requestSettings({ preset: 'openai', model: 'o3-mini', temperature: 0 }).temperature).toBeUndefined();
    expect(requestSettings({ preset: 'openai', model: 'gpt-5-chat-latest', temperature: 0 }).temperature).toBe(0);
    expect(requestSettings({ preset: 'deepseek', model: 'deepseek-reasoner', temperature: 0 }).temperature).toBeUndefined();
    expect(requestSettings({ model: 'o4-mini', temperature: 0 }).temperature).toBeUndefined();
    expect(requestSettings({ preset: 'deepseek', model: 'deepseek-chat', temperature: 0 })).toMatchObject({ temperature: 0, returnsReasoning: true, parallelToolCalls: undefined });
  });

  it('embeddings from a provider that serves none are refused at start, naming the variable', () => {
    expect(() => loadConfig({ LLM_PRESET: 'deepseek', EMBEDDINGS: 'openai' })).toThrow(/EMBEDDINGS_BASE_URL: deepseek serves no embeddings/);
    expect(loadConfig({ LLM_PRESET: 'deepseek', EMBEDDINGS: 'openai', EMBEDDINGS_BASE_URL: 'https://dashscope.aliyuncs.com/compatible-mode/v1' }).embeddings.batchSize).toBe(10);
  });

  it('embeddings batch size defaults to what the provider accepts', () => {
    expect(loadConfig({ LLM_PRESET: 'qwen', EMBEDDINGS: 'openai' }).embeddings).toMatchObject({ batchSize: 10, sendDimensions: true, baseUrl: 'https://dashscope.aliyuncs.com/compatible-mode/v1' });
    expect(loadConfig({ EMBEDDINGS: 'openai', EMBEDDINGS_BASE_URL: 'http://localhost:11434/v1' }).embeddings).toMatchObject({ batchSize: 64, sendDimensions: false });
    expect(loadConfig({ EMBEDDINGS: 'openai', EMBEDDINGS_BASE_URL: 'http://localhost:11434/v1', EMBEDDINGS_BATCH_SIZE: '8', EMBEDDINGS_DIMENSIONS: '768' }).embeddings).toMatchObject({
      batchSize: 8,
      dimensions: 768,
    });
  });
});

describe('setup refusals', () => {
  it('names the fix for refusals that repeat every turn, and nothing for an ordinary 400', () => {
    expect(setupHint(400, '{"object":"error","message":"\\"auto\\" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set","type":"BadRequestError"}')).toMatchObject({
      kind: 'vllm_tool_choice',
    });
    expect(setupHint(400, '{"error":{"message":"parameter.enable_thinking must be set to false for non-streaming calls"}}')).toMatchObject({ kind: 'thinking_needs_stream' });
    expect(setupHint(400, `{"error":{"message":"Unsupported parameter: 'temperature' is not supported with this model."}}`)).toMatchObject({ kind: 'temperature_refused' });
    expect(setupHint(400, '{"error":{"message":"registry.ollama.ai/library/gemma:2b does not support tools"}}')).toMatchObject({ kind: 'model_without_tools' });
    expect(setupHint(404, '{"error":{"message":"The model `gpt-9` does not exist or you do not have access to it.","code":"model_not_found"}}')).toMatchObject({ kind: 'model_not_found' });
    expect(setupHint(400, '{"error":{"message":"messages[3].content is too long"}}')).toBeUndefined();
    expect(setupHint(500, 'tool choice requires --enable-auto-tool-choice')).toBeUndefined();
  });
});

describe('thinking never reaches a customer', () => {
  it('strips <think> blocks, a dangling </think> and an unclosed <think>', () => {
    expect(stripThinking('<think>\n用户说E1\n</think>\n\n请断电重启。')).toBe('请断电重启。');
    expect(stripThinking('模板已开头的思考……</think>请断电重启。')).toBe('请断电重启。');
    expect(stripThinking('请断电重启。<think>还要不要')).toBe('请断电重启。');
    expect(stripThinking('a <think>x</think> b <think>y</think> c')).toBe('a  b  c');
    expect(stripThinking('没有思考的回答 <b>')).toBe('没有思考的回答 <b>');
  });

  it('filters a stream whose tags are split across deltas', () => {
    const f = new ThinkingFilter();
    const deltas = ['<thi', 'nk>推理', '中……</th', 'ink>请断', '电重启<', '。'];
    const out = deltas.map((d) => f.push(d)).join('') + f.end();
    expect(out).toBe('请断电重启<。');
    const g = new ThinkingFilter();
    expect(['直接回答', '，没有思考'].map((d) => g.push(d)).join('') + g.end()).toBe('直接回答，没有思考');
  });
});

describe('the /models probe against each provider', () => {
  const servers: FakeOpenAIServer[] = [];
  let openai: FakeOpenAIServer & { apiKey?: string };
  let ollama: FakeOpenAIServer;
  beforeAll(async () => {
    openai = await startProviderFake('openai');
    ollama = await startProviderFake('ollama', { quirks: { models: ['qwen2.5:latest', 'qwen3:8b'] } });
    servers.push(openai, ollama);
  });
  afterAll(async () => Promise.all(servers.map((s) => s.close())));

  it('ok, key refused, model not served, no list, unreachable: each said in English and Chinese', async () => {
    expect(await probeModelEndpoint({ baseUrl: openai.baseUrl, apiKey: openai.apiKey, model: 'gpt-4o-mini' })).toMatchObject({ outcome: 'ok' });
    const auth = await probeModelEndpoint({ baseUrl: openai.baseUrl, apiKey: 'sk-wrong', model: 'gpt-4o-mini' });
    expect(auth).toMatchObject({ outcome: 'auth', status: 401 });
    expect(auth.en).toMatch(/LLM_API_KEY/);
    expect(auth.zh).toMatch(/密钥/);
    const missing = await probeModelEndpoint({ baseUrl: openai.baseUrl, apiKey: openai.apiKey, model: 'gpt-4o' });
    expect(missing).toMatchObject({ outcome: 'model_not_listed' });
    expect(missing.en).toMatch(/LLM_MODEL=gpt-4o; it lists: gpt-4o-mini, o4-mini/);
    const dead = await probeModelEndpoint({ baseUrl: 'http://127.0.0.1:9/v1', model: 'x' });
    expect(dead.outcome).toBe('unreachable');
    expect(dead.zh).toMatch(/无法连接/);

    ollama.quirks.models = null;
    expect(await probeModelEndpoint({ baseUrl: ollama.baseUrl, model: 'qwen3:8b' })).toMatchObject({ outcome: 'no_model_list', status: 404 });
    ollama.quirks.models = ['qwen2.5:latest', 'qwen3:8b'];
  });

  it("Ollama's implicit :latest tag counts as served", async () => {
    expect(modelListed('qwen2.5', ['qwen2.5:latest'])).toBe(true);
    expect(modelListed('qwen3', ['qwen3:8b'])).toBe(false);
    expect(await probeModelEndpoint({ baseUrl: ollama.baseUrl, model: 'qwen2.5' })).toMatchObject({ outcome: 'ok' });
  });

  it('the start-up log line: info when served, a warning naming the fix otherwise', async () => {
    const lines: { level: string; message: string }[] = [];
    const log = { info: (message: string) => lines.push({ level: 'info', message }), warn: (message: string) => lines.push({ level: 'warn', message }) };
    await logModelCheck(loadConfig({ LLM_PRESET: 'openai', LLM_BASE_URL: openai.baseUrl, LLM_API_KEY: openai.apiKey! }), log);
    await logModelCheck(loadConfig({ LLM_PRESET: 'openai', LLM_BASE_URL: openai.baseUrl, LLM_API_KEY: 'sk-bad' }), log);
    expect(lines[0]).toMatchObject({ level: 'info' });
    expect(lines[1]!.level).toBe('warn');
    expect(lines[1]!.message).toMatch(/refused the key.*LLM_API_KEY \/ 模型检查：.*拒绝了密钥/);
  });

  it('`npm start` logs the check before serving: a model the endpoint does not serve is a warning naming what it does', async () => {
    const vllm = await startProviderFake('vllm');
    servers.push(vllm);
    const child = spawn(process.execPath, ['--import', 'tsx', 'app/start.ts'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', AFTERSALES_DATA_DIR: tempDir().dir, LLM_PRESET: 'vllm', LLM_BASE_URL: vllm.baseUrl, LLM_MODEL: 'Qwen/Qwen3-8B' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const started = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 60_000);
      child.stdout.on('data', (d: Buffer) => String(d).includes('running at') && (clearTimeout(timer), resolve(true)));
      child.on('exit', () => (clearTimeout(timer), resolve(false)));
    });
    const exited = child.exitCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
    expect(started).toBe(true);
    const line = stderr
      .split('\n')
      .map((l) => {
        try {
          return JSON.parse(l) as { level: number; msg: string };
        } catch {
          return undefined;
        }
      })
      .find((l) => l?.msg?.startsWith('LLM check'));
    expect(line).toBeDefined();
    expect(line!.level).toBe(40); // pino's warn
    expect(line!.msg).toMatch(/does not serve LLM_MODEL=Qwen\/Qwen3-8B; it lists: Qwen\/Qwen2.5-7B-Instruct \/ 模型检查[:：].*没有 LLM_MODEL=Qwen\/Qwen3-8B 这个模型/);
  });

  it('`aftersales llm check` prints each problem with its fix and exits 6; 0 when all is well', async () => {
    const env = { AFTERSALES_DATA_DIR: tempDir().dir, LLM_PRESET: 'openai', LLM_BASE_URL: openai.baseUrl, LLM_API_KEY: openai.apiKey!, EMBEDDINGS: 'openai' };
    const good = await runCli(['llm', 'check', '--json'], env);
    expect(good.code).toBe(0);
    expect(good.json()).toMatchObject({ chat: { outcome: 'ok', model: 'gpt-4o-mini' }, embeddings: { ok: true, dimensions: 1536 } });
    const bad = await runCli(['llm', 'check'], { ...env, LLM_MODEL: 'gpt-9' });
    expect(bad.code).toBe(6);
    expect(bad.stdout).toMatch(/PROBLEM .*does not serve LLM_MODEL=gpt-9/);
    expect(bad.stdout).toMatch(/没有 LLM_MODEL=gpt-9 这个模型/);
    // `chat` says it on stderr before the first turn, keeping stdout for replies.
    const chat = await runCli(['chat', '--json'], { ...env, EMBEDDINGS: 'local', LLM_API_KEY: 'sk-bad' });
    expect(chat.code).toBe(0);
    expect(chat.stderr).toMatch(/Model problem: .*refused the key \(HTTP 401\)/);
    expect(chat.stderr).toMatch(/模型问题：.*拒绝了密钥/);
    expect(chat.stdout).toBe('');
  });
});
