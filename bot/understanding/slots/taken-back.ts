/**
 * A value the customer takes back in the same breath: "前年..不对 去年春天买的", "2022年 哦不 2023年",
 * "two years ago — no wait, last spring", "in 2021, sorry, I mean 2022". The value after the cue
 * wins, as it does for phones ("139… 哦不对 是138…", correction.ts). A value named only to be
 * denied ("去年买的，不是前年", "不是去年 是前年", "2022, not 2021") is set aside wherever it stands.
 */

/** Words that take back what was just said and go on with the value meant. */
export const TAKE_BACK =
  /不对|不是不是|哦不|噢不|说错了?|记错了?|搞错了?|口误|\bno,? wait\b|\bwait,? no\b|\bsorry,? i mean(?:t)?\b|\bi mean(?:t)?\b|\bno,? actually\b|\bscratch that\b|\bmake that\b|\bor rather\b|\boops\b/gi;

/** Just before a value: it is named to be denied. */
const DENIED_BEFORE = /(?:^|[\s,，;；。.])(?:而不是|并不是|不是|\bnot\b|\brather than\b|\bnot in\b)\s*$/i;

interface Placed {
  index: number;
  length: number;
}

/** Whether the words between two values take the first one back (then they are two values, never one date). */
export const takesBack = (between: string): boolean => new RegExp(TAKE_BACK.source, 'i').test(between);

/**
 * The text with the taken-back values blanked out (same length, so places stay): a denied value, and
 * from the start of the last value before the last take-back cue with a value on each side to the cue's end.
 * The text itself when nothing was taken back.
 */
export function withoutTakenBack(said: string, values: Placed[]): string {
  const blank = (text: string, from: number, to: number) => text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  let text = said;
  if (values.length > 1) for (const v of values) if (DENIED_BEFORE.test(said.slice(0, v.index))) text = blank(text, v.index, v.index + v.length);
  for (const cue of [...text.matchAll(TAKE_BACK)].reverse()) {
    const end = cue.index + cue[0].length;
    const before = values.filter((v) => v.index + v.length <= cue.index).at(-1);
    const after = values.some((v) => v.index >= end);
    if (before && after) return blank(text, before.index, end);
  }
  return text;
}
