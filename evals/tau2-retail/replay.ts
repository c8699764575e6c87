/**
 * Replays a task's reference actions (evaluation_criteria.actions) with our tools on a fresh copy
 * of the database and fingerprints the final state. The expected state of a task is the state its
 * gold actions leave; an agent passes when its own tool calls leave the same state.
 */
import { forkDb, StateHasher, type RetailAction, type RetailDb, type RetailTask } from './retail-db';
import { RetailTools } from './tools';

export interface ReplayOutcome {
  taskId: string;
  actions: number;
  writes: number;
  /** Gold actions our tools refused, with the reason (the gold trajectories hold a few the store must refuse). */
  errors: { tool: string; write: boolean; action: string; error: string }[];
  hash: string;
  /** Whether the final state differs from the starting one. */
  changed: boolean;
  /** Every tool output, for checking what the agent had to tell the user. */
  outputs: unknown[];
  ms: number;
}

export interface ReplayBase {
  db: RetailDb;
  hasher: StateHasher;
  hash: string;
}

/** The starting state, fingerprinted once for all replays from it. */
export function replayBase(db: RetailDb): ReplayBase {
  const hasher = new StateHasher(db);
  return { db, hasher, hash: hasher.hash(db) };
}

export function replayActions(base: ReplayBase, taskId: string, actions: readonly RetailAction[]): ReplayOutcome {
  const started = performance.now();
  const db = forkDb(base.db);
  const tools = new RetailTools(db);
  const errors: ReplayOutcome['errors'] = [];
  const outputs: unknown[] = [];
  let writes = 0;
  for (const action of actions) {
    const write = RetailTools.kindOf(action.name) === 'write';
    if (write) writes++;
    const outcome = tools.call(action.name, action.arguments);
    if (outcome.ok) outputs.push(outcome.result);
    else errors.push({ tool: action.name, write, action: `${action.name}(${JSON.stringify(action.arguments)})`, error: outcome.error });
  }
  const hash = base.hasher.hash(db);
  return { taskId, actions: actions.length, writes, errors, hash, changed: hash !== base.hash, outputs, ms: performance.now() - started };
}

export function replayTask(base: ReplayBase, task: RetailTask): ReplayOutcome {
  return replayActions(base, task.id, task.evaluation_criteria.actions ?? []);
}

/** The values a task says the agent must tell the user, found (as text) in some tool output. */
export function communicateInfoFound(task: RetailTask, outputs: readonly unknown[]): { wanted: number; found: number } {
  const wanted = task.evaluation_criteria.communicate_info ?? [];
  const haystack = outputs.map((o) => (typeof o === 'string' ? o : JSON.stringify(o))).join('\n');
  return { wanted: wanted.length, found: wanted.filter((v) => haystack.includes(v)).length };
}
