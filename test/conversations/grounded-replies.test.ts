/**
 * Grounded replies through the whole assistant (LLM_PHRASING on, a local server speaking the
 * OpenAI protocol): a rewording whose claims the turn cannot back is not sent, and the engine's
 * own words are; the same rewording is sent when the grounding check is off, so it is the check
 * that stops it. A phone, an address or a purchase date the model made up never reaches a ticket.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { say, startFakeOpenAIServer, type FakeOpenAIServer, type ScriptedToolCall } from '../../testing/fake-openai-server';
import { openWorld, type World } from '../../testing/world';

let server: FakeOpenAIServer;
let grounded: World;
let ungrounded: World;
const env = (server: FakeOpenAIServer) => ({ LLM_BASE_URL: server.baseUrl, LLM_API_KEY: 'sk-test', LLM_MODEL: 'test-model', LLM_TIMEOUT: '2s', LLM_MAX_RETRIES: '0', LLM_PHRASING: 'true' });
beforeAll(async () => {
  server = await startFakeOpenAIServer({ apiKey: 'sk-test' });
  grounded = await openWorld(env(server));
  ungrounded = await openWorld({ ...env(server), LLM_GROUNDED_REPLIES: 'false' });
});
afterAll(async () => {
  await grounded.close();
  await ungrounded.close();
  await server.close();
});
beforeEach(() => server.reset());

const call = (name: string, args: Record<string, unknown>): ScriptedToolCall => ({ name, arguments: args });
const slot = (name: string, value: string, from = value) => call('set_slot', { slot: name, value, from });
const READ_E1 = say.tools(call('start_flow', { flow: 'fault', from: '显示E1' }), slot('category', '空调'), slot('brand', '格力'), slot('errorCode', 'E1', '显示E1'));
/** The phrasing model says the engine reply with `edit` applied. */
const rewording = (edit: (engine: string) => string) =>
  ((request: { body: { messages?: { content?: unknown }[] } }) => {
    const user = String(request.body.messages?.at(-1)?.content ?? '');
    return say.text(edit(/<engine_reply>\n([\s\S]*?)\n<\/engine_reply>/.exec(user)?.[1] ?? ''));
  }) as Parameters<FakeOpenAIServer['script']>[0];

describe('a rewording must be grounded', () => {
  // Short additions with no number in them: the phrasing check's number and length tests let them by.
  it.each([
    ['an invented policy', (e: string) => `${e}\n根据一机一号规定，需本人办理。`, '一机一号'],
    ['a WeChat request', (e: string) => `${e}\n也可以加客服微信办理。`, '微信'],
    ['a spelled-out e-mail', (e: string) => `${e}\n资料发到 kefu at fix-help dot shop 即可。`, 'fix-help'],
  ])('%s is not sent, and is when the check is off', async (_name, edit, bait) => {
    server.script(READ_E1, rewording(edit));
    const checked = await grounded.customer(`grounded-${bait}`).say('格力空调显示E1');
    expect(server.requests).toHaveLength(2);
    expect(checked.brain).toBe('llm');
    expect(checked.text).not.toContain(bait);
    expect(checked.text).toMatch(/（依据：/);

    server.reset();
    server.script(READ_E1, rewording(edit));
    const unchecked = await ungrounded.customer(`ungrounded-${bait}`).say('格力空调显示E1');
    expect(server.requests).toHaveLength(2);
    expect(unchecked.text).toContain(bait);
  });

  it("a faithful rewording that restates the engine's facts is sent", async () => {
    server.script(
      READ_E1,
      rewording((e) => `别着急，${e}`),
    );
    const said = await grounded.customer('grounded-faithful').say('格力空调显示E1');
    expect(said.text).toContain('别着急，');
  });
});

describe('values a model gives must be the customer’s', () => {
  const REPAIR = '格力空调KFR-35GW显示E1不制冷，帮我报修';
  it('a phone and an address the customer never gave are not stored; the bot asks for them', async () => {
    server.script(
      say.tools(
        call('start_flow', { flow: 'repair', from: '帮我报修' }),
        slot('category', '空调', '格力空调'),
        slot('brand', '格力', '格力空调'),
        slot('errorCode', 'E1', '显示E1'),
        slot('phone', '13900001111', '帮我报修'),
        slot('address', '杭州市西湖区文三路99号', '帮我报修'),
      ),
    );
    const customer = grounded.customer('grounded-foreign-contact');
    const said = await customer.say(REPAIR);
    expect(said.brain).toBe('llm');
    expect(said.text).not.toContain('13900001111');
    expect(said.text).not.toContain('文三路');
    expect(grounded.errors.map((e) => String((e as Error).message)).join('\n')).toMatch(/phone is not in the customer's own words/);
    expect(await customer.tickets()).toEqual([]);
  });

  it('a purchase date the customer never said is not taken; one they said is', async () => {
    server.script(say.tools(call('start_flow', { flow: 'warranty', from: '还在保修吗' }), slot('category', '空调'), slot('purchaseDate', '2026-10-01', '还在保修吗')));
    const made = await grounded.customer('grounded-made-up-date').say('我的空调还在保修吗');
    // Without the made-up date the engine still needs one: it asks.
    expect(made.text).not.toMatch(/保修期内|在保/);
    expect(made.text).toMatch(/什么时候买的/);
    expect(grounded.errors.map((e) => String((e as Error).message)).join('\n')).toMatch(/purchaseDate is not in the customer's own words/);

    server.script(say.tools(call('start_flow', { flow: 'warranty', from: '还在保修吗' }), slot('category', '空调'), slot('purchaseDate', '2026-10-01', '10月1日买的')));
    const said = await grounded.customer('grounded-said-date').say('我的空调2026年10月1日买的，还在保修吗');
    expect(said.text).toMatch(/在保修期内/);
  });
});
