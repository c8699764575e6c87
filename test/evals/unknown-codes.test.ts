/**
 * The unknown-codes suite: its data (real codes with sources, none held by the knowledge base for
 * its brand), its judge (a decline with a next step passes; another case's steps, another code or
 * a decline with nothing after it fail) and two codes through the whole assistant.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import { loadUnknownCodes } from '../../evals/unknown-codes/dataset';
import { compact, UnknownCodeJudge } from '../../evals/unknown-codes/judge';
import { casesHolding, loadFaultCases } from '../../evals/unknown-codes/kb-codes';
import { unknownCodesSuite } from '../../evals/unknown-codes/suite';
import { BRAIN_SUITES, noProgress, SUITE_NAMES } from '../../evals/suite';
import { canonicalBrand } from '../../kernel/lexicon/brands';
import { say, startFakeOpenAIServer, type RecordedRequest } from '../../testing/fake-openai-server';

const items = loadUnknownCodes();
const faults = loadFaultCases();
const judge = new UnknownCodeJudge(faults);

describe('unknown-codes dataset', () => {
  it('holds at least 30 real codes, each with the document it was found in', () => {
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(new Set(items.map((i) => `${i.brand}/${compact(i.code)}`)).size).toBe(items.length);
    for (const item of items) {
      expect(item.source.title.length, item.id).toBeGreaterThanOrEqual(10);
      expect(item.source.url, item.id).toMatch(/^https?:\/\/\S+\.\S+/);
    }
  });

  it('is written for brands the knowledge base covers, names each code in the customer words, and is about half Chinese', () => {
    const covered = new Set(faults.flatMap((f) => f.brands));
    for (const item of items) {
      expect(canonicalBrand(item.brand), item.id).toBe(item.brand);
      expect(covered.has(item.brand), `${item.id}: ${item.brand} is in no fault case`).toBe(true);
      expect(compact(item.turns.join(' ')), item.id).toContain(compact(item.code));
    }
    const zh = items.filter((i) => i.lang === 'zh').length;
    expect(zh / items.length).toBeGreaterThanOrEqual(0.4);
    expect(zh / items.length).toBeLessThanOrEqual(0.6);
  });

  it('has no code that the knowledge base holds for its brand', () => {
    // The check finds a held code when there is one (Rinnai 11 is in the sample, any spelling) ...
    expect(casesHolding(faults, '林内', '１１').map((f) => f.id)).toEqual(['wh-rinnai-11-ignition']);
    expect(casesHolding(faults, 'Samsung', 'ub-1').map((f) => f.id)).toEqual(['wm-samsung-ue-unbalanced']);
    // ... and another brand's case for the same code is not this brand's.
    expect(casesHolding(faults, 'Daikin', 'E1')).toEqual([]);
    const held = items.filter((i) => casesHolding(faults, i.brand, i.code).length > 0).map((i) => `${i.brand} ${i.code}`);
    expect(held).toEqual([]);
  });
});

describe('unknown-codes judge', () => {
  it('passes a plain decline that says what happens next, in Chinese and English', () => {
    const zh = judge.judge({
      brand: 'Gree',
      code: 'E8',
      customer: ['格力风管机显示E8，出风口一点风都没有'],
      replies: ['抱歉，格力空调的E8这个故障码我这里没有资料，不确定它具体代表什么。我可以帮您安排工程师上门检测，麻烦提供一下型号和地址。'],
    });
    expect(zh).toMatchObject({ passed: true, saysUnknown: true, saysNextStep: true, wrongDiagnosis: false });
    const en = judge.judge({
      brand: 'Rinnai',
      code: '05',
      customer: ['my rinnai tankless is flashing 05 on the controller'],
      replies: ["Sorry, I don't have any information on code 05 for Rinnai water heaters, so I can't tell you what it means.", 'I can book an engineer visit; they usually call back within 12 hours.'],
    });
    expect(en.problems).toEqual([]);
    expect(en.passed).toBe(true);
  });

  it("fails a reply that gives another case's steps, however they are formatted", () => {
    const steps = judge.judge({
      brand: 'Gree',
      code: 'F3',
      customer: ['格力空调外机不转了，显示F3'],
      replies: ['这个F3我这里没有资料。不过您可以先试试：\n- **关机并拔掉电源 等10分钟再开机**\n- 用软毛刷或低压水清洗室外机散热片灰尘\n还不行的话我帮您安排师傅上门。'],
    });
    expect(steps.saysUnknown && steps.saysNextStep).toBe(true);
    expect(steps.passed).toBe(false);
    expect(steps.wrongDiagnosis).toBe(true);
    expect(steps.otherCases.map((c) => c.id)).toContain('ac-gree-e1-high-pressure');
    const en = judge.judge({
      brand: 'Gree',
      code: 'F5',
      customer: ['our Gree air conditioner has F5 on the display'],
      replies: ["I'm not sure what F5 means. Try this:  1) Switch off and unplug; wait 10 minutes; switch on again. 2) Clean the indoor filter. If it's still there, I'll book a technician."],
    });
    expect(en.passed).toBe(false);
    expect(en.otherCases.map((c) => c.id)).toContain('ac-gree-e1-high-pressure');
  });

  it('fails a reply that explains the code by another code', () => {
    const verdict = judge.judge({
      brand: 'Daikin',
      code: 'A5',
      customer: ['Daikin remote shows A5'],
      replies: ["I'm not sure what A5 means; it is probably like U4, a communication problem. An engineer can come and check."],
    });
    expect(verdict.otherCodes).toEqual(['U4']);
    expect(verdict.passed).toBe(false);
  });

  it('fails a decline that says nothing about what happens next', () => {
    const en = judge.judge({ brand: 'Daikin', code: 'A5', customer: ['Daikin remote shows A5'], replies: ["I'm afraid I don't have information on Daikin code A5, so I can't say what it means."] });
    expect(en).toMatchObject({ passed: false, saysUnknown: true, saysNextStep: false, wrongDiagnosis: false });
    const zh = judge.judge({ brand: 'Haier', code: 'E14', customer: ['海尔挂机显示E14'], replies: ['您好，我是售后智能助手，可以帮您排查故障、查询保修和报修。这个E14代码我这里查不到资料。'] });
    expect(zh).toMatchObject({ passed: false, saysUnknown: true, saysNextStep: false });
  });

  it('does not take a question or a hedge-free answer for a decline', () => {
    const asks = [
      '请问是哪种产品出了问题？屏幕上显示的故障代码是多少？如果没有改善，请提供型号信息。',
      "What's the model number (on the rating label)? Does the display show an error code?",
      'E9 on this unit means the condensate tank is full; empty it and restart. If it keeps coming back, an engineer can visit.',
    ];
    for (const reply of asks) expect(judge.judge({ brand: 'Gree', code: 'E9', customer: ['Gree E9'], replies: [reply] }).saysUnknown, reply).toBe(false);
  });

  it("does not count the customer's own words as a diagnosis", () => {
    const verdict = judge.judge({
      brand: 'Bosch',
      code: 'F16',
      customer: ['博世洗衣机按了没反应不启动，显示F16'],
      replies: ['您说洗衣机按了没反应不启动、显示F16，这个故障码我这里没有资料，我帮您转人工客服。'],
    });
    expect(verdict.problems).toEqual([]);
  });
});

describe('unknown-codes suite', () => {
  it('is a brain suite the eval can run', () => {
    expect(SUITE_NAMES).toContain('unknown-codes');
    expect(BRAIN_SUITES).toContain('unknown-codes');
  });

  it('plays codes through the whole assistant and judges them and the top-hit baseline', async () => {
    const two = [items.find((i) => i.lang === 'zh')!, items.find((i) => i.lang === 'en')!];
    const result = await unknownCodesSuite({ datasetsDir: '', llm: false, ocrLimit: 0, progress: noProgress, items: two });
    expect(result.status).toBe('ran');
    expect(result.gates).toBeUndefined();
    expect(result.transcripts).toHaveLength(2);
    for (const t of result.transcripts!) {
      expect(t.turns.length).toBeGreaterThan(0);
      for (const turn of t.turns) expect(turn.replies.join('').length).toBeGreaterThan(0);
      expect(t.passed).toBe(t.problems.length === 0);
    }
    const decline = result.metrics.find((m) => m.key === 'declineRate')!;
    expect(decline).toMatchObject({ n: 2, data: 'own', headline: true, unit: 'ratio' });
    expect(decline.interval).toBeDefined();
    expect(decline.baselines?.[0]?.label).toMatch(/top knowledge-base hit/);
    // The top hit is another case's text: it never declines, whatever the assistant does.
    expect(result.metrics.find((m) => m.key === 'topHitDeclineRate')!.value).toBe(0);
    expect(result.metrics.find((m) => m.key === 'topHitWrongDiagnosisRate')!.value).toBeGreaterThan(0);
    expect(result.metrics.filter((m) => m.key.endsWith('Zh') || m.key.endsWith('En')).map((m) => m.n)).toEqual([1, 1, 1, 1]);
  }, 60_000);

  it('with --llm, talks to the configured endpoint and scores a model that declines as a pass', async () => {
    const server = await startFakeOpenAIServer();
    try {
      // The "model" declines every code plainly and offers an engineer, in the customer's language.
      const decline = (request: RecordedRequest) =>
        say.text(
          /\p{Script=Han}/u.test(JSON.stringify(request.body.messages?.at(-1)?.content ?? ''))
            ? '抱歉，这个故障码我这里没有资料，不确定它代表什么。我可以帮您安排工程师上门检测。'
            : "Sorry, I don't have any information on that error code, so I can't tell what it means. I can book an engineer visit for you.",
        );
      server.script(...Array.from({ length: 20 }, () => decline));
      const one = [items.find((i) => i.lang === 'zh' && i.turns.length === 1)!, items.find((i) => i.lang === 'en' && i.turns.length === 1)!];
      const llmConfig = { ...loadConfig({}).llm, baseUrl: server.baseUrl, apiKey: 'test-key', model: 'fake-model', maxRetries: 0 };
      const result = await unknownCodesSuite({ datasetsDir: '', llm: true, llmConfig, ocrLimit: 0, progress: noProgress, items: one });
      expect(server.requests.length).toBeGreaterThan(0);
      expect(result.notes[0]).toMatch(/LLM brain \(fake-model\)/);
      expect(result.transcripts!.map((t) => t.problems)).toEqual([[], []]);
      expect(result.metrics.find((m) => m.key === 'declineRate')!.value).toBe(1);
    } finally {
      await server.close();
    }
  }, 60_000);
});
