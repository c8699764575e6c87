/**
 * Two problems in one message ("洗衣机一脱水就蹦，还有冰箱冷藏室底下老有一滩水", "my washer won't
 * drain and the fridge is leaking too"): the message is cut where the second product is brought
 * in, so each problem keeps its own product, brand, code and words. A second mention of the same
 * product, or a product named only as context ("冰箱旁边的插座"), cuts nothing: each part must
 * name a different product and describe a fault of its own, unless the customer says outright that
 * another matter follows (还有, 另外, also), when the second part alone must describe one.
 */
import { scoreIntents } from './intent';
import { extractErrorCode } from './slots/error-code';
import { brandMentions } from './slots/lexicon-mentions';
import { productMentions } from './slots/product-as-evidence';

export interface ProblemPart {
  text: string;
  /** Where the part starts in the message. */
  index: number;
}

/** Words that bring in another matter: 还有, 另外, 以及, also, and … too. */
const JOINER = /(?:还有|另外|另一个|以及|同时|而且|再就是|再有|第二个?|二是|and also|also|another (?:thing|problem|issue)|plus|as well as|and|,|，|;|；|。|\.|\s)+$/i;
/** The joiners that announce another matter outright. */
const ANOTHER_MATTER = /还有|另外|另一个|再就是|再有|第二|二是|\balso\b|\banother\b|\bplus\b/i;
/** Words that belong to the product after them: the/my/our, 我家(的), 家里(的), 那个. */
// (A kind word between them belongs to it too, "the electric water heater", "our new gas hob": session 18.)
const OWNER_BEFORE = /(?:\b(?:the|my|our)\s+(?:(?:electric|gas|new|old|kitchen|bathroom|small|big|built-in|portable|second|other)\s+){0,2}|我家的?|家里的?|我们家的?|那个|这个|那台|这台)$/i;
/** Something wrong in so many words, or the shape of a complaint about how it behaves (老是有一滩水, keeps tripping). */
const MISBEHAVES = /不[\u4e00-\u9fff]|没(?:有)?[\u4e00-\u9fff]|老是|总是|一直|经常|动不动|一滩水|积水|有水|\b(?:keeps?|still|won'?t|doesn'?t|isn'?t|not)\b/i;

export function splitProblems(text: string): ProblemPart[] {
  const mentions = productMentions(text);
  const whole = [{ text, index: 0 }];
  if (mentions.length < 2) return whole;
  const brands = brandMentions(text);
  const cuts: { at: number; next: number; announced: boolean }[] = [];
  let current = mentions[0]!.name;
  for (const m of mentions.slice(1)) {
    if (m.name === current) continue;
    // The new product starts with its brand and owner words ("and the Haier fridge", "还有我家海尔冰箱").
    let start = m.start;
    const brand = brands.find((b) => b.end <= start && start - b.end <= 1);
    if (brand) start = brand.start;
    const owner = OWNER_BEFORE.exec(text.slice(0, start));
    if (owner) start = owner.index;
    const joiner = JOINER.exec(text.slice(0, start));
    const at = joiner ? joiner.index : start;
    if (at <= (cuts.at(-1)?.at ?? 0)) continue;
    cuts.push({ at, next: start, announced: ANOTHER_MATTER.test(joiner?.[0] ?? '') });
    current = m.name;
  }
  if (!cuts.length) return whole;
  // Each part runs from where its product starts to the connecting words before the next one.
  const starts = [0, ...cuts.map((c) => c.next)];
  const ends = [...cuts.map((c) => c.at), text.length];
  const parts = starts.map((start, i) => ({ text: text.slice(start, ends[i]).trim(), index: start }));
  // Every part must be a problem of its own; otherwise the products are context for one problem.
  const problems = parts.every((p, i) => describesFault(p.text) || (i < cuts.length && cuts[i]!.announced));
  return problems ? parts : whole;
}

function describesFault(part: string): boolean {
  return scoreIntents(part, {}).fault_report > 0 || MISBEHAVES.test(part) || Boolean(extractErrorCode(part));
}
