/**
 * Asking after a complaint or request made before ("我上周投诉的那个怎么样了", "what's the status of my
 * complaint from last week?", "any news on the claim I lodged?"): a status question about something
 * already filed, never a new complaint to file. The complaint word names what is being chased.
 */

/** What was filed before: a complaint, a request, a claim, a report. */
const FILED_EN = String.raw`(?:complaint|grievance|claim|request|case|report|ticket|repair request|service request)`;

/** Asking how it stands. */
const STANDING_EN = String.raw`(?:status|progress|update|updates|news|outcome|result|follow[- ]?up|where (?:things|it|that|this) (?:stand|stands|is)|what(?:'s| is| has) happen(?:ed|ing)|how (?:is|'s) (?:it|that) going|any (?:word|reply|response|answer))`;

const EARLIER_EN = new RegExp(
  [
    // "the status of my complaint", "an update on the claim I lodged"
    String.raw`\b${STANDING_EN}\b[^.!?]{0,25}\b(?:my|our|the|that|this)\s+(?:\w+\s+)?${FILED_EN}s?\b`,
    // "my complaint ... what's the status"
    String.raw`\b(?:my|our|the)\s+(?:earlier\s+|previous\s+|last\s+|old\s+)?${FILED_EN}\b[^.!?]{0,60}\b${STANDING_EN}\b`,
    // "the complaint I made / registered last week"
    String.raw`\b${FILED_EN}\s+(?:that\s+)?(?:i|we)\s+(?:already\s+)?(?:made|filed|lodged|raised|registered|logged|submitted|put in|opened|sent)\b`,
  ].join('|'),
  'i',
);

/** Said in Chinese: a complaint or request made before, and how it stands now. */
const FILED_ZH = String.raw`(?:投诉|申诉|报修|申请|反映|反馈)`;
const BEFORE_ZH = String.raw`(?:之前|上次|上回|以前|早先|前几天|前两天|前些天|上周|上个?月|昨天|前天|已经|刚才)`;
const STANDING_ZH = String.raw`(?:进度|进展|结果|处理(?:得)?(?:怎么样|到哪|结果|好了没|了没)|怎么样了|到哪(?:了|一步)|有(?:没有)?(?:结果|回复|消息|进展|下文)|什么情况|还没(?:有)?(?:回复|处理|结果|消息|下文))`;
const EARLIER_ZH = new RegExp(
  [
    // "我上周投诉的那个…现在什么进度"
    String.raw`${BEFORE_ZH}[^。！？!?]{0,6}${FILED_ZH}(?:过|的|了)[^。！？!?]{0,30}${STANDING_ZH}`,
    // "投诉的进度", "我的投诉有结果了吗"
    String.raw`${FILED_ZH}(?:单|的事|那件事|那个)?(?:的)?(?:进度|进展|结果|处理结果)`,
    String.raw`(?:查|问)(?:一下|下)?(?:我的?)?${BEFORE_ZH}?${FILED_ZH}(?:的)?(?:进度|情况|结果)`,
  ].join('|'),
);

/** Whether the message asks after a complaint or request that was made earlier. */
export function asksAfterEarlierRequest(text: string): boolean {
  return EARLIER_EN.test(text) || EARLIER_ZH.test(text);
}
