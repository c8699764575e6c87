/**
 * Prompt tokens per turn for the LLM brain, counted at a local OpenAI-compatible server (the
 * tokens a provider would bill: system prompt, tool schemas, history, tool results, every model
 * call of the turn). Scripted turns cover the shapes real conversations take: a first question
 * with no tools, a knowledge lookup, lookup + ticket filing three calls deep, a status query, long
 * histories, receipts, Chinese and English.
 *
 * Targets: median prompt tokens per model call <= 2500 (every call fits a small local model's
 * context with room to spare; the floor is the system prompt plus six tool schemas, about 1,700),
 * median per turn <= 5000 (most turns take two calls: look up, then answer), and p95 per turn <=
 * 2.5x the median (long histories and tool loops do not blow a turn up). `ratio` is p95 / median
 * per turn.
 */
import { FallbackBrain } from '../bot/brains/fallback-brain';
import { LlmBrain } from '../bot/brains/llm/llm-brain';
import { OutputGuard } from '../bot/guardrails/output-guard';
import { say, type ScriptStep } from '../testing/fake-openai-server';
import { openLlmWorld, type TurnSpec } from '../test/llm/world';
import { percentile, writeResult } from './result';

const CALL_MEDIAN_TARGET = 2500;
const TURN_MEDIAN_TARGET = 5000;
const SPREAD_TARGET = 2.5;

const world = await openLlmWorld({ maxRetries: 0 });
// A fresh brain per run with the production defaults for history and steps.
const llm = new LlmBrain({ baseUrl: world.server.baseUrl, apiKey: 'sk-bench', model: 'bench-model', timeoutMs: 5000, maxRetries: 0 });
const brain = new FallbackBrain(llm, world.offline, { guard: new OutputGuard() });

const zhHistory = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    i % 2 === 0
      ? { role: 'customer' as const, text: `第${i / 2 + 1}次说明：空调开机十分钟后显示E1，室外机风扇不转，已经断电重启过，还是一样，家里老人怕热很着急。` }
      : { role: 'assistant' as const, text: '您好，根据案例[KB-AC-E1]，请先断电5分钟后重启，并清洗过滤网，检查室外机是否被遮挡。请问问题解决了吗？' },
  );
const enHistory = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    i % 2 === 0
      ? { role: 'customer' as const, text: `Update ${i / 2 + 1}: the washer still shows E4 after I cleaned the pump filter, water stays in the drum and the door stays locked.` }
      : { role: 'assistant' as const, text: 'Thanks. Per case [KB-WM-E4], please also check the drain hose is not kinked or blocked. Did that help?' },
  );

interface BenchTurn {
  spec: TurnSpec;
  script: ScriptStep[];
}

const shapes: ((i: number) => BenchTurn)[] = [
  // A first question answered without tools.
  () => ({ spec: { text: '你好，请问空调保修期是多久？', disclosed: false }, script: [say.text('您好，我是智能售后助手。保修期需要根据购买日期和产品类别确定，请问您是什么时候购买的？')] }),
  // A knowledge lookup, then an answer.
  () => ({
    spec: { text: 'My washing machine shows E4 and does not drain.', disclosed: true },
    script: [say.tool('searchKnowledge', { query: 'washing machine E4 not draining' }), say.text('Per case [KB-WM-E4]: clean the drain pump filter, then check the drain hose. Did that help?')],
  }),
  // Lookup, then filing a ticket after confirmation, with a short history: three model calls.
  (i) => ({
    spec: { text: '确认，就按这个登记报修吧，电话13812345678', history: zhHistory(4), urgency: 'P2', disclosed: true, customerRef: `bench-file-${i}` },
    script: [
      say.tool('searchKnowledge', { query: '空调 E1 室外机风扇不转', category: 'air_conditioner' }),
      say.tool('createTicket', { type: 'repair_request', symptom: '空调显示E1，室外机风扇不转，重启无效', category: 'air_conditioner', errorCode: 'E1', phone: '[PHONE_1]' }),
      say.text('已为您登记报修，工程师会在4小时内联系您。'),
    ],
  }),
  // A status query.
  () => ({ spec: { text: 'What is the status of my repair?', disclosed: true, intent: 'ticket_status' }, script: [say.tool('ticketStatus', {}), say.text('Your most recent ticket is in progress; an engineer will call you.')] }),
  // A long conversation (the history cap is what keeps this bounded).
  () => ({
    spec: { text: 'Still E4. What now?', history: enHistory(16), disclosed: true },
    script: [say.tool('searchKnowledge', { query: 'washer E4 still not draining after cleaning filter' }), say.text('Since the steps did not help, an engineer visit is needed. Shall I file a repair request?')],
  }),
  // A receipt with a warranty check.
  () => ({
    spec: {
      text: '这是发票，帮我看看还在保修期吗？',
      disclosed: true,
      receipt: { ok: true, fields: { purchaseDate: { value: '2026-03-15', confidence: 0.94 }, model: { value: 'KFR-35GW', confidence: 0.9 } }, text: '某某电器商城\n2026-03-15\n格力空调 KFR-35GW 1台 ¥3299\n发票号 04400123' },
    },
    script: [say.tool('verifyWarranty', { category: 'air_conditioner' }), say.text('根据发票日期，您的空调整机保修至2027-03-15，在保修期内。')],
  }),
];

const perTurn: number[] = [];
const perCall: number[] = [];
const ROUNDS = 8;
for (let round = 0; round < ROUNDS; round++) {
  for (const [s, shape] of shapes.entries()) {
    const { spec, script } = shape(round * shapes.length + s);
    world.server.reset();
    world.server.script(...script);
    const t = await world.turn(spec);
    const reply = await brain.reply(t.input, t.box);
    if (reply.answeredBy !== 'llm') throw new Error(`turn ${s} fell back: ${reply.fallback?.message}`);
    const tokens = world.server.requests.reduce((sum, r) => sum + r.promptTokens, 0);
    if (reply.usage?.promptTokens !== tokens) throw new Error(`usage ${reply.usage?.promptTokens} != counted ${tokens}`);
    perTurn.push(tokens);
    perCall.push(...world.server.requests.map((r) => r.promptTokens));
  }
}
llm.shutdown();
await world.close();

const median = percentile(perTurn, 50);
const p95 = percentile(perTurn, 95);
const ratio = p95 / median;
writeResult('llm-tokens', {
  ratio,
  target: {
    description: `p95/median prompt tokens per turn <= ${SPREAD_TARGET}, with median per model call <= ${CALL_MEDIAN_TARGET} and per turn <= ${TURN_MEDIAN_TARGET}`,
    maxRatio: SPREAD_TARGET,
  },
  met: ratio <= SPREAD_TARGET && percentile(perCall, 50) <= CALL_MEDIAN_TARGET && median <= TURN_MEDIAN_TARGET,
  figures: {
    turns: perTurn.length,
    modelCalls: perCall.length,
    medianPromptTokensPerTurn: median,
    p95PromptTokensPerTurn: p95,
    maxPromptTokensPerTurn: Math.max(...perTurn),
    medianPromptTokensPerCall: percentile(perCall, 50),
    firstCallPromptTokens: Math.min(...perCall),
    callMedianTarget: CALL_MEDIAN_TARGET,
    turnMedianTarget: TURN_MEDIAN_TARGET,
    counting: 'at the local server: one token per CJK character, four other characters per token, plus per-message and per-tool overhead',
  },
});
