/**
 * Each provider preset (OpenAI, DeepSeek, DashScope/Qwen, Ollama, vLLM), configured the way an
 * operator would (LLM_PRESET, a key, sometimes LLM_MODEL), runs the whole assistant against a
 * local server reproducing that provider's documented quirks (testing/provider-fakes.ts): the
 * after-sales LLM brain reads the message by tool calls, the engine answers. Where a quirk would
 * break a turn (a refused temperature, a refused tool choice, a missing reasoning_content, inline
 * thinking), the test shows the turn is still the model's and nothing of the thinking reaches the
 * customer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LlmEndpoint, newCallLog } from '../../bot/brains/llm/llm-endpoint';
import type { LlmPresetName } from '../../bot/brains/llm/llm-presets';
import { phraseReply } from '../../bot/brains/llm/reply-phrasing';
import { say, type FakeOpenAIServer, type ScriptedToolCall } from '../../testing/fake-openai-server';
import { HIDDEN_REASONING, startProviderFake } from '../../testing/provider-fakes';
import { openWorld, type World } from '../../testing/world';
import { openLlmWorld, type LlmWorld } from './world';

const call = (name: string, args: Record<string, unknown>): ScriptedToolCall => ({ name, arguments: args });
/** Five commands in one answer, as a model reads "格力空调显示E1，不制冷". */
const FAULT_READ = [
  call('start_flow', { flow: 'fault', from: '显示E1' }),
  call('set_slot', { slot: 'category', value: '空调', from: '格力空调' }),
  call('set_slot', { slot: 'brand', value: '格力', from: '格力空调' }),
  call('set_slot', { slot: 'errorCode', value: 'E1', from: '显示E1' }),
  call('set_slot', { slot: 'symptom', value: '显示E1，不制冷', from: '显示E1，不制冷' }),
];

let server: (FakeOpenAIServer & { apiKey?: string }) | undefined;
let world: World | undefined;
let llmWorld: LlmWorld | undefined;
afterEach(async () => {
  const [w, l, s] = [world, llmWorld, server];
  world = llmWorld = server = undefined;
  await w?.close();
  await l?.close();
  await s?.close();
});

async function presetWorld(preset: LlmPresetName, env: Record<string, string> = {}) {
  server = await startProviderFake(preset);
  world = await openWorld({
    LLM_PRESET: preset,
    LLM_BASE_URL: server.baseUrl,
    ...(server.apiKey ? { LLM_API_KEY: server.apiKey } : {}),
    LLM_TIMEOUT: '2s',
    LLM_MAX_RETRIES: '0',
    LLM_RETRY_BUDGET: '1s',
    ...env,
  });
  return { server, world };
}

const fallbacks = (w: World) => w.errors.map((e) => String((e as Error).message)).filter((m) => /fell back/.test(m));

describe.each([
  // preset, the model it defaults to, what each chat request must carry
  { preset: 'openai' as const, model: 'gpt-4o-mini', temperature: 0, parallel: true, extra: {} },
  { preset: 'deepseek' as const, model: 'deepseek-chat', temperature: 0, parallel: undefined, extra: {} },
  { preset: 'qwen' as const, model: 'qwen-plus', temperature: 0, parallel: true, extra: { enable_thinking: false } },
  { preset: 'ollama' as const, model: 'qwen2.5:7b', temperature: 0, parallel: undefined, extra: {} },
])('$preset preset against its fake', ({ preset, model, temperature, parallel, extra }) => {
  it("takes the preset's model and settings, and turns several tool calls in one answer into the engine's commands, in order", async () => {
    const { server, world } = await presetWorld(preset);
    server.script(say.tools(...FAULT_READ));
    const said = await world.customer(`${preset}-1`).say('格力空调显示E1，不制冷');
    expect(said.brain).toBe('llm');
    expect(fallbacks(world)).toEqual([]);
    expect(said.text).toMatch(/（依据：/);
    const body = server.requests[0]!.body;
    expect(body.model).toBe(model);
    expect(body.temperature).toBe(temperature);
    expect(body.parallel_tool_calls).toBe(parallel);
    for (const [key, value] of Object.entries(extra)) expect(body[key]).toEqual(value);

    // The same answer to another customer gives the same reply: the order of the calls is the order applied.
    server.reset();
    server.script(say.tools(...FAULT_READ));
    const again = await world.customer(`${preset}-2`).say('格力空调显示E1，不制冷');
    expect(again.text).toBe(said.text);
  });
});

describe('several tool calls in one answer', () => {
  it('the same call repeated in one answer (parallel mode) counts once: the reply is the one without the repeat', async () => {
    const { server, world } = await presetWorld('qwen');
    server.script(say.tools(...FAULT_READ));
    const once = await world.customer('dup-1').say('格力空调显示E1，不制冷');
    server.script(say.tools(...FAULT_READ, ...FAULT_READ));
    const twice = await world.customer('dup-2').say('格力空调显示E1，不制冷');
    expect(twice.brain).toBe('llm');
    expect(twice.text).toBe(once.text);
    expect(twice.actions.map((a) => a.name)).toEqual(once.actions.map((a) => a.name));
  });
});

describe('OpenAI', () => {
  it('sends no temperature to a reasoning model, which refuses one, and the model answers the turn', async () => {
    const { server, world } = await presetWorld('openai', { LLM_MODEL: 'o4-mini' });
    server.script(say.tools(...FAULT_READ));
    const said = await world.customer('o4').say('格力空调显示E1，不制冷');
    expect(fallbacks(world)).toEqual([]);
    expect(said.brain).toBe('llm');
    expect(server.requests[0]!.body).not.toHaveProperty('temperature');
    expect(server.requests[0]!.body.max_completion_tokens).toBeGreaterThan(0);
  });

  it('LLM_TEMPERATURE and LLM_PARALLEL_TOOL_CALLS override the preset', async () => {
    const { server, world } = await presetWorld('openai', { LLM_TEMPERATURE: '0.7', LLM_PARALLEL_TOOL_CALLS: 'false' });
    server.script(say.tools(...FAULT_READ));
    await world.customer('o-settings').say('格力空调显示E1，不制冷');
    expect(server.requests[0]!.body).toMatchObject({ temperature: 0.7, parallel_tool_calls: false });
  });
});

describe('DeepSeek thinking mode (deepseek-reasoner)', () => {
  it('the after-sales brain: the reasoning stays out of the reply, and no temperature is sent', async () => {
    const { server, world } = await presetWorld('deepseek', { LLM_MODEL: 'deepseek-reasoner' });
    server.script(say.tools(...FAULT_READ));
    const said = await world.customer('ds-r').say('格力空调显示E1，不制冷');
    expect(said.brain).toBe('llm');
    expect(server.requests[0]!.body).not.toHaveProperty('temperature');
    expect(said.text).not.toContain('REASONING');
  });

  for (const streamed of [false, true]) {
    it(`a tool loop${streamed ? ' (streamed)' : ''}: reasoning_content goes back with the tool-call turn, else DeepSeek refuses it; the customer never sees it`, async () => {
      server = await startProviderFake('deepseek');
      llmWorld = await openLlmWorld({ baseUrl: server.baseUrl, apiKey: server.apiKey, preset: 'deepseek', model: 'deepseek-reasoner', maxRetries: 0 });
      server.script(say.tool('searchKnowledge', { query: '空调 E1', category: 'air_conditioner' }), say.text('请断电5分钟后重启 [KB-AC-E1]。'));
      const tokens: string[] = [];
      const { reply } = await llmWorld.ask({ text: '空调显示E1', disclosed: true }, streamed ? { onToken: (t) => tokens.push(t) } : undefined);
      expect(reply.fallback).toBeUndefined();
      expect(reply.answeredBy).toBe('llm');
      expect(server.requests).toHaveLength(2);
      const sentBack = server.requests[1]!.body.messages!.find((m) => m.role === 'assistant' && m.tool_calls?.length) as { reasoning_content?: string };
      expect(sentBack.reasoning_content).toBe(HIDDEN_REASONING);
      expect(reply.text).not.toContain('REASONING');
      expect(tokens.join('')).not.toContain('REASONING');
      if (streamed) expect(server.requests[0]!.stream).toBe(true);
    });
  }
});

describe('DashScope / Qwen compatible mode', () => {
  it('a Qwen3 model answers non-streamed because the preset turns thinking off; turning it on is refused and the log names the fix', async () => {
    const first = await presetWorld('qwen', { LLM_MODEL: 'qwen3-32b' });
    first.server.script(say.tools(...FAULT_READ));
    expect((await first.world.customer('q3').say('格力空调显示E1，不制冷')).brain).toBe('llm');
    expect(first.server.requests[0]!.body.enable_thinking).toBe(false);
    await first.world.close();
    world = undefined;

    const thinking = await openWorld({
      LLM_PRESET: 'qwen',
      LLM_BASE_URL: first.server.baseUrl,
      LLM_API_KEY: first.server.apiKey!,
      LLM_MODEL: 'qwen3-32b',
      LLM_EXTRA_BODY: '{"enable_thinking":true}',
      LLM_MAX_RETRIES: '0',
    });
    world = thinking;
    first.server.reset();
    first.server.script(say.tools(...FAULT_READ));
    const said = await thinking.customer('q3-thinking').say('格力空调显示E1，不制冷');
    expect(said.brain).not.toBe('llm');
    expect(said.text.length).toBeGreaterThan(0);
    expect(fallbacks(thinking).join('\n')).toMatch(/llm_misconfigured.*LLM_EXTRA_BODY=\{"enable_thinking":false\}/);
  });
});

describe('Ollama', () => {
  it('needs no key, and a Qwen3 model thinking inline in <think> has it stripped from the reworded reply', async () => {
    server = await startProviderFake('ollama');
    const endpoint = new LlmEndpoint({ baseUrl: server.baseUrl, preset: 'ollama', model: 'qwen3:8b', timeoutMs: 2000, maxRetries: 0 });
    server.script(say.text('好的，请先断电5分钟再开机试试。'));
    const phrased = await phraseReply({
      model: endpoint.chatModel(newCallLog()),
      systemPrompt: 'reword',
      engineText: '请断电5分钟后重启。',
      passages: '',
      lang: 'zh',
      signal: AbortSignal.timeout(5000),
    });
    endpoint.shutdown();
    expect(server.requests[0]!.headers.authorization).toBe('Bearer ollama');
    expect(phrased.text).toBe('好的，请先断电5分钟再开机试试。');
  });

  for (const streamed of [false, true]) {
    it(`the free-form brain${streamed ? ', streamed' : ''}: a reply that opens with <think> reaches the customer without it`, async () => {
      server = await startProviderFake('ollama');
      llmWorld = await openLlmWorld({ baseUrl: server.baseUrl, preset: 'ollama', model: 'qwen3:8b', maxRetries: 0 });
      server.script(say.text('Please switch it off for 5 minutes and restart [KB-AC-E1].'));
      const tokens: string[] = [];
      const { reply } = await llmWorld.ask({ text: 'air conditioner E1', disclosed: true }, streamed ? { onToken: (t) => tokens.push(t) } : undefined);
      expect(reply.answeredBy).toBe('llm');
      expect(reply.text).toBe('Please switch it off for 5 minutes and restart [KB-AC-E1].');
      if (streamed) {
        expect(server.requests[0]!.stream).toBe(true);
        expect(tokens.join('')).toContain('Please switch it off');
        expect(tokens.join('')).not.toMatch(/REASONING|think>/);
      }
    });
  }
});

describe('vLLM', () => {
  it('a server started without tool parsing: the 400 names the flags to add, and repeated 400s open the circuit', async () => {
    const { server, world } = await presetWorld('vllm', { LLM_CIRCUIT_FAILURES: '3', LLM_CIRCUIT_RESET: '60s' });
    for (let i = 0; i < 3; i++) {
      const said = await world.customer(`vllm-${i}`).say('格力空调显示E1，不制冷');
      expect(said.brain).not.toBe('llm');
      expect(said.text).toMatch(/E1/);
    }
    expect(server.requests).toHaveLength(3);
    expect(fallbacks(world)[0]).toMatch(/llm_misconfigured.*--enable-auto-tool-choice --tool-call-parser hermes/);
    expect(fallbacks(world)[0]).toMatch(/启动 vLLM 时加上/);
    // The circuit is open: the next turn costs no round trip.
    const after = await world.customer('vllm-after').say('格力空调显示E1，不制冷');
    expect(after.text.length).toBeGreaterThan(0);
    expect(server.requests).toHaveLength(3);
    expect(fallbacks(world).at(-1)).toMatch(/circuit/);
  });

  it('started with the flags, it answers, with the chat template told not to think', async () => {
    const { server, world } = await presetWorld('vllm');
    server.quirks.autoToolChoiceOff = false;
    server.script(say.tools(...FAULT_READ));
    const said = await world.customer('vllm-ok').say('格力空调显示E1，不制冷');
    expect(said.brain).toBe('llm');
    expect(server.requests[0]!.body).toMatchObject({ model: 'Qwen/Qwen2.5-7B-Instruct', chat_template_kwargs: { enable_thinking: false }, parallel_tool_calls: true });
    expect(server.requests[0]!.headers.authorization).toBe('Bearer vllm');
  });
});
