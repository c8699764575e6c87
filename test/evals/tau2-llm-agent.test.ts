/**
 * The τ²-bench agent loop against a local OpenAI-compatible server over real HTTP: one server
 * plays both the customer and the agent from a script, and the task passes only when the tools'
 * final state equals the gold state.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAgentClient, runAgentOnTask, USER_STOP } from '../../evals/tau2-retail/llm-agent';
import type { RetailTask } from '../../evals/tau2-retail/retail-db';
import { replayBase, replayTask } from '../../evals/tau2-retail/replay';
import { say, startFakeOpenAIServer, type FakeOpenAIServer } from '../../testing/fake-openai-server';
import { store } from './retail-store';

const task: RetailTask = {
  id: 'hand-1',
  user_scenario: { instructions: { reason_for_call: 'Cancel order #W1, you no longer need it.', known_info: 'Your email is ana@example.com.' } },
  evaluation_criteria: {
    actions: [
      { name: 'find_user_id_by_email', arguments: { email: 'ana@example.com' } },
      { name: 'cancel_pending_order', arguments: { order_id: '#W1', reason: 'no longer needed' } },
    ],
  },
};

let server: FakeOpenAIServer;
beforeAll(async () => {
  server = await startFakeOpenAIServer();
});
beforeEach(() => server.reset());
afterAll(() => server.close());

async function attempt() {
  const base = replayBase(store());
  const client = createAgentClient({ baseUrl: server.baseUrl, model: 'fake-model', timeoutMs: 5_000, maxRetries: 0 });
  return runAgentOnTask({ client, model: 'fake-model', policy: '# Retail agent policy', task, base, expectedHash: replayTask(base, task).hash });
}

describe('τ²-bench retail agent loop', () => {
  it('passes when its tool calls reach the gold state', async () => {
    server.script(
      say.text('Hi, please cancel order #W1, I no longer need it. My email is ana@example.com.'), // customer
      say.tool('find_user_id_by_email', { email: 'ana@example.com' }), // agent
      say.tool('cancel_pending_order', { order_id: '#W1', reason: 'no longer needed' }),
      say.text('Order #W1 is cancelled; the gift card is refunded.'),
      say.text(USER_STOP), // customer
    );
    const run = await attempt();
    expect(run).toMatchObject({ passed: true, ended: 'user_stop', toolCalls: 2, userTurns: 1 });
    // The agent was given the tools as JSON Schema and saw the tool's answer.
    const agentCalls = server.requests.filter((r) => r.body.tools?.length);
    expect(agentCalls[0]!.body.tools!.map((t) => t.function.name)).toContain('cancel_pending_order');
    expect(JSON.stringify(agentCalls[2]!.body.messages)).toContain('"status\\":\\"cancelled');
    // The customer model never sees the tools.
    expect(server.requests.filter((r) => !r.body.tools).length).toBe(2);
  });

  it('fails when the store refuses its call, and tells the agent why', async () => {
    server.script(
      say.text('Cancel #W1 please, ana@example.com'),
      say.tool('cancel_pending_order', { order_id: '#W1', reason: 'too expensive' }),
      say.text('Sorry, I could not cancel it.'),
      say.text(USER_STOP),
    );
    const run = await attempt();
    expect(run).toMatchObject({ passed: false, ended: 'user_stop' });
    expect(JSON.stringify(server.requests[2]!.body.messages)).toMatch(/Error: Invalid reason/);
  });

  it('ends as an error, not a pass, when the endpoint fails', async () => {
    server.script(say.error(500));
    const run = await attempt();
    expect(run).toMatchObject({ passed: false, ended: 'error' });
  });
});
