/**
 * The after-sales LLM brain: the model reads, the engine decides. Each turn is one model call
 * whose tool calls are the engine's commands (llm-understanding.ts), merged with what the offline
 * rules read for certain (danger, a request for a person, the real phone and address: see
 * merge-commands.ts), and then the same conversation engine as the offline brain runs them with
 * the real tools. Tickets, priority, warranty, handoffs and any promise are decided by the tools
 * and the flows, never by the model. With phrasing on, a second call may reword the engine's
 * reply; it is sent only when it passes every check, otherwise the engine's own words are.
 *
 * Failures are the FallbackBrain's to absorb: an endpoint error, a timeout, or a reading with no
 * usable command throws an UpstreamError, and the offline brain answers the turn.
 */
import { UpstreamError } from '../../../kernel/errors';
import { dayKey } from '../../../tickets/ticket-number';
import type { Brain, BrainReply, ReplyHooks, TokenUsage, TurnInput } from '../../brain';
import { describeCommands, type Command } from '../../engine/commands';
import { runEngine } from '../../engine/engine';
import { screenKnowledgeLines } from '../../engine/knowledge-screen';
import { readEngineState } from '../../engine/engine-state';
import type { OutputGuard } from '../../guardrails/output-guard';
import { customerWordsOf } from '../../guardrails/claims/customer-words';
import { containsPersonalData, scrubPersonalData } from '../../guardrails/personal-data-scrub';
import type { KnowledgeHit } from '../../knowledge-search';
import type { ToolBox } from '../../tools/tool';
import { commandsFromRules } from '../offline/commands-from-rules';
import type { DroppedToolCall } from './command-tools';
import { LlmEndpoint, newCallLog, type LlmEndpointOptions } from './llm-endpoint';
import { readByToolCalls } from './llm-understanding';
import { mergeCommands } from './merge-commands';
import { phrasingDoubts } from './phrasing-check';
import { newCanary } from './prompt';
import { phraseReply, phrasingSystemPrompt } from './reply-phrasing';
import { understandingMessage, understandingSystemPrompt } from './understanding-prompt';

export interface AfterSalesLlmBrainOptions extends LlmEndpointOptions {
  /** Ceiling for a whole turn (both model calls and the tools). Default: 2 x timeoutMs + retry budget. */
  turnTimeoutMs?: number;
  /** The desk's time zone: "today" for relative dates ("去年5月"). Default Asia/Shanghai. */
  timeZone?: string;
  /** Reword the engine's reply with a second, checked model call. Default off. */
  phrasing?: boolean;
  /** The guard a reworded reply must pass (the same one the FallbackBrain holds). Required for phrasing. */
  guard?: OutputGuard;
  /** Fixed canary (tests); default: random per process. */
  canary?: string;
  /** Last-line personal-data filter for everything sent to the model. */
  scrub?: (text: string) => string;
  /** Told about tool calls that failed validation (for the log). */
  onDropped?: (dropped: DroppedToolCall[]) => void;
  /** A rewording's claims must be grounded (default on); see guardrails/claims/grounding.ts. */
  groundedReplies?: boolean;
}

export interface AfterSalesLlmReply extends BrainReply {
  usage: TokenUsage;
  modelCalls: number;
  /** The commands the engine ran, one line (describeCommands). */
  commands: string;
  dropped: DroppedToolCall[];
  /** What became of the rewording: not asked for, sent, or refused with the doubts. */
  phrasing: { status: 'off' | 'skipped' | 'used' | 'refused'; doubts?: string[] };
}

const PASSAGE_CHARS = 1500;

export class AfterSalesLlmBrain implements Brain {
  readonly name = 'llm';
  readonly usesHistory = true;
  readonly canary: string;
  /** Both prompts, for the FallbackBrain's guard to protect. */
  readonly systemPrompt: string;
  private readonly readingPrompt: string;
  private readonly phrasingPrompt: string;
  private readonly endpoint: LlmEndpoint;
  private readonly scrub: (text: string) => string;
  private readonly guard?: OutputGuard;

  constructor(private readonly options: AfterSalesLlmBrainOptions) {
    this.canary = options.canary ?? newCanary();
    this.readingPrompt = understandingSystemPrompt(this.canary);
    this.phrasingPrompt = phrasingSystemPrompt(this.canary);
    this.systemPrompt = `${this.readingPrompt}\n${this.phrasingPrompt}`;
    this.endpoint = new LlmEndpoint(options);
    this.scrub = options.scrub ?? scrubPersonalData;
    if (options.phrasing && !options.guard) throw new Error('phrasing needs the output guard');
    this.guard = options.guard?.with({ canaries: [this.canary], protectedText: [this.readingPrompt, this.phrasingPrompt] });
  }

  get circuitState(): 'closed' | 'open' | 'half_open' {
    return this.endpoint.circuitState;
  }

  shutdown(): void {
    this.endpoint.shutdown();
  }

  async reply(turn: TurnInput, tools: ToolBox, hooks: ReplyHooks = {}): Promise<AfterSalesLlmReply> {
    this.endpoint.assertOpen();
    const o = this.options;
    const turnTimeoutMs = o.turnTimeoutMs ?? 2 * o.timeoutMs + this.endpoint.retryBudgetMs;
    const log = newCallLog();
    const deadline = AbortSignal.timeout(turnTimeoutMs);
    const signal = hooks.signal ? AbortSignal.any([deadline, hooks.signal]) : deadline;
    const usage: TokenUsage = { promptTokens: 0, completionTokens: 0 };
    let modelCalls = 0;

    const state = readEngineState(turn.conversation.state.policy);
    const rules = commandsFromRules(turn, state);
    const photo = turn.attachments.some((a) => a.kind === 'image');
    let commands: Command[];
    let dropped: DroppedToolCall[] = [];
    if (!turn.redactedText.trim()) {
      // No words (a photo on its own): nothing for a model to read, so no call is paid for.
      commands = rules;
    } else {
      const model = this.endpoint.chatModel(log, { temperature: 0 });
      const message = understandingMessage(turn, { state, today: dayKey(tools.context.now, o.timeZone ?? 'Asia/Shanghai'), scrub: this.scrub });
      let reading;
      try {
        reading = await readByToolCalls({ model, systemPrompt: this.readingPrompt, message, signal });
      } catch (error) {
        throw this.endpoint.classify(error, log, deadline, turnTimeoutMs);
      }
      modelCalls++;
      add(usage, reading.usage);
      dropped = reading.dropped;
      if (dropped.length) o.onDropped?.(dropped);
      if (!reading.commands.length) {
        const why = dropped.length
          ? `every tool call was invalid (${dropped
              .map((d) => `${d.name}: ${d.reason}`)
              .join('; ')
              .slice(0, 300)})`
          : 'the model called no tool';
        throw new UpstreamError('llm_bad_output', `no usable command: ${why}`, { retryable: false });
      }
      const restore = (t: string) => tools.context.restore(t);
      commands = mergeCommands({
        model: reading.commands,
        rules,
        restore,
        photo,
        customerWords: o.groundedReplies === false ? undefined : customerWordsOf(turn, restore),
        onUngrounded: (slot) => {
          const why: DroppedToolCall = { name: 'set_slot', args: { slot }, reason: `${slot} is not in the customer's own words` };
          dropped.push(why);
          o.onDropped?.([why]);
        },
      });
    }

    const decided = await runEngine({ commands, turn, tools });
    const phrasing = await this.phrase(decided, turn, tools, commands, log, signal, deadline, turnTimeoutMs, hooks.onToken);
    if (phrasing.usage) {
      modelCalls++;
      add(usage, phrasing.usage);
    }
    return {
      ...decided,
      text: phrasing.text ?? decided.text,
      wordedBy: phrasing.text ? 'model' : 'engine',
      ...(phrasing.text ? { groundedOn: [decided.text, phrasing.passages ?? ''] } : {}),
      usage,
      modelCalls,
      commands: describeCommands(commands),
      dropped,
      phrasing: { status: phrasing.status, ...(phrasing.doubts ? { doubts: phrasing.doubts } : {}) },
    };
  }

  /**
   * The rewording, when asked for and safe to ask: never for danger or a handoff (those words are
   * fixed), never for a reply holding personal data (the confirmation restates the phone and
   * address, which must not leave the process).
   */
  private async phrase(
    decided: BrainReply,
    turn: TurnInput,
    tools: ToolBox,
    commands: Command[],
    log: ReturnType<typeof newCallLog>,
    signal: AbortSignal,
    deadline: AbortSignal,
    turnTimeoutMs: number,
    onToken?: (delta: string) => void,
  ): Promise<{ status: AfterSalesLlmReply['phrasing']['status']; text?: string; usage?: TokenUsage; doubts?: string[]; passages?: string }> {
    if (!this.options.phrasing || !this.guard) return { status: 'off' };
    const handedOff = tools.resultsOf('handOff').length > 0;
    if (!decided.text.trim() || handedOff || commands.some((c) => c.kind === 'danger') || containsPersonalData(decided.text)) return { status: 'skipped' };
    const passages = this.passages(tools, decided.citations);
    let phrased;
    try {
      phrased = await phraseReply({
        model: this.endpoint.chatModel(log, { temperature: 0.3, maxTokens: Math.max(200, decided.text.length * 2) }),
        systemPrompt: this.phrasingPrompt,
        engineText: decided.text,
        passages,
        lang: turn.replyLanguage,
        signal,
        // Streamed only to a caller that checks each sentence before showing it (the FallbackBrain).
        ...(onToken ? { onToken } : {}),
      });
    } catch (error) {
      // The engine's reply is ready: a failed rewording costs the customer nothing but the words.
      return { status: 'refused', doubts: [this.endpoint.classify(error, log, deadline, turnTimeoutMs).code] };
    }
    const evidence = { toolResults: tools.calls.filter((c) => c.outcome.ok).map((c) => (c.outcome as { result: unknown }).result) };
    const customerWords = this.options.groundedReplies === false ? undefined : customerWordsOf(turn, (t) => tools.context.restore(t));
    const doubts = phrasingDoubts({ phrased: phrased.text, engineText: decided.text, passages, lang: turn.replyLanguage, guard: this.guard, evidence, customerWords });
    if (doubts.length) return { status: 'refused', usage: phrased.usage, doubts };
    return { status: 'used', text: phrased.text, usage: phrased.usage, passages };
  }

  /** The knowledge the reply quoted, as the model may read it: steps and safety notes, scrubbed. */
  private passages(tools: ToolBox, citations: string[]): string {
    const hits = tools.resultsOf<{ hits?: KnowledgeHit[] }>('searchKnowledge').flatMap((r) => r.hits ?? []);
    const quoted = hits.filter((h, i) => citations.includes(h.id) && hits.findIndex((x) => x.id === h.id) === i);
    // Only what the engine may quote: a poisoned line (a link, "¥500 compensation") is not handed to the model either.
    const text = quoted.map((h) => screenKnowledgeLines([h.title, h.answer ?? '', ...(h.steps ?? []), ...(h.safety ?? [])].filter(Boolean)).join('\n')).join('\n\n');
    return this.scrub(text).slice(0, PASSAGE_CHARS);
  }
}

function add(total: TokenUsage, more: TokenUsage): void {
  total.promptTokens += more.promptTokens;
  total.completionTokens += more.completionTokens;
}
