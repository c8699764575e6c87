/**
 * The customer always gets a reply: the primary brain (the LLM) answers when it can, and the
 * fallback brain (the offline one) answers the turn when the primary fails (an upstream error,
 * a timeout, an open circuit, unusable output) or when its reply fails the output guard. The
 * reply says which brain answered and why.
 *
 * Tools the primary already called stay done: the fallback works on the same ToolBox record,
 * and if the primary filed a ticket this turn the fallback sees it as the conversation's ticket
 * (so it gets that ticket back instead of filing a second one).
 *
 * A reply a model worded must also be grounded (guardrails/claims): every amount, date, promise,
 * policy, link, e-mail, piece of personal data and contact request in it must be backed by this
 * turn's tool results, the text it rests on (`groundedOn`) or the customer's own words. One that
 * is not is replaced by the fallback's answer; the log names the claim kinds, never their values
 * when they are personal.
 *
 * Streaming: the primary's draft tokens are passed on sentence by sentence, each checked by the
 * guard and the grounding check first (`checksStreamedText`). A sentence that fails stops the
 * draft, and `onReset` tells the channel to drop what it showed; so does the fallback taking
 * over, and a reply that does not continue the draft (a refused rewording).
 */
import { AppError, UpstreamError } from '../../kernel/errors';
import type { Brain, BrainReply, ReplyHooks, TurnInput } from '../brain';
import { customerWordsOf } from '../guardrails/claims/customer-words';
import { describeClaim } from '../guardrails/claims/claim';
import { checkGrounding, describeUnsupported, type GroundingResult, type GroundingSources } from '../guardrails/claims/grounding';
import { OutputGuard, type GuardViolation } from '../guardrails/output-guard';
import { ToolBox } from '../tools/tool';

export type TurnHooks = ReplyHooks;

/** A brain that can take streaming hooks (the LLM brain); others ignore the third argument. */
type HookedBrain = Brain & { reply(turn: TurnInput, tools: ToolBox, hooks?: TurnHooks): Promise<BrainReply> };

export type FallbackReason = 'upstream_error' | 'timeout' | 'circuit_open' | 'bad_output' | 'guard' | 'ungrounded';

export interface FallbackReply extends BrainReply {
  /** The name of the brain whose text this is. */
  answeredBy: string;
  /** Present when the fallback answered: why the primary's answer was not used. */
  fallback?: {
    from: string;
    reason: FallbackReason;
    /** The error's stable code (llm_timeout, llm_rate_limited, ...), when it failed. */
    code?: string;
    message: string;
    violations?: GuardViolation[];
    /** The claims no source backed, as kind:key (kind only for personal data). */
    unsupported?: string[];
    /** The primary's rejected text (for the audit log; never sent to the customer). */
    rejectedText?: string;
  };
  /** The primary's token usage even when its reply was rejected (it was still spent). */
  primaryUsage?: BrainReply['usage'];
}

export interface FallbackBrainOptions {
  /** The guard every primary reply must pass. */
  guard: OutputGuard;
  /** Called each time the fallback takes a turn (for the log and metrics). */
  onFallback?: (event: NonNullable<FallbackReply['fallback']>) => void;
  /** Check that a model's claims are grounded (default on). Off only to measure what the check stops. */
  grounding?: boolean;
}

function reasonOf(error: AppError): FallbackReason {
  if (error.code === 'llm_circuit_open') return 'circuit_open';
  if (error.code === 'llm_timeout') return 'timeout';
  if (['llm_empty_reply', 'llm_bad_output', 'llm_too_many_steps', 'llm_malformed_response'].includes(error.code)) return 'bad_output';
  return 'upstream_error';
}

const SENTENCE_END = /[。！？!?\n]|\.(?=\s)/;

export class FallbackBrain implements Brain {
  readonly name: string;
  readonly usesHistory: boolean;
  /** What this brain passes on to `onToken` has passed the guard and the grounding check. */
  readonly checksStreamedText = true;
  private readonly guard: OutputGuard;

  constructor(
    private readonly primary: HookedBrain,
    private readonly fallback: HookedBrain,
    private readonly options: FallbackBrainOptions,
  ) {
    this.name = `${primary.name}>${fallback.name}`;
    this.usesHistory = primary.usesHistory || fallback.usesHistory;
    // A primary that has secrets (the LLM brain's canary and prompt) gets them protected too.
    const secrets = primary as { canary?: string; systemPrompt?: string };
    this.guard = options.guard.with({
      canaries: secrets.canary ? [secrets.canary] : [],
      protectedText: secrets.systemPrompt ? [secrets.systemPrompt] : [],
    });
  }

  async reply(turn: TurnInput, tools: ToolBox, hooks: TurnHooks = {}): Promise<FallbackReply> {
    // `shown`: what was passed on (checked); `pending`: the primary's text after it, not checked yet.
    const streamed = { shown: '', blocked: false, pending: '' };
    const evidence = () => ({ toolResults: tools.calls.filter((c) => c.outcome.ok).map((c) => (c.outcome as { result: unknown }).result) });
    const sources = (groundedOn: string[] = []): GroundingSources => ({
      ...evidence(),
      passages: groundedOn,
      customerWords: customerWordsOf(turn, (t) => tools.context.restore(t)),
      allowedLinkHosts: this.guard.allowedLinkHosts,
    });
    const grounded = (text: string, groundedOn?: string[]): GroundingResult =>
      this.options.grounding === false ? { ok: true, claims: [], unsupported: [] } : checkGrounding(text, sources(groundedOn));
    const primaryHooks: TurnHooks | undefined = hooks.onToken
      ? {
          signal: hooks.signal,
          onReset: () => {
            streamed.pending = '';
            streamed.blocked = false;
            if (streamed.shown) hooks.onReset?.();
            streamed.shown = '';
          },
          onToken: (delta) => {
            if (streamed.blocked) return;
            streamed.pending += delta;
            // A reply is stored trimmed: blank lines before its first words (after a <think> block) are not part of it.
            if (!streamed.shown) streamed.pending = streamed.pending.trimStart();
            // Release whole sentences only, each one guarded against what the tools returned so far.
            let cut: RegExpExecArray | null;
            while ((cut = SENTENCE_END.exec(streamed.pending))) {
              const sentence = streamed.pending.slice(0, cut.index + cut[0].length);
              if (!this.guard.check(sentence, evidence()).ok || !grounded(sentence).ok) {
                // The draft stops here, and what was shown of it is void: the stored reply replaces it.
                streamed.blocked = true;
                streamed.pending = '';
                hooks.onReset?.();
                streamed.shown = '';
                return;
              }
              hooks.onToken!(sentence);
              streamed.shown += sentence;
              streamed.pending = streamed.pending.slice(sentence.length);
            }
          },
        }
      : hooks.signal
        ? { signal: hooks.signal }
        : undefined;

    let event: NonNullable<FallbackReply['fallback']>;
    let primaryUsage: BrainReply['usage'];
    try {
      const reply = await this.primary.reply(turn, tools, primaryHooks);
      // The engine's own words (a model read the message, the engine wrote the reply from tools and
      // knowledge) are what the offline brain would send: the guard is for words a model wrote.
      const byEngine = reply.wordedBy === 'engine';
      const verdict = byEngine ? { ok: true as const, violations: [] } : this.guard.check(reply.text, evidence());
      const grounding = byEngine || !verdict.ok ? undefined : grounded(reply.text, reply.groundedOn);
      if (verdict.ok && (grounding?.ok ?? true)) {
        // The rest of a draft goes out only as the end of this checked reply; a draft the reply
        // does not continue (a refused rewording: the engine's words are sent) is void.
        if (streamed.shown || streamed.pending) {
          if (!streamed.blocked && reply.text.startsWith(streamed.shown)) {
            const rest = reply.text.slice(streamed.shown.length);
            if (rest) hooks.onToken?.(rest);
          } else if (streamed.shown) hooks.onReset?.();
        }
        return { ...reply, answeredBy: this.primary.name };
      }
      primaryUsage = reply.usage;
      event = grounding
        ? {
            from: this.primary.name,
            reason: 'ungrounded',
            message: `claims no tool, passage or customer message backs: ${describeUnsupported(grounding)}`,
            unsupported: grounding.unsupported.map(describeClaim),
            rejectedText: reply.text,
          }
        : {
            from: this.primary.name,
            reason: 'guard',
            message: verdict.violations.map((v) => `${v.kind}: ${v.reason.en}`).join('; '),
            violations: verdict.violations,
            rejectedText: reply.text,
          };
    } catch (error) {
      // Only the endpoint's failures are ours to absorb; our own bugs and storage errors go to the pipeline's funnel.
      if (error instanceof AppError && !(error instanceof UpstreamError)) throw error;
      const upstream = error instanceof UpstreamError ? error : new UpstreamError('llm_bad_output', String((error as Error)?.message ?? error), { cause: error });
      event = { from: this.primary.name, reason: reasonOf(upstream), code: upstream.code, message: upstream.message };
    }
    if (streamed.shown) hooks.onReset?.();
    this.options.onFallback?.(event);

    const reply = await this.fallback.reply(...this.fallbackTurn(turn, tools));
    return { ...reply, answeredBy: this.fallback.name, fallback: event, ...(primaryUsage ? { primaryUsage } : {}) };
  }

  /** The fallback continues from what the primary did: a ticket it filed is the conversation's ticket. */
  private fallbackTurn(turn: TurnInput, tools: ToolBox): [TurnInput, ToolBox] {
    const filed = [...tools.resultsOf<{ number?: string; ticket?: { number?: string } }>('createTicket'), ...tools.resultsOf<{ ticket?: { number?: string } }>('handOff')]
      .map((r) => ('number' in r && r.number) || r.ticket?.number)
      .filter((n): n is string => !!n)
      .at(-1);
    if (!filed || turn.conversation.state.ticketNumber === filed) return [turn, tools];
    const conversation = { ...turn.conversation, state: { ...turn.conversation.state, ticketNumber: filed } };
    const box = new ToolBox(tools.list(), { ...tools.context, conversation });
    // Calls made by the fallback are recorded on the turn's own ToolBox too, so the pipeline sees all of them.
    const call = box.call.bind(box);
    box.call = async (name, args) => {
      const outcome = await call(name, args);
      tools.calls.push(box.calls.at(-1)!);
      return outcome;
    };
    return [{ ...turn, conversation, openTickets: turn.openTickets.includes(filed) ? turn.openTickets : [...turn.openTickets, filed] }, box];
  }
}
