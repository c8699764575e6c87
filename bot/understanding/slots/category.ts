/**
 * Product category: the earliest product the customer names (the shared lexicon, kernel/lexicon/product-categories),
 * leaving out a product named only to show something works ("燃气灶能打着火", "the hob lights fine").
 */
import { productMentions } from './product-as-evidence';

export function extractCategory(text: string): string | undefined {
  return productMentions(text)[0]?.name;
}
