/**
 * Where brands and product categories are named in a message, each with its position, so a slot
 * can be paired with the product it was said about ("格力空调E1，海尔冰箱F3"). Reads the one brand
 * lexicon and the one category lexicon (kernel/lexicon); it holds no names of its own.
 */
import { findBrands } from '../../../kernel/lexicon/brands';
import { findCategories } from '../../../kernel/lexicon/product-categories';

export interface LexiconMention {
  /** Canonical brand name or category id. */
  name: string;
  start: number;
  end: number;
}

export function brandMentions(text: string): LexiconMention[] {
  return findBrands(text)
    .map((m) => ({ name: m.brand, start: m.index, end: m.index + m.text.length }))
    .sort((a, b) => a.start - b.start);
}

export function categoryMentions(text: string): LexiconMention[] {
  return findCategories(text)
    .map((m) => ({ name: m.id, start: m.index, end: m.index + m.text.length }))
    .sort((a, b) => a.start - b.start);
}
