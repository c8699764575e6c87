/**
 * The engine's commands (bot/engine/commands.ts) as tools a model calls: one zod schema per
 * command, built from the same lists the `Command` union is built from (flows, slots, signals),
 * so a command the engine does not know cannot be called, and a slot it does not have (a
 * warranty status, a priority) cannot be set. The model only says what the customer said; what
 * follows from it (tickets, priority, warranty, handoffs, promises) is decided by the engine and
 * its tools.
 *
 * Every call is validated here and turned into a `Command`; a call that fails validation is
 * dropped with the reason, never repaired by guessing.
 */
import { z } from 'zod';
import { parseDateSpan } from '../../../kernel/date-span';
import { canonicalBrand } from '../../../kernel/lexicon/brands';
import { lookupCategory, PRODUCT_CATEGORIES } from '../../../kernel/lexicon/product-categories';
import { FLOW_NAMES, SIGNALS, SLOT_NAMES, type Command, type SignalKind, type SlotName } from '../../engine/commands';

/**
 * The words of the customer's message a command was read from (kept for the desk and debugging).
 * Explained once in the system prompt rather than on every tool: each description costs tokens
 * on every call.
 */
const from = z.string().trim().min(1).max(300);
const slot = z.enum(SLOT_NAMES);
const FLOW_HELP: Record<(typeof FLOW_NAMES)[number], string> = {
  fault: 'a fault to troubleshoot',
  repair: 'book a repair visit',
  warranty: 'is it under warranty',
  return: 'return/exchange/refund',
  complaint: 'a complaint',
  status: 'where a ticket stands',
  policy: 'a question about fees, rules or service',
  reschedule: 'move the visit time of a booked repair',
  cancelVisit: 'call off a booked repair visit',
  deliveryDamage: 'a new product that arrived damaged (dent, crack, scratch)',
  partRequest: 'send a replacement part for one that arrived broken or missing (no visit)',
};
const CATEGORY_IDS = PRODUCT_CATEGORIES.map((c) => c.id);

/** A slot's value in the one spelling the engine, tickets and warranty rules use; undefined if unusable. */
export function slotValue(name: SlotName, raw: string): string | undefined {
  const value = raw.trim().slice(0, 200);
  if (!value) return undefined;
  switch (name) {
    case 'category':
      return lookupCategory(value);
    case 'brand':
      return canonicalBrand(value);
    case 'purchaseDate':
      // A day or a span (2024-07, 2024, 2024-06/2024-08); anything else would be a guess.
      return parseDateSpan(value) ? value : undefined;
    case 'saleChannel':
      return value === 'online' || value === 'store' ? value : undefined;
    default:
      return value;
  }
}

const slotAndValue = (allowEmpty: boolean) =>
  z.strictObject({ slot, value: z.string().max(300), from }).superRefine((args, ctx) => {
    if (allowEmpty && !args.value.trim()) return;
    if (!slotValue(args.slot, args.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: `not a usable ${args.slot}` });
  });

const SIGNAL_HELP: Record<SignalKind, string> = {
  affirm: 'yes / correct, to what was last asked',
  deny: 'no / not correct, to what was last asked',
  fixed: 'the problem is solved now',
  notFixed: 'the steps did not help, still broken',
  cancel: 'drop the current request (never mind, 不用了)',
  human: 'asks for a human agent',
  thanks: 'thanks',
  bye: 'goodbye, leaving',
  greeting: 'a greeting with nothing else',
  chitchat: 'small talk, or more detail with no request',
  outOfScope: 'not about our products or service',
  declineVisit: 'does not want a repair or visit booked (only asking, said no to a visit)',
};

/** snake_case, as tool arguments are written in every provider's examples: notFixed is not_fixed. */
const snake = (kind: SignalKind): string => kind.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const SIGNAL_BY_SNAKE = new Map(SIGNALS.map((k) => [snake(k), k]));
const signalKind = z.enum(SIGNALS.map(snake) as [string, ...string[]]).transform((k) => SIGNAL_BY_SNAKE.get(k)!);

interface CommandTool {
  name: string;
  description: string;
  schema: z.ZodType;
  toCommand(args: never): Command;
}

const define = <S extends z.ZodType>(name: string, description: string, schema: S, toCommand: (args: z.output<S>) => Command): CommandTool => ({
  name,
  description,
  schema,
  toCommand: toCommand,
});

export const COMMAND_TOOLS: readonly CommandTool[] = [
  define('start_flow', `The customer starts a job: ${FLOW_NAMES.map((f) => `${f} (${FLOW_HELP[f]})`).join(', ')}.`, z.strictObject({ flow: z.enum(FLOW_NAMES), from }), (a) => ({
    kind: 'start',
    flow: a.flow,
    from: a.from,
  })),
  define(
    'set_slot',
    `A fact the customer gave. category is one of ${CATEGORY_IDS.join('|')}; purchaseDate is YYYY-MM-DD or as precise as said (2024-07, 2024, 2024-06/2024-08); saleChannel is online|store; placeholders like [PHONE_1] as they are.`,
    slotAndValue(false),
    (a) => ({ kind: 'set', slot: a.slot, value: slotValue(a.slot, a.value)!, from: a.from }),
  ),
  define('correct_slot', "The customer corrects a fact given earlier (电话不对 是…, no, it's Tower 3); empty value when they take it back.", slotAndValue(true), (a) => ({
    kind: 'correct',
    slot: a.slot,
    value: a.value.trim() ? slotValue(a.slot, a.value)! : '',
    from: a.from,
  })),
  define('skip', "The customer does not know or won't give what was asked (不记得了); slot defaults to the one last asked.", z.strictObject({ slot: slot.optional(), from }), (a) => ({
    kind: 'skip',
    slot: a.slot,
    from: a.from,
  })),
  define(
    'ask_question',
    "A question to answer from our policies or knowledge (fees, how long, rules), in the customer's words.",
    z.strictObject({ question: z.string().trim().min(2).max(300), from }),
    (a) => ({ kind: 'ask', question: a.question, from: a.from }),
  ),
  define(
    'report_danger',
    'A hazard happening now: sparks, smoke, burning smell, gas smell or hissing, electric shock or leakage, fire, dizziness near a gas heater.',
    z.strictObject({ hazards: z.array(z.string().trim().min(1).max(60)).min(1).max(5), from }),
    (a) => ({ kind: 'danger', hazards: a.hazards, from: a.from }),
  ),
  // One tool for the eleven signals, not eleven tools: the same choice for the model at about a
  // fifth of the tokens every call pays for the tool definitions.
  define('signal', `What the customer's words do, one call per kind: ${SIGNALS.map((k) => `${snake(k)} = ${SIGNAL_HELP[k]}`).join('; ')}.`, z.strictObject({ kind: signalKind, from }), (a) => ({
    kind: a.kind,
    from: a.from,
  })),
];

const byName = new Map(COMMAND_TOOLS.map((t) => [t.name, t]));

/** The tools as OpenAI function definitions (JSON Schema from the zod schemas, without `$schema`). */
export function commandToolDefinitions() {
  return COMMAND_TOOLS.map((t) => {
    const { $schema: _unused, ...parameters } = z.toJSONSchema(t.schema, { io: 'input' }) as Record<string, unknown>;
    return { type: 'function' as const, function: { name: t.name, description: t.description, parameters } };
  });
}

export interface ToolCallIn {
  name?: string;
  args?: unknown;
}

export interface DroppedToolCall {
  name: string;
  args: unknown;
  reason: string;
}

/** The model's tool calls as commands; calls that are not a command tool or fail validation are dropped with why. */
export function commandsFromToolCalls(calls: readonly ToolCallIn[]): { commands: Command[]; dropped: DroppedToolCall[] } {
  const commands: Command[] = [];
  const dropped: DroppedToolCall[] = [];
  for (const call of calls) {
    const name = call.name ?? '';
    const tool = byName.get(name);
    if (!tool) {
      dropped.push({ name, args: call.args, reason: `no command tool named "${name}"` });
      continue;
    }
    const parsed = tool.schema.safeParse(call.args);
    if (!parsed.success) {
      dropped.push({ name, args: call.args, reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ') });
      continue;
    }
    commands.push(tool.toCommand(parsed.data as never));
  }
  return { commands, dropped };
}

/** The inverse: a command as the tool call that carries it (for fakes that play the model, and for logs). */
export function toolCallOf(command: Command): { name: string; arguments: Record<string, unknown> } {
  const said = command.from.trim().slice(0, 300) || '(no words)';
  command = { ...command, from: said };
  switch (command.kind) {
    case 'start':
      return { name: 'start_flow', arguments: { flow: command.flow, from: command.from } };
    case 'set':
    case 'correct':
      return { name: `${command.kind}_slot`, arguments: { slot: command.slot, value: command.value, from: command.from } };
    case 'skip':
      return { name: 'skip', arguments: { ...(command.slot ? { slot: command.slot } : {}), from: command.from } };
    case 'ask':
      return { name: 'ask_question', arguments: { question: command.question, from: command.from } };
    case 'danger':
      return { name: 'report_danger', arguments: { hazards: command.hazards.length ? command.hazards.slice(0, 5).map((h) => h.slice(0, 60)) : ['hazard'], from: command.from } };
    default:
      return { name: 'signal', arguments: { kind: snake(command.kind), from: command.from } };
  }
}
