/**
 * Taking up a visit after the assistant explained something (weekend visits, the call-out fee, a
 * likely cause): "行 那你给我安排吧", "那就报修吧", "那帮我约一下师傅", "ok book it then", "go ahead
 * and send someone", "yes please register it for an engineer". The booking starts (or goes on) with what is already known; it is never read
 * as "it works now" nor as a new question.
 *
 * `BOOK_IT` names the booking itself; `GO_AHEAD` is a bare go-ahead ("go ahead", "行 就这么办"),
 * which books only where the last reply spoke of a visit.
 */
const ZH_BOOK =
  '(?:安排|预约|约(?:一下|一个|个|下)?(?:师傅|上门|工程师|时间|维修)?|报修|登记(?:一下)?(?:维修|报修|上门)?|派(?:一?个|个)?(?:人|师傅|工程师)|叫(?:一?个|个)?(?:师傅|人)|上门(?:修|维修|看看|检修)?|来修|修(?:一下|理)?)';
/** A short message that says to book: an optional yes in front, the booking verb, a soft ending. */
const ZH_ACCEPT = new RegExp(
  `^(?:好|好的|好吧|行|行吧|那行|嗯|嗯嗯|可以|ok|okay|那好|那|就这样|知道了|明白了|了解)?[\\s,，。.!！~]*(?:那|那就|那么|就|还是)?(?:麻烦|辛苦)?(?:你|您)?(?:就|直接|赶紧|尽快|快点)?(?:给我|帮我|替我|给|帮)?(?:直接)?${ZH_BOOK}(?:来|过来|上门)?(?:一下|吧|呗|啊|呀|了|好了|就行|掉)*(?:吧|呗|啊|呀)?[\\s,，。.!！~]*$`,
  'i',
);
const EN_ACCEPT =
  /^(?:(?:ok(?:ay)?|alright|all right|right|fine|sure|yes|yeah|yep|great|cool|understood|got it|i see|then|so)[\s,.!]*)*(?:please\s+)?(?:(?:then\s+)?(?:just\s+)?(?:go ahead and\s+)?(?:book|schedule|arrange|set up|sort out|organi[sz]e|register|log|file|put in)\s+(?:it|that|one|a (?:repair )?request|a (?:visit|repair|technician|engineer|appointment)|an? (?:engineer|technician|appointment)|(?:the|a) (?:visit|repair|booking)|someone|somebody|me in)|(?:send|get)\s+(?:someone|somebody|an? (?:engineer|technician|repairman))(?:\s+(?:over|out|round|to (?:come|fix it|look)))?|let'?s (?:book|do|go with|arrange) (?:it|that|the (?:visit|repair)|a (?:visit|repair))|i'?ll (?:take|book|go with) (?:it|the (?:visit|repair)|a (?:visit|repair))|(?:have|get) (?:it|one) (?:booked|scheduled|arranged))(?:\s+(?:then|please|for me|now|in|for (?:an? |the )?(?:engineer|technician|(?:home |engineer )?visit|repair)))*[\s.!]*$/i;
const BARE_GO_AHEAD =
  /^(?:(?:ok(?:ay)?|alright|fine|sure|yes|yeah|then)[\s,.!]*)*(?:go ahead|do it|let'?s do (?:it|that)|please do|proceed|go for it)(?:\s+(?:then|please))*[\s.!]*$|^(?:行|好|好的|可以|那行|那好)?[\s,，]*(?:就这么办|就这样办|那就这样|照办|办吧|弄吧|搞吧|来吧)(?:吧)?[\s。!！]*$/i;

/** The booking's own details given after it: a model, a phone number, an address. */
const DETAILS = /型号|电话|手机|号码|地址|\d{7,}|\b(?:model|phone|mobile|number|address|postcode|zip)\b/i;
/** Where a leading clause may end: a comma, colon, full stop or space. */
const CLAUSE_END = /[\s,，。.:：;；!！]+/g;

/**
 * Whether the message takes up a booking in so many words ("那就报修吧", "ok book it then"), alone or
 * as its first clause with the booking's details after it ("行 那约一个 型号…电话…地址…", "ok book it:
 * model …, phone …"): the details are the form's answers, not a new message to read from scratch.
 */
export function booksIt(text: string): boolean {
  const t = text.trim();
  if (t.length <= 40 && (ZH_ACCEPT.test(t) || EN_ACCEPT.test(t))) return true;
  for (const end of t.matchAll(CLAUSE_END)) {
    if (end.index > 40) break;
    const lead = t.slice(0, end.index);
    if ((ZH_ACCEPT.test(lead) || EN_ACCEPT.test(lead)) && DETAILS.test(t.slice(end.index))) return true;
  }
  return false;
}

/** A go-ahead with no object ("go ahead", "行 就这么办"): a booking only after a reply that spoke of one. */
export function goesAhead(text: string): boolean {
  return BARE_GO_AHEAD.test(text.trim());
}

/** Whether a reply of ours spoke of a visit or a repair booking. */
export const SPOKE_OF_VISIT = /上门|报修|工程师|师傅|预约|维修|\bvisit|\bengineer|\btechnician|\brepair|\bbook/i;
