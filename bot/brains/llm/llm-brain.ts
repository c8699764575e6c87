/**
 * The free-form LLM brain: any OpenAI-compatible endpoint (OpenAI, DeepSeek, Qwen's compatible
 * mode, Ollama, vLLM) driving a LangChain agent over the six tools, writing its own replies. It
 * talks only where another domain's policy document is given (the τ²-bench retail eval): the
 * after-sales product uses AfterSalesLlmBrain, where the model reads and the engine decides.
 *
 * What it never does: send `turn.text` (only the redacted text and redacted history leave the
 * process, and everything outgoing passes a personal-data scrub as a second line), let the model
 * execute a tool outside the ToolBox, or retry anywhere but the resilient fetch under the SDK.
 * It does not judge its own reply: wrap it in a `FallbackBrain`, whose output guard checks every
 * reply against the tools' results and lets the offline brain answer when this one fails.
 */
import { AIMessage, HumanMessage, createAgent, type BaseMessage } from 'langchain';
import { UpstreamError } from '../../../kernel/errors';
import type { Brain, BrainReply, TokenUsage, TurnInput } from '../../brain';
import { customerWordsOf } from '../../guardrails/claims/customer-words';
import { screenInput, type ScreenResult } from '../../guardrails/input-screen';
import { scrubPersonalData } from '../../guardrails/personal-data-scrub';
import type { KnowledgeHit } from '../../knowledge-search';
import type { ToolBox } from '../../tools/tool';
import { LlmEndpoint, newCallLog, type LlmEndpointOptions } from './llm-endpoint';
import { describeTools, policyMiddleware } from './policy-middleware';
import { asData, newCanary, systemPrompt, turnMessage } from './prompt';
import { ThinkingFilter } from './reasoning';
import { textOf } from './reply-phrasing';

export interface LlmBrainOptions extends LlmEndpointOptions {
  /** Ceiling for a whole turn (all model calls and tools). Default: 3 x timeoutMs + retryBudgetMs. */
  turnTimeoutMs?: number;
  /** Model calls per turn before the agent is stopped (tool loops). Default 6. */
  maxModelCalls?: number;
  /** Earlier turns given to the model. Default 8. */
  historyTurns?: number;
  /** Brand named in the system prompt. */
  brand?: string;
  /**
   * A policy document to follow instead of the after-sales rules (the house rules on reply form,
   * outside text and confidentiality still apply). Tools come with the pipeline, not from here.
   */
  policy?: string;
  /** Fixed canary (tests); default: random per process. */
  canary?: string;
  /** Last-line personal-data filter for everything sent to the model. */
  scrub?: (text: string) => string;
  /** Phones and addresses in tool arguments must be the customer's (default on); see policy-middleware.ts. */
  groundedReplies?: boolean;
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

export class LlmBrain implements Brain {
  readonly name = 'llm';
  readonly usesHistory = true;
  readonly canary: string;
  readonly systemPrompt: string;
  private readonly scrub: (text: string) => string;
  private readonly endpoint: LlmEndpoint;

  constructor(private readonly options: LlmBrainOptions) {
    this.canary = options.canary ?? newCanary();
    this.systemPrompt = systemPrompt({ brand: options.brand, canary: this.canary, policy: options.policy });
    this.endpoint = new LlmEndpoint(options);
    this.scrub = options.scrub ?? scrubPersonalData;
  }

  get circuitState(): 'closed' | 'open' | 'half_open' {
    return this.endpoint.circuitState;
  }

  /** Stops the breaker's timers (for a clean process exit). */
  shutdown(): void {
    this.endpoint.shutdown();
  }

  async reply(turn: TurnInput, tools: ToolBox, hooks: LlmTurnHooks = {}): Promise<LlmBrainReply> {
    this.endpoint.assertOpen();
    const o = this.options;
    const turnTimeoutMs = o.turnTimeoutMs ?? 3 * o.timeoutMs + this.endpoint.retryBudgetMs;
    const log = newCallLog();
    const deadline = AbortSignal.timeout(turnTimeoutMs);
    const signal = hooks.signal ? AbortSignal.any([deadline, hooks.signal]) : deadline;

    const screening = [screenInput(turn.redactedText, 'customer')];
    // (What OCR read is opened here only, to be flagged for a person: it never reaches understanding.)
    if (turn.receipt?.text) screening.push(screenInput(turn.receipt.text.untrusted, 'ocr'));

    const model = this.endpoint.chatModel(log);
    const agent = createAgent({
      model,
      tools: describeTools(tools.list()),
      systemPrompt: this.systemPrompt,
      middleware: [policyMiddleware({ tools, scrub: this.scrub, screening, customerWords: o.groundedReplies === false ? undefined : customerWordsOf(turn, (t) => tools.context.restore(t)) })],
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
      throw this.endpoint.classify(error, log, deadline, turnTimeoutMs);
    }

    const produced = state.messages.slice(messages.length);
    const last = produced.at(-1);
    // The automated-assistant disclosure is the pipeline's (bot/pipeline.ts), said once for every brain.
    const text = last && AIMessage.isInstance(last) ? textOf(last).trim() : '';
    if (!text) throw new UpstreamError('llm_empty_reply', 'the model ended the turn without a reply', { retryable: false });

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
    let thinking = new ThinkingFilter();
    const stream = await start();
    for await (const item of stream) {
      const [mode, payload] = item as [string, unknown];
      if (mode === 'values') {
        state = payload as { messages: BaseMessage[] };
        continue;
      }
      const [chunk] = payload as [BaseMessage];
      if (chunk.getType() !== 'ai') continue;
      if (chunk.id !== callId) {
        if (emitted) hooks.onReset?.();
        emitted = false;
        callId = chunk.id;
        thinking = new ThinkingFilter();
      }
      // Raw delta text, filtered here: a `<think>` block spans many deltas.
      const content = chunk.content;
      const raw = typeof content === 'string' ? content : content.map((p) => (typeof p === 'object' && p && 'text' in p && p.type === 'text' ? String(p.text) : '')).join('');
      const delta = thinking.push(raw);
      if (!delta) continue;
      hooks.onToken!(delta);
      emitted = true;
    }
    if (!state) throw new UpstreamError('llm_empty_reply', 'the agent stream ended without a state', { retryable: false });
    return state;
  }
}
