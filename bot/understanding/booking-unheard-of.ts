/**
 * A booking made before that nothing has come of: "上礼拜就报了，一直没人打电话", "约的周三，到今天
 * 也没个消息", "I put the request in on Monday and haven't heard a thing", "logged it ages ago, still
 * no call". Read only while a ticket is being looked for (bot/engine/booking-not-found.ts): the
 * customer is chasing that booking, not describing a new fault, even when the product is named.
 */

/** Nothing since: no call, no visit, no word. */
const NOTHING_SINCE_ZH =
  /(?:没|没有)(?:人|任何人|一个人)(?:联系|来|上门|打电话|打过电话|回电|回复|理|管|跟进|通知)|(?:一个|一通|个)?电话(?:都|也)?没(?:有)?(?:接到|打来|来过?|收到)|没(?:接到|收到)(?:过)?(?:任何)?(?:电话|短信|通知|消息|回复)|(?:没|没有)(?:任何)?(?:消息|动静|回音|下文|音讯|回复|通知)|(?:一点|半点|任何)?(?:消息|动静|回音|下文|音讯)(?:都|也)(?:没有|没)|(?:都|已经)过(?:了)?(?:好|一|两|三|四|五|六|七|八|九|十|几|\d+)+(?:个)?(?:天|周|星期|礼拜|月)了|石沉大海|杳无音信|(?:一直|始终|到现在|至今|到今天)(?:都|也|还)?(?:没|没有)(?:人)?(?:联系|来|上门|回复|回电|回过?电话|打电话|通知)|(?:也|都)没(?:有)?(?:个|一个)?电话|人影(?:都|也)?(?:没|没有|不见)|(?:还|都|也)没(?:有)?人(?:联系|来|上门|打)/;
const NOTHING_SINCE_EN =
  /\b(?:nobody|no one|no-one|noone|not a soul)\s+(?:has\s+|have\s+)?(?:ever\s+|yet\s+|even\s+)?(?:called|rang|rung|phoned|texted|contacted|come|came|shown up|showed up|turned up|got(?:ten)? (?:back|in touch)|been in touch|been (?:round|over|out)|replied|followed up)|\b(?:never|haven'?t|have not|hasn'?t|has not|didn'?t|did not)\s+(?:ever\s+)?(?:heard|had|got|gotten|received)\b[^.!?]{0,20}\b(?:back|anything|a thing|a word|a call|a peep|any (?:call|news|word|update|reply)|from (?:you|anyone|anybody))|\bno (?:engineer|technician|tech|one|body)\b[^.!?]{0,12}\b(?:called|rang|contacted|come|came|reached out|got in touch|turned up|showed up|been in (?:touch|contact))|\b(?:reached|reach) out\b[^.!?]{0,10}\b(?:never|nobody|no one)\b|\bstill (?:waiting|haven'?t heard)\b|\bit'?s been (?:a|one|two|three|four|five|several|\d+|over a|more than a) (?:week|weeks|days|fortnight|month)\b|\bheard nothing\b|\bnot (?:a|one) (?:word|call|peep|text)\b|\bno (?:word|call|calls|reply|response|news|contact|update|follow[- ]up)\b[^.!?]{0,20}\b(?:since|yet|at all|from (?:you|anyone))|\bstill (?:no|nothing)\b|\bnothing (?:since|yet|has happened|happened)\b/i;

/** A booking said to have been made before (报了, 约了, "I booked", "it was logged"), or a visit promised ("说三天内上门"). */
const BOOKED_BEFORE_ZH =
  /说(?:好|了|是)?[^，。,.!！?？]{0,8}(?:内|之内|以内)(?:上门|联系|来|安排)|(?:报|报修|报过修|约|预约|登记|下单|提交|申请)(?:的|了|过)|约好|说好|(?:打|拨)(?:过|了)(?:你们的?)?(?:电话|热线)(?:报|约)/;
const BOOKED_BEFORE_EN =
  /\b(?:was|were|got) (?:promised|told)\b[^.!?]{0,30}\b(?:call|visit|come|contact|engineer|technician|someone)\b|\b(?:they|you|someone) said (?:someone|an engineer|a technician|they|you|he|she) would (?:call|come|ring|contact)\b|\b(?:i|we|my (?:wife|husband|mum|mom|dad|son|daughter)|it|this|the (?:repair|visit|job|booking|request))\s+(?:had\s+|have\s+|was\s+|were\s+|already\s+|definitely\s+)*(?:booked|reported|logged|lodged|filed|registered|requested|scheduled|arranged|raised|submitted|put (?:it )?in|called (?:it )?in|rang (?:it )?in)\b/i;

/**
 * The visit asked after, or the fault said to go on, while the booking is looked for: "什么时候来修",
 * "师傅呢", "还是不出热水", "when is someone coming?", "where's the engineer?", "it still won't
 * heat". The booking is chased: it is looked up, never booked afresh with a form of questions.
 */
const VISIT_CHASED_ZH =
  /(?:什么时候|啥时候|几时|哪天|何时|到底)(?:能|才|会|再)?(?:派人|派师傅|来人|有人)?(?:来|上门|过来|修|派|安排)|师傅(?:呢|在哪|人呢|怎么还|还没|什么时候|啥时候|到底)|(?:还是|仍然|依然|照样|一直)(?:不|没|坏|用不了|打不开|不能)/;
const VISIT_CHASED_EN =
  /\bwhen (?:is|will|are|can|do|does) (?:someone|somebody|anyone|anybody|an? (?:engineer|technician|tech|repair ?(?:man|person))|the (?:engineer|technician|tech|repair ?(?:man|person))|you(?: guys)?|they|he|she)\b[^.?!]{0,25}\b(?:com\w*|visit\w*|fix\w*|repair\w*|turn(?:ing)? up|show(?:ing)? up|be (?:here|round|over)|get here|send\w*)|\bwhere(?:'s| is| are) (?:the|my|your|that) (?:engineer|technician|tech|repair ?(?:man|person)|visit)\b|\bstill (?:not|isn'?t|doesn'?t|does not|won'?t|will not|can'?t|broken|dead|leaking|no)\b/i;

/** "到现在没人联系", "haven't heard a thing": nothing has come of it (the wait is owed an apology). */
export function nothingSince(text: string): boolean {
  return NOTHING_SINCE_ZH.test(text) || NOTHING_SINCE_EN.test(text);
}

/** "上周六报的…到现在没人联系": a booking made before, nothing since said of a wait, or the visit asked after. */
export function chasesEarlierBooking(text: string): boolean {
  return nothingSince(text) || BOOKED_BEFORE_ZH.test(text) || BOOKED_BEFORE_EN.test(text) || VISIT_CHASED_ZH.test(text) || VISIT_CHASED_EN.test(text);
}
