/**
 * A question about another product than the one on the table ("…also, where's the fridge's drain
 * hole?" while the washer is being troubleshot): it is looked up for the product it names, not with
 * the washer's facts (which found a washer answer), and said under that product's name.
 */
import { productMentions } from '../understanding/slots/product-as-evidence';
import type { Lang } from '../phrases';
import type { Facts } from './engine-state';
import { categoryName } from './wording';

/** The facts to look the question up with, and the product it names when that is another one. */
export function factsForQuestion(facts: Facts, question: string): { facts: Facts; otherProduct?: string } {
  const named = productMentions(question)[0]?.name;
  if (!named || !facts.category || named === facts.category) return { facts };
  return { facts: { category: named }, otherProduct: named };
}

/** The heading before the answer about another product ("关于冰箱：", "About your fridge:"). */
export function otherProductHeading(category: string, lang: Lang): string {
  return lang === 'zh' ? `关于您问的${categoryName(category, 'zh')}：` : `About your ${categoryName(category, 'en')}:`;
}
