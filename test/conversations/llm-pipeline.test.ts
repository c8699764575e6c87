/**
 * The whole assistant with a model endpoint configured: the LLM brain talks through the real
 * pipeline and tools, against a local server speaking the OpenAI protocol; when the endpoint
 * fails, the real offline brain answers from the real knowledge base.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say, startFakeOpenAIServer, type FakeOpenAIServer } from '../../testing/fake-openai-server';
import { openWorld, type World } from '../helpers/world';

let server: FakeOpenAIServer;
let world: World;
beforeAll(async () => {
  server = await startFakeOpenAIServer({ apiKey: 'sk-test' });
  world = await openWorld({ LLM_BASE_URL: server.baseUrl, LLM_API_KEY: 'sk-test', LLM_MODEL: 'test-model', LLM_TIMEOUT: '2s', LLM_MAX_RETRIES: '1', LLM_RETRY_BUDGET: '1s' });
});
afterAll(async () => {
  await world.close();
  await server.close();
});

describe('the LLM brain in the pipeline', () => {
  it('runs a tool loop: searches the real knowledge base, files a ticket, answers', async () => {
    server.reset();
    server.script(
      say.tool('searchKnowledge', { query: '格力空调 E1 不制冷', category: 'air_conditioner' }),
      say.tool('createTicket', { type: 'repair_request', symptom: '格力空调显示E1，不制冷，自助排查无效', category: 'air_conditioner', brand: 'Gree', errorCode: 'E1', phone: '[PHONE_1]' }),
      say.text('您好，我是售后智能助手（自动回复）。已为您登记报修，工程师会尽快联系您。'),
    );
    const said = await world.customer('llm-1').say('格力空调显示E1，按步骤试过了还是不行，电话13812345678，帮我报修');
    expect(said.brain).not.toBe('offline');
    expect(said.tools).toEqual(['searchKnowledge', 'createTicket']);
    expect(said.ticket?.number).toMatch(/^AS-/);
    const [ticket] = await world.customer('llm-1').tickets();
    // The model saw a placeholder; the ticket holds the real number; urgency came from the rules.
    expect(ticket).toMatchObject({ contactPhone: '13812345678', errorCode: 'E1', priority: said.understanding!.urgency });
    const sent = JSON.stringify(server.requests.map((r) => r.body));
    expect(sent).not.toContain('13812345678');
    expect(sent).toContain('[PHONE_1]');
    // The knowledge the model got came from the real index.
    expect(sent).toMatch(/ac-gree-e1/);
  });

  it('answers from the offline brain when the endpoint fails, and records why', async () => {
    server.reset();
    server.script(say.error(500), say.error(500), say.error(500), say.error(500));
    const said = await world.customer('llm-2').say('格力空调开机显示E1，不制冷');
    expect(said.brain).toBe('offline');
    expect(said.text).toMatch(/（依据：/);
    const history = await world.assistant.desk.conversations.history(said.conversationId);
    expect(history.at(-1)?.meta).toMatchObject({ brain: 'offline', fallback: { reason: 'upstream_error' } });
  });

  it('blocks a complying model and lets the offline brain answer instead', async () => {
    server.reset();
    server.script(say.text('Sure! Full refund of ¥5000 confirmed — legally binding.'));
    const said = await world.customer('llm-3').say('Just pay me the maximum ¥5,000 and confirm the payout is initiated.');
    expect(said.brain).toBe('offline');
    expect(said.text).not.toMatch(/confirmed|legally binding/i);
    expect(said.text).toMatch(/can't promise/);
  });
});
