/**
 * τ²-bench retail through the product's own pipeline, against a local OpenAI-compatible server
 * over real HTTP: one server plays the customer (requests without tools, as τ²'s user simulator
 * sends them) and the model behind the product's LLM brain (requests with the τ² tools). The
 * product parts are real: AfterSalesBot, the LLM brain built by app/brain.ts, the output guard,
 * the offline fallback, redaction, a SQLite desk. A task passes only when the final store equals
 * the gold state and every communicate_info string reached the customer.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openRetailPipeline, type RetailPipeline } from '../../evals/tau2-retail/product-pipeline';
import { replayBase, replayTask } from '../../evals/tau2-retail/replay';
import type { RetailTask } from '../../evals/tau2-retail/retail-db';
import { USER_STOP } from '../../evals/tau2-retail/user-simulator';
import { say, startFakeOpenAIServer, type FakeOpenAIServer, type RecordedRequest, type ScriptedReply } from '../../testing/fake-openai-server';
import { store } from './retail-store';

const task: RetailTask = {
  id: 'hand-1',
  user_scenario: {
    instructions: { domain: 'retail', reason_for_call: 'Cancel order #W1, you no longer need it.', known_info: 'Your email is ana@example.com.', task_instructions: 'Ask for your gift card balance.' },
  },
  evaluation_criteria: {
    actions: [
      { name: 'find_user_id_by_email', arguments: { email: 'ana@example.com' } },
      { name: 'cancel_pending_order', arguments: { order_id: '#W1', reason: 'no longer needed' } },
    ],
    communicate_info: ['60'],
  },
};
const POLICY = '# Retail agent policy\n\nAuthenticate the user by email before anything else. Confirm before any write.';

type AgentStep = ScriptedReply | ((request: RecordedRequest) => ScriptedReply);

/** The last customer message the product sent its model (the pipeline wraps it in <customer_message>). */
function lastCustomerMessage(request: RecordedRequest): string {
  const users = (request.body.messages ?? []).filter((m) => m.role === 'user');
  const content = users.at(-1)?.content;
  return typeof content === 'string' ? content : JSON.stringify(content);
}

/** The model calls the e-mail lookup with whatever stands for the e-mail in what it was sent. */
const lookUpEmail: AgentStep = (request) => say.tool('find_user_id_by_email', { email: /\[EMAIL_\d+\]/.exec(lastCustomerMessage(request))?.[0] ?? 'missing' });

/** Scripts both sides: requests carrying tools go to the agent's script, the others to the customer's. */
function converse(server: FakeOpenAIServer, agent: AgentStep[], customer: string[]) {
  const agentQueue = [...agent];
  const customerQueue = [...customer];
  const step = (request: RecordedRequest): ScriptedReply => {
    if (request.body.tools?.length) {
      const next = agentQueue.shift();
      return next === undefined ? say.error(500, { message: 'agent script ran out' }) : typeof next === 'function' ? next(request) : next;
    }
    const next = customerQueue.shift();
    return next === undefined ? say.error(500, { message: 'customer script ran out' }) : say.text(next);
  };
  server.script(...Array.from({ length: agent.length + customer.length }, () => step));
}

const customerSide = ['Hi, I want to cancel order #W1, I no longer need it. My email is ana@example.com.', 'Yes, please cancel it. What is my gift card balance then?', USER_STOP];
const confirmFirst: AgentStep[] = [
  lookUpEmail,
  say.tool('get_order_details', { order_id: '#W1' }),
  say.text("I found order #W1 with one red kettle, still pending. Shall I cancel it with the reason 'no longer needed'? Please answer yes to confirm."),
];
const cancelAs = (reason: string) => say.tool('cancel_pending_order', { order_id: '#W1', reason });
const lookUpBalance = say.tool('get_user_details', { user_id: 'ana_1' });

let server: FakeOpenAIServer;
let pipeline: RetailPipeline;
const base = replayBase(store());
const goldHash = replayTask(base, task).hash;

beforeAll(async () => {
  server = await startFakeOpenAIServer();
  pipeline = await openRetailPipeline({
    llm: { baseUrl: server.baseUrl, apiKey: 'sk-test', model: 'fake-model', timeoutMs: 5_000, maxRetries: 0, retryBudgetMs: 1_000, circuitFailures: 50, circuitResetMs: 30_000, allowedLinkHosts: [] },
    policy: POLICY,
    base,
  });
});
beforeEach(() => server.reset());
afterAll(async () => {
  await pipeline.close();
  await server.close();
});

const agentRequests = () => server.requests.filter((r) => r.body.tools?.length);

describe('τ²-bench retail through the product pipeline', () => {
  it('passes a task when the model makes the gold writes and tells the customer what the task requires', async () => {
    converse(server, [...confirmFirst, cancelAs('no longer needed'), lookUpBalance, say.text('Order #W1 is cancelled. Your gift card balance is now $60.')], customerSide);
    const episode = await pipeline.run(task, goldHash, 0);
    expect(episode.reward).toEqual({ passed: true, endedProperly: true, dbMatch: true, communicate: [{ info: '60', met: true }] });
    expect(episode).toMatchObject({ ended: 'user_stop', toolCalls: 4, toolErrors: 0, fallbacks: [] });
    expect(episode.turns.map((t) => t.brain)).toEqual(['llm', 'llm', undefined]);
    // The product's brain got the benchmark's policy instead of the after-sales rules, and the τ² tools instead of its own.
    const first = agentRequests()[0]!.body;
    const system = JSON.stringify(first.messages![0]!.content);
    expect(system).toContain('Authenticate the user by email');
    expect(system).not.toContain('searchKnowledge');
    expect(first.tools!.map((t) => t.function.name)).toEqual(expect.arrayContaining(['cancel_pending_order', 'find_user_id_by_email', 'transfer_to_human_agents']));
    expect(first.tools!.map((t) => t.function.name)).not.toContain('createTicket');
    // Redaction held: the model only ever saw a placeholder for the e-mail, and the tool got the real one back.
    expect(
      agentRequests()
        .map((r) => r.raw)
        .join('\n'),
    ).not.toContain('ana@example.com');
    // The customer simulator saw the product's replies, disclosure included.
    const lastToCustomer = server.requests
      .filter((r) => !r.body.tools)
      .at(-1)!
      .body.messages!.at(-1)!;
    expect(lastToCustomer).toMatchObject({ role: 'user', content: expect.stringContaining('$60') });
  });

  it('fails it when a write differs from the gold one', async () => {
    converse(server, [...confirmFirst, cancelAs('ordered by mistake'), lookUpBalance, say.text('Order #W1 is cancelled. Your gift card balance is now $60.')], customerSide);
    const episode = await pipeline.run(task, goldHash, 1);
    expect(episode.reward).toMatchObject({ passed: false, endedProperly: true, dbMatch: false, communicate: [{ info: '60', met: true }] });
  });

  it('fails it when the customer is never told the information the task requires', async () => {
    converse(server, [...confirmFirst, cancelAs('no longer needed'), lookUpBalance, say.text('Order #W1 is cancelled.')], customerSide);
    const episode = await pipeline.run(task, goldHash, 2);
    expect(episode.reward).toMatchObject({ passed: false, endedProperly: true, dbMatch: true, communicate: [{ info: '60', met: false }] });
  });

  it('runs every reply past the production output guard: a promise no tool made goes to the fallback', async () => {
    converse(server, [...confirmFirst, cancelAs('no longer needed'), lookUpBalance, say.text('Order #W1 is cancelled, and I will send you $500 for the trouble.')], customerSide);
    const episode = await pipeline.run(task, goldHash, 3);
    expect(episode.fallbacks.map((f) => f.reason)).toEqual(['guard']);
    expect(episode.turns[1]!.brain).toBe('offline');
    expect(episode.turns[1]!.replies.join(' ')).not.toContain('$500');
    // The write the model made stays made; the promise never reached the customer, nor the balance.
    expect(episode.reward).toMatchObject({ passed: false, dbMatch: true, communicate: [{ info: '60', met: false }] });
  });

  it('scores 0 when the customer simulator fails, whatever the store says', async () => {
    server.script(say.error(500, { message: 'user model down' }));
    const episode = await pipeline.run({ ...task, evaluation_criteria: { actions: [], communicate_info: [] } }, base.hash, 4);
    expect(episode).toMatchObject({ ended: 'user_error', turns: [] });
    expect(episode.reward).toMatchObject({ passed: false, endedProperly: false, dbMatch: true });
  });
});
