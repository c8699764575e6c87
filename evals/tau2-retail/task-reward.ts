/**
 * Whether one τ²-bench conversation passes, by the benchmark's rules (src/tau2/evaluator/ at the
 * commit in ../shared/datasets/agent-tau2-retail/SOURCE.md):
 * - a conversation that did not end by the customer or the agent stopping scores 0
 *   (evaluator.py: anything but AGENT_STOP / USER_STOP, e.g. too many steps or errors, or a
 *   failed turn; 0.1.3 zeroed only too many steps and too many errors). Our agent never stops
 *   on its own, so only the customer's stop counts;
 * - DB: the store's final state equals the state the task's gold actions leave
 *   (evaluator_env.py replays both and compares hashes; replay.ts does the same);
 * - COMMUNICATE: every communicate_info string occurs in some message the agent sent the user,
 *   case-folded, with commas removed from the message (evaluator_communicate.py).
 * The reward is the product of the parts in the reward basis. We use [DB, COMMUNICATE]: τ²-bench's
 * default basis, the one the retail tasks were scored on in 0.1.x (the published pass^k figures).
 * Since τ³-bench 1.0.0 the retail tasks declare [DB, NL_ASSERTION], whose assertions an LLM judge
 * reads; they restate the communicate_info facts in words, and that judge is not run here.
 */
import type { RetailTask } from './retail-db';

export type EpisodeEnd = 'user_stop' | 'max_turns' | 'too_many_errors' | 'agent_error' | 'user_error';

export interface CommunicateCheck {
  info: string;
  met: boolean;
}

export function communicateChecks(task: RetailTask, agentMessages: readonly string[]): CommunicateCheck[] {
  const said = agentMessages.map((m) => m.toLowerCase().replaceAll(',', ''));
  return (task.evaluation_criteria.communicate_info ?? []).map((info) => ({ info, met: said.some((m) => m.includes(info.toLowerCase())) }));
}

export interface TaskReward {
  passed: boolean;
  /** The conversation ended as τ² counts for scoring (the customer stopped). */
  endedProperly: boolean;
  dbMatch: boolean;
  communicate: CommunicateCheck[];
}

export function taskReward(task: RetailTask, run: { ended: EpisodeEnd; finalHash: string; goldHash: string; agentMessages: readonly string[] }): TaskReward {
  const endedProperly = run.ended === 'user_stop';
  const dbMatch = run.finalHash === run.goldHash;
  const communicate = communicateChecks(task, run.agentMessages);
  return { passed: endedProperly && dbMatch && communicate.every((c) => c.met), endedProperly, dbMatch, communicate };
}
