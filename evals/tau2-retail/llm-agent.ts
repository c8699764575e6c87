/**
 * Our tool-calling agent on τ²-bench retail tasks, against any OpenAI-compatible endpoint: the
 * agent gets the benchmark's policy.md as its instructions and our TypeScript tools; a second
 * model plays the customer from the task's user_scenario (as τ²-bench's user simulator does).
 * The task passes when the final database equals the state the gold actions leave.
 *
 * Why not the LlmBrain: it is built around the after-sales tools and their guard; here the
 * point is the benchmark's own tools and policy, so the loop is small and separate.
 */
import OpenAI from 'openai';
import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import { z } from 'zod';
import { forkDb, type RetailTask } from './retail-db';
import type { ReplayBase } from './replay';
import { RETAIL_TOOL_SPECS, RetailTools } from './tools';

export const USER_STOP = '###STOP###';
const TRANSFER_MESSAGE = 'YOU ARE BEING TRANSFERRED TO A HUMAN AGENT. PLEASE HOLD ON.';

export interface AgentEndpoint {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
}

export interface AgentRun {
  taskId: string;
  passed: boolean;
  hash: string;
  toolCalls: number;
  userTurns: number;
  /** Why the conversation ended. */
  ended: 'user_stop' | 'transfer' | 'max_turns' | 'error';
  error?: string;
  ms: number;
}

export function retailToolDefinitions(): ChatCompletionTool[] {
  return Object.entries(RETAIL_TOOL_SPECS).map(([name, [, description, schema]]) => {
    const { $schema: _unused, ...parameters } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
    return { type: 'function', function: { name, description, parameters } };
  });
}

function userSystemPrompt(task: RetailTask): string {
  const i = task.user_scenario.instructions;
  return [
    'You are playing a customer contacting an online retail store\'s customer service agent. Stay in character; write only what the customer says, one short message at a time.',
    'Reveal information only when the agent asks for it or when it is needed. Do not invent facts beyond these instructions.',
    `When your goal is reached, or cannot be reached, end the conversation by writing ${USER_STOP} alone.`,
    '',
    i.reason_for_call ? `Why you are contacting: ${i.reason_for_call}` : '',
    i.known_info ? `What you know: ${i.known_info}` : '',
    i.unknown_info ? `What you do not know: ${i.unknown_info}` : '',
    i.task_instructions ? `How you behave: ${i.task_instructions}` : '',
  ]
    .filter((l) => l !== undefined)
    .join('\n');
}

const textOf = (content: unknown): string => (typeof content === 'string' ? content : '');

export async function runAgentOnTask(options: {
  client: OpenAI;
  model: string;
  policy: string;
  task: RetailTask;
  base: ReplayBase;
  /** The state the gold actions leave. */
  expectedHash: string;
  maxUserTurns?: number;
  maxStepsPerTurn?: number;
}): Promise<AgentRun> {
  const started = performance.now();
  const { client, model, task, base } = options;
  const db = forkDb(base.db);
  const tools = new RetailTools(db);
  const definitions = retailToolDefinitions();
  const agent: ChatCompletionMessageParam[] = [{ role: 'system', content: `${options.policy}\n\nToday's date is 2024-05-15 (EST).` }];
  const greeting = 'Hi! How can I help you today?';
  agent.push({ role: 'assistant', content: greeting });
  // The simulated customer sees the conversation from the other side: the agent speaks as "user".
  const user: ChatCompletionMessageParam[] = [{ role: 'system', content: userSystemPrompt(task) }, { role: 'user', content: greeting }];
  let toolCalls = 0;
  let userTurns = 0;
  let ended: AgentRun['ended'] = 'max_turns';
  let error: string | undefined;
  try {
    turns: for (; userTurns < (options.maxUserTurns ?? 20); userTurns++) {
      const said = textOf((await client.chat.completions.create({ model, messages: user, temperature: 0 })).choices[0]?.message.content).trim();
      if (!said || said.includes(USER_STOP)) {
        ended = 'user_stop';
        break;
      }
      user.push({ role: 'assistant', content: said });
      agent.push({ role: 'user', content: said });
      for (let step = 0; step < (options.maxStepsPerTurn ?? 12); step++) {
        const reply = (await client.chat.completions.create({ model, messages: agent, tools: definitions, temperature: 0 })).choices[0]?.message;
        const calls = (reply?.tool_calls ?? []).filter((c) => c.type === 'function');
        if (calls.length) {
          agent.push({ role: 'assistant', content: reply?.content ?? null, tool_calls: calls });
          for (const call of calls) {
            toolCalls++;
            let args: unknown;
            try {
              args = JSON.parse(call.function.arguments || '{}');
            } catch {
              args = undefined;
            }
            const outcome = args === undefined ? { ok: false as const, error: 'Arguments are not valid JSON' } : tools.call(call.function.name, args);
            agent.push({ role: 'tool', tool_call_id: call.id, content: outcome.ok ? JSON.stringify(outcome.result) : `Error: ${outcome.error}` });
            if (outcome.ok && call.function.name === 'transfer_to_human_agents') {
              ended = 'transfer';
              break turns;
            }
          }
          continue;
        }
        const text = textOf(reply?.content).trim() || '…';
        agent.push({ role: 'assistant', content: text });
        user.push({ role: 'user', content: text });
        if (text.includes(TRANSFER_MESSAGE)) {
          ended = 'transfer';
          break turns;
        }
        continue turns;
      }
      // The agent kept calling tools without ever answering: a stuck loop ends the task.
      break;
    }
  } catch (e) {
    ended = 'error';
    error = (e as Error).message;
  }
  const hash = base.hasher.hash(db);
  return { taskId: task.id, passed: ended !== 'error' && hash === options.expectedHash, hash, toolCalls, userTurns, ended, error, ms: performance.now() - started };
}

export function createAgentClient(endpoint: AgentEndpoint): OpenAI {
  return new OpenAI({ baseURL: endpoint.baseUrl, apiKey: endpoint.apiKey ?? 'not-needed', timeout: endpoint.timeoutMs, maxRetries: endpoint.maxRetries });
}
