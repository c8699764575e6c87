/**
 * "Is there anything I can check myself first?", "有没有我自己能先查的，比如滤网": the customer asks
 * for the self-checks of the fault on the table. It is not a new topic to look up (searched alone,
 * the words "check myself" find nothing, and the customer heard "no reliable answer" although the
 * fault's case holds exactly those checks).
 */
const SELF_CHECK_ZH =
  /(?:我|自己|本人)[^，,。？?]{0,6}(?:能|可以|可|会|要|该|先)?[^，,。？?]{0,4}(?:查|检查|排查|看看|试试|弄|处理|清理|清洗)|(?:自查|自检|自行检查|自己检查|自己排查|自己先?看看)|有(?:没有|什么|啥|哪些)[^，,。？?]{0,6}(?:可以|能)?(?:先)?(?:检查|排查|查一?下|试一?下|试试)(?:的|一下)?/;
const SELF_CHECK_EN =
  /\b(?:anything|something|things?|what)\b[^.?!]{0,30}\b(?:i|we)\b[^.?!]{0,15}\b(?:check|try|look at|inspect|clean|do)\b[^.?!]{0,20}\b(?:myself|ourselves|first|on my own|before)\b|\b(?:check|try|inspect|fix|look at)\b[^.?!]{0,20}\b(?:myself|ourselves|on my own)\b|\bself[- ]?checks?\b|\bcan i check\b|\bshould i check\b|\bwhat (?:can|should) i (?:check|look at|try)\b/i;

/** Asked, not told: "我已经检查过滤网了" reports a check done. */
const ASKING_ZH = /[吗呢嘛？?]|什么|哪些|啥|有没有|能不能|可不可以/;
const DONE_ZH = /(?:已经|都)[^，,。]{0,6}(?:查|检查|清理|清洗|试)过?了?|(?:查|检查|清理|清洗|试)过了/;

/** Whether the message asks what the customer can check or try on their own. */
export function asksForSelfChecks(text: string): boolean {
  if (SELF_CHECK_ZH.test(text) && ASKING_ZH.test(text) && !DONE_ZH.test(text)) return true;
  return SELF_CHECK_EN.test(text) && !/\b(?:already|i'?ve|i have) (?:checked|tried|cleaned)\b/i.test(text);
}
