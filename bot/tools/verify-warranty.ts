import { z } from 'zod';
import type { WarrantyCheck } from '../../warranty/warranty-check';
import { brandArg } from './product-args';
import { purchaseDateArg } from './purchase-date-arg';
import { defineTool } from './tool';

export const verifyWarrantyArgs = z.object({
  category: z.string().trim().min(1).max(40).describe('Product category id, e.g. air_conditioner, phone'),
  component: z.string().max(40).optional().describe('Part concerned, e.g. compressor, motor, battery; omit for the whole unit'),
  brand: brandArg.optional(),
  purchaseDate: purchaseDateArg
    .optional()
    .describe('When the customer said they bought it: YYYY-MM-DD, or the span they gave (2024-07, 2024, 2024-06/2024-08); a receipt read in this conversation takes precedence'),
});

/** Code decides the warranty from the receipt or the stated date and the policy; the model only relays it. */
export function verifyWarrantyTool(warranty: WarrantyCheck) {
  return defineTool({
    name: 'verifyWarranty',
    description:
      'Decide whether the product is under warranty (三包) from the receipt read in this conversation or a stated purchase date. The decision, its reason and the policy come from code; relay them, never change them.',
    schema: verifyWarrantyArgs,
    readOnly: true,
    async run(args, context) {
      // The receipt's evidence comes from the conversation, never from the caller's arguments.
      return warranty.verify({
        category: args.category,
        component: args.component,
        brand: args.brand,
        receipt: context.receipt?.ok ? context.receipt.evidence : undefined,
        statedPurchaseDate: args.purchaseDate,
      });
    },
  });
}
