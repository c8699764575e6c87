/**
 * The τ²-bench retail suite. Offline: every task's gold actions replayed with our tools on a fresh
 * fork of db.json, twice from two independent loads, and the final states fingerprinted; the
 * figures say how many tasks replay to the end, how many gold writes our tools accept (the gold
 * trajectories also contain a few calls the store must refuse), whether both replays agree, and
 * whether what a task says the agent must tell the user is in the tools' outputs. With --llm and
 * an endpoint, our agent runs the test split against the same tools and is scored pass^1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { passHatK } from '../metrics';
import { count, ratio, skipped, type Metric, type SuiteOptions, type SuiteResult } from '../suite';
import { createAgentClient, runAgentOnTask, type AgentEndpoint, type AgentRun } from './llm-agent';
import { communicateInfoFound, replayBase, replayTask, type ReplayOutcome } from './replay';
import { loadRetailDb, loadRetailSplit, loadRetailTasks, retailFolder } from './retail-db';

const TITLE = 'τ²-bench retail (tools + replay)';

export interface Tau2Replay {
  tasks: number;
  goldActions: number;
  refusedActions: number;
  goldWrites: number;
  refusedWrites: number;
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
  const result: Tau2Replay = { tasks: tasks.length, goldActions: 0, refusedActions: 0, goldWrites: 0, refusedWrites: 0, deterministic: 0, stateAsExpected: 0, communicate: { wanted: 0, found: 0 }, outcomes: [] };
  for (const task of tasks) {
    const a = replayTask(first, task);
    const b = replayTask(second, task);
    result.outcomes.push(a);
    result.goldActions += a.actions;
    result.refusedActions += a.errors.length;
    result.goldWrites += a.writes;
    const refusedWrites = a.errors.filter((e) => /^(cancel|modify|return|exchange)_/.test(e.action)).length;
    result.refusedWrites += refusedWrites;
    if (a.hash === b.hash) result.deterministic++;
    if (a.writes > refusedWrites ? a.changed : !a.changed) result.stateAsExpected++;
    const c = communicateInfoFound(task, a.outputs);
    result.communicate.wanted += c.wanted;
    result.communicate.found += c.found;
    onTask?.();
  }
  return result;
}

export async function tau2RetailSuite(options: SuiteOptions & { endpoint?: AgentEndpoint }): Promise<SuiteResult> {
  const started = performance.now();
  const folder = retailFolder(options.datasetsDir);
  if (!fs.existsSync(path.join(folder, 'db.json'))) return skipped('tau2-retail', TITLE, `${folder} not found (set AFTERSALES_DATASETS_DIR or --datasets).`);
  const split = loadRetailSplit(folder);
  const llmTasks = options.llm && options.endpoint ? split.test.slice(0, options.tau2Limit ?? split.test.length) : [];
  options.progress.total(loadRetailTasks(folder).length + llmTasks.length);
  const replay = replayAllTasks(folder, () => options.progress.tick());
  const notes = [
    `${replay.tasks} tasks; gold actions replayed on a fork of db.json, twice from independent loads.`,
    'A few gold actions are calls the store must refuse (a wrong email first, an exchange on a pending order, a gift card short of the difference); they are counted, not hidden.',
  ];
  const metrics: Metric[] = [
    count('tasksReplayed', 'tasks replayed to the end', replay.outcomes.length),
    ratio('goldWritesAccepted', 'gold writes accepted', replay.goldWrites ? 1 - replay.refusedWrites / replay.goldWrites : 1),
    ratio('deterministic', 'replays agreeing (state hash)', replay.deterministic / (replay.tasks || 1)),
    ratio('stateAsExpected', 'state changed iff writes succeeded', replay.stateAsExpected / (replay.tasks || 1)),
    ratio('communicateInfoGrounded', 'communicate_info found in tool outputs', replay.communicate.wanted ? replay.communicate.found / replay.communicate.wanted : 1),
    count('refusedGoldActions', 'gold actions refused', replay.refusedActions, 'lower'),
  ];
  let runs: AgentRun[] = [];
  if (!options.llm) notes.push('LLM agent: skipped (run with --llm and LLM_BASE_URL for pass^1).');
  else if (!options.endpoint) notes.push('LLM agent: skipped, no endpoint configured (set LLM_BASE_URL).');
  else {
    const policy = fs.readFileSync(path.join(folder, 'policy.md'), 'utf8');
    const base = replayBase(loadRetailDb(folder));
    const byId = new Map(loadRetailTasks(folder).map((t) => [t.id, t]));
    const client = createAgentClient(options.endpoint);
    for (const id of llmTasks) {
      const task = byId.get(id);
      if (!task) continue;
      const expectedHash = replayTask(base, task).hash;
      runs.push(await runAgentOnTask({ client, model: options.endpoint.model, policy, task, base, expectedHash }));
      options.progress.tick();
    }
    metrics.unshift(ratio('passHat1', 'pass^1 (LLM agent, test split)', passHatK(runs.map((r) => ({ trials: 1, passed: r.passed ? 1 : 0 })), 1)));
    notes.push(`LLM agent (${options.endpoint.model}) on ${runs.length} test-split task(s), one trial each, an LLM playing the customer.`);
  }
  return {
    name: 'tau2-retail',
    title: TITLE,
    status: 'ran',
    notes,
    metrics,
    latencies: [
      { label: 'gold replay per task', valuesMs: replay.outcomes.map((o) => o.ms) },
      ...(runs.length ? [{ label: 'LLM agent per task', valuesMs: runs.map((r) => r.ms) }] : []),
    ],
    details: [
      ...replay.outcomes.filter((o) => o.errors.length).map((o) => `task ${o.taskId}: refused ${o.errors.map((e) => `${e.action.slice(0, 60)} → ${e.error}`).join('; ')}`),
      ...runs.map((r) => `agent task ${r.taskId}: ${r.passed ? 'pass' : 'fail'} (${r.ended}${r.error ? `: ${r.error}` : ''}, ${r.toolCalls} tool calls, ${r.userTurns} user turns)`),
    ],
    ms: performance.now() - started,
  };
}
