/**
 * A yes where an optional fact was asked, once everything a visit needs is known (issue 16): the
 * customer who sent phone, address and a time and said "book it" reads "do you know the model?" as
 * "is that all right?", and answers "yes, that's right" / "信息没问题". Asking the model again (and
 * then the date, and again) loops them; a desk goes to the restatement instead, where the optional
 * facts still missing are shown as "not given (you can add it)" and a yes files the ticket.
 * A required fact asked and answered with a yes is still asked again (yes-to-question.ts).
 */
import type { Lang } from '../phrases';
import type { Facts, Frame } from './engine-state';
import type { SlotSpec } from './flows/flow';
import { askedAgainAfterYes } from './yes-to-question';

/** Whether this bare yes to the optional slot asked should end the optional questions: every needed fact is in. */
export function yesEndsOptionalAsks(slots: readonly SlotSpec[], facts: Facts, awaiting: string, text: string, commands: { kind: string }[], lang: Lang): boolean {
  const asked = slots.find((s) => s.slot === awaiting);
  if (!asked || asked.required) return false;
  if (!askedAgainAfterYes(awaiting, text, commands, lang)) return false;
  return slots.every((s) => !s.required || Boolean(facts[s.slot]));
}

/** The optional slots of the form not yet known: each is passed over, shown in the summary as one the customer can still add. */
export function optionalLeft(slots: readonly SlotSpec[], facts: Facts, frame: Frame): SlotSpec['slot'][] {
  return slots.filter((s) => !s.required && !facts[s.slot] && !frame.skipped.includes(s.slot)).map((s) => s.slot);
}
