/**
 * The problem in the customer's words once the product or brand in it was corrected. A summary that
 * says "产品：除湿机" over "问题：空气净化器有异响" still carries the slip to the engineer, so the
 * old name in the problem is replaced by the one meant ("除湿机有异响"). A slip taken back in the
 * message that named it ("微波炉不加热了，哦不是微波炉，是烤箱不加热") keeps only what was meant:
 * the words from the name meant on when they still tell the fault, else the words before the
 * take-back with the name swapped ("洗碗机漏水 哦不对 是洗衣机" is 洗衣机漏水).
 */
import type { NamedInstead } from './named-instead';
import { everyBrandMention, everyCategoryMention, type LexiconMention } from './lexicon-mentions';

/** `problem` with every name of `wrong` (a category id or brand) in it said as `said` instead; undefined when none stands in it. */
export function withNameSwapped(problem: string, slot: 'category' | 'brand', wrong: { name?: string; said?: string }, said: string): string | undefined {
  const mentions = slot === 'category' ? everyCategoryMention(problem) : everyBrandMention(problem);
  const hits = mentions.filter((m) => (wrong.name && m.name === wrong.name) || (wrong.said && problem.slice(m.start, m.end).toLowerCase() === wrong.said.toLowerCase()));
  if (!hits.length) return undefined;
  return replaceMentions(problem, hits, said);
}

function replaceMentions(text: string, hits: LexiconMention[], said: string): string {
  let out = text;
  for (const m of [...hits].sort((a, b) => b.start - a.start)) out = out.slice(0, m.start) + said + out.slice(m.end);
  return out;
}

/** Words that only take back or point ("哦不对，是", "scratch that, it's the"): what is left once they are gone must still say something. */
const POINTING_ONLY = /^[\s,，。.!！:：;；—-]*(?:(?:it'?s|it is|that'?s|the|my|a|an|是|的|那个|这个)\s*)*$/i;

const CLAUSE_END = /[,，。.!！;；]|(?<=[\u4e00-\u9fff])\s+/g;

/**
 * The problem of a message that took a name back and named the one meant: `tellsFault` says
 * whether some words describe a fault (the engine's reader, given by the caller).
 */
export function problemOfSwitch(text: string, slot: 'category' | 'brand', reading: NamedInstead, tellsFault: (words: string) => boolean): string | undefined {
  const wrong = reading.takenBack;
  if (!wrong || wrong.start >= reading.start) return undefined;
  // "…it's the Panasonic rice cooker that won't heat": the words from the name meant tell the fault.
  // (A clause ends at a stop, or at a space between Chinese words: "冰箱不冷了 等等 不是冰箱 是冰柜".)
  // ("I said washer but I meant the dryer": the clause holds the name taken back; only what follows it can tell the fault.)
  const clauseStart = Math.max(0, wrong.start + wrong.said.length, ...[...text.slice(0, reading.start).matchAll(CLAUSE_END)].map((m) => m.index + m[0].length));
  const lead = text.slice(clauseStart, reading.start).replace(/^\s*(?:(?:oh|ah|wait|hang on|sorry|no|actually|but|i meant|i mean|meant|哦|噢|啊|不对|但|其实|是|it'?s|it is|that'?s)[\s,，]*)+/i, '');
  const meant = `${POINTING_ONLY.test(lead) ? '' : lead}${text.slice(reading.start)}`.trim();
  if (tellsFault(meant)) return meant;
  // "洗碗机漏水 哦不对 是洗衣机": the fault was told before the take-back, about the name meant.
  const before = text.slice(0, reading.start);
  const told = withNameSwapped(before, slot, { said: wrong.said }, reading.said) ?? before;
  const cut = told.search(
    /[\s,，。.!！]*(?:哦不|不对|说错|搞错|记错|口误|不是|等等|等下|不好意思|抱歉|\bno\b|\bwait\b|\bhang on\b|\bsorry\b|\bactually\b|\bscratch that\b|\bnever ?mind\b|\bforget\b|\boops\b|\bi mean|\bi (?:said|wrote|typed)\b|我?说成|我?写成)/i,
  );
  const kept = (cut >= 0 ? told.slice(0, cut) : told).trim();
  return kept && tellsFault(kept) ? kept : undefined;
}
