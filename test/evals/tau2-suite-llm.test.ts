/**
 * The τ²-retail suite with --llm, end to end on a hand-made store (no third-party data copied):
 * one task, four trials through the product pipeline against a local OpenAI-compatible server,
 * three scripted to pass and one to make a wrong write. pass^1 and pass^4 come out as τ²-bench
 * defines them, with n, interval and the published figures beside them, and every trial is a
 * transcript. On this store the conformance gate about τ²'s own refusals fails, as it must:
 * the two writes it expects refused are not in it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tau2RetailSuite, TRIALS } from '../../evals/tau2-retail/suite';
import { noProgress, type SuiteResult } from '../../evals/suite';
import { USER_STOP } from '../../evals/tau2-retail/user-simulator';
import { say, startFakeOpenAIServer, type FakeOpenAIServer, type RecordedRequest, type ScriptedReply } from '../../testing/fake-openai-server';
import { tempDir } from '../../testing/temp-dir';
import { store } from './retail-store';

const task = {
  id: 'hand-1',
  user_scenario: {
    persona: null,
    instructions: { domain: 'retail', reason_for_call: 'Cancel order #W1.', known_info: 'You are Ana Núñez, zip 78701.', unknown_info: null, task_instructions: 'Be brief.' },
  },
  evaluation_criteria: {
    actions: [{ name: 'cancel_pending_order', arguments: { order_id: '#W1', reason: 'no longer needed' } }],
    communicate_info: ['cancelled'],
    nl_assertions: null,
    reward_basis: ['DB', 'NL_ASSERTION'],
  },
};

/** One trial: the customer asks and confirms, the model finds the user, confirms, cancels with `reason` and says so. */
function trial(reason: string): ScriptedReply[][] {
  return [
    [say.text('Please cancel my order #W1. I am Ana Nunez, zip 78701.'), say.text('Yes.'), say.text(USER_STOP)],
    [
      say.tool('find_user_id_by_name_zip', { first_name: 'Ana', last_name: 'Nunez', zip: '78701' }),
      say.text('I can cancel order #W1 for you. Please reply yes to confirm.'),
      say.tool('cancel_pending_order', { order_id: '#W1', reason }),
      say.text('Order #W1 is cancelled.'),
    ],
  ];
}

let server: FakeOpenAIServer;
let result: SuiteResult;
const temp = tempDir('tau2-suite-');

beforeAll(async () => {
  server = await startFakeOpenAIServer();
  const folder = path.join(temp.dir, 'agent-tau2-retail');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'db.json'), JSON.stringify(store()));
  fs.writeFileSync(path.join(folder, 'tasks.json'), JSON.stringify([task]));
  fs.writeFileSync(path.join(folder, 'policy.md'), '# Retail agent policy\n\nConfirm before any write.');
  const trials = [trial('no longer needed'), trial('ordered by mistake'), trial('no longer needed'), trial('no longer needed')];
  const customer = trials.flatMap(([c]) => c!);
  const agent = trials.flatMap(([, a]) => a!);
  const step = (request: RecordedRequest) => (request.body.tools?.length ? agent.shift() : customer.shift()) ?? say.error(500, { message: 'script ran out' });
  server.script(...Array.from({ length: customer.length + agent.length }, () => step));
  result = await tau2RetailSuite({
    datasetsDir: temp.dir,
    llm: true,
    llmConfig: {
      baseUrl: server.baseUrl,
      apiKey: 'sk-test',
      model: 'fake-model',
      timeoutMs: 5_000,
      maxRetries: 0,
      retryBudgetMs: 1_000,
      circuitFailures: 50,
      circuitResetMs: 30_000,
      allowedLinkHosts: [],
    },
    ocrLimit: 0,
    progress: noProgress,
  });
});
afterAll(async () => {
  await server.close();
  temp.cleanup();
});

const metric = (key: string) => result.metrics.find((m) => m.key === key);

describe('τ²-retail suite with --llm', () => {
  it('reports pass^1 and pass^4 over four trials, with n, interval and the published figures', () => {
    expect(server.pending()).toBe(0);
    expect(TRIALS).toBe(4);
    expect(metric('passHat1')).toMatchObject({ value: 0.75, n: 4, data: 'third-party', headline: true });
    expect(metric('passHat1')!.interval!.low).toBeLessThan(0.75);
    // The one task needs a write, so an agent doing nothing passes none of it; then the published figures.
    expect(metric('passHat1')!.baselines!.map((b) => b.value)).toEqual([0, 0.74, 0.614]);
    expect(metric('passHat4')).toMatchObject({ value: 0, n: 1 });
    expect(metric('dbMatch')).toMatchObject({ value: 0.75, n: 4 });
    expect(metric('communicated')).toMatchObject({ value: 1, n: 4 });
    expect(metric('fallbackTurns')).toMatchObject({ value: 0, n: 8 });
    expect(result.details).toContain('product pipeline, task hand-1: 3/4 passed (store 3/4, told 4/4, ended user_stop, 0 fallback turns)');
  });

  it('draws every trial as a transcript, saying what went wrong', () => {
    expect(result.transcripts?.map((t) => t.passed)).toEqual([true, false, true, true]);
    expect(result.transcripts![1]!.problems).toEqual(['final store differs from the gold state']);
    expect(result.transcripts![0]!.turns[1]).toEqual({ customer: 'Yes.', replies: ['Order #W1 is cancelled.'] });
  });

  it("fails the conformance gate on a store without τ²'s two refused writes", () => {
    const gate = result.gates!.find((g) => /refused only where/.test(g.label))!;
    expect(gate.passed).toBe(false);
    expect(gate.detail).toMatch(/should have refused: 105:exchange_delivered_order_items, 64:exchange_delivered_order_items/);
  });
});
