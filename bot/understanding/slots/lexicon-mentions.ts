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

/**
 * Every mention, not only each name's first: "不是冰箱 是冰柜" names one category twice in two words,
 * and "my fridge… not the fridge, the dishwasher" names the fridge twice. The lexicon gives each
 * name's first mention; the ones found are blanked (same length, so places stay) and it is asked again.
 */
function everyMention(text: string, find: (text: string) => LexiconMention[]): LexiconMention[] {
  const all: LexiconMention[] = [];
  let rest = text;
  for (let round = 0; round < 8; round++) {
    const found = find(rest);
    if (!found.length) break;
    all.push(...found);
    for (const m of found) rest = rest.slice(0, m.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end);
  }
  return all.sort((a, b) => a.start - b.start);
}

export const everyBrandMention = (text: string): LexiconMention[] => everyMention(text, brandMentions);
export const everyCategoryMention = (text: string): LexiconMention[] => everyMention(text, categoryMentions);
