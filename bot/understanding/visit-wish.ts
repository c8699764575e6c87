/**
 * Asking for a visit in so many words ("帮我约个师傅上门", "那就预约上门保养吧", "安排个人来看看", "book the
 * visit", "send an engineer, weekday evening", "schedule a maintenance visit"). A booking wish after any
 * answer (a care tip, a how-to, a troubleshooting step) starts or continues the booking; a maintenance or
 * cleaning visit is a booking too. Cancelling or moving a visit is read before this (visit-cancel.ts,
 * booking-change.ts), and a question about whether a visit is needed is not a wish.
 */

const ZH_WISH =
  /(?:帮我|给我|替我|麻烦|请|我要|我想|想|要|那就|就|直接|还是|赶紧|尽快|可以)(?:帮我|给我)?(?:预约|约|安排|派|叫)(?:一下|一个|个|一位|位)?(?:上门|师傅|工程师|维修|保养|清洗|检修|售后|人)|(?:预约|安排|派)(?:一下|个)?(?:上门|师傅|工程师)|(?:上门|师傅)(?:来)?(?:维修|保养|清洗|检修|看看|看一下)?吧|叫(?:个|一个)?(?:师傅|工程师|人)(?:来|上门|过来)|(?:来|派)(?:个|一个)?(?:师傅|工程师|人)(?:上门|过来|来)?(?:看看|修|处理)?吧/;

const EN_WISH =
  /\bbook (?:the|a|an|me an?|in an?|it|that|one)\b(?! (?:is|was|has been)\b)|\b(?:schedule|arrange|set up|organi[sz]e) (?:the|a|an|me an?) (?:visit|engineer|technician|service|appointment|maintenance|cleaning|check|repair)|\bsend (?:an? |the |your |me an? )?(?:engineer|technician|tech|repair ?man|someone|somebody)\b|\b(?:i|we) (?:want|need|would like|'d like) (?:someone|somebody|an engineer|a technician|a visit|a service visit|a maintenance visit)\b/i;

/** Whether a visit is needed or what it costs, asked as a question, is not yet a wish ("要不要上门？", "叫师傅上门收费吗", "how much is a visit?"). */
const ONLY_ASKING =
  /要不要|需不需要|用不用|是否需要|收费|收钱|要钱|费用|多少钱|免费|上门费|do (?:i|we) (?:need|have) to|should i (?:book|get)|is (?:a|an) (?:visit|engineer) needed|\bhow much\b|\bcost\b|\bcharge\b|\bfee\b|\bfree\b|\bprice\b/i;

export function wantsVisit(text: string): boolean {
  if (ONLY_ASKING.test(text)) return false;
  return ZH_WISH.test(text) || EN_WISH.test(text);
}

/** A visit asked for upkeep, not a fault ("上门保养", "来清洗一下", "a maintenance visit", "service and descale"). */
const UPKEEP = /保养|清洗|清理|排污|除垢|维护|深度清洁|\bmaintenance\b|\bservic(?:e|ing) (?:visit|check)\b|\b(?:deep )?clean(?:ing)?\b|\bdescal\w*|\bflush\w*/i;

export function upkeepVisit(text: string): boolean {
  return wantsVisit(text) && UPKEEP.test(text);
}
