/**
 * How often the grounding check would replace an honest reply: the dev customers (through the
 * evals/customers loader, never read here) replayed over the real web chat with the after-sales
 * LLM brain, rewording on, at a local OpenAI-compatible server whose model is played by our
 * offline rules (rules-playing-model.ts; a rewording request gets the engine's reply back).
 *
 * Two figures per reply the LLM brain answered:
 * - live: the product as shipped replaced it, or refused a rewording, because of an unsupported
 *   claim (the rewording rests on the engine's reply, so a faithful one should never be);
 * - strict (the headline): the engine's reply checked as if a model had written it with nothing
 *   to rest on but this turn's tool results and the customer's own words, as the free-form brain's
 *   replies are. The engine's replies are honest by construction (the offline brain sends them),
 *   so every flag is a false replacement: it measures the extractor's and the sources' gaps.
 * `ratio` = strict false-replacement rate; target <= 5%.
 */
import { loadConfig } from '../app/config';
import type { BrainReply, TurnInput } from '../bot/brain';
import { describeClaim } from '../bot/guardrails/claims/claim';
import { customerWordsOf } from '../bot/guardrails/claims/customer-words';
import { checkGrounding } from '../bot/guardrails/claims/grounding';
import type { ToolBox } from '../bot/tools/tool';
import { loadCustomers } from '../evals/customers/customer-dataset';
import { startReplayServer, TURN_GAP_MS } from '../evals/customers/replay-server';
import { replayCustomer } from '../evals/customers/web-chat-replayer';
import { wilsonInterval } from '../evals/metrics';
import { startFakeOpenAIServer } from '../testing/fake-openai-server';
import { writeResult } from './result';
import { rulesPlayingModel } from './rules-playing-model';

const TARGET = 0.05;
const config = loadConfig({});
const { customers, dir } = loadCustomers(config.customersFile);

interface Checked {
  answeredBy: string;
  live: boolean;
  strict: string[];
}

const model = rulesPlayingModel(config.timeZone);
const server = await startFakeOpenAIServer({ respond: model.respond });
const replay = await startReplayServer({
  llm: { ...config.llm, baseUrl: server.baseUrl, apiKey: 'sk-bench', model: 'deepseek-chat', timeoutMs: 20_000, maxRetries: 0, retryBudgetMs: 1000, circuitFailures: 1000, phrasing: true },
});
const checked: Checked[] = [];
// Watch every turn the brain answers, as the llm-cost benchmark watches the bot's turns.
const brain = replay.assistant.brain as {
  reply(turn: TurnInput, tools: ToolBox, hooks?: unknown): Promise<BrainReply & { answeredBy?: string; fallback?: { reason: string }; phrasing?: { doubts?: string[] } }>;
};
const reply = brain.reply.bind(brain);
brain.reply = async (turn, tools, hooks) => {
  const answer = await reply(turn, tools, hooks);
  const toolResults = tools.calls.filter((c) => c.outcome.ok).map((c) => (c.outcome as { result: unknown }).result);
  const strict = checkGrounding(answer.text, { toolResults, customerWords: customerWordsOf(turn, (t) => tools.context.restore(t)), allowedLinkHosts: config.llm.allowedLinkHosts });
  checked.push({
    answeredBy: answer.answeredBy ?? 'unknown',
    live: answer.fallback?.reason === 'ungrounded' || (answer.phrasing?.doubts ?? []).some((d) => d.startsWith('ungrounded')),
    strict: strict.unsupported.map(describeClaim),
  });
  return answer;
};
try {
  for (const customer of customers) await replayCustomer(customer, { url: replay.url, dir, afterTurn: () => replay.clock.advance(TURN_GAP_MS) });
} finally {
  await replay.close();
  await server.close();
}

const byLlm = checked.filter((c) => c.answeredBy === 'llm');
const strictFlags = byLlm.filter((c) => c.strict.length);
const liveFlags = byLlm.filter((c) => c.live);
const kinds = new Map<string, number>();
for (const c of strictFlags) for (const claim of new Set(c.strict.map((s) => s.split(':')[0]!))) kinds.set(claim, (kinds.get(claim) ?? 0) + 1);
const keys = new Map<string, number>();
for (const c of strictFlags) for (const claim of c.strict) if (claim.includes(':')) keys.set(claim, (keys.get(claim) ?? 0) + 1);
const ratio = byLlm.length ? strictFlags.length / byLlm.length : NaN;

writeResult('grounding', {
  ratio,
  target: { description: `share of the LLM brain's honest replies the grounding check would replace when only tool results and the customer's words back them, <= ${TARGET * 100}%`, maxRatio: TARGET },
  met: ratio <= TARGET,
  figures: {
    dataset: `${config.customersFile} through evals/customers/customer-dataset.ts: ${customers.length} customers`,
    repliesChecked: checked.length,
    repliesByBrain: Object.fromEntries([...new Set(checked.map((c) => c.answeredBy))].map((b) => [b, checked.filter((c) => c.answeredBy === b).length])),
    strict: {
      flagged: strictFlags.length,
      of: byLlm.length,
      rate: ratio,
      wilson95: wilsonInterval(strictFlags.length, byLlm.length),
      repliesFlaggedByClaimKind: Object.fromEntries(kinds),
      mostFlaggedClaims: Object.fromEntries([...keys].sort((a, b) => b[1] - a[1]).slice(0, 15)),
    },
    live: { replaced: liveFlags.length, of: byLlm.length, rate: byLlm.length ? liveFlags.length / byLlm.length : NaN, wilson95: wilsonInterval(liveFlags.length, byLlm.length) },
    caveat:
      "The model is played by our offline rules and rewords by returning the engine's reply unchanged, so the live figure is that of a perfectly faithful rewording; the strict figure is the check's false-positive rate on honest after-sales replies with the engine's own text withheld as a source. Personal claims are counted by kind only.",
  },
});
