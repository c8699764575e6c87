/**
 * Which product an answer is for. A knowledge entry filed under one product is that product's; a
 * 'general' entry is for every product unless its title names some ("where to buy filters,
 * descaler, dishwasher salt", "installing water heaters, dishwashers..."): then it is only for
 * those. Playtest round 14: a TV owner asking what the repair would cost got the dishwasher-salt
 * text, because a 'general' entry passed as fit for any product.
 */
import { findCategories } from '../../kernel/lexicon/product-categories';

/** The products an entry speaks for: its own category, the ones its title names, or none (every product). */
export function entryProducts(hit: { category?: string; title: string }): string[] {
  if (hit.category && hit.category !== 'general') return [hit.category];
  return [...new Set(findCategories(hit.title).map((m) => m.id))];
}

/** Whether the entry is about a product other than the customer's (unknown product: never). */
export function answersAnotherProduct(hit: { category?: string; title: string }, product: string | undefined): boolean {
  if (!product) return false;
  const products = entryProducts(hit);
  return products.length > 0 && !products.includes(product);
}
