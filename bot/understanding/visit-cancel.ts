/**
 * Calling off a booked visit ("上门取消吧", "师傅不用来了", "cancel tomorrow's appointment", "we no
 * longer need the engineer to come"), and the reason said with it. Read as the cancel-visit job
 * when a visit is booked (a ticket filed or open, or the booking named in the message); before any
 * booking the same words only turn a visit down.
 */

/** Cancelling the visit, the booking or the ticket, in so many words. */
export const CANCEL_VISIT =
  /(?:取消|撤销|撤回|退掉)(?:掉|一下)?(?:这次|那次|这个|那个|我的|我们的|刚才的|之前的|明天的?|后天的?|今天的?|周.的?|星期.的?)?(?:的)?(?:上门|预约|维修|报修|工单|安装|服务|派单|师傅|订单|约)|(?:上门|预约|维修单|报修|工单|安装|派单|约好的|约的)(?:服务)?(?:就|先|帮我|给我|麻烦)?(?:取消|撤销|撤了|不要了|不用了|算了)|(?:师傅|工程师|人)(?:就|也)?(?:不用|不要|别|不需要)(?:再)?(?:来|过来|上门)了?|(?:不用|不要|别|不需要|没必要)(?:再)?(?:派人|派师傅|上门|过来)了|(?:不用|别|不要)(?:再)?来了|\bcancel\w*\s+(?:the|my|our|this|that|tomorrow'?s|today'?s|\w+day'?s)?\s*(?:visit|appointment|booking|repair|engineer|technician|request|ticket|call-?out|service)|\b(?:visit|appointment|booking|repair request|ticket)\b.{0,25}\bcancel\w*|\b(?:don'?t|do not|no longer) need (?:the |an? |your )?(?:engineer|technician|visit|someone|anyone|repair ?man)\b|\bno need for (?:the |an? )?(?:engineer|technician|visit)\b|\bcall off (?:the |my )?(?:visit|appointment|booking)\b|\b(?:engineer|technician)\b.{0,20}\b(?:doesn'?t|does not|don'?t|do not|needn'?t) (?:need to )?come\b/i;

/** A bare cancel word ("取消吧", "cancel it"): the booked visit when one is in sight. */
export const CANCEL_WORD =
  /^(?:那|那就)?(?:算了[，,\s]*)?(?:那|那就|还是|麻烦|帮我|请)?(?:取消|撤销)(?:吧|了|掉|一下)?(?:吧|吗)?[\s。.!！]*$|^(?:(?:forget it|never ?mind|oh well|fine|ok|okay|then)[,.!\s]+)?(?:please |just |ok |okay |then )?cancel (?:it|that|this|the whole thing)(?: then| please| instead)?[\s.!]*$/i;

/** Why, in the customer's words: "已经好了", "时间不合适", "because we fixed it", "we're moving". */
const REASON =
  /(?:因为|由于|原因是)([^，,。.!！?？]{2,40})|((?:已经|自己|它|又)?(?:好了|修好了|能用了|正常了|不坏了)|(?:找|请)了(?:别人|其他|外面)[^，,。]{0,10}|(?:买了|换了)(?:新的|一台|一个)[^，,。]{0,10}|(?:人|我)不在家[^，,。]{0,10}|(?:时间|那天)(?:不合适|不方便|没空|有事)|(?:要)?出差[^，,。]{0,10}|搬家[^，,。]{0,10})|\bbecause ([^,.!?]{3,60})|\b((?:it'?s|it is) (?:working|fine|fixed)(?: again| now)?|(?:we|i) (?:fixed|sorted) it[^,.!?]{0,30}|(?:we|i)(?:'re| are| am|'m) (?:moving|away|travelling|traveling)[^,.!?]{0,30}|(?:bought|got) a new one[^,.!?]{0,20}|found someone else[^,.!?]{0,20})/i;

export function cancelsVisit(text: string): boolean {
  return CANCEL_VISIT.test(text);
}

/**
 * Cancelling a visit named as already booked ("取消周二的上门", "cancel Tuesday's visit", "cancel my
 * appointment"): said with a cancel verb and a day or possessive, never a visit merely turned down.
 */
const NAMED_BOOKING =
  /(?:取消|撤销)(?:掉|一下)?(?:我的|我们的|之前的|约好的|已经约的|明天的?|后天的?|今天的?|周.的?|星期.的?|礼拜.的?|\d+号的?)(?:上门|预约|维修|安装|师傅)|\bcancel\w*\s+(?:my|our|tomorrow'?s|today'?s|\w+day'?s|the booked|the scheduled)\s*(?:visit|appointment|booking|engineer|technician|call-?out|service)/i;

export function cancelsNamedVisit(text: string): boolean {
  return NAMED_BOOKING.test(text);
}

/** The reason given for cancelling, if any. */
export function visitReason(text: string): string | undefined {
  const m = REASON.exec(text);
  const said = m?.slice(1).find(Boolean)?.trim();
  return said ? said.slice(0, 80) : undefined;
}
