/**
 * A product named as evidence, not as the one with the problem: "燃气灶能打着火，就是热水器不点火"
 * and "the hob lights fine, so the gas is ok" name the hob to show the gas supply works. Read as the
 * product, it replaced the water heater under discussion. A product word whose own clause says it
 * works (lights, runs, is fine) with no fault in that clause is such evidence when another product is
 * named in the message, or when the message draws the conclusion ("说明气没问题", "so the gas is fine").
 */
import { categoryMentions, type LexiconMention } from './lexicon-mentions';

/** Where the clause that names the product ends: punctuation, or a turn to what does not work ("就是", "but"). */
const CLAUSE_END = /[,，。.;；!！?？\n]|但是|但|可是|不过|就是|只是|而|\b(?:but|though|although|while|whereas|so|and|yet)\b/i;
/** Where it starts, looking back from the product word. */
const CLAUSE_START = /[,，。.;；!！?？\n]|但是|可是|不过|就是|而且|\b(?:but|though|although|while|whereas|so|and|because|since)\b/gi;

/** It works, in the clause after the product word. */
const WORKS_ZH =
  /^(?:[\u4e00-\u9fff]{0,4}?)(?:都|也|还|倒是?)?(?:是)?(?:能|可以|能够)?(?:正常)?(?:打着|点着|点燃|打火|着火|出火|用|使用|工作|运行|烧|加热|制冷|启动)|^(?:[\u4e00-\u9fff]{0,4}?)(?:都|也|还|倒是?)?(?:是)?(?:正常|没问题|好好的|好的|挺好|很好|没事|没毛病)/;
const WORKS_EN =
  /^\s*(?:(?:\w+\s+){0,2}?)(?:lights?|lit|ignites?|fires? up|fires?|works?|worked|working|runs?|running|(?:is|are|was|'s)\s+(?:still\s+)?(?:fine|ok|okay|good|working|lighting|running|normal|no problem)|(?:comes|came) on|has (?:a )?(?:flame|gas))\b/i;
/** A fault said in the same clause: then the product word is the one with the problem. */
const FAULT_IN_CLAUSE = /不|没|坏|故障|灭|熄|漏|报错|\b(?:not|no|never|won'?t|doesn'?t|didn'?t|can'?t|cannot|isn'?t|aren'?t|wasn'?t|broken|fails?|failed|goes out|dies|leak\w*|smell\w*)\b|n't\b/i;
/** The customer draws the conclusion the evidence is for: the gas, the power, the water are fine. */
const CONCLUDES =
  /说明|证明|可见|应该不是|所以(?:燃?气|天然气|煤气|电|水|水压)|(?:燃?气|天然气|煤气|电源?|水压?|供气|气源)(?:是|都|也)?(?:没问题|正常|有的|通的|够的|没事)|\b(?:so|which means|that means|meaning|proves?|shows?)\b[^.!?]{0,30}\b(?:gas|power|electricity|supply|water|pressure)\b|\b(?:gas|power|electricity|supply|water pressure)\b[^.!?]{0,12}\b(?:is|are|'s)\s+(?:fine|ok|okay|good|on|working|not the problem)\b/i;

function clauseAround(text: string, mention: LexiconMention): { before: string; after: string; clause: string } {
  const head = text.slice(0, mention.start);
  let from = 0;
  for (const m of head.matchAll(CLAUSE_START)) from = m.index + m[0].length;
  const rest = text.slice(mention.end);
  const end = CLAUSE_END.exec(rest);
  const after = end ? rest.slice(0, end.index) : rest;
  const before = head.slice(from);
  return { before, after, clause: before + text.slice(mention.start, mention.end) + after };
}

/** Whether this mention's own clause says the product works, with no fault in it. */
function saysItWorks(text: string, mention: LexiconMention): boolean {
  const { after, clause } = clauseAround(text, mention);
  if (FAULT_IN_CLAUSE.test(clause)) return false;
  return /[\u4e00-\u9fff]/.test(after) ? WORKS_ZH.test(after) : WORKS_EN.test(after);
}

/**
 * The product mentions of a message without those named only as evidence that something else works.
 * Every mention stays when dropping would leave none and the message draws no conclusion from it.
 */
export function withoutEvidenceProducts(text: string, mentions: LexiconMention[]): LexiconMention[] {
  if (!mentions.length) return mentions;
  const evidence = mentions.filter((m) => saysItWorks(text, m));
  if (!evidence.length) return mentions;
  const others = mentions.filter((m) => !evidence.includes(m) && !evidence.some((e) => e.name === m.name));
  if (others.length) return others;
  return CONCLUDES.test(text) ? [] : mentions;
}

/** The products a message names as the ones it is about, in the order named (the lexicon's mentions, evidence left out). */
export function productMentions(text: string): LexiconMention[] {
  return withoutEvidenceProducts(text, categoryMentions(text));
}
