/**
 * Where brands and product categories are named in a message, each with its position, so a slot
 * can be paired with the product it was said about ("格力空调E1，海尔冰箱F3"). Reads the one brand
 * lexicon and the one category lexicon; it holds no names of its own.
 */
import { BRANDS } from '../lexicons/brands';
import { CATEGORIES } from '../lexicons/categories';

export interface LexiconMention {
  /** Canonical brand name or category id. */
  name: string;
  start: number;
  end: number;
}

const everywhere = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');

function mentions(text: string, entries: { name: string; patterns: RegExp[] }[]): LexiconMention[] {
  const found: LexiconMention[] = [];
  for (const { name, patterns } of entries) {
    for (const pattern of patterns) for (const m of text.matchAll(everywhere(pattern))) if (m[0]) found.push({ name, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

export function brandMentions(text: string): LexiconMention[] {
  return mentions(text, BRANDS.map((b) => ({ name: b.name, patterns: [b.pattern] })));
}

export function categoryMentions(text: string): LexiconMention[] {
  return mentions(text, CATEGORIES.map((c) => ({ name: c.id, patterns: [c.zh, c.en].filter((p): p is RegExp => !!p) })));
}
