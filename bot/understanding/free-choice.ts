/**
 * Question words used to mean "any" (issue 16, facts): "哪天都行", "什么时候都可以", "几点来也行",
 * "不管哪天", "whatever day", "whenever suits you". A customer leaving the time open tells us a
 * preference; read as a question it got "no reliable information" and the time was asked again.
 * In Chinese a question word followed by 都/也 in the same clause, or after 不管/无论/不论, means
 * "any"; 吗 or a question mark still asks ("什么时候都可以吗？").
 */

/** A question word that means "any": the span to leave out before looking for a question. */
const FREE_CHOICE_ZH = /(?:不管|无论|不论)?(?:哪|什么|啥|几|怎么|多会儿?)[\u4e00-\u9fff\d]{0,6}?(?:都|也)|(?:不管|无论|不论)(?:是)?(?:哪|什么|啥|几|怎么|多会儿?)[\u4e00-\u9fff]{0,4}/g;
const FREE_CHOICE_EN = /\b(?:whatever|whichever|whenever|wherever|no matter (?:what|which|when|how))\b/gi;

/** Spans [start, end) of the text where a question word means "any". */
export function freeChoiceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const re of [FREE_CHOICE_ZH, FREE_CHOICE_EN]) for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** The text with each "any" question word blanked (same length, so indexes stay put). */
export function withoutFreeChoice(text: string): string {
  let out = text;
  for (const [start, end] of freeChoiceSpans(text)) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}
