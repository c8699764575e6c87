/**
 * The customer's own words for a product the lexicon does not hold, given as the answer to
 * "which product is it?": "电动牙刷", "空气炸锅", "a hair dryer". Taken as the product so the
 * question is not asked again; only a short answer that reads as a thing (a Chinese noun ending
 * in a product character, a few English words that are not an answer word) counts.
 */
const FILLER_ZH = /^(?:是|就是|那个|我的|我家的?|一个|一台|一把|一部|个|台|把|部)+|(?:吧|啊|呀|哦|呢|了|的)+$/g;
const FILLER_EN = /^(?:(?:it'?s|its|it is|is|the|my|a|an|our|one)\s+)+|[.!]+$/gi;
/** The last character of a Chinese product noun (电动牙刷, 空气炸锅, 按摩椅, 加湿器, 投影仪). */
const THING_ZH = /(?:机|器|锅|壶|刷|炉|箱|灯|仪|表|扇|柜|镜|秤|垫|煲|筒|盒|罩|泵|毯|椅|床|车|音响|耳机|手环|音箱|相机|电脑)$/;
/** English words that answer a question rather than name a thing. */
const NOT_A_THING = /\b(?:yes|yeah|yep|no|nope|ok|okay|sure|thanks?|fine|good|great|cool|right|hello|hi|what|why|how|know|sure|idea|sorry|please|help|later|wait)\b/i;

export function readOwnProduct(text: string): string | undefined {
  const t = text.trim();
  if (!t || /\d|[?？]/.test(t)) return undefined;
  if (/[\u4e00-\u9fff]/.test(t)) {
    const words = t.replace(FILLER_ZH, '').trim();
    return words.length >= 2 && words.length <= 8 && /^[\u4e00-\u9fff]+$/.test(words) && THING_ZH.test(words) ? words : undefined;
  }
  const words = t.toLowerCase().replace(FILLER_EN, '').trim();
  if (!/^[a-z]+(?:[\s-][a-z]+){0,2}$/.test(words) || NOT_A_THING.test(words) || words.length < 4) return undefined;
  return words;
}
