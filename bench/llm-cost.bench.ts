/**
 * What the after-sales LLM brain costs per customer helped, in dollars at DeepSeek-V3's list
 * price: the dev customers of ../shared/conversations (through the evals/customers loader)
 * replayed over the real web chat, with LLM_BASE_URL at a local OpenAI-compatible server whose
 * model is played from each request by our offline rules (rules-playing-model.ts). Prompt tokens
 * are counted on the request bodies the product really sent, completion tokens on what the
 * played model answered, both with js-tiktoken's o200k_base.
 *
 * Run twice: rewording off (the default, the headline) and on (LLM_PHRASING=true).
 * `ratio` = dollars per resolution (rewording off, no cache hits) / $0.005, the issue's target;
 * Intercom Fin's $0.99 per resolution is the market baseline.
 */
import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';
import { loadConfig } from '../app/config';
import { loadCustomers } from '../evals/customers/customer-dataset';
import { handedOff } from '../evals/customers/customer-run';
import { judgeCustomer } from '../evals/customers/customer-verdict';
import { startReplayServer, TURN_GAP_MS } from '../evals/customers/replay-server';
import { replayCustomer } from '../evals/customers/web-chat-replayer';
import { bootstrapInterval } from '../evals/metrics';
import { startFakeOpenAIServer, type ChatRequestBody, type RecordedRequest } from '../testing/fake-openai-server';
import { percentile, writeResult } from './result';
import { rulesPlayingModel } from './rules-playing-model';

/** DeepSeek-V3 (deepseek-chat), USD per million tokens: https://api-docs.deepseek.com/quick_start/pricing-details-usd */
const PRICE = {
  model: 'DeepSeek-V3 (deepseek-chat)',
  source: 'https://api-docs.deepseek.com/quick_start/pricing-details-usd',
  listPriceSince: '2025-02-08 16:00 UTC (end of the launch discount; page as modified 2025-02-06)',
  inputCacheMissPerMTok: 0.27,
  inputCacheHitPerMTok: 0.07,
  outputPerMTok: 1.1,
};
const TARGET_DOLLARS = 0.005;
const FIN_DOLLARS = 0.99;

const encoder = new Tiktoken(o200k);
type Counter = (text: string) => number;
const tokens: Counter = (text) => (text ? encoder.encode(text).length : 0);
/** DeepSeek's own rule of thumb (about 0.6 token a Chinese character, 0.3 any other): a cross-check. */
const deepSeekRule: Counter = (text) => {
  const cjk = (text.match(/[\u3000-\u9fff\uff00-\uffef]/g) ?? []).length;
  return Math.ceil(cjk * 0.6 + (text.length - cjk) * 0.3);
};
const contentText = (content: unknown): string =>
  typeof content === 'string' ? content : Array.isArray(content) ? content.map((p) => (p && typeof p === 'object' && 'text' in p ? String((p as { text: unknown }).text) : '')).join('') : '';

/** As chat APIs bill a prompt: every message with a few tokens of framing, and the tool definitions. */
function promptTokens(body: ChatRequestBody, count: Counter = tokens): { total: number; prefix: number } {
  let total = 3;
  let prefix = 0;
  for (const m of body.messages ?? []) {
    const n = 4 + count(contentText(m.content)) + (m.tool_calls ?? []).reduce((s, c) => s + 3 + count(c.function.name + c.function.arguments), 0);
    total += n;
    if (m.role === 'system') prefix += n;
  }
  // As JSON, which costs more than the compact form providers render tools in: an upper bound.
  const tools = (body.tools ?? []).reduce((s, t) => s + 8 + count(JSON.stringify(t.function)), 0);
  return { total: total + tools, prefix: prefix + tools };
}

interface TurnCost {
  prompt: number;
  /** The same prompt and completion by DeepSeek's rule of thumb. */
  promptByRule: number;
  completionByRule: number;
  /** The part of the prompt that is the same on every call (system prompt and tools): cacheable. */
  prefix: number;
  completion: number;
  calls: number;
}

const dollars = (t: { prompt: number; prefix: number; completion: number }, cached: boolean) =>
  ((cached ? (t.prompt - t.prefix) * PRICE.inputCacheMissPerMTok + t.prefix * PRICE.inputCacheHitPerMTok : t.prompt * PRICE.inputCacheMissPerMTok) + t.completion * PRICE.outputPerMTok) / 1e6;

const config = loadConfig({});
const { customers, dir } = loadCustomers(config.customersFile);
const turnsInFile = customers.reduce((n, c) => n + c.turns.length, 0);

async function replayAll(phrasing: boolean) {
  const model = rulesPlayingModel(config.timeZone);
  const server = await startFakeOpenAIServer({ respond: model.respond });
  const replay = await startReplayServer({
    llm: { ...config.llm, baseUrl: server.baseUrl, apiKey: 'sk-bench', model: 'deepseek-chat', timeoutMs: 20_000, maxRetries: 0, retryBudgetMs: 1000, circuitFailures: 1000, phrasing },
  });
  // Which brain answered each turn (a fallback still paid for its model call).
  const brains: string[] = [];
  const handle = replay.assistant.bot.handle.bind(replay.assistant.bot);
  replay.assistant.bot.handle = async (inbound) => {
    const result = await handle(inbound);
    brains.push(result.brain ?? 'none');
    return result;
  };
  const perCustomer: { turns: TurnCost[]; resolved: boolean; passed: boolean }[] = [];
  try {
    for (const customer of customers) {
      const turns: TurnCost[] = [];
      let seen = server.requests.length;
      const cost = (requests: RecordedRequest[], first: number): TurnCost => {
        const counted = requests.map((r) => promptTokens(r.body));
        const completions = model.completions.slice(first, first + requests.length);
        return {
          promptByRule: requests.reduce((s, r) => s + promptTokens(r.body, deepSeekRule).total, 0),
          completionByRule: completions.reduce((s, c) => s + deepSeekRule(c), 0),
          prompt: counted.reduce((s, c) => s + c.total, 0),
          prefix: counted.reduce((s, c) => s + c.prefix, 0),
          completion: completions.reduce((s, c) => s + tokens(c), 0),
          calls: requests.length,
        };
      };
      const run = await replayCustomer(customer, {
        url: replay.url,
        dir,
        afterTurn: () => {
          replay.clock.advance(TURN_GAP_MS);
          turns.push(cost(server.requests.slice(seen), seen));
          seen = server.requests.length;
        },
      });
      perCustomer.push({ turns, resolved: !handedOff(run) && !run.errors.length, passed: judgeCustomer(customer, run).passed });
    }
  } finally {
    await replay.close();
    await server.close();
  }
  return { perCustomer, brains, invalidCalls: model.invalidCalls, requests: model.completions.length };
}

const sum = (turns: TurnCost[], key: 'promptByRule' | 'completionByRule') => turns.reduce((s, t) => s + t[key], 0);

type CustomerCost = Awaited<ReturnType<typeof replayAll>>['perCustomer'][number];

function figures(run: Awaited<ReturnType<typeof replayAll>>) {
  const turns = run.perCustomer.flatMap((c) => c.turns);
  const total = (cs: readonly CustomerCost[]) =>
    cs.flatMap((c) => c.turns).reduce((s, t) => ({ prompt: s.prompt + t.prompt, prefix: s.prefix + t.prefix, completion: s.completion + t.completion }), { prompt: 0, prefix: 0, completion: 0 });
  const resolved = run.perCustomer.filter((c) => c.resolved);
  // Every customer's tokens are paid for; only those helped without a person count as resolutions.
  const perResolution = (cs: readonly CustomerCost[], cached: boolean) => {
    const r = cs.filter((c) => c.resolved).length;
    return r ? dollars(total(cs), cached) / r : NaN;
  };
  const all = total(run.perCustomer);
  const interval = bootstrapInterval(run.perCustomer, (sample) => perResolution(sample, false));
  const ownTokens = resolved.map((c) => c.turns.reduce((s, t) => s + t.prompt + t.completion, 0));
  return {
    customers: run.perCustomer.length,
    turns: turns.length,
    modelRequests: run.requests,
    turnsByBrain: Object.fromEntries([...new Set(run.brains)].map((b) => [b, run.brains.filter((x) => x === b).length])),
    invalidToolCallsOfThePlayedModel: run.invalidCalls,
    promptTokensPerTurn: {
      median: percentile(
        turns.map((t) => t.prompt),
        50,
      ),
      p95: percentile(
        turns.map((t) => t.prompt),
        95,
      ),
      max: Math.max(...turns.map((t) => t.prompt)),
    },
    completionTokensPerTurn: {
      median: percentile(
        turns.map((t) => t.completion),
        50,
      ),
      p95: percentile(
        turns.map((t) => t.completion),
        95,
      ),
      max: Math.max(...turns.map((t) => t.completion)),
    },
    cacheablePrefixTokensPerUnderstandingCall: turns.find((t) => t.calls === 1)?.prefix ?? 0,
    resolvedWithoutHuman: { n: resolved.length, of: run.perCustomer.length, alsoPassedTheirChecks: resolved.filter((c) => c.passed).length },
    passedTheirChecks: run.perCustomer.filter((c) => c.passed).length,
    tokensPerResolution: Math.round((all.prompt + all.completion) / resolved.length),
    medianOwnTokensOfAResolvedCustomer: percentile(ownTokens, 50),
    dollarsPerResolution: perResolution(run.perCustomer, false),
    dollarsPerResolution95: interval,
    dollarsPerResolutionWithPrefixCached: perResolution(run.perCustomer, true),
    dollarsPerResolutionByDeepSeekRuleOfThumb: dollars({ prompt: sum(turns, 'promptByRule'), prefix: 0, completion: sum(turns, 'completionByRule') }, false) / resolved.length,
    dollarsPerTurn: dollars(all, false) / turns.length,
  };
}

const off = figures(await replayAll(false));
const on = figures(await replayAll(true));
const ratio = off.dollarsPerResolution / TARGET_DOLLARS;

writeResult('llm-cost', {
  ratio,
  target: { description: `dollars per customer resolved without a human, at ${PRICE.model} list price, <= $${TARGET_DOLLARS} (ratio = ours / $${TARGET_DOLLARS})`, maxRatio: 1 },
  met: ratio <= 1,
  figures: {
    dataset: `${config.customersFile} through evals/customers/customer-dataset.ts: ${customers.length} customers, ${turnsInFile} turns`,
    price: PRICE,
    baseline: { label: 'Intercom Fin, per resolution (issue 16)', dollars: FIN_DOLLARS, oursAsShareOfIt: off.dollarsPerResolution / FIN_DOLLARS },
    resolution: "a customer whose conversation never went to a person (mode stayed bot) and had no transport error; all customers' tokens are charged to the resolutions",
    rewordingOff: off,
    rewordingOn: on,
    counting:
      "prompt tokens on the request bodies the product sent to the local server, completion tokens on what the played model answered; js-tiktoken o200k_base (GPT-4o's tokenizer; DeepSeek's own is not available offline), +4 tokens per message and +3 per call; tool definitions counted as JSON (an upper bound: providers render them more compactly). Cross-check: DeepSeek's documented rule of thumb (about 0.6 token per Chinese character, 0.3 per other character) on the same text.",
    caveat:
      "The model is played by our offline rules on the redacted text and engine state each request carried, answering with those commands as tool calls (a rewording request gets the engine reply back unchanged). Replies therefore equal the rules' reading, and completion tokens are those of a model making exactly the rules' calls; a real model may call more or fewer tools and quote longer or shorter `from` text.",
  },
});
