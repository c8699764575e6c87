/**
 * Brand and category as tool arguments, in the one spelling the rest of the system uses: a model
 * may pass 格力 or "fridge" where tickets, knowledge filters and warranty policies expect Gree and
 * refrigerator. Unknown values pass through as given (a brand the lexicon lacks is still a brand).
 */
import { z } from 'zod';
import { canonicalBrand } from '../../kernel/lexicon/brands';
import { lookupCategory } from '../../kernel/lexicon/product-categories';

export const brandArg = z
  .string()
  .max(60)
  .transform((b) => canonicalBrand(b));

export const categoryArg = z
  .string()
  .trim()
  .max(40)
  .transform((c) => lookupCategory(c) ?? c);
