/**
 * Calling off a booked visit ("上门取消吧", "师傅不用来了", "cancel tomorrow's appointment", "we no
 * longer need the engineer to come"), and the reason said with it. Read as the cancel-visit job
 * when a visit is booked (a ticket filed or open, or the booking named in the message); before any
 * booking the same words only turn a visit down.
 */

/** Cancelling the visit, the booking or the ticket, in so many words (the words next to each other). */
export const CANCEL_VISIT =
  /(?:取消|撤销|撤回|退掉)(?:掉|一下)?(?:这次|那次|这个|那个|我的|我们的|刚才的|之前的|明天的?|后天的?|今天的?|周.的?|星期.的?)?(?:的)?(?:上门|预约|维修|报修|工单|安装|服务|派单|师傅|约)|(?:上门|预约|维修单|报修|工单|安装|派单|约好的|约的)(?:服务)?(?:就|先|帮我|给我|麻烦)?(?:取消|撤销|撤了|不要了|不用了|算了)|(?:师傅|工程师|人)(?:就|也)?(?:不用|不要|别|不需要)(?:再)?(?:来|过来|上门)了?|(?:不用|不要|别|不需要|没必要)(?:再)?(?:派人|派师傅|上门|过来)了|(?:不用|别|不要)(?:再)?来了|\bcancel\w*\s+(?:the|my|our|this|that|tomorrow'?s|today'?s|\w+day'?s)?\s*(?:visit|appointment|booking|repair|engineer|technician|request|ticket|call-?out|service)|\b(?:visit|appointment|booking|repair request|ticket)\b.{0,25}\bcancel\w*|\b(?:don'?t|do not|no longer) need (?:the |an? |your )?(?:engineer|technician|visit|someone|anyone|repair ?man)\b|\bno need for (?:the |an? )?(?:engineer|technician|visit)\b|\bcall off (?:the |my )?(?:visit|appointment|booking)\b|\b(?:engineer|technician)\b.{0,20}\b(?:doesn'?t|does not|don'?t|do not|needn'?t) (?:need to )?come\b/i;

/*
 * The cancel verb anywhere in the sentence with a visit as its object, in either order and with the
 * product or the day in between: "取消我明天的上门", "烤箱的上门维修我想取消", "the technician visit for
 * my oven, please cancel it". A purchase order has no visit word, so "取消订单" / "cancel my order" stay
 * out; the gap stops at a sentence end and (in English) at a new reason or a purchase.
 */
const ZH_CANCEL = '(?:取消|撤销|撤回|退掉|作废)';
const ZH_VISIT = '(?:上门|预约|维修|报修|工单|派单|派工|师傅|工程师|约好的|约的)';
const ZH_GAP = '[^。！？!?；;\\n]';
const EN_CANCEL = '(?:cancel(?:ling|ing|lation)?|call(?:ing)? off|scrap)';
const EN_VISIT = '(?:visit|appointment|appt|booking|engineer|technician|tech|repair ?(?:man|guy|person|visit|booking|request)?|call-?out|service call|ticket)';
const EN_GAP = '(?:(?!\\b(?:because|since|but|order|purchase|refund|delivery|subscription)\\b)[^.!?;\\n])';
const CANCEL_WITH_OBJECT = new RegExp(
  [
    `${ZH_CANCEL}${ZH_GAP}{0,14}?${ZH_VISIT}`,
    `${ZH_VISIT}${ZH_GAP}{0,16}?${ZH_CANCEL}`,
    `\\b${EN_CANCEL}\\b${EN_GAP}{0,40}?\\b${EN_VISIT}s?\\b`,
    `\\b${EN_VISIT}s?\\b${EN_GAP}{0,50}?\\b(?:${EN_CANCEL}\\b|call (?:it|that|this|them) off\\b)`,
    // A cancellation asked for in the passive: "I want the visit cancelled", "can the appointment be canceled?"
    `\\b(?:want|need|like|get|have)\\s+(?:[\\w'-]+\\s+){0,3}?${EN_VISIT}s?\\s+(?:[\\w'-]+\\s+){0,4}?cancell?ed\\b`,
    `\\b${EN_VISIT}s?\\s+be\\s+cancell?ed\\b`,
  ].join('|'),
  'i',
);

/*
 * A cancel that is not a request: kept ("不要取消", "先不取消了", "please don't cancel the visit"), or done
 * before ("之前那个已经取消了", "I cancelled the old one and booked again"). Removed before reading, so a
 * request said beside it is still heard.
 */
const NOT_A_REQUEST =
  /(?:不要|不用|别|不想|不必|先不|暂时不|不|没有?)(?:再|先|要)?(?:取消|撤销)|(?:已经|之前|上次|早就|前天|昨天)[^。！？!?，,]{0,8}?(?:取消|撤销)(?:过|了)|(?:取消|撤销)了[^吧。！!?？]{0,12}?(?:又|再|重新|然后|后来|现在)|\b(?:don'?t|do not|never|not|didn'?t|won'?t|no need to|without)\s+(?:\w+\s+)?(?:cancel\w*|call(?:ing)? off)|\b(?:i|we|you|they|he|she|it|was|were|been|got|already|had|has|have)\s+(?:\w+\s+)?cancell?ed\b/gi;

/** A question about what cancelling costs or allows is a policy question, not the request itself. */
const ASKS_ABOUT_CANCELLING = /(?:收费|要钱|扣钱|费用|违约金|手续费|能不能取消|可以取消吗|能取消吗)|\b(?:fee|charge|cost|penalty|how (?:do|can) i cancel)\b/i;

/** The visit called off with a cancel verb and the visit as its object, said as a request. */
export function cancelsBooking(text: string): boolean {
  const said = text.replace(NOT_A_REQUEST, ' ');
  return !ASKS_ABOUT_CANCELLING.test(said) && CANCEL_WITH_OBJECT.test(said);
}

/** A bare cancel word ("取消吧", "cancel it"): the booked visit when one is in sight. */
export const CANCEL_WORD =
  /^(?:那|那就)?(?:算了[，,\s]*)?(?:那|那就|还是|麻烦|帮我|请)?(?:取消|撤销)(?:吧|了|掉|一下)?(?:吧|吗)?[\s。.!！]*$|^(?:(?:forget it|never ?mind|oh well|fine|ok|okay|then)[,.!\s]+)?(?:please |just |ok |okay |then )?cancel (?:it|that|this|the whole thing)(?: then| please| instead)?[\s.!]*$/i;

/** Why, in the customer's words: "已经好了", "时间不合适", "because we fixed it", "we're moving". */
const REASON =
  /(?:因为|由于|原因是)([^，,。.!！?？]{2,40})|((?:已经|自己|它|又)?(?:好了|修好了|能用了|正常了|不坏了)|(?:找|请)了(?:别人|其他|外面)[^，,。]{0,10}|(?:买了|换了)(?:新的|一台|一个)[^，,。]{0,10}|(?:人|我)不在家[^，,。]{0,10}|(?:时间|那天)(?:不合适|不方便|没空|有事)|(?:要)?出差[^，,。]{0,10}|搬家[^，,。]{0,10})|\bbecause ([^,.!?]{3,60})|\b((?:it'?s|it is) (?:working|fine|fixed)(?: again| now)?|(?:we|i) (?:fixed|sorted) it[^,.!?]{0,30}|(?:we|i)(?:'re| are| am|'m) (?:moving|away|travelling|traveling)[^,.!?]{0,30}|(?:bought|got) a new one[^,.!?]{0,20}|found someone else[^,.!?]{0,20})/i;

export function cancelsVisit(text: string): boolean {
  const said = text.replace(NOT_A_REQUEST, ' ');
  return cancelsBooking(text) || (!ASKS_ABOUT_CANCELLING.test(said) && CANCEL_VISIT.test(said));
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
