/**
 * The product guessed from a slip ("油烟剂", "frige") said back as a question at the start of the
 * reply, so the customer can say no at once; the conversation goes on with it rather than asking
 * "which product?" from scratch.
 */
import type { Lang } from '../phrases';
import { categoryLabel } from '../../kernel/lexicon/product-categories';

export function productGuessLine(category: string, lang: Lang): string | undefined {
  const name = categoryLabel(category, lang);
  if (!name) return undefined;
  return lang === 'zh' ? `您说的是${name}吧？我先按${name}来帮您看，不对的话告诉我。` : `Did you mean your ${name}? I'll go on with that; tell me if it's something else.`;
}
