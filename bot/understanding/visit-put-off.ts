/**
 * "先不约了 我自己再调调", "不用派人了", "hold off on the booking", "I'll give that another go and get back to
 * you": while a visit is being booked, the customer puts it off. It is no answer to the question the form
 * asked (the model, the date, the phone), nor a request for a person ("不行再联系你们" names us only for
 * later): the form stops, nothing is booked, and they can come back any time (bot/engine/visit-put-off.ts).
 */

import { findVisitTime } from './visit-time';

/** Turning the visit itself down, for now. ("先不修了" is the plain cancel of a form, with its own wording.) */
const NO_VISIT_ZH = /(?:先|暂时|暂且|就)?(?:不用|不要|不需要|先不|暂时不|别)(?:再)?(?:帮我)?(?:约|预约|报修|派人|派师傅|派工程师|上门|安排|来人|叫师傅|叫人)(?:了|啦)?/;
/** Trying it themselves first, and coming back if it does not help. */
const SELF_FIRST_ZH =
  /(?:我|我们)?(?:先|再)?自己(?:先|再)?(?:调|弄|试|琢磨|研究|看看|处理|修|搞|鼓捣|折腾|清洗|清理|洗|擦)[^，。,.!！]{0,10}再说|(?:我|我们)?(?:先|再)自己(?:再)?(?:调|弄|试|琢磨|研究|看看|处理|修|搞|鼓捣|折腾|清洗|清理)|(?:不行|还不行|再不行|实在不行|还是不行|没好)(?:的话)?(?:我)?再(?:找|联系|报修|约|来|麻烦)/;
const NO_VISIT_EN =
  /\b(?:don'?t|do not|no need to|not going to|won'?t) (?:book|send|schedule|arrange|need)\b[^.?!]{0,20}\b(?:anything|anyone|anybody|someone|somebody|it|visit|engineer|technician|tech|booking|appointment)\b|\bhold off\b[^.?!]{0,15}\b(?:booking|visit|appointment|engineer|it)\b|\b(?:forget|skip|scrap|drop)\b (?:the |that |this )?(?:booking|visit|appointment)\b|\bno (?:visit|booking|engineer) (?:for now|yet|needed|thanks)\b/i;
const SELF_FIRST_EN =
  /\b(?:i'?ll|i will|let me|we'?ll|we will)\b[^.?!]{0,25}\b(?:try|give)\b[^.?!]{0,30}\b(?:first|again|another (?:go|try|shot))\b|\b(?:i'?ll|we'?ll|i will|we will) (?:sort|fix|deal with|handle) it (?:myself|ourselves)\b|\b(?:get|come) back to you\b|\b(?:i'?ll|we'?ll|i will|we will) (?:ring|call|contact|message|text) (?:you|back)\b[^.?!]{0,20}\b(?:if|when|later)\b|\bforget (?:about )?(?:the |a )?(?:engineer|technician|visit|booking|appointment|repair)\b/i;
const QUESTION = /[?？]|[吗嘛么][\s。!！~]*$/;

/** Whether the message puts the visit being booked off (and asks nothing). */
export function putsVisitOff(text: string): boolean {
  // ("别约周一", "don't send anyone before 10am" rule a time out for the visit; they do not put it off.
  // "等周末我自己洗下滤网再说" names a time for their own try: that still puts it off.)
  if (QUESTION.test(text)) return false;
  const selfFirst = SELF_FIRST_ZH.test(text) || SELF_FIRST_EN.test(text);
  if (findVisitTime(text) && !selfFirst) return false;
  return selfFirst || NO_VISIT_ZH.test(text) || NO_VISIT_EN.test(text);
}
