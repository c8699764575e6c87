/**
 * Tools are the only way a brain changes anything. Each validates its arguments with zod and
 * enforces policy in code, so neither brain can promise money, decide a warranty or read another
 * customer's ticket, whatever it was told.
 */
import { z } from 'zod';
import { AppError } from '../../kernel/errors';
import type { Priority } from '../../tickets/ticket';
import type { Conversation } from '../conversation';
import type { ReceiptScan } from '../../warranty/warranty-check';

/** Who is asking, as the channel knows them: the keys that limits on guessing and flooding count under. */
export interface Requester {
  channel: string;
  /** The channel's id for this customer (web session reference, WeChat id). */
  externalId: string;
  /** The client's address, when the channel has one (the web chat). */
  ip?: string;
}

export interface ToolContext {
  customerId: number;
  requester: Requester;
  conversation: Conversation;
  /** Unique per customer turn (channel + message id): repeated calls in a replayed turn are idempotent. */
  turnKey: string;
  /** Urgency decided by understanding, not by a model. */
  urgency: Priority;
  sentiment: number;
  intent: string;
  language: 'zh' | 'en';
  now: Date;
  /** Puts redacted personal data ([PHONE_1] ...) back, for values a tool must store. */
  restore(text: string): string;
  /** The latest receipt read in this conversation, if any. */
  receipt?: ReceiptScan;
  /**
   * Settles once the message this turn answers is stored. The turn starts while that COMMIT is
   * still on its way to the disk; a tool that changes anything waits for it (see `readOnly`).
   */
  stored?: Promise<unknown>;
}

export interface Tool<S extends z.ZodType = z.ZodType, R = unknown> {
  name: string;
  /** Shown to the LLM; says what the tool does and what it will not do. */
  description: string;
  schema: S;
  /**
   * Only reads, and changes nothing anywhere (no row, no file, no message): it may run before the
   * message its turn answers is stored. Every other tool waits for that.
   */
  readOnly?: boolean;
  run(args: z.output<S>, context: ToolContext): Promise<R>;
}

export function defineTool<S extends z.ZodType, R>(tool: Tool<S, R>): Tool<S, R> {
  return tool;
}

export type ToolOutcome = { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } };

export interface ToolCallRecord {
  name: string;
  args: unknown;
  outcome: ToolOutcome;
}

/** The tools of one turn, bound to its context, recording every call. */
export class ToolBox {
  readonly calls: ToolCallRecord[] = [];
  private readonly byName: Map<string, Tool>;

  constructor(
    tools: Tool[],
    readonly context: ToolContext,
  ) {
    this.byName = new Map(tools.map((t) => [t.name, t]));
  }

  list(): Tool[] {
    return [...this.byName.values()];
  }

  /** Never throws for the caller's mistakes: a bad call comes back as an error outcome the brain can read. */
  async call(name: string, rawArgs: unknown): Promise<ToolOutcome> {
    const tool = this.byName.get(name);
    let outcome: ToolOutcome;
    if (!tool) {
      outcome = { ok: false, error: { code: 'unknown_tool', message: `There is no tool "${name}".` } };
    } else {
      const parsed = tool.schema.safeParse(rawArgs);
      if (!parsed.success) {
        const message = parsed.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ');
        outcome = { ok: false, error: { code: 'invalid_arguments', message } };
      } else {
        try {
          if (!tool.readOnly) await this.context.stored;
          outcome = { ok: true, result: await tool.run(parsed.data, this.context) };
        } catch (error) {
          // Our own expected refusals go back to the brain; anything else is a bug and propagates.
          if (!(error instanceof AppError) || error.kind === 'internal' || error.kind === 'storage') throw error;
          outcome = { ok: false, error: { code: error.code, message: error.message } };
        }
      }
    }
    this.calls.push({ name, args: rawArgs, outcome });
    return outcome;
  }

  /** Results of successful calls to one tool in this turn, oldest first. */
  resultsOf<R = unknown>(name: string): R[] {
    return this.calls.filter((c) => c.name === name && c.outcome.ok).map((c) => (c.outcome as { result: R }).result);
  }
}
