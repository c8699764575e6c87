/**
 * What a customer's message asks the conversation to do, as a list of commands. Understanding
 * (rules offline, tool calls with a model) turns each message into commands; the engine applies
 * them to the conversation's state. A message may carry several ("不用了 好了 谢谢" is cancel,
 * fixed and thanks). Every command keeps the words it was read from, for debugging and the desk.
 */

/** Facts a flow collects. Problem facts belong to one problem; contact facts to the conversation. */
export const PROBLEM_SLOTS = ['category', 'brand', 'model', 'errorCode', 'symptom', 'purchaseDate', 'saleChannel', 'ticketNumber', 'proofCode'] as const;
export const CONTACT_SLOTS = ['phone', 'address', 'preferredTime'] as const;
export const SLOT_NAMES = [...PROBLEM_SLOTS, ...CONTACT_SLOTS] as const;
export type ProblemSlot = (typeof PROBLEM_SLOTS)[number];
export type ContactSlot = (typeof CONTACT_SLOTS)[number];
export type SlotName = (typeof SLOT_NAMES)[number];

export const isContactSlot = (slot: SlotName): slot is ContactSlot => (CONTACT_SLOTS as readonly string[]).includes(slot);

/** The jobs the assistant does, one flow each (bot/engine/flows). */
export const FLOW_NAMES = ['fault', 'repair', 'warranty', 'return', 'complaint', 'status', 'policy', 'reschedule', 'cancelVisit', 'deliveryDamage', 'partRequest'] as const;
export type FlowName = (typeof FLOW_NAMES)[number];

export interface Bilingual {
  zh: string;
  en: string;
}

/** Signals with nothing but their source: the answer to a question, or a social move. */
/** `declineVisit`: the customer does not want a visit or a repair booked ("我没说要报修", "I only want to know"): none is offered until they ask. */
export const SIGNALS = ['affirm', 'deny', 'fixed', 'notFixed', 'cancel', 'human', 'thanks', 'bye', 'greeting', 'chitchat', 'outOfScope', 'declineVisit'] as const;
export type SignalKind = (typeof SIGNALS)[number];

export type Command =
  /** `facts` belong to this job alone: the second problem of a message that names two ("…，还有冰箱漏水"). */
  | { kind: 'start'; flow: FlowName; from: string; facts?: Partial<Record<ProblemSlot, string>> }
  | { kind: 'set'; slot: SlotName; value: string; from: string }
  | { kind: 'correct'; slot: SlotName; value: string; from: string }
  /** "不记得了" to the question just asked: the flow goes on without that slot. */
  | { kind: 'skip'; slot?: SlotName; from: string }
  /** A digression: something to look up and answer before the current flow resumes. */
  | { kind: 'ask'; question: string; from: string }
  | { kind: 'danger'; hazards: string[]; advice?: Bilingual; from: string }
  | { kind: SignalKind; from: string };

export type CommandKind = Command['kind'];

export function has(commands: readonly Command[], kind: CommandKind): boolean {
  return commands.some((c) => c.kind === kind);
}

export function first<K extends CommandKind>(commands: readonly Command[], kind: K): Extract<Command, { kind: K }> | undefined {
  return commands.find((c) => c.kind === kind) as Extract<Command, { kind: K }> | undefined;
}

/** One line per command, for logs and the desk: `set(phone=…) affirm start(repair)`. */
export function describeCommands(commands: readonly Command[]): string {
  return commands
    .map((c) => {
      switch (c.kind) {
        case 'start':
          return `start(${c.flow})`;
        case 'set':
        case 'correct':
          return `${c.kind}(${c.slot})`;
        case 'skip':
          return `skip(${c.slot ?? ''})`;
        case 'danger':
          return `danger(${c.hazards.join(',')})`;
        default:
          return c.kind;
      }
    })
    .join(' ');
}
