/**
 * The LLM brain's understanding step: one model call per turn, with the command tools bound, and
 * its tool calls read back as the engine's commands. One call, not an agent loop: there is
 * nothing for the model to look up before it says what the customer said, and every extra call
 * is paid for on every turn.
 */
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { ChatOpenAI } from '@langchain/openai';
import type { TokenUsage } from '../../brain';
import type { Command } from '../../engine/commands';
import { commandToolDefinitions, commandsFromToolCalls, type DroppedToolCall } from './command-tools';

export interface UnderstandingCall {
  model: ChatOpenAI;
  systemPrompt: string;
  message: string;
  signal: AbortSignal;
}

export interface ModelReading {
  commands: Command[];
  dropped: DroppedToolCall[];
  usage: TokenUsage;
  /** Text the model wrote beside (or instead of) its tool calls: never shown to anyone. */
  text: string;
}

const TOOLS = commandToolDefinitions();

export async function readByToolCalls(call: UnderstandingCall): Promise<ModelReading> {
  // tool_choice stays 'auto': 'required' is not accepted by every OpenAI-compatible server
  // (Ollama ignores it, some reject it). A reply with no tool call is unusable and falls back.
  const bound = call.model.bindTools(TOOLS, { tool_choice: 'auto' });
  const answer = await bound.invoke([new SystemMessage(call.systemPrompt), new HumanMessage(call.message)], { signal: call.signal });
  const parsed = commandsFromToolCalls((answer.tool_calls ?? []).map((c) => ({ name: c.name, args: c.args })));
  // Arguments that were not even JSON arrive as invalid_tool_calls: dropped like any invalid call.
  const garbled: DroppedToolCall[] = (answer.invalid_tool_calls ?? []).map((c) => ({ name: c.name ?? '', args: c.args, reason: c.error ?? 'arguments are not JSON' }));
  const content = answer.content;
  return {
    commands: parsed.commands,
    dropped: [...parsed.dropped, ...garbled],
    usage: { promptTokens: answer.usage_metadata?.input_tokens ?? 0, completionTokens: answer.usage_metadata?.output_tokens ?? 0 },
    text: typeof content === 'string' ? content : '',
  };
}
