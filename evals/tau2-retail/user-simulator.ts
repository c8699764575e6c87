/**
 * The customer in a τ²-bench conversation, played by a language model from the task's
 * user_scenario, as τ²-bench's UserSimulator does (src/tau2/user/user_simulator.py at the commit
 * named in ../shared/datasets/agent-tau2-retail/SOURCE.md): the same endpoint as the agent, the
 * scenario rendered as τ²'s UserScenario.__str__ renders it, the conversation seen from the
 * customer's side (the agent's messages arrive as "user"), temperature 0, and the same three
 * tokens to end it. The guidelines are our paraphrase of τ²'s simulation_guidelines.md, not a copy.
 */
import OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { RetailTask } from './retail-db';

/** τ²'s stop tokens: goal reached, transferred to a human, or the scenario does not say how to go on. */
export const USER_STOP = '###STOP###';
export const USER_TRANSFER = '###TRANSFER###';
export const USER_OUT_OF_SCOPE = '###OUT-OF-SCOPE###';
const STOP_TOKENS = [USER_STOP, USER_TRANSFER, USER_OUT_OF_SCOPE];

/** The agent's first message in every τ² conversation (orchestrator.py DEFAULT_FIRST_AGENT_MESSAGE). */
export const FIRST_AGENT_MESSAGE = 'Hi! How can I help you today?';

const GUIDELINES = `# How to play the customer
You are a customer contacting a customer service representative. Act out the scenario below as a real customer would.

- Write one message at a time and keep the conversation natural.
- Follow the scenario instructions strictly.
- Never invent information the scenario does not give you; treat anything it does not give as unknown or unavailable.
- Do not repeat the instructions word for word; say things in your own words.
- Give information a piece at a time, when the agent asks for it.

## Ending the conversation
- Keep going until the task is complete.
- When the goal of the instructions is met, write '${USER_STOP}' to end the conversation.
- If you are transferred to another agent, write '${USER_TRANSFER}'.
- If the scenario does not give you enough to go on, write '${USER_OUT_OF_SCOPE}' to end the conversation.`;

const indent = (text: string) => text.replace(/^/gm, '\t');

/** τ²'s UserScenario.__str__ with StructuredUserInstructions.__str__ inside. */
export function renderScenario(task: RetailTask): string {
  const i = task.user_scenario.instructions;
  const lines = [`Domain: ${i.domain ?? 'retail'}`, `Reason for call:\n${indent(i.reason_for_call ?? '')}`];
  if (i.known_info != null) lines.push(`Known info:\n${indent(i.known_info)}`);
  if (i.unknown_info != null) lines.push(`Unknown info:\n${indent(i.unknown_info)}`);
  lines.push(`Task instructions:\n${indent(i.task_instructions ?? '')}`);
  const persona = task.user_scenario.persona;
  return [...(persona != null ? ['Persona:', indent(persona)] : []), 'Instructions:', indent(lines.join('\n'))].join('\n');
}

export function userSystemPrompt(task: RetailTask): string {
  return `${GUIDELINES}\n\n<scenario>\n${renderScenario(task)}\n</scenario>`;
}

export interface UserTurn {
  text: string;
  /** The customer ended the conversation (one of the three tokens). */
  stop: boolean;
}

export class RetailUserSimulator {
  private readonly messages: ChatCompletionMessageParam[];

  constructor(
    private readonly client: OpenAI,
    private readonly model: string,
    task: RetailTask,
  ) {
    this.messages = [{ role: 'system', content: userSystemPrompt(task) }];
  }

  /** The customer's answer to what the agent just said. */
  async reply(agentSaid: string): Promise<UserTurn> {
    this.messages.push({ role: 'user', content: agentSaid });
    const completion = await this.client.chat.completions.create({ model: this.model, messages: this.messages, temperature: 0 });
    const content = completion.choices[0]?.message.content;
    const text = (typeof content === 'string' ? content : '').trim();
    this.messages.push({ role: 'assistant', content: text });
    return { text, stop: STOP_TOKENS.some((t) => text.includes(t)) };
  }
}

export function createUserSimulatorClient(endpoint: { baseUrl: string; apiKey?: string; timeoutMs: number; maxRetries: number }): OpenAI {
  return new OpenAI({ baseURL: endpoint.baseUrl, apiKey: endpoint.apiKey ?? 'not-needed', timeout: endpoint.timeoutMs, maxRetries: endpoint.maxRetries });
}
