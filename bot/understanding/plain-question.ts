/**
 * Everyday questions a person at the desk answers at once, from the plain answers
 * (knowledge/sample/plain-answers.json): how to let the water out of a washer whose door stays
 * locked, whether to send the receipt now, what becomes of an earlier ticket, what if the
 * engineer's call is missed. Their words look like a fault ("门打不开"), a ticket lookup ("两个单号")
 * or a complaint ("打不通"), so without this they were routed there and the question went unanswered.
 */

/** Letting the water out by hand, or getting the laundry out of a full drum. */
const DRAIN_BY_HAND =
  /(?:怎么|如何|咋|怎样|能不能|可不可以|可以|自己|先)[^，,。？?]{0,8}(?:放水|排水|把水|水[^，,。？?]{0,3}(?:弄|放|排|舀|倒)出)|(?:衣服|衣物)[^，,。？?]{0,6}(?:拿不出|取不出|怎么拿|怎么取|拿出来)|\bhow (?:do|can|should|would) (?:i|we|you) (?:drain|empty|get (?:all )?(?:the )?water out)\b|\b(?:drain|empty) (?:it|the (?:water|drum|machine|washer)) (?:by hand|manually|myself|out)\b|\bemergency drain\b|\b(?:get|take) (?:my |the )?(?:clothes|laundry|washing) out\b/i;
/** "里面都是水，怎么弄出来": the water named first, then how to get it out. */
const WATER_THEN_HOW = /(?:全是|都是|满是|一筒|一桶|好多|很多|还有|积了)水[^。？?]{0,8}(?:怎么|如何|咋|能不能|可以)[^，,。？?]{0,3}(?:弄|放|排|舀|倒|取|清)(?:出来|出去|掉|干净|出)/;
const WASHER = /洗衣机|滚筒|波轮|衣服|衣物|\b(?:washer|washing machine|front[- ]?loader|drum|laundry|clothes)\b/i;
const NOT_WASHER = /洗碗机|热水器|\b(?:dishwasher|water heater|boiler)\b/i;

/** Where the home's gas shut-off valve usually is, asked with no danger on the table (a danger asks it as a follow-up). */
const GAS_VALVE_WHERE =
  /(?:燃气|煤气|天然气)?(?:总阀|总闸|主阀|阀门|气阀)[^，,。？?]{0,6}(?:一般|通常)?[^，,。？?]{0,4}(?:在哪|哪里|哪儿|装在|什么位置|位置在|长什么样|长啥样|怎么找)|\bwhere\b[^.?!]{0,30}\b(?:gas (?:valve|shut-?off|tap|main)|main gas|gas meter)\b|\b(?:gas (?:shut-?off|valve|main)|main gas (?:valve|tap|shut-?off))\b[^.?!]{0,20}\b(?:usually|normally|typically)?\s*(?:located|found|kept)\b/i;

/** Sending the receipt or invoice (not a lost one: the without-proof rule answers that). */
const RECEIPT = /发票|小票|收据|购物凭证|凭证|\b(?:receipts?|invoices?|proof of purchase)\b/i;
const RECEIPT_SEND =
  /要不要|需不需要|用不用|需要[^，,。？?]{0,6}(?:吗|么)|(?:发|拍|传|给)[^，,。？?]{0,4}(?:给你|过来|过去|一下|照|吗|么|不)|怎么(?:发|传|给)|\b(?:send|upload|attach|photo|picture|pic|snap|need|required|want)\b/i;
const RECEIPT_LOST = /丢了|丢失|找不到|找不着|没了|弄丢|\b(?:lost|can'?t find|misplaced|don'?t have)\b/i;

/** What becomes of an earlier ticket once there is a new one, or why there are two. */
const TICKET = /工单|单号|单子|(?<![订菜买账清])单(?![位元独身])|\b(?:tickets?|reference(?: numbers?)?|request|booking)\b/i;
const TICKET_FATE =
  /两个(?:工单|单号|单)|又(?:一个|多了?一个|来一个|给我一个)|怎么又|还算(?:数|不算)?|还有效|作废|取消|覆盖|合并|重新排队|会怎么样|怎么处理|\bwhat happens to\b|\b(?:two|second|another|new) (?:ticket|reference)(?: numbers?)?\b|\bstill (?:valid|count|open|active|stand)|\b(?:cancel+ed|replaced?|overwritten|merged)\b|\bback of the queue\b|\bqueue again\b/i;

/** A call or visit the customer may miss: out, no signal, another number or time. */
const VISIT = /师傅|工程师|上门|来的时候|到时候|那天|明天|后天|上午|下午|\b(?:engineer|technician|visit|appointment|tomorrow|morning|afternoon)\b|\bwhen (?:he|she|they) (?:comes?|calls?|arrives?)\b/i;
const UNREACHABLE =
  /接不到|接不了|没接到|没接上|打不通|联系不上|找不到我|不在家|家里没人|没人在家|出门|在外面|不方便接|没信号|\bmiss(?:ed)? (?:the |his |her |their |a )?call|\bcan'?t (?:reach|get hold of|contact|get through to) me\b|\bnot (?:be )?(?:home|in|reachable|available)\b|\bbe out\b|\bno signal\b|\b(?:can'?t|won'?t|couldn'?t) (?:be able to )?(?:pick up|answer)\b|\bnobody(?:'s| is)? (?:home|in)\b/i;
const NOT_ABOUT_VISIT = /客服电话|热线|400|\bhotline\b|\bcustomer service (?:line|number)\b/i;

/** The engineer's call itself may be missed (not only "nobody home", which the visit answers say). */
const CALL_MISSED =
  /接不到|接不了|没接到|没接上|打不通|联系不上|找不到我|不方便接|没信号|\bmiss(?:ed)? (?:the |his |her |their |a )?call|\bcan'?t (?:reach|get hold of|contact|get through to) me\b|\bnot (?:be )?reachable\b|\bno signal\b|\b(?:can'?t|won'?t|couldn'?t) (?:be able to )?(?:pick up|answer)\b/i;

/** A question about missing the engineer's call at the visit time. */
export function missesVisitCall(text: string): boolean {
  return plainQuestion(text) === 'unreachable' && CALL_MISSED.test(text);
}

export type PlainQuestion = 'drain' | 'receipt' | 'ticketPair' | 'unreachable' | 'gasValve';

/** Which everyday question the message asks, if one. */
export function plainQuestion(text: string): PlainQuestion | undefined {
  if ((DRAIN_BY_HAND.test(text) || WATER_THEN_HOW.test(text)) && WASHER.test(text) && !NOT_WASHER.test(text)) return 'drain';
  if (GAS_VALVE_WHERE.test(text)) return 'gasValve';
  if (RECEIPT.test(text) && RECEIPT_SEND.test(text) && !RECEIPT_LOST.test(text)) return 'receipt';
  if (TICKET.test(text) && TICKET_FATE.test(text)) return 'ticketPair';
  if (UNREACHABLE.test(text) && VISIT.test(text) && !NOT_ABOUT_VISIT.test(text)) return 'unreachable';
  return undefined;
}
