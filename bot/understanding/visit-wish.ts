/**
 * Asking for a visit in so many words ("帮我约个师傅上门", "那就预约上门保养吧", "安排个人来看看", "book the
 * visit", "send an engineer, weekday evening", "schedule a maintenance visit"). A booking wish after any
 * answer (a care tip, a how-to, a troubleshooting step) starts or continues the booking; a maintenance or
 * cleaning visit is a booking too. Cancelling or moving a visit is read before this (visit-cancel.ts,
 * booking-change.ts), and a question about whether a visit is needed is not a wish.
 */

const ZH_WISH =
  /(?:帮我|给我|替我|麻烦|请|我要|我想|想|要|那就|就|直接|还是|赶紧|尽快|可以)(?:帮我|给我)?(?:预约|约|安排|派|叫)(?:一下|一个|个|一位|位)?(?:上门|师傅|工程师|维修|保养|清洗|检修|售后|人)|(?:预约|安排|派)(?:一下|个)?(?:上门|师傅|工程师)|(?:上门|师傅)(?:来)?(?:维修|保养|清洗|检修|看看|看一下)?吧|叫(?:个|一个)?(?:师傅|工程师|人)(?:来|上门|过来)|(?:来|派)(?:个|一个)?(?:师傅|工程师|人)(?:上门|过来|来)?(?:看看|修|处理)?吧|(?:(?:想|要|需要|得|希望|麻烦|请|还是|赶紧|快)(?:找|让|请|叫|来|要)?|找|让)(?:个|一个|一位|位)?(?:师傅|工程师|维修工|修理工|人(?!工)|售后)(?:(?:来|上门|过来|到家)(?:家里|家|一趟|看看|看一下|瞧瞧|修|修一下|处理|检查)?|看看|看一下|修一下)(?![^。！？?]{0,6}[吗么嘛]|[^。！？?，,]{0,3}[了过])/;

/** Who comes, in the plain words customers use ("an engineer", "a tech", "a guy", "someone"). */
const EN_WHO = String.raw`(?:someone|somebody|some(?:one|body) from (?:you|your (?:side|company|team))|(?:an?|one of your|your) (?:engineer|technician|tech|guy|man|bloke|person|repair ?(?:man|person|guy)|service (?:engineer|technician|person))|an? (?:visit|service visit|maintenance visit|home visit|call-?out))`;

/**
 * Said as a wish: "I want / we'd want / I'd like / need" someone (contracted or not, with a straight or a
 * curly apostrophe, "I" left out as people do in chat), or "get / have someone come out, round, over".
 */
const EN_WISH = new RegExp(
  [
    String.raw`\bbook (?:the|a|an|me an?|in an?|it|that|one)\b(?! (?:is|was|has been)\b)`,
    String.raw`\b(?:schedule|arrange|set up|organi[sz]e) (?:the|a|an|me an?) (?:visit|engineer|technician|service|appointment|maintenance|cleaning|check|repair)`,
    String.raw`\bsend (?:an? |the |your |me an? |over an? |round an? |out an? )?(?:engineer|technician|tech|repair ?(?:man|person|guy)|someone|somebody|guy|person)\b`,
    // "I'd like someone to come out", "we'd want a technician", "we need an engineer": a wish with its subject.
    String.raw`\b(?:i|we)(?:['’]d| would)? (?:really |just |rather |also |still )?(?:want|need|like|love|prefer)(?: to (?:have|get|book))? ${EN_WHO}(?!['’]s| (?:came|was|did|said|told|already)\b)`,
    // "need a guy to look at it", "..., just need someone out": the subject left out, as chat does (never "doesn't need").
    String.raw`(?:^|[,.;!?]\s*|\b(?:just|really|so|but|now|and|urgently|still) )(?:need|want)(?: to (?:have|get|book))? ${EN_WHO}(?!['’]s| (?:came|was|did|said|told|already)\b)`,
    // "get someone out to look at it", "can you have a tech come round".
    String.raw`\b(?:get|have) ${EN_WHO} (?:(?:to )?(?:come|pop|drop|swing|call) )?(?:out|over|round|around|by)\b`,
  ].join('|'),
  'i',
);

/** Whether a visit is needed or what it costs, asked as a question, is not yet a wish ("要不要上门？", "叫师傅上门收费吗", "how much is a visit?"). */
const ONLY_ASKING =
  /要不要|需不需要|用不用|是否需要|收费|收钱|要钱|费用|多少钱|免费|上门费|do (?:i|we) (?:need|have) to|do (?:i|we) need (?:someone|somebody|an? (?:engineer|technician|visit))|should i (?:book|get)|is (?:a|an) (?:visit|engineer) needed|\bhow much\b|\bcost\b|\bcharge\b|\bfee\b|\bfree\b|\bprice\b/i;

export function wantsVisit(text: string): boolean {
  if (ONLY_ASKING.test(text)) return false;
  return ZH_WISH.test(text) || EN_WISH.test(text);
}

/** A visit asked for upkeep, not a fault ("上门保养", "来清洗一下", "a maintenance visit", "service and descale"). */
const UPKEEP = /保养|清洗|清理|排污|除垢|维护|深度清洁|\bmaintenance\b|\bservic(?:e|ing) (?:visit|check)\b|\b(?:deep )?clean(?:ing)?\b|\bdescal\w*|\bflush\w*/i;

export function upkeepVisit(text: string): boolean {
  return wantsVisit(text) && UPKEEP.test(text);
}
