/**
 * Published τ²-bench retail figures to read our pass^k against: the leaderboard's submissions in
 * sierra-research/tau2-bench (web/leaderboard/public/submissions/<name>/submission.json at the
 * commit in ../shared/datasets/agent-tau2-retail/SOURCE.md). Measured with τ²-bench 0.1.3 on all
 * 114 retail tasks, a bare LLM agent given policy.md, a GPT-4.1 user simulator, and the default
 * [DB, COMMUNICATE] basis (the tasks carried no reward_basis then): the rule task-reward.ts scores.
 */
export const PUBLISHED_RETAIL = [
  { model: 'GPT-4.1', submission: 'gpt-4-1_openai_2024-06-20', passHat1: 0.74, passHat4: 0.523 },
  { model: 'GPT-4.1-mini', submission: 'gpt-4-1-mini_openai_2024-06-20', passHat1: 0.614, passHat4: 0.369 },
] as const;
