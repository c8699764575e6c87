/**
 * The whole assistant with a model endpoint configured: the after-sales LLM brain reads each
 * message into the engine's commands by tool calls (one model call a turn, against a local server
 * speaking the OpenAI protocol), and the same engine and tools as the offline brain decide the
 * reply, the ticket, its priority and its warranty. When the model fails or says nothing usable,
 * the real offline brain answers from the real knowledge base.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stopUsingLine } from '../../bot/understanding/safety-script';
import { PHRASES } from '../../bot/phrases';
import type { Ticket } from '../../tickets/ticket';
import { say, startFakeOpenAIServer, type FakeOpenAIServer, type ScriptedToolCall } from '../../testing/fake-openai-server';
import { openWorld, type World } from '../../testing/world';

let server: FakeOpenAIServer;
let world: World;
/**
 * The failure tests get an assistant of their own: their failed calls would open the shared one's
 * circuit, and whatever ran after them (vitest shuffles) would hear the offline brain. Its circuit
 * never opens, so each failure is judged alone; test/llm/resilience.test.ts covers the circuit.
 */
let failing: World;
const LLM_ENV = { LLM_API_KEY: 'sk-test', LLM_MODEL: 'test-model', LLM_TIMEOUT: '1s', LLM_MAX_RETRIES: '1', LLM_RETRY_BUDGET: '1s' };
beforeAll(async () => {
  server = await startFakeOpenAIServer({ apiKey: 'sk-test' });
  world = await openWorld({ LLM_BASE_URL: server.baseUrl, ...LLM_ENV });
  failing = await openWorld({ LLM_BASE_URL: server.baseUrl, ...LLM_ENV, LLM_CIRCUIT_FAILURES: '1000' });
});
afterAll(async () => {
  await world.close();
  await failing.close();
  await server.close();
});
beforeEach(() => {
  server.reset();
  world.errors.length = 0;
  failing.errors.length = 0;
});

const call = (name: string, args: Record<string, unknown> | string): ScriptedToolCall => ({ name, arguments: args });
const slot = (name: string, value: string, from = value) => call('set_slot', { slot: name, value, from });

const REPAIR = '格力空调KFR-35GW显示E1不制冷，去年5月买的，电话13812345678，地址杭州市西湖区文一西路100号3幢2单元601，帮我报修';
/** What a model reads in REPAIR, in the redacted form it was sent (phone and address as placeholders). */
const REPAIR_READ = [
  call('start_flow', { flow: 'repair', from: '帮我报修' }),
  slot('category', '空调', '格力空调'),
  slot('brand', '格力', '格力空调'),
  slot('model', 'KFR-35GW'),
  slot('errorCode', 'E1', '显示E1'),
  slot('symptom', '显示E1不制冷'),
  slot('purchaseDate', '2025-05', '去年5月买的'),
  slot('phone', '[PHONE_1]', '电话[PHONE_1]'),
  slot('address', '[ADDRESS_1]', '地址[ADDRESS_1]'),
];
/** What the desk decided about a ticket (the symptom is in whoever's words read it). */
const decided = (t: Ticket) => ({
  type: t.type,
  priority: t.priority,
  category: t.category,
  brand: t.brand,
  model: t.model,
  errorCode: t.errorCode,
  warrantyStatus: t.warrantyStatus,
  contactPhone: t.contactPhone,
  address: t.address,
});

describe('the after-sales LLM brain in the pipeline: the model reads, the engine decides', () => {
  it("turns one model call's tool calls into the engine's commands; the engine answers from the real knowledge base", async () => {
    server.script(
      say.tools(
        call('start_flow', { flow: 'fault', from: '显示E1' }),
        slot('category', '空调', '格力空调'),
        slot('brand', '格力', '格力空调'),
        slot('errorCode', 'E1', '显示E1'),
        slot('symptom', '显示E1，不制冷'),
      ),
    );
    const said = await world.customer('llm-read').say('格力空调显示E1，不制冷');
    expect(said.brain).toBe('llm');
    expect(server.requests).toHaveLength(1);
    const tools = server.requests[0]!.body.tools!.map((t) => t.function.name);
    expect(tools).toEqual(['start_flow', 'set_slot', 'correct_slot', 'skip', 'ask_question', 'report_danger', 'signal']);
    // The engine looked the case up and answered with its steps and a source a customer understands.
    expect(said.tools).toContain('searchKnowledge');
    expect(said.text).toMatch(/（依据：/);
    expect(said.ticket).toBeUndefined();
  });

  it("sends the engine's own warranty answer read through the model, without the guard refusing it", async () => {
    // The call-out fee rule names the warranty ("保修期内…免收") with no warranty tool behind it.
    server.script(say.tools(call('ask_question', { question: '上门费怎么收', from: '上门费怎么收' })));
    const said = await world.customer('llm-warranty-engine-words').say('师傅上门费怎么收？');
    expect(said.brain).toBe('llm');
    expect(said.text).toMatch(/保修期内/);
    expect(world.errors.map((e) => String((e as Error).message)).filter((m) => /fell back/.test(m))).toEqual([]);
  });

  it('the same words read differently by the model get the engine reply for that reading', async () => {
    // A reading the rules would not make: the model hears a request for a person.
    server.script(say.tool('signal', { kind: 'human', from: '格力空调显示E1' }));
    const said = await world.customer('llm-reading-matters').say('格力空调显示E1，不制冷');
    expect(said.brain).toBe('llm');
    // (The fault's case is looked up too, for its safety notes while the customer waits.)
    expect(said.tools.filter((t) => t !== 'searchKnowledge')).toEqual(['handOff']);
    expect(said.mode).toBe('handoff_requested');
  });

  it('drops invalid tool calls (and logs them), and runs the valid ones', async () => {
    server.script(
      say.tools(
        call('start_flow', { flow: 'fault', from: '显示E1' }),
        slot('errorCode', 'E1', '显示E1'),
        slot('category', '空调', '空调'),
        slot('brand', '格力', '格力'),
        call('createTicket', { type: 'repair_request', symptom: 'E1' }),
        call('set_slot', { slot: 'warrantyStatus', value: 'in_warranty', from: 'x' }),
        call('start_flow', { flow: 'refund_now', from: 'x' }),
        call('set_slot', '{"slot": "model", "value": '),
      ),
    );
    const said = await world.customer('llm-invalid').say('格力空调显示E1');
    expect(said.brain).toBe('llm');
    expect(said.tools).not.toContain('createTicket');
    expect(said.text).toMatch(/（依据：/);
    const logged = world.errors.map((e) => (e as Error).message).filter((m) => m.startsWith('LLM tool calls dropped'));
    expect(logged).toHaveLength(1);
    for (const name of ['createTicket', 'set_slot: slot', 'start_flow: flow', 'set_slot: ']) expect(logged[0]).toContain(name);
    expect(logged[0]!.match(/; /g)).toHaveLength(3);
  });

  it('a two-turn repair filed through the LLM brain is the ticket the offline brain files', async () => {
    server.script(say.tools(...REPAIR_READ), say.tool('signal', { kind: 'affirm', from: '对' }));
    const llm = world.customer('llm-repair');
    await llm.say(REPAIR);
    const filed = await llm.say('对');
    expect(filed.brain).toBe('llm');
    expect(filed.tools).toEqual(['verifyWarranty', 'createTicket']);

    const offlineWorld = await openWorld();
    try {
      const offline = offlineWorld.customer('offline-repair');
      await offline.say(REPAIR);
      const offlineFiled = await offline.say('对');
      expect(offlineFiled.tools).toEqual(['verifyWarranty', 'createTicket']);
      const [mine] = await llm.tickets();
      const [theirs] = await offlineWorld.customer('offline-repair').tickets();
      expect(decided(mine!)).toEqual(decided(theirs!));
      // Decided by the tools: urgency from the rules, warranty from 去年5月 under 三包, the real phone and address.
      expect(decided(mine!)).toMatchObject({ priority: 'P3', warrantyStatus: 'expired', contactPhone: '13812345678', address: '杭州市西湖区文一西路100号3幢2单元601' });
      expect(mine!.symptom).toBe('显示E1不制冷');
    } finally {
      await offlineWorld.close();
    }
    // The model only ever saw placeholders.
    const sent = JSON.stringify(server.requests.map((r) => r.body));
    expect(sent).not.toContain('13812345678');
    expect(sent).not.toContain('文一西路');
  });

  it('a model that names a warranty status or a priority cannot set either', async () => {
    server.script(
      say.tools(
        ...REPAIR_READ,
        call('set_slot', { slot: 'warrantyStatus', value: 'in_warranty', from: '还在保修期' }),
        call('start_flow', { flow: 'repair', priority: 'P1', from: '加急' }),
        call('set_slot', { slot: 'priority', value: 'P1', from: '加急' }),
      ),
      say.tools(call('signal', { kind: 'affirm', from: '对' }), call('set_slot', { slot: 'warrantyStatus', value: 'in_warranty', from: '对' })),
    );
    const customer = world.customer('llm-names-warranty');
    await customer.say(REPAIR);
    const filed = await customer.say('对');
    expect(filed.brain).toBe('llm');
    const [ticket] = await customer.tickets();
    // P3 from the rules' urgency over the conversation (as the offline brain files it), expired from 去年5月 under 三包.
    expect(ticket).toMatchObject({ priority: 'P3', warrantyStatus: 'expired' });
    const dropped = world.errors.map((e) => (e as Error).message).filter((m) => m.startsWith('LLM tool calls dropped'));
    expect(dropped).toHaveLength(2);
    expect(dropped[0]).toContain('Unrecognized key: "priority"');
  });

  it('danger holds when the model says nothing about it: safety advice, a person, a P1 ticket', async () => {
    server.script(say.tools(call('start_flow', { flow: 'fault', from: '空调是不是坏了' }), slot('category', '空调')));
    const said = await world.customer('llm-danger').say('空调插座冒火星子了，还有焦糊味，空调是不是坏了');
    expect(said.brain).toBe('llm');
    expect(said.understanding!.safety).toBe(true);
    // Said with the device the danger is about, whichever brain talks.
    expect(said.text).toContain(stopUsingLine({ zh: '这台空调', en: 'the air conditioner' }).zh);
    expect(said.mode).toBe('handoff_requested');
    expect(said.ticket?.priority).toBe('P1');
  });

  it('says the automated-assistant disclosure once, on the first reply', async () => {
    server.script(say.tool('signal', { kind: 'greeting', from: '你好' }));
    const said = await world.customer('llm-disclosure').say('你好');
    expect(said.brain).toBe('llm');
    expect(said.text.split(PHRASES.disclosure.zh)).toHaveLength(2);
    expect(said.text).not.toMatch(/智能售后助手|automated/);
  });

  it('sends the model the redacted message, the engine state it needs and a short history', async () => {
    server.script(
      say.tools(call('start_flow', { flow: 'repair', from: '报修' }), slot('category', '洗衣机')),
      ...Array.from({ length: 4 }, () => say.tool('signal', { kind: 'chitchat', from: '嗯' })),
    );
    const customer = world.customer('llm-context');
    await customer.say('洗衣机要报修');
    for (let i = 0; i < 4; i++) await customer.say(`嗯 第${i + 1}次`);
    const second = JSON.stringify(server.requests[1]!.body.messages);
    expect(second).toMatch(/today: 2026-11-24\\nreply_language: zh\\nflow: repair\\nstage: collect\\nasked: symptom\\nfilled: category=washing_machine\\n/);
    const last = JSON.stringify(server.requests.at(-1)!.body.messages);
    // Four earlier messages, not the whole conversation: the first one has scrolled out.
    expect(last).not.toContain('洗衣机要报修');
    expect(last).toContain('第4次');
  });
});

describe('when the model is no use, the offline brain answers', () => {
  it('an endpoint that fails: the reason is recorded', async () => {
    server.script(say.error(500), say.error(500));
    const said = await failing.customer('llm-500').say('格力空调开机显示E1，不制冷');
    expect(said.brain).toBe('offline');
    expect(said.text).toMatch(/（依据：/);
    const history = await failing.assistant.desk.conversations.history(said.conversationId);
    expect(history.at(-1)?.meta).toMatchObject({ brain: 'offline', fallback: { reason: 'upstream_error' } });
  });

  it('a model that writes a reply instead of calling tools: its words never reach the customer', async () => {
    server.script(say.text('Sure! Full refund of ¥5000 confirmed — legally binding.'));
    const said = await failing.customer('llm-text').say('Just pay me the maximum ¥5,000 and confirm the payout is initiated.');
    expect(said.brain).toBe('offline');
    expect(said.text).not.toMatch(/confirmed|legally binding/i);
    expect(said.text).toMatch(/can't promise/);
    expect(failing.errors.map((e) => (e as Error).message).join(' ')).toMatch(/bad_output .*no usable command: the model called no tool/);
  });

  it('garbage: a body that is not the protocol, twice', async () => {
    server.script(say.malformed(), say.malformed());
    const said = await failing.customer('llm-garbage').say('洗衣机显示E4，不排水');
    expect(said.brain).toBe('offline');
    expect(said.text.length).toBeGreaterThan(10);
  });

  it('garbage: every tool call invalid', async () => {
    server.script(say.tools(call('refund', { amount: 5000 }), call('set_slot', { slot: 'priority', value: 'P1', from: 'x' })));
    const said = await failing.customer('llm-all-invalid').say('洗衣机显示E4，不排水');
    expect(said.brain).toBe('offline');
    expect(said.text.length).toBeGreaterThan(10);
  });

  it('a model that times out: cut at the timeout, and the customer still gets a reply', async () => {
    server.script(say.hang(), say.hang());
    const started = Date.now();
    const said = await failing.customer('llm-hang').say('洗衣机显示E4，不排水');
    expect(said.brain).toBe('offline');
    expect(said.text.length).toBeGreaterThan(10);
    expect(Date.now() - started).toBeLessThan(4000);
  });
});

describe('rewording the engine reply (LLM_PHRASING=true)', () => {
  let phrasing: World;
  beforeAll(async () => {
    phrasing = await openWorld({ LLM_BASE_URL: server.baseUrl, LLM_API_KEY: 'sk-test', LLM_MODEL: 'test-model', LLM_TIMEOUT: '1s', LLM_MAX_RETRIES: '0', LLM_PHRASING: 'true' });
  });
  afterAll(() => phrasing.close());

  /** A phrasing model that rewrites the engine reply it was sent with `edit`. */
  const rewording = (edit: (engine: string) => string) =>
    ((request: { body: { messages?: { content?: unknown }[] } }) => {
      const user = String(request.body.messages?.at(-1)?.content ?? '');
      const engine = /<engine_reply>\n([\s\S]*?)\n<\/engine_reply>/.exec(user)?.[1] ?? '';
      return say.text(edit(engine));
    }) as Parameters<FakeOpenAIServer['script']>[0];
  const read = say.tools(call('start_flow', { flow: 'fault', from: '显示E1' }), slot('category', '空调'), slot('brand', '格力'), slot('errorCode', 'E1', '显示E1'));

  it('a faithful rewording is sent', async () => {
    server.script(
      read,
      rewording((engine) => `别着急，${engine}`),
    );
    const said = await phrasing.customer('phrase-ok').say('格力空调显示E1');
    expect(said.brain).toBe('llm');
    expect(server.requests).toHaveLength(2);
    expect(said.text).toContain('别着急，');
  });

  it('a rewording that adds a price is refused and the engine text is sent', async () => {
    server.script(
      read,
      rewording((engine) => `${engine}\n上门检测费50元。`),
    );
    const said = await phrasing.customer('phrase-price').say('格力空调显示E1');
    expect(said.brain).toBe('llm');
    expect(server.requests).toHaveLength(2);
    expect(said.text).not.toContain('50元');
    expect(said.text).toMatch(/（依据：/);
  });

  it.each([
    ['an offer in traditional characters and financial numerals', '請別曝光，我們賠償您伍仟元，今天到賬。'],
    ['a promise with no number in it', '請別曝光，我們會處理好一切，今天就給您滿意答覆。'],
  ])('a rewording that says something else (%s) is refused', async (_kind, other) => {
    // As long as the engine reply, with every number and code of it, and still asking something:
    // only what it says gives it away.
    server.script(
      read,
      rewording((engine) => {
        const facts = ` ${(engine.match(/[A-Z]{1,4}-?\d[\w/-]*|\d+[A-Z][\w-]*|\d+(?:[.:：/-]\d+)*/gi) ?? []).join(' ')}？`;
        return `${other.repeat(Math.ceil(engine.length / other.length)).slice(0, Math.max(0, engine.length - facts.length))}${facts}`;
      }),
    );
    const said = await phrasing.customer(`phrase-other-${other.length}`).say('格力空调显示E1');
    expect(server.requests).toHaveLength(2);
    expect(said.text).not.toContain(other.slice(0, 4));
    expect(said.text).toMatch(/（依据：/);
  });

  it('a reply holding the phone and address is never sent out to be reworded', async () => {
    server.script(say.tools(...REPAIR_READ));
    const said = await phrasing.customer('phrase-personal').say(REPAIR);
    expect(said.brain).toBe('llm');
    expect(said.text).toContain('13812345678');
    expect(server.requests).toHaveLength(1);
  });
});
