/**
 * The product a message names, for its other questions (issue 16, facts): in "洗碗机过滤网多久洗？
 * 要不要放专用盐，你们卖吗？" the second question names no product, and a product's own entry
 * answers only a question about that product, so it went unanswered though the entry exists. A
 * product already known to the conversation stays; otherwise the one named in the message is used.
 */
import { firstCategory } from '../../kernel/lexicon/product-categories';
import type { Facts } from './engine-state';

export function withMessageProduct(facts: Facts, message: string): Facts {
  if (facts.category) return facts;
  const named = firstCategory(message);
  return named ? { ...facts, category: named } : facts;
}
