/**
 * Facts told for two products in one message, once both are being handled ("冰箱是西门子的，电视是
 * 索尼", "the oven was bought in 2023 and the dishwasher last spring", a model for each): read as a
 * whole, the message gave one brand and one date to whichever product came first, and the other
 * product's name made it look like a new fault. Cut where each product is named, each part keeps
 * its own brand, model and purchase date; and a part may say that its product works again or is
 * still broken ("烤箱好了，洗碗机还是老样子").
 */
import { formatDateSpanAs } from '../../kernel/date-span';
import { readAnswer, saidLast } from './answers';
import { extractSlots } from './slots';
import { brandMentions, categoryMentions } from './slots/lexicon-mentions';

export interface ProductPart {
  /** The category id the part is about. */
  category: string;
  /** The part's own words. */
  text: string;
  brand?: string;
  model?: string;
  /** As the offline understanding keeps it: the span the words allow (2025, 2024-06/2024-08). */
  purchaseDate?: string;
  /** What the part says of its product's self-help: it works again, or it is still broken. */
  verdict?: 'fixed' | 'notFixed';
}

/** Words that belong to the product after them: the/my/our, 我家(的), 那台. */
const OWNER_BEFORE = /(?:\b(?:the|my|our|a|an)\s+|我家的?|家里的?|那个|这个|那台|这台)$/i;
/** Connecting words at the end of a part, left out of it: "and", "，", "还有". */
const JOINER_AFTER = /(?:\s|,|，|;|；|。|\.|、|\band\b|\bwhile\b|\bbut\b|还有|另外|而|但是?)+$/i;

/**
 * The message cut into one part per product named, in the order told; a product named twice in a
 * row stays one part. Fewer than two products named gives one part, or none when none is named.
 */
export function productParts(text: string): { category: string; text: string }[] {
  // (Every product named counts, a working one too: "the washer works again" is that product's news.)
  const mentions = categoryMentions(text);
  if (!mentions.length) return [];
  const brands = brandMentions(text);
  const starts: { at: number; category: string }[] = [{ at: 0, category: mentions[0]!.name }];
  for (const m of mentions.slice(1)) {
    if (m.name === starts.at(-1)!.category) continue;
    // A brand right before the product ("小天鹅洗衣机", "a Bosch dishwasher") opens its part; one ended by a
    // comma belongs to the part before ("冰箱买的是美的，微波炉…").
    let at = m.start;
    const brand = brands.find((b) => b.end <= at && /^\s?的?$/.test(text.slice(b.end, at)));
    if (brand) at = brand.start;
    const owner = OWNER_BEFORE.exec(text.slice(0, at));
    if (owner) at = owner.index;
    if (at <= starts.at(-1)!.at) continue;
    starts.push({ at, category: m.name });
  }
  return starts.map((s, i) => ({
    category: s.category,
    text: text
      .slice(s.at, starts[i + 1]?.at ?? text.length)
      .replace(JOINER_AFTER, '')
      .trim(),
  }));
}

/** The brand, model, purchase date and verdict told for each product named, in the order named; `today` reads "去年". */
export function factsPerProduct(text: string, today?: string): ProductPart[] {
  return productParts(text).map((part) => {
    const s = extractSlots(part.text, today);
    const date = s.purchaseDate ? formatDateSpanAs({ earliest: s.purchaseDate.earliest, latest: s.purchaseDate.latest }, Boolean(s.purchaseDate.approximate)) : undefined;
    const verdict = saidLast(readAnswer(part.text), 'fixed', 'notFixed') as ProductPart['verdict'];
    return { ...part, brand: s.brand, model: s.model, purchaseDate: date, verdict };
  });
}
