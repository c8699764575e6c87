/**
 * A brand or product named instead of another: "sorry it's not Haier, that's the old one, this one
 * is a Midea", "不是格力的 是美的", "海尔那个是旧的，现在这台是美的", "actually it's a Bosch". Of the
 * names in the message, those denied (不是X, not X, X is the old one, never mind the X, X说错了) or
 * taken back ("X… 哦不对 … Y", "X, scratch that, Y") are dropped and the one left is the correction;
 * with a single name, a word of correction (actually, 其实是, 应该是, 搞混了) makes it one when it
 * differs from what is known. The one reader for both slots: the product and the brand are read
 * from the one lexicon (kernel/lexicon) with the same words of correction.
 */
import { everyBrandMention, everyCategoryMention, type LexiconMention } from './lexicon-mentions';
import { takesBack } from './taken-back';

/** A name meant instead of another, with the customer's own words for both. */
export interface NamedInstead {
  /** Canonical brand name or category id now meant. */
  name: string;
  /** The customer's words for it ("冰柜", "rice cooker"). */
  said: string;
  /** The words taken back, when this message names them ("微波炉"), and where they first stand. */
  takenBack?: { name: string; said: string; start: number };
  /** Where the name meant stands in the message. */
  start: number;
}

const DENIED_BEFORE =
  /(?:不是|并不是|并非|没有|不是那个|\bnot\b(?: an?| the| my)?|\bisn'?t\b(?: an?| the)?|\bwasn'?t\b(?: an?| the)?|\bno\b|\bnever ?mind\b(?: (?:about )?(?:the|my))?|\bforget\b(?: (?:about )?(?:the|my))?|\bignore\b(?: (?:the|my))?|\bnothing wrong with\b(?: (?:the|my))?)\s*$/i;
const DENIED_AFTER =
  /^\s*(?:的)?(?:那个|那台|那部)?(?:是)?(?:旧的|以前的|之前的|原来的|老的|另一台|别的)|^\s*(?:的)?(?:那个|那台|那部)?\s*(?:不算|说错了?|写错了?|打错了?|搞错了?|记错了?|弄错了?|没问题|没事|是好的)|^\s*(?:is|was|'s)?\s*(?:the )?(?:old|previous|other|former)\b|^\s*(?:is|'s) fine\b|^[^,，.。;；]{0,20}\b(?:that'?s|that is|is) the (?:old|previous|other)\b/i;
const INSTEAD =
  /(?:其实是|应该是|实际上是|而是|现在这台是|这台是|这个是|我说的是|我是说|我指的是|是)\s*$|\b(?:actually|it'?s|it is|this one is|this one'?s|the new one is|should be|i mean|i meant|talking about|meant to say)(?: an?| the| my)?\s*$/i;
/** Words that say a name was wrong, anywhere in a message with one name. */
const CORRECTING =
  /actually|sorry|oops|my bad|my mistake|wrong (?:one|product|appliance|brand)|mixed (?:it |them )?up|i mean|meant|talking about|其实|应该|不对|搞错|说错|记错|写错|打错|搞混|弄混|口误|等下|等等|我说的是|我是说|我指的是/i;

/** "I said washer but I meant the dryer", "我说成洗衣机了，其实是烘干机": the name said before "meant" is the slip. */
const SAID_BEFORE = /(?:\b(?:i )?(?:said|wrote|typed|put)(?: an?| the)?|我?(?:说成|写成|打成|说的是|写的是|说了))\s*$/i;
const MEANT = /\b(?:meant|mean)\b|其实|应该|实际/i;
/** Between two names, words that add a second one rather than replace the first ("…and the fridge too", "还有冰箱"). */
const ALSO = /还有|另外|以及|也|\balso\b|\btoo\b|\bas well\b|\band\b|\bplus\b/i;
/** Besides the words that take back any value (taken-back.ts), those that take back a name said a moment ago ("Bosch, sorry, Siemens"). */
const TAKES_BACK_NAME = /\bsorry\b|\bwait\b|\bhang on\b|\bnever ?mind\b|\bforget (?:it|that)\b|不好意思|抱歉|等等|等下/i;
/** How far apart a name and the one replacing it stand when a take-back cue comes between them. */
const TAKE_BACK_REACH = 80;

const wordOf = (text: string, m: LexiconMention) => text.slice(m.start, m.end);

function readInstead(text: string, mentions: LexiconMention[], known: string | undefined): NamedInstead | undefined {
  const key = (m: LexiconMention) => wordOf(text, m).toLowerCase();
  const slip = (m: LexiconMention) => SAID_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start)) && MEANT.test(text.slice(m.end));
  // "微波炉不加热了，哦不对，是烤箱", "the TV, scratch that, the soundbar": a name taken back by the words before the next one.
  // (Not when the next one is itself denied: "是洗衣机，不是洗碗机" takes the dishwasher back, not the washer.)
  const deniedBefore = (m: LexiconMention) => DENIED_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
  const takenBackBy = (m: LexiconMention, i: number) =>
    mentions.slice(i + 1).some((next) => {
      const between = text.slice(m.end, next.start);
      return (
        key(next) !== key(m) &&
        !deniedBefore(next) &&
        between.length <= TAKE_BACK_REACH &&
        (takesBack(between) || TAKES_BACK_NAME.test(between)) &&
        !ALSO.test(between) &&
        !ALSO.test(text.slice(next.end, next.end + 16))
      );
    });
  const deniedMention = (m: LexiconMention, i: number) => deniedBefore(m) || DENIED_AFTER.test(text.slice(m.end, m.end + 40)) || slip(m) || takenBackBy(m, i);
  // Denied by the words the customer used, so "不是冰箱 是冰柜" (one category, two words) is a change too.
  const denied = new Set(mentions.filter(deniedMention).map(key));
  const left = mentions.filter((m) => !denied.has(key(m)));
  const names = new Set(left.map((m) => m.name));
  if (denied.size && names.size === 1) {
    const meant = left.at(-1)!;
    const wrong = mentions.find((m) => denied.has(key(m)))!;
    return { name: meant.name, said: wordOf(text, meant), takenBack: { name: wrong.name, said: wordOf(text, wrong), start: wrong.start }, start: meant.start };
  }
  // One name, said as a correction of a different one already known ("actually it's a Midea", "搞混了，是烤箱").
  const only = mentions.length === 1 ? mentions[0]! : undefined;
  if (only && known && only.name !== known && INSTEAD.test(text.slice(Math.max(0, only.start - 20), only.start)) && CORRECTING.test(text))
    return { name: only.name, said: wordOf(text, only), start: only.start };
  return undefined;
}

export function readBrandInstead(text: string, known?: string): NamedInstead | undefined {
  return readInstead(text, everyBrandMention(text), known);
}

export function readCategoryInstead(text: string, known?: string): NamedInstead | undefined {
  return readInstead(text, everyCategoryMention(text), known);
}

export function brandInstead(text: string, known?: string): string | undefined {
  return readBrandInstead(text, known)?.name;
}

export function categoryInstead(text: string, known?: string): string | undefined {
  return readCategoryInstead(text, known)?.name;
}
