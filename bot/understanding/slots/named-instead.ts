/**
 * A brand or product named instead of another: "sorry it's not Haier, that's the old one, this one
 * is a Midea", "不是格力的 是美的", "海尔那个是旧的，现在这台是美的", "actually it's a Bosch". Of the
 * names in the message, those denied (不是X, not X, X is the old one) are dropped and the one left is
 * the correction; with a single name, a word of correction (actually, 其实是, 应该是) makes it one
 * when it differs from what is known.
 */
import { brandMentions, categoryMentions, type LexiconMention } from './lexicon-mentions';

const DENIED_BEFORE = /(?:不是|并不是|并非|没有|不是那个|\bnot\b(?: an?| the)?|\bisn'?t\b(?: an?| the)?|\bwasn'?t\b(?: an?| the)?|\bno\b)\s*$/i;
const DENIED_AFTER =
  /^\s*(?:的)?(?:那个|那台|那部)?(?:是)?(?:旧的|以前的|之前的|原来的|老的|另一台|别的)|^\s*(?:is|was|'s)?\s*(?:the )?(?:old|previous|other|former)\b|^[^,，.。;；]{0,20}\b(?:that'?s|that is|is) the (?:old|previous|other)\b/i;
const INSTEAD = /(?:其实是|应该是|实际上是|而是|现在这台是|这台是|这个是|是)\s*$|\b(?:actually|it'?s|it is|this one is|this one'?s|the new one is|should be|i mean|i meant)(?: an?| the)?\s*$/i;

/** "I said washer but I meant the dryer", "我说成洗衣机了，其实是烘干机": the name said before "meant" is the slip. */
const SAID_BEFORE = /(?:\b(?:i )?(?:said|wrote|typed|put)(?: an?| the)?|我?(?:说成|写成|打成|说的是|写的是|说了))\s*$/i;
const MEANT = /\b(?:meant|mean)\b|其实|应该|实际/i;

function insteadOf(text: string, mentions: LexiconMention[], known: string | undefined): string | undefined {
  const names = new Set(mentions.map((m) => m.name));
  const slip = (m: LexiconMention) => SAID_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start)) && MEANT.test(text.slice(m.end));
  const denied = new Set(mentions.filter((m) => DENIED_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start)) || DENIED_AFTER.test(text.slice(m.end, m.end + 40)) || slip(m)).map((m) => m.name));
  const left = [...names].filter((n) => !denied.has(n));
  if (denied.size && left.length === 1) return left[0];
  // One name, said as a correction of a different one already known ("actually it's a Midea").
  const only = mentions.length === 1 ? mentions[0]! : undefined;
  if (only && known && only.name !== known && INSTEAD.test(text.slice(Math.max(0, only.start - 20), only.start)) && /actually|sorry|i mean|其实|应该|不对|搞错|说错|记错|等下|等等/i.test(text))
    return only.name;
  return undefined;
}

export function brandInstead(text: string, known?: string): string | undefined {
  return insteadOf(text, brandMentions(text), known);
}

export function categoryInstead(text: string, known?: string): string | undefined {
  return insteadOf(text, categoryMentions(text), known);
}
