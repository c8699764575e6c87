/**
 * The repair form the offline brain fills over several turns: what a repair ticket needs, taken
 * from each turn's slots, asked for one missing field at a time.
 */
import { z } from 'zod';
import type { TurnUnderstanding } from '../../brain';
import { carries, readAnswer, saysOnly } from '../../understanding/answers';

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

export type FormField = 'category' | 'model' | 'purchase' | 'phone' | 'address';
const ORDER: FormField[] = ['category', 'model', 'purchase', 'phone', 'address'];

/** Takes what this turn says into the draft; a bare answer to the question just asked counts too. */
export function absorb(draft: Draft, u: TurnUnderstanding, text: string, askedFor?: FormField): Draft {
  const next: Draft = { ...draft, skipped: [...draft.skipped] };
  const s = u.slots;
  for (const key of ['category', 'brand', 'model', 'serial', 'errorCode', 'purchaseDate', 'phone', 'address'] as const) {
    if (s[key]) next[key] = s[key];
  }
  const bare = text.trim();
  // "不记得了", "没有发票", "skip", or a bare "没有" / "no" to the question just asked: not asked again.
  const answer = readAnswer(bare);
  if (askedFor && (carries(answer, 'dontKnow', 'skip') || saysOnly(answer, 'deny')) && bare.length < 30) {
    if (!next.skipped.includes(askedFor)) next.skipped.push(askedFor);
    return next;
  }
  if (askedFor === 'model' && !s.model && /^[A-Za-z0-9][A-Za-z0-9\-/.+ ]{2,40}$/.test(bare)) next.model = bare;
  if (askedFor === 'address' && !s.address && bare.length >= 6 && !/^\d+$/.test(bare)) next.address = bare.slice(0, 300);
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
