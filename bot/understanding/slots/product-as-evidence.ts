/**
 * A product named as evidence, not as the one with the problem: "燃气灶能打着火，就是热水器不点火"
 * and "the hob lights fine, so the gas is ok" name the hob to show the gas supply works. Read as the
 * product, it replaced the water heater under discussion. A product word whose own clause says it
 * works (lights, runs, is fine) with no fault in that clause is such evidence when another product is
 * named in the message, or when the message draws the conclusion ("说明气没问题", "so the gas is fine").
 * A product plugged into the socket to test it ("拿电水壶插上试了有电", "I plugged a kettle in to
 * check the socket") is a test tool: never the product under repair, whether it worked or not.
 */
import { categoryMentions, type LexiconMention } from './lexicon-mentions';

/**
 * Where the clause that names the product ends: punctuation, a space between Chinese words (chat
 * messages often use spaces for commas), or a turn to what does not work ("就是", "but").
 */
const CLAUSE_END = /[,，。.;；!！?？\n]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|但是|但|可是|不过|就是|只是|而|\b(?:but|though|although|while|whereas|so|and|yet)\b/i;
/** Where it starts, looking back from the product word. */
const CLAUSE_START = /[,，。.;；!！?？\n]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|但是|可是|不过|就是|而且|\b(?:but|though|although|while|whereas|so|and|because|since)\b/gi;

/** It works, in the clause after the product word. */
const WORKS_ZH =
  /^(?:[\u4e00-\u9fff]{0,4}?)(?:都|也|还|倒是?)?(?:是)?(?:能|可以|能够)?(?:正常)?(?:打着|点着|点燃|打火|着火|出火|用|使用|工作|运行|烧|加热|制冷|启动)|^(?:[\u4e00-\u9fff]{0,4}?)(?:都|也|还|倒是?)?(?:是)?(?:正常|没问题|好好的|好的|挺好|很好|没事|没毛病)/;
const WORKS_EN =
  /^\s*(?:(?:\w+\s+){0,2}?)(?:lights?|lit|ignites?|fires? up|fires?|works?|worked|working|runs?|running|(?:is|are|was|'s)\s+(?:still\s+)?(?:fine|ok|okay|good|working|lighting|running|normal|no problem)|(?:comes|came) on|has (?:a )?(?:flame|gas))\b/i;
/**
 * The product is plugged in (or used) to try the socket or the power: "插电饭锅试了", "拿台灯插上",
 * "换了个电水壶插" before the word; "插上去能用", "试了插座有电" after it; "plugged a kettle in",
 * "tried the socket with a lamp", "tested it with my phone charger".
 */
const TEST_TOOL_BEFORE_ZH = /(?:插|插上|插了|插个|插一?下|拿|用|换|接)(?:了|个|一?个|一?台|上|我的|家里的|别的|其他的?)?$/;
const TEST_TOOL_AFTER_ZH = /^(?:[\u4e00-\u9fff]{0,2}?)(?:插上?去?|插一?下|试|测)|^(?:[\u4e00-\u9fff]{0,6}?)插座/;
const TEST_TOOL_BEFORE_EN =
  /\b(?:plugg?(?:ed|ing)?|tried|tested|checked)\b[^.!?,]{0,30}\bwith\s+(?:a|an|the|my|our|another|other)?\s*$|\bplugg?(?:ed|ing)?\s+(?:in\s+)?(?:a|an|the|my|our|another|other)\s+$/i;
const TEST_TOOL_AFTER_EN = /^\s*(?:in(?:to)?\b|(?:into|in) (?:the|that|this|same) (?:socket|outlet|plug)|to (?:test|check|try))/i;

/** A fault said in the same clause: then the product word is the one with the problem. */
const FAULT_IN_CLAUSE = /不|没|坏|故障|灭|熄|漏|报错|\b(?:not|no|never|won'?t|doesn'?t|didn'?t|can'?t|cannot|isn'?t|aren'?t|wasn'?t|broken|fails?|failed|goes out|dies|leak\w*|smell\w*)\b|n't\b/i;
/** The customer draws the conclusion the evidence is for: the gas, the power, the water are fine. */
const CONCLUDES =
  /说明|证明|可见|应该不是|所以(?:燃?气|天然气|煤气|电|水|水压)|(?:燃?气|天然气|煤气|电源?|水压?|供气|气源)(?:是|都|也)?(?:没问题|正常|有的|通的|够的|没事)|\b(?:so|which means|that means|meaning|proves?|shows?)\b[^.!?]{0,30}\b(?:gas|power|electricity|supply|water|pressure)\b|\b(?:gas|power|electricity|supply|water pressure)\b[^.!?]{0,12}\b(?:is|are|'s)\s+(?:fine|ok|okay|good|on|working|not the problem)\b/i;

function clauseAround(text: string, mention: LexiconMention): { before: string; after: string; clause: string } {
  const head = text.slice(0, mention.start);
  let from = 0;
  for (const m of head.matchAll(CLAUSE_START)) from = m.index + m[0].length;
  // A space right after the product word ("燃气灶 能打着火") still belongs to its clause.
  const rest = text.slice(mention.end).replace(/^\s+/, '');
  const end = CLAUSE_END.exec(rest);
  const after = end ? rest.slice(0, end.index) : rest;
  const before = head.slice(from);
  return { before, after, clause: before + text.slice(mention.start, mention.end) + after };
}

/** Whether this mention names a product plugged in only to test the socket or the power. */
function usedAsTestTool(text: string, mention: LexiconMention): boolean {
  const { before, after } = clauseAround(text, mention);
  if (/[\u4e00-\u9fff]/.test(text.slice(mention.start, mention.end)))
    // "插上电饭煲也不亮" may be the rice cooker's own fault: a test needs a try, the socket, or a result that works.
    return TEST_TOOL_BEFORE_ZH.test(before) && (TEST_TOOL_AFTER_ZH.test(after) || (WORKS_ZH.test(after) && !FAULT_IN_CLAUSE.test(after)));
  const head = text.slice(Math.max(0, mention.start - 60), mention.start);
  if (/\bwith\s+(?:a|an|the|my|our|another|other)?\s*$/i.test(head)) return TEST_TOOL_BEFORE_EN.test(head);
  // "I plugged the kettle in and it doesn't work" is the kettle's own fault: a test names the socket or works.
  const tail = text.slice(mention.end, mention.end + 60);
  return TEST_TOOL_BEFORE_EN.test(head) && TEST_TOOL_AFTER_EN.test(after) && (/\b(?:socket|outlet|plug|power point|test|check)\b/i.test(tail) || !FAULT_IN_CLAUSE.test(tail));
}

/** Whether this mention's own clause says the product works, with no fault in it. */
function saysItWorks(text: string, mention: LexiconMention): boolean {
  if (usedAsTestTool(text, mention)) return true;
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
  if (evidence.every((m) => usedAsTestTool(text, m))) return [];
  return CONCLUDES.test(text) ? [] : mentions;
}

/** The products a message names as the ones it is about, in the order named (the lexicon's mentions, evidence left out). */
export function productMentions(text: string): LexiconMention[] {
  return withoutEvidenceProducts(text, categoryMentions(text));
}
