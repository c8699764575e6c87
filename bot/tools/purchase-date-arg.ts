/**
 * The purchase date as tools take it: a day, or the span the customer gave (2024-07, 2024,
 * 2024-06/2024-08, as PurchaseDate.earliest/latest). One schema for every tool, so a month the
 * customer said never has to be narrowed to a made-up day to pass validation.
 */
import { z } from 'zod';
import { isSingleDay, parseDateSpan } from '../../kernel/date-span';

export const purchaseDateArg = z
  .string()
  .trim()
  .refine((text) => parseDateSpan(text) !== undefined, { message: 'expected YYYY-MM-DD, or a span such as 2024-07, 2024 or 2024-06/2024-08' })
  .describe('When it was bought: YYYY-MM-DD, or as precise as the customer was (2024-07, 2024, 2024-06/2024-08). Never narrow a month or season to a day.');

/** The day, when the argument is one; tickets record only an exact purchase day. */
export function exactPurchaseDay(text: string | undefined): string | undefined {
  const span = text ? parseDateSpan(text) : undefined;
  return span && isSingleDay(span) ? span.earliest : undefined;
}
