/**
 * The conversations suite: every scenario of scenarios.ts played end to end through the whole
 * assistant in-process (offline brain, or the configured endpoint with --llm), one fresh customer
 * each. Scored: task success (every expectation met), turns to resolution (the turn at which the
 * expected outcome first held: a ticket filed, a person engaged, a cited answer), and the share
 * of scenarios resolved without a human.
 */
import type { Config } from '../../app/config';
import type { TurnResult } from '../../bot/pipeline';
import type { Ticket } from '../../tickets/ticket';
import { openHarness } from '../assistant-harness';
import { count, millis, ratio, type SuiteOptions, type SuiteResult } from '../suite';
import { percentile } from '../metrics';
import { SCENARIOS, type Scenario } from './scenarios';

export interface ScenarioOutcome {
  id: string;
  lang: 'zh' | 'en';
  success: boolean;
  failures: string[];
  handedOff: boolean;
  /** 1-based turn at which the expected outcome first held (undefined when it never did). */
  resolvedAtTurn?: number;
  turns: number;
  turnMs: number[];
}

const CITED = (text: string, ids: string[]) => ids.some((id) => text.includes(id));

function hitIds(result: TurnResult): string[] {
  return result.actions
    .filter((a) => a.name === 'searchKnowledge' && a.outcome.ok)
    .flatMap((a) => ((a.outcome as { result: { hits?: { id: string }[] } }).result.hits ?? []).map((h) => h.id));
}

function ticketFailures(expected: NonNullable<Scenario['expect']['ticket']>, tickets: Ticket[]): string[] {
  if (tickets.length === 0) return ['no ticket filed'];
  const ticket = tickets[tickets.length - 1]!;
  const failures: string[] = [];
  for (const [field, want] of Object.entries(expected)) {
    const got = (ticket as unknown as Record<string, unknown>)[field];
    const ok = Array.isArray(want) ? want.includes(got) : got === want;
    if (!ok) failures.push(`ticket.${field}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  return failures;
}

export async function playScenario(harness: Awaited<ReturnType<typeof openHarness>>, scenario: Scenario): Promise<ScenarioOutcome> {
  const ref = `eval-${scenario.id}`;
  const channel = scenario.channel ?? 'web';
  const texts: string[] = [];
  const tools = new Set<string>();
  const turnMs: number[] = [];
  let cited = false;
  let handedOff = false;
  let resolvedAtTurn: number | undefined;
  const e = scenario.expect;
  for (const [i, text] of scenario.turns.entries()) {
    const said = await harness.say(ref, text, channel);
    turnMs.push(said.ms);
    texts.push(said.text);
    said.actions.forEach((a) => tools.add(a.name));
    if (CITED(said.text, hitIds(said))) cited = true;
    if (said.mode !== 'bot') handedOff = true;
    // The expected outcome, as it would be seen from the desk after this turn.
    if (resolvedAtTurn === undefined) {
      const reached = e.handoff ? handedOff : e.ticket ? said.actions.some((a) => a.name === 'createTicket' && a.outcome.ok) : e.citation ? cited : i === scenario.turns.length - 1;
      if (reached) resolvedAtTurn = i + 1;
    }
  }
  const failures: string[] = [];
  if (e.handoff !== undefined && handedOff !== e.handoff) failures.push(`handoff: want ${e.handoff}, got ${handedOff}`);
  const tickets = await harness.tickets(ref, channel);
  if (e.ticket === null && tickets.length) failures.push(`ticket: want none, got ${tickets.map((t) => `${t.number} (${t.type})`).join(', ')}`);
  if (e.ticket) failures.push(...ticketFailures(e.ticket, tickets));
  if (e.citation !== undefined && cited !== e.citation) failures.push(`citation: want ${e.citation}, got ${cited}`);
  const all = texts.join('\n');
  for (const pattern of e.says ?? []) if (!new RegExp(pattern, 'im').test(all)) failures.push(`never said /${pattern}/`);
  for (const pattern of e.neverSays ?? []) if (new RegExp(pattern, 'im').test(all)) failures.push(`said /${pattern}/`);
  for (const tool of e.tools ?? []) if (!tools.has(tool)) failures.push(`tool ${tool} not called`);
  return { id: scenario.id, lang: scenario.lang, success: failures.length === 0, failures, handedOff, resolvedAtTurn: failures.length ? undefined : resolvedAtTurn, turns: scenario.turns.length, turnMs };
}

export async function conversationsSuite(options: SuiteOptions & { llmConfig?: Config['llm']; scenarios?: Scenario[] }): Promise<SuiteResult> {
  const started = performance.now();
  const scenarios = options.scenarios ?? SCENARIOS;
  options.progress.total(scenarios.length);
  const harness = await openHarness({ llm: options.llm ? options.llmConfig : undefined });
  const outcomes: ScenarioOutcome[] = [];
  try {
    for (const scenario of scenarios) {
      outcomes.push(await playScenario(harness, scenario));
      options.progress.tick();
    }
  } finally {
    await harness.close();
  }
  const n = outcomes.length || 1;
  const succeeded = outcomes.filter((o) => o.success);
  const resolvedTurns = succeeded.map((o) => o.resolvedAtTurn ?? o.turns);
  const allMs = outcomes.flatMap((o) => o.turnMs);
  const share = (list: ScenarioOutcome[]) => (list.length ? list.filter((o) => o.success).length / list.length : 0);
  return {
    name: 'conversations',
    title: 'Scripted conversations (端到端对话)',
    status: 'ran',
    notes: [
      `${outcomes.length} scenarios (evals/conversations/scenarios.ts, ${outcomes.filter((o) => o.lang === 'zh').length} zh / ${outcomes.filter((o) => o.lang === 'en').length} en) through the whole assistant, ${options.llm ? `the LLM brain (${options.llmConfig?.model}) with the offline brain as fallback` : 'the offline brain'}.`,
    ],
    metrics: [
      ratio('taskSuccess', 'task success', succeeded.length / n),
      ratio('taskSuccessZh', 'task success (zh)', share(outcomes.filter((o) => o.lang === 'zh'))),
      ratio('taskSuccessEn', 'task success (en)', share(outcomes.filter((o) => o.lang === 'en'))),
      ratio('resolvedWithoutHuman', 'resolved without a human', succeeded.filter((o) => !o.handedOff).length / n),
      { key: 'meanTurnsToResolution', label: 'mean turns to resolution', value: resolvedTurns.length ? resolvedTurns.reduce((a, b) => a + b, 0) / resolvedTurns.length : 0, better: 'lower', unit: 'turns' },
      millis('turnP50Ms', 'turn p50 ms', percentile(allMs, 50)),
      millis('turnP95Ms', 'turn p95 ms', percentile(allMs, 95)),
      count('failedScenarios', 'failed scenarios', outcomes.length - succeeded.length, 'lower'),
    ],
    latencies: [{ label: 'assistant turn', valuesMs: allMs }],
    details: outcomes.filter((o) => !o.success).map((o) => `${o.id}: ${o.failures.join('; ')}`),
    ms: performance.now() - started,
  };
}
