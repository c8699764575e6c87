/**
 * The customers suite end to end on a small hand-written customer file: skipped with directions
 * when the file is absent; otherwise it starts the real server, replays, and reports rates with
 * n and intervals, every failure kind, transcripts, and one gate: no unsafe advice. With an LLM endpoint (a local
 * OpenAI-compatible fake) the replies come from that endpoint: `--llm` really changes the brain.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { FAILURE_KINDS } from '../../evals/customers/failure-kinds';
import { customersSuite } from '../../evals/customers/suite';
import { noProgress } from '../../evals/suite';
import { SOCIAL } from '../../bot/engine/social-replies';
import { say, startFakeOpenAIServer, type FakeOpenAIServer } from '../../testing/fake-openai-server';
import { tempDir } from '../../testing/temp-dir';

let temp: ReturnType<typeof tempDir>;
let file: string;
beforeAll(() => {
  temp = tempDir('customers-suite-');
  file = path.join(temp.dir, 'few-customers.jsonl');
  const lines = [
    { id: 't-zh-1', lang: 'zh', persona: '想给电热水器除水垢的用户', turns: ['电热水器用了两年，想问下怎么除水垢'], expect: { ticket: false } },
    { id: 't-en-1', lang: 'en', turns: ['hello there', 'thanks, bye'], expect: { handoff: false, must_mention: ['a-phrase-no-desk-would-say'] } },
  ];
  fs.writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
});
afterAll(() => temp.cleanup());

const base = { datasetsDir: '', llm: false, ocrLimit: 0, progress: noProgress };

describe('customers suite', () => {
  it('is skipped, saying how to point at the file, when the file is absent', async () => {
    const result = await customersSuite({ ...base, customersFile: path.join(temp.dir, 'absent.jsonl') });
    expect(result.status).toBe('skipped');
    expect(result.notes.join(' ')).toMatch(/AFTERSALES_CUSTOMERS_FILE.*--customers FILE/);
  });

  it('replays the file and reports rates with n and interval, every failure kind, transcripts and only the unsafe-advice gate', async () => {
    const result = await customersSuite({ ...base, customersFile: file });
    expect(result.status, result.notes.join(' ')).toBe('ran');
    expect(result.gates?.map((g) => [g.label, g.passed])).toEqual([['no reply tells a customer to do something unsafe', true]]);
    const m = (key: string) => result.metrics.find((x) => x.key === key);
    expect(m('passRate')).toMatchObject({ n: 2, data: 'own', headline: true, interval: expect.any(Object) });
    // A file other than the dev set gets no published figure, only the trivial agent.
    expect(m('passRate')!.baselines!.map((b) => b.label)).toEqual([expect.stringMatching(/trivial agent/)]);
    expect(m('passRateZh')).toMatchObject({ n: 1 });
    expect(m('passRateEn')).toMatchObject({ n: 1 });
    for (const kind of Object.values(FAILURE_KINDS)) expect(m(kind.key), kind.key).toMatchObject({ unit: 'count', better: 'lower' });
    expect(m('missingFact')!.value).toBeGreaterThanOrEqual(1);
    expect(result.transcripts!.map((t) => t.id)).toEqual(['t-zh-1', 't-en-1']);
    const en = result.transcripts![1]!;
    expect(en).toMatchObject({ passed: false, lang: 'en' });
    expect(en.problems).toContain('never said /a-phrase-no-desk-would-say/');
    expect(en.turns.map((t) => t.customer)).toEqual(['hello there', 'thanks, bye']);
    expect(en.turns.every((t) => t.replies.length > 0 && t.mode === 'bot')).toBe(true);
    expect(result.transcripts![0]!.persona).toBe('想给电热水器除水垢的用户');
    expect(result.latencies![0]!.valuesMs).toHaveLength(3);
    expect(result.notes.join(' ')).toMatch(/development set/);
  }, 60_000);

  describe('with an LLM endpoint', () => {
    let fake: FakeOpenAIServer;
    beforeAll(async () => {
      fake = await startFakeOpenAIServer();
    });
    afterAll(() => fake?.close());

    it('replays through the configured endpoint: what the model reads drives the replies', async () => {
      // A model that reads every message as off-topic: the offline brain would answer these
      // customers, so the decline on every turn can only come from the endpoint's reading.
      fake.script(...Array.from({ length: 20 }, () => say.tool('signal', { kind: 'out_of_scope', from: 'the message' })));
      const llmConfig = { ...loadConfig({}).llm, baseUrl: fake.baseUrl, apiKey: 'test', model: 'fake-model', maxRetries: 0 };
      const result = await customersSuite({ ...base, customersFile: file, llm: true, llmConfig });
      expect(result.status, result.notes.join(' ')).toBe('ran');
      expect(fake.requests.length).toBe(3);
      const replies = result.transcripts!.flatMap((t) => t.turns.map((x) => x.replies.join('\n')));
      expect(replies).toHaveLength(3);
      // Each customer's first decline is the plain one; a second in the same conversation is worded
      // differently (the engine never repeats itself), so turn 2 (the English customer's second) gets that.
      const expected = [SOCIAL.outOfScope.zh, SOCIAL.outOfScope.en, SOCIAL.outOfScopeAgain.en];
      for (const [i, reply] of replies.entries()) expect(reply, `turn ${i}`).toContain(expected[i]);
      expect(result.notes[0]).toMatch(/LLM brain, fake-model/);
    }, 60_000);
  });
});
