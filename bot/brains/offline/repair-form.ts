/**
 * The repair form the offline brain fills over several turns: what a repair ticket needs, taken
 * from each turn's slots, asked for one missing field at a time.
 */
import { z } from 'zod';
import type { TurnUnderstanding } from '../../brain';
import { extractAddressAnswer, extractCorrection, extractModelAnswer } from '../../understanding/slots';

export const draftSchema = z.object({
  category: z.string().optional(),
  brand: z.string().optional(),
  model: z.string().optional(),
  serial: z.string().optional(),
  errorCode: z.string().optional(),
  symptom: z.string().optional(),
  purchaseDate: z.string().optional(),
  phone: z.string().optional(),
  address: z.string().optional(),
  /** Fields the customer said they do not know: not asked again. */
  skipped: z.array(z.string()).default([]),
});
export type Draft = z.output<typeof draftSchema>;

/** Draft fields a correction may replace directly; a corrected date goes through the date reader with the turn. */
const CORRECTS = ['phone', 'address', 'model', 'serial', 'brand', 'category', 'errorCode'] as const;

export type FormField = 'category' | 'model' | 'purchase' | 'phone' | 'address';
const ORDER: FormField[] = ['category', 'model', 'purchase', 'phone', 'address'];
const DONT_KNOW = /(不记得|不知道|忘了|找不到|不清楚|没有|没留|don'?t know|not sure|no idea|can'?t find|forgot|don'?t remember|skip)/i;

/** Takes what this turn says into the draft; a bare answer to the question just asked counts too. */
export function absorb(draft: Draft, u: TurnUnderstanding, text: string, askedFor?: FormField): Draft {
  const next: Draft = { ...draft, skipped: [...draft.skipped] };
  const s = u.slots;
  for (const key of ['category', 'brand', 'model', 'serial', 'errorCode', 'purchaseDate', 'phone', 'address'] as const) {
    if (s[key]) next[key] = s[key];
  }
  const bare = text.trim();
  if (askedFor && DONT_KNOW.test(bare) && bare.length < 30) {
    if (!next.skipped.includes(askedFor)) next.skipped.push(askedFor);
    return next;
  }
  // A correction replaces what was given before, without its verb (地址改成… stores the address).
  const correction = extractCorrection(bare);
  if (correction?.value && CORRECTS.includes(correction.slot as (typeof CORRECTS)[number])) next[correction.slot as (typeof CORRECTS)[number]] = correction.value;
  // A bare answer counts only when it reads as one: "still not working" is not a model.
  if (askedFor === 'model' && !s.model) next.model = extractModelAnswer(bare) ?? next.model;
  if (askedFor === 'address' && !s.address) next.address = extractAddressAnswer(bare)?.slice(0, 300) ?? next.address;
  return next;
}

export function missing(draft: Draft): FormField | undefined {
  const has: Record<FormField, boolean> = {
    category: !!draft.category,
    model: !!draft.model,
    purchase: !!draft.purchaseDate,
    phone: !!draft.phone,
    address: !!draft.address,
  };
  // Phone and address cannot be skipped: the engineer needs both to visit.
  return ORDER.find((f) => !has[f] && !(draft.skipped.includes(f) && f !== 'phone' && f !== 'address'));
}
