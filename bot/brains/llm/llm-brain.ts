/**
 * The LLM brain: any OpenAI-compatible endpoint (OpenAI, DeepSeek, Qwen's compatible mode,
 * Ollama, vLLM) driving a LangChain agent over the same six tools as the offline brain.
 *
 * What it never does: send `turn.text` (only the redacted text and redacted history leave the
 * process, and everything outgoing passes a personal-data scrub as a second line), let the model
 * execute a tool outside the ToolBox, or retry anywhere but the resilient fetch under the SDK.
 * It does not judge its own reply: wrap it in a `FallbackBrain`, whose output guard checks every
 * reply against the tools' results and lets the offline brain answer when this one fails.
 */
import { ChatOpenAI } from '@langchain/openai';
import { AIMessage, HumanMessage, createAgent, type BaseMessage } from 'langchain';
import { AppError, UpstreamError } from '../../../kernel/errors';
import type { Brain, BrainReply, TokenUsage, TurnInput } from '../../brain';
import { screenInput, type ScreenResult } from '../../guardrails/input-screen';
import { scrubPersonalData } from '../../guardrails/personal-data-scrub';
import type { KnowledgeHit } from '../../knowledge-search';
import type { ToolBox } from '../../tools/tool';
import { LLM_PRESETS, presetFor, type LlmPresetName } from './llm-presets';
import { describeTools, policyMiddleware } from './policy-middleware';
import { asData, newCanary, systemPrompt, turnMessage } from './prompt';
import { LlmCallError, createLlmCircuit, createResilientFetch, type CallLog, type LlmCircuit } from './resilient-fetch';

export interface LlmBrainOptions {
  /** OpenAI-compatible base URL, e.g. https://api.deepseek.com/v1 (see llm-presets.ts). */
  baseUrl: string;
  /** Provider quirks (placeholder key, extra request fields); default: recognised from the base URL. */
  preset?: LlmPresetName;
  /** Optional for local servers (Ollama); a placeholder is sent then. */
  apiKey?: string;
  model: string;
  /** One HTTP attempt, headers to last streamed byte. */
  timeoutMs: number;
  /** Retries after a retryable failure (429, 5xx, timeout, dropped connection, malformed body). */
  maxRetries: number;
  /** Longest the retries of one model call may take, Retry-After waits included. Default: timeoutMs. */
  retryBudgetMs?: number;
  /** Failed calls that open the circuit (default 5) and how long it stays open (default 30 s). */
  circuitFailures?: number;
  circuitResetMs?: number;
  /** Ceiling for a whole turn (all model calls and tools). Default: 3 x timeoutMs + retryBudgetMs. */
  turnTimeoutMs?: number;
  /** Model calls per turn before the agent is stopped (tool loops). Default 6. */
  maxModelCalls?: number;
  /** Earlier turns given to the model. Default 8. */
  historyTurns?: number;
  temperature?: number;
  /** Brand named in the system prompt. */
  brand?: string;
  /**
   * A policy document to follow instead of the after-sales rules (the house rules on reply form,
   * outside text and confidentiality still apply). Tools come with the pipeline, not from here.
   */
  policy?: string;
  /** Fixed canary (tests); default: random per process. */
  canary?: string;
  /** Extra request fields a provider needs (e.g. Qwen3's enable_thinking: false). */
  extraBody?: Record<string, unknown>;
  /** Last-line personal-data filter for everything sent to the model. */
  scrub?: (text: string) => string;
  /** The HTTP client under the SDK (tests may wrap it); default: global fetch. */
  fetch?: typeof fetch;
}

export interface LlmTurnHooks {
  /** Text of the model's answer as it streams. A draft: the returned reply is what counts. */
  onToken?: (delta: string) => void;
  /** The streamed draft so far is void (a new model call started, or the reply was replaced). */
  onReset?: () => void;
  signal?: AbortSignal;
}

export interface LlmBrainReply extends BrainReply {
  usage: TokenUsage;
  /** What the input screen found in customer, receipt and knowledge text this turn. */
  screening: ScreenResult[];
  modelCalls: number;
}

const DISCLOSURE = {
  zh: '您好，我是智能售后助手（自动回复）。',
  en: "Hi, I'm the automated after-sales assistant.",
};
const DISCLOSED = /automated|virtual assistant|AI assistant|\bbot\b|智能|机器人|自动/i;

function textOf(message: BaseMessage): string {
  const content = message.content;
  if (typeof content === 'string') return content;
  return content.map((part) => (typeof part === 'object' && part && 'text' in part ? String(part.text) : '')).join('');
}

function findCause<T>(error: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof type) return e;
  }
  return undefined;
}

export class LlmBrain implements Brain {
  readonly name = 'llm';
  readonly usesHistory = true;
  readonly canary: string;
  readonly systemPrompt: string;
  private readonly circuit: LlmCircuit;
  private readonly scrub: (text: string) => string;
  private readonly apiKey: string;
  private readonly presetExtraBody?: Record<string, unknown>;

  constructor(private readonly options: LlmBrainOptions) {
    this.canary = options.canary ?? newCanary();
    this.systemPrompt = systemPrompt({ brand: options.brand, canary: this.canary, policy: options.policy });
    this.circuit = createLlmCircuit({ failures: options.circuitFailures ?? 5, resetMs: options.circuitResetMs ?? 30_000 });
    this.scrub = options.scrub ?? scrubPersonalData;
    const preset = options.preset ?? presetFor(options.baseUrl);
    this.presetExtraBody = preset ? LLM_PRESETS[preset].extraBody : undefined;
    this.apiKey = options.apiKey ?? (preset ? LLM_PRESETS[preset].placeholderApiKey : undefined) ?? 'not-needed';
  }

  get circuitState(): 'closed' | 'open' | 'half_open' {
    return this.circuit.opened ? 'open' : this.circuit.halfOpen ? 'half_open' : 'closed';
  }

  /** Stops the breaker's timers (for a clean process exit). */
  shutdown(): void {
    this.circuit.shutdown();
  }

  async reply(turn: TurnInput, tools: ToolBox, hooks: LlmTurnHooks = {}): Promise<LlmBrainReply> {
    if (this.circuit.opened) {
      throw new LlmCallError('circuit_open', 'the model endpoint failed repeatedly; calls are paused', { retryable: false });
    }
    const o = this.options;
    const retryBudgetMs = o.retryBudgetMs ?? o.timeoutMs;
    const turnTimeoutMs = o.turnTimeoutMs ?? 3 * o.timeoutMs + retryBudgetMs;
    const log: CallLog = { attempts: 0, failures: [], waitedMs: 0 };
    const deadline = AbortSignal.timeout(turnTimeoutMs);
    const signal = hooks.signal ? AbortSignal.any([deadline, hooks.signal]) : deadline;

    const screening = [screenInput(turn.redactedText, 'customer')];
    if (turn.receipt?.text) screening.push(screenInput(turn.receipt.text, 'ocr'));

    const model = new ChatOpenAI({
      model: o.model,
      apiKey: this.apiKey,
      temperature: o.temperature ?? 0.2,
      maxRetries: 0, // retries live in the resilient fetch only
      // The SDK's timeout only covers the wait for headers; ours covers each attempt whole.
      // This one is a ceiling for the whole retried call, so it never cuts a retry short.
      timeout: o.timeoutMs * (o.maxRetries + 1) + retryBudgetMs + 1000,
      streamUsage: true,
      modelKwargs: o.extraBody ?? this.presetExtraBody,
      configuration: {
        baseURL: o.baseUrl,
        fetch: createResilientFetch({ timeoutMs: o.timeoutMs, maxRetries: o.maxRetries, retryBudgetMs }, this.circuit, log, o.fetch),
      },
    });
    const agent = createAgent({
      model,
      tools: describeTools(tools.list()),
      systemPrompt: this.systemPrompt,
      middleware: [policyMiddleware({ tools, scrub: this.scrub, screening })],
    });

    const messages = [...this.historyMessages(turn), new HumanMessage(turnMessage(turn, { screening, scrub: this.scrub }))];
    // Each model call and each tool round is one graph step: n model calls fit in 2n steps.
    const config = { recursionLimit: (o.maxModelCalls ?? 6) * 2, signal };
    let state: { messages: BaseMessage[] };
    try {
      state = hooks.onToken
        ? await this.streamTurn(() => agent.stream({ messages }, { ...config, streamMode: ['messages', 'values'] }) as Promise<AsyncIterable<unknown>>, hooks)
        : ((await agent.invoke({ messages }, config)) as { messages: BaseMessage[] });
    } catch (error) {
      throw this.classify(error, log, deadline, turnTimeoutMs);
    }

    const produced = state.messages.slice(messages.length);
    const last = produced.at(-1);
    let text = last && AIMessage.isInstance(last) ? textOf(last).trim() : '';
    if (!text) throw new UpstreamError('llm_empty_reply', 'the model ended the turn without a reply', { retryable: false });
    if (!turn.conversation.state.disclosed && !DISCLOSED.test(text.slice(0, 120))) text = `${DISCLOSURE[turn.replyLanguage]}${turn.replyLanguage === 'zh' ? '' : ' '}${text}`;

    const usage: TokenUsage = { promptTokens: 0, completionTokens: 0 };
    let modelCalls = 0;
    for (const m of produced) {
      if (!AIMessage.isInstance(m)) continue;
      modelCalls++;
      usage.promptTokens += m.usage_metadata?.input_tokens ?? 0;
      usage.completionTokens += m.usage_metadata?.output_tokens ?? 0;
    }
    const cited = tools
      .resultsOf<{ hits: KnowledgeHit[] }>('searchKnowledge')
      .flatMap((r) => r.hits.map((h) => h.id))
      .filter((id, i, all) => all.indexOf(id) === i && text.includes(id));

    return { text, policy: turn.conversation.state.policy, citations: cited, usage, screening, modelCalls };
  }

  private historyMessages(turn: TurnInput): BaseMessage[] {
    return turn.history.slice(-(this.options.historyTurns ?? 8)).map((h) => {
      const text = this.scrub(h.text).slice(0, 1000);
      if (h.role === 'customer') return new HumanMessage(asData('history_customer', text));
      return new AIMessage(h.role === 'agent' ? `(human agent) ${text}` : text);
    });
  }

  /** Streams with LangGraph's "messages" mode (never `streaming: true`, which stalls offline). */
  private async streamTurn(start: () => Promise<AsyncIterable<unknown>>, hooks: LlmTurnHooks): Promise<{ messages: BaseMessage[] }> {
    let state: { messages: BaseMessage[] } | undefined;
    let callId: string | undefined;
    let emitted = false;
    const stream = await start();
    for await (const item of stream) {
      const [mode, payload] = item as [string, unknown];
      if (mode === 'values') {
        state = payload as { messages: BaseMessage[] };
        continue;
      }
      const [chunk] = payload as [BaseMessage];
      if (chunk.getType() !== 'ai') continue;
      const delta = textOf(chunk);
      if (!delta) continue;
      if (chunk.id !== callId) {
        if (emitted) hooks.onReset?.();
        callId = chunk.id;
      }
      hooks.onToken!(delta);
      emitted = true;
    }
    if (!state) throw new UpstreamError('llm_empty_reply', 'the agent stream ended without a state', { retryable: false });
    return state;
  }

  private classify(error: unknown, log: CallLog, deadline: AbortSignal, turnTimeoutMs: number): AppError {
    // Our own refusals and bugs (storage, internal) are not the endpoint's fault: pass them on.
    if (error instanceof AppError && !(error instanceof UpstreamError)) return error;
    const ours = findCause(error, LlmCallError);
    if (ours) return ours;
    if (deadline.aborted) return new LlmCallError('timeout', `the turn took longer than ${turnTimeoutMs} ms`, { retryable: true, cause: error });
    const last = log.failures.at(-1);
    if (last) return new LlmCallError(last.failure, last.message, { retryable: last.retryable, status: last.status, cause: error });
    const name = (error as { name?: string })?.name ?? '';
    if (name === 'GraphRecursionError') return new UpstreamError('llm_too_many_steps', 'the model kept calling tools without answering', { retryable: false, cause: error });
    if (error instanceof UpstreamError) return error;
    return new UpstreamError('llm_bad_output', `the model's answer could not be used: ${(error as Error)?.message ?? String(error)}`, { retryable: false, cause: error });
  }
}
