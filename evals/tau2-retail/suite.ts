/**
 * τ²-bench retail, in two parts that measure different things.
 *
 * Offline: a conformance check of our TypeScript re-implementation of the τ² retail tools. Every
 * task's gold actions are replayed on a fresh fork of db.json, twice from independent loads, and
 * the final states fingerprinted. Its figures say whether the tools behave as τ²-bench's do; they
 * say nothing about an agent, so none of them is a headline and none reads like a success rate.
 *
 * With --llm: the tasks run through the product's own pipeline (product-pipeline.ts), four trials
 * each, with τ²'s LLM user simulator on the same endpoint, scored as τ²-bench scores them
 * (task-reward.ts), and reported as pass^1 and pass^4.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../app/config';
import { passHatK } from '../metrics';
import { count, rate, skipped, type Gate, type Metric, type SuiteOptions, type SuiteResult, type Transcript } from '../suite';
import { openRetailPipeline, type PipelineEpisode } from './product-pipeline';
import { PUBLISHED_RETAIL } from './published-figures';
import { communicateInfoFound, replayBase, replayTask, type ReplayOutcome } from './replay';
import { loadRetailDb, loadRetailTasks, retailFolder, type RetailTask } from './retail-db';
import { UPSTREAM_REFUSED_WRITES } from './upstream-refusals';

const TITLE = 'τ²-retail tools conformance (our re-implementation vs gold actions)';
const TITLE_LLM = 'τ²-retail through the product pipeline (pass^k), with the tools conformance check';
/** Trials per task, as τ²-bench's pass^k figures are reported. */
export const TRIALS = 4;

export interface Tau2Replay {
  tasks: number;
  goldActions: number;
  refusedActions: number;
  goldWrites: number;
  refusedWrites: number;
  /** "taskId:tool" of every gold write our tools refused. */
  refusedWriteKeys: string[];
  /** Both independent replays ended in the same state. */
  deterministic: number;
  /** Tasks with write actions whose state changed, and read-only tasks whose state did not. */
  stateAsExpected: number;
  communicate: { wanted: number; found: number };
  outcomes: ReplayOutcome[];
}

export function replayAllTasks(folder: string, onTask?: () => void): Tau2Replay {
  const first = replayBase(loadRetailDb(folder));
  // A second load, not a copy: the check must not share any object with the first replay.
  const second = replayBase(loadRetailDb(folder));
  const tasks = loadRetailTasks(folder);
  const result: Tau2Replay = {
    tasks: tasks.length,
    goldActions: 0,
    refusedActions: 0,
    goldWrites: 0,
    refusedWrites: 0,
    refusedWriteKeys: [],
    deterministic: 0,
    stateAsExpected: 0,
    communicate: { wanted: 0, found: 0 },
    outcomes: [],
  };
  for (const task of tasks) {
    const a = replayTask(first, task);
    const b = replayTask(second, task);
    result.outcomes.push(a);
    result.goldActions += a.actions;
    result.refusedActions += a.errors.length;
    result.goldWrites += a.writes;
    const refusedWrites = a.errors.filter((e) => e.write);
    result.refusedWrites += refusedWrites.length;
    result.refusedWriteKeys.push(...refusedWrites.map((e) => `${task.id}:${e.tool}`));
    if (a.hash === b.hash) result.deterministic++;
    if (a.writes > refusedWrites.length ? a.changed : !a.changed) result.stateAsExpected++;
    const c = communicateInfoFound(task, a.outputs);
    result.communicate.wanted += c.wanted;
    result.communicate.found += c.found;
    onTask?.();
  }
  return result;
}

/** The checks of the re-implementation that can fail: each held when it was written. */
export function conformanceGates(replay: Tau2Replay): Gate[] {
  const expected = UPSTREAM_REFUSED_WRITES.map((r) => `${r.taskId}:${r.tool}`).sort();
  const refused = [...replay.refusedWriteKeys].sort();
  const unexpected = refused.filter((k) => !expected.includes(k));
  const notRefused = expected.filter((k) => !refused.includes(k));
  return [
    { label: 'gold replays are deterministic (two independent loads, same final state)', passed: replay.deterministic === replay.tasks, detail: `${replay.deterministic} of ${replay.tasks} tasks` },
    {
      label: 'the store changes exactly when a gold write is accepted',
      passed: replay.stateAsExpected === replay.tasks,
      detail: `${replay.stateAsExpected} of ${replay.tasks} tasks`,
    },
    {
      label: "gold writes are refused only where τ²-bench's own tools refuse them",
      passed: unexpected.length === 0 && notRefused.length === 0,
      detail: `${replay.goldWrites - replay.refusedWrites} of ${replay.goldWrites} accepted; refused ${refused.join(', ') || 'none'}${unexpected.length ? `; unexpected: ${unexpected.join(', ')}` : ''}${notRefused.length ? `; should have refused: ${notRefused.join(', ')}` : ''}`,
    },
  ];
}

function conformanceMetrics(replay: Tau2Replay): Metric[] {
  const data = 'third-party' as const;
  return [
    { ...count('tasksReplayed', 'tasks replayed to the end', replay.outcomes.length), data },
    rate('goldWritesAccepted', 'gold writes our tools accept', replay.goldWrites - replay.refusedWrites, replay.goldWrites, { data }),
    rate('deterministic', 'tasks whose two replays end in the same state', replay.deterministic, replay.tasks, { data }),
    rate('stateAsExpected', 'tasks whose store changed exactly when a gold write was accepted', replay.stateAsExpected, replay.tasks, { data }),
    // Not all can be: some facts need arithmetic, or a read the gold path does not make.
    rate('communicateInfoGrounded', 'communicate_info found verbatim in gold-path tool outputs', replay.communicate.found, replay.communicate.wanted, { data }),
    { ...count('refusedGoldActions', 'gold actions refused (mostly lookups of absent records)', replay.refusedActions, 'lower'), data },
  ];
}

export async function tau2RetailSuite(options: SuiteOptions & { llmConfig?: Config['llm'] }): Promise<SuiteResult> {
  const started = performance.now();
  const folder = retailFolder(options.datasetsDir);
  if (!fs.existsSync(path.join(folder, 'db.json'))) return skipped('tau2-retail', TITLE, `${folder} not found (set AFTERSALES_DATASETS_DIR or --datasets).`);
  const tasks = loadRetailTasks(folder);
  const endpoint = options.llmConfig?.baseUrl ? { ...options.llmConfig, baseUrl: options.llmConfig.baseUrl } : undefined;
  const llmTasks = options.llm && endpoint ? tasks.slice(0, options.tau2Limit ?? tasks.length) : [];
  options.progress.total(tasks.length + llmTasks.length * TRIALS);
  const replay = replayAllTasks(folder, () => options.progress.tick());
  const notes = [
    `Conformance of our TypeScript re-implementation of the τ² retail tools, not an agent score: the gold actions of ${replay.tasks} tasks replayed on a fork of db.json, twice from independent loads.`,
    `A few gold actions are calls the store must refuse (lookups of an e-mail or order that does not exist; ${UPSTREAM_REFUSED_WRITES.length} writes τ²-bench's own tools refuse); they are counted, not hidden.`,
  ];
  const metrics = conformanceMetrics(replay);
  const gates = conformanceGates(replay);
  const details = replay.outcomes.filter((o) => o.errors.length).map((o) => `gold replay, task ${o.taskId}: refused ${o.errors.map((e) => `${e.action.slice(0, 60)} → ${e.error}`).join('; ')}`);
  let episodes: PipelineEpisode[] = [];
  let transcripts: Transcript[] | undefined;
  if (!options.llm) notes.push('Product pipeline on τ² tasks: skipped (run with --llm and LLM_BASE_URL for pass^1 and pass^4).');
  else if (!endpoint) notes.push('Product pipeline on τ² tasks: skipped, no endpoint configured (set LLM_BASE_URL).');
  else {
    episodes = await runThroughProduct(folder, llmTasks, endpoint, () => options.progress.tick());
    metrics.unshift(...agentMetrics(episodes, llmTasks.length, tasks.length, idleShare(replay, llmTasks)));
    transcripts = episodes.map(transcriptOf);
    details.push(...perTaskLines(episodes));
    notes.push(
      `Product pipeline (${endpoint.model}) on ${llmTasks.length} of ${tasks.length} tasks, ${TRIALS} trials each: the production LLM brain, output guard and offline fallback (app/brain.ts) in the production pipeline (AfterSalesBot), given τ²'s policy.md and the τ² tools; the customer is τ²'s LLM user simulator on the same endpoint.`,
      "A trial passes when the customer ended the conversation, the final store equals the gold state, and every communicate_info string appears in a reply to the customer (τ²-bench's default [DB, COMMUNICATE] basis, as in the published 0.1.3 figures; the tasks now declare [DB, NL_ASSERTION], whose LLM-judged assertions are not run here).",
      `pass^1 is the mean over tasks of passed/${TRIALS}; its interval is Wilson over all task-trials, too narrow because trials of one task are not independent. pass^4 is the share of tasks that passed all ${TRIALS} trials, Wilson over tasks.`,
    );
  }
  return {
    name: 'tau2-retail',
    title: episodes.length ? TITLE_LLM : TITLE,
    status: 'ran',
    conformance: true,
    gates,
    notes,
    metrics,
    transcripts,
    latencies: [
      { label: 'gold replay per task', valuesMs: replay.outcomes.map((o) => o.ms) },
      ...(episodes.length ? [{ label: 'product pipeline per conversation', valuesMs: episodes.map((e) => e.ms) }] : []),
    ],
    details,
    ms: performance.now() - started,
  };
}

async function runThroughProduct(folder: string, tasks: RetailTask[], endpoint: Config['llm'] & { baseUrl: string }, tick: () => void): Promise<PipelineEpisode[]> {
  const base = replayBase(loadRetailDb(folder));
  const pipeline = await openRetailPipeline({ llm: endpoint, policy: fs.readFileSync(path.join(folder, 'policy.md'), 'utf8'), base });
  const episodes: PipelineEpisode[] = [];
  try {
    for (const task of tasks) {
      const goldHash = replayTask(base, task).hash;
      for (let trial = 0; trial < TRIALS; trial++) {
        episodes.push(await pipeline.run(task, goldHash, trial));
        tick();
      }
    }
  } finally {
    await pipeline.close();
  }
  return episodes;
}

/**
 * The share of tasks an agent that changes nothing and tells nothing would pass: those whose gold
 * actions leave the store as it was and that ask for no information. Any agent should beat it.
 */
export function idleShare(replay: Tau2Replay, tasks: readonly RetailTask[]): number {
  const unchanged = new Set(replay.outcomes.filter((o) => !o.changed).map((o) => o.taskId));
  return tasks.length ? tasks.filter((t) => unchanged.has(t.id) && !(t.evaluation_criteria.communicate_info ?? []).length).length / tasks.length : 0;
}

function agentMetrics(episodes: PipelineEpisode[], taskCount: number, allTasks: number, idle: number): Metric[] {
  const data = 'third-party' as const;
  const byTask = new Map<string, PipelineEpisode[]>();
  for (const e of episodes) byTask.set(e.taskId, [...(byTask.get(e.taskId) ?? []), e]);
  const perTask = [...byTask.values()].map((runs) => ({ trials: runs.length, passed: runs.filter((r) => r.reward.passed).length }));
  const passes = episodes.filter((e) => e.reward.passed).length;
  const allPassed = perTask.filter((t) => t.passed === t.trials).length;
  // Published figures are over all 114 tasks; on a subset they are only roughly comparable.
  const scope = taskCount === allTasks ? '' : ` (published: all ${allTasks} tasks)`;
  const idleBaseline = { label: 'an agent that changes nothing and says nothing (computed)', value: idle };
  const published = (k: 'passHat1' | 'passHat4') => PUBLISHED_RETAIL.map((p) => ({ label: `${p.model} as a bare τ² agent${scope}`, value: p[k] }));
  const passHat1 = {
    ...rate('passHat1', `pass^1, product pipeline, ${TRIALS} trials per task`, passes, episodes.length, { data, headline: true, baselines: [idleBaseline, ...published('passHat1')] }),
    value: passHatK(perTask, 1),
  };
  const passHat4 = {
    ...rate('passHat4', `pass^4: tasks passing all ${TRIALS} trials`, allPassed, perTask.length, { data, baselines: [idleBaseline, ...published('passHat4')] }),
    value: passHatK(perTask, TRIALS),
  };
  const withInfo = episodes.filter((e) => e.reward.communicate.length);
  const agentTurns = episodes.flatMap((e) => e.turns.filter((t) => t.replies.length));
  return [
    passHat1,
    passHat4,
    rate('dbMatch', 'trials whose final store equals the gold state', episodes.filter((e) => e.reward.dbMatch).length, episodes.length, { data }),
    // Only tasks that ask for information say anything about telling it.
    ...(withInfo.length
      ? [rate('communicated', 'trials that told the customer every communicate_info string', withInfo.filter((e) => e.reward.communicate.every((c) => c.met)).length, withInfo.length, { data })]
      : []),
    rate('endedByCustomer', 'trials the customer ended (not cut off, not failed)', episodes.filter((e) => e.reward.endedProperly).length, episodes.length, { data }),
    rate('fallbackTurns', 'replies written by the offline fallback instead of the LLM brain', agentTurns.filter((t) => t.brain !== 'llm').length, agentTurns.length, { data, better: 'lower' }),
  ];
}

function problemsOf(e: PipelineEpisode): string[] {
  const problems: string[] = [];
  if (!e.reward.endedProperly) problems.push(`conversation ended: ${e.ended}${e.error ? ` (${e.error})` : ''}`);
  if (!e.reward.dbMatch) problems.push('final store differs from the gold state');
  for (const c of e.reward.communicate.filter((c) => !c.met)) problems.push(`never told the customer "${c.info}"`);
  for (const f of e.fallbacks)
    problems.push(`fallback answered a turn: ${f.reason}${f.violations?.length ? ` (${f.violations.map((v) => `${v.kind}: ${v.match}`).join('; ')})` : f.code ? ` (${f.code})` : ''}`);
  return problems;
}

function transcriptOf(e: PipelineEpisode): Transcript {
  return {
    id: `τ² retail task ${e.taskId}, trial ${e.trial + 1}`,
    lang: 'en',
    passed: e.reward.passed,
    problems: problemsOf(e),
    turns: e.turns.map((t) => ({ customer: t.customer, replies: t.replies })),
  };
}

function perTaskLines(episodes: PipelineEpisode[]): string[] {
  const byTask = new Map<string, PipelineEpisode[]>();
  for (const e of episodes) byTask.set(e.taskId, [...(byTask.get(e.taskId) ?? []), e]);
  return [...byTask].map(([id, runs]) => {
    const n = (f: (e: PipelineEpisode) => boolean) => runs.filter(f).length;
    const ends = [...new Set(runs.map((r) => r.ended))].join('/');
    return `product pipeline, task ${id}: ${n((e) => e.reward.passed)}/${runs.length} passed (store ${n((e) => e.reward.dbMatch)}/${runs.length}, told ${n((e) => e.reward.communicate.every((c) => c.met))}/${runs.length}, ended ${ends}, ${runs.reduce((s, e) => s + e.fallbacks.length, 0)} fallback turns)`;
  });
}
