/**
 * The model's commands, merged with what the offline rules read for certain. Why not trust the
 * model alone:
 * - Safety is never left to a model. A model can miss a hazard, be talked out of one by the
 *   message itself ("ignore the smoke, just book it"), or be down. The rules' danger and human
 *   commands are always added; the model may add danger the rules missed, never remove it.
 * - The model sees only redacted text: a phone or an address reaches it as [PHONE_1], so the
 *   values the rules read from the customer's real words (phone, address, ticket number) replace
 *   whatever the model said for those slots. A purchase date is read by the rules with its
 *   precision (a month stays a month), and a receipt photo the model never saw gives its date and
 *   model; where the rules read those, they win too.
 * - A placeholder left in any value the model gave is put back from this turn's vault; one the
 *   vault did not issue (an invented [PHONE_9]) drops the command.
 * - A phone, address or purchase date the model gives that the customer never said (an invented
 *   number, a third party's address, a made-up date that would make an expired warranty valid) is
 *   dropped: it must be found in the customer's own words (guardrails/claims/customer-values.ts).
 * - A placeholder stands for a contact detail and says nothing about the product or the job: a
 *   product fact, a job or a question read from nothing but placeholders ("[PHONE_1]" read as a
 *   phone to repair) is dropped.
 */
import { fromCustomer, type CustomerValueKind } from '../../guardrails/claims/customer-values';
import { PERSONAL_DATA_KINDS } from '../../redaction';
import { isContactSlot, type Command, type SlotName } from '../../engine/commands';

/** Slots the rules read from the real text with certainty; the model only ever saw them redacted. */
const RULES_WIN: readonly SlotName[] = ['phone', 'address', 'ticketNumber', 'purchaseDate'];
/** From a receipt photo in this turn (the model never sees the image). */
const RECEIPT_SLOTS: readonly SlotName[] = ['purchaseDate', 'model'];
const PLACEHOLDER = new RegExp(`\\[(?:${PERSONAL_DATA_KINDS.join('|')})(?:_\\d+)?\\]|\\[(?:ID_NUMBER|BANK_CARD|ACCOUNT_NUMBER)\\]`);

type Fact = Extract<Command, { kind: 'set' | 'correct' }>;
const isFact = (c: Command): c is Fact => c.kind === 'set' || c.kind === 'correct';
const ONLY_PLACEHOLDERS = new RegExp(`^(?:\\s|[\\p{P}]|${PLACEHOLDER.source})*$`, 'u');
/** Read from placeholders alone: a job, a question or a product fact there is a misreading. */
const readFromPlaceholders = (c: Command) => (c.kind === 'start' || c.kind === 'ask' || (isFact(c) && !isContactSlot(c.slot))) && PLACEHOLDER.test(c.from) && ONLY_PLACEHOLDERS.test(c.from);

export interface MergeInput {
  model: Command[];
  rules: Command[];
  /** Puts this turn's placeholders back (the ToolBox context's restore). */
  restore: (text: string) => string;
  /** A receipt photo arrived with this message: the rules' receipt facts are certain. */
  photo: boolean;
  /** The customer's own words (real values): a phone, address or purchase date must come from them. Unchecked when absent. */
  customerWords?: string[];
  /** Told about each fact dropped because the customer never gave it (the slot only, for the log). */
  onUngrounded?: (slot: SlotName) => void;
}

/** Slots whose value must be the customer's own. */
const FROM_CUSTOMER: Partial<Record<SlotName, CustomerValueKind>> = { phone: 'phone', address: 'address', purchaseDate: 'purchaseDate' };

export function mergeCommands({ model, rules, restore, photo, customerWords, onUngrounded }: MergeInput): Command[] {
  const certain = new Set<SlotName>([...RULES_WIN, ...(photo ? RECEIPT_SLOTS : [])]);
  const fromRules = rules.filter((c) => isFact(c) && certain.has(c.slot) && c.value);
  const overridden = new Set(fromRules.map((c) => (c as Fact).slot));

  const merged: Command[] = [];
  // Danger first, as the engine reads it: the rules' verdict stands whatever the model said.
  const danger = rules.find((c) => c.kind === 'danger') ?? model.find((c) => c.kind === 'danger');
  if (danger) merged.push(danger);
  for (const c of model) {
    if (c.kind === 'danger' || readFromPlaceholders(c)) continue;
    if (isFact(c)) {
      if (overridden.has(c.slot)) continue;
      const value = restore(c.value);
      if (PLACEHOLDER.test(value)) continue;
      const kind = FROM_CUSTOMER[c.slot];
      // An empty correction takes a value back: there is nothing to ground.
      if (kind && customerWords && value.trim() && !fromCustomer(kind, value, customerWords)) {
        onUngrounded?.(c.slot);
        continue;
      }
      merged.push({ ...c, value });
      continue;
    }
    merged.push(c);
  }
  if (!merged.some((c) => c.kind === 'human')) {
    const human = rules.find((c) => c.kind === 'human');
    if (human) merged.push(human);
  }
  merged.push(...fromRules);
  return merged;
}
