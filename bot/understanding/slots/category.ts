/** Product category: the earliest product the customer names (the shared lexicon, kernel/lexicon/product-categories). */
import { firstCategory } from '../../../kernel/lexicon/product-categories';

export function extractCategory(text: string): string | undefined {
  return firstCategory(text);
}
