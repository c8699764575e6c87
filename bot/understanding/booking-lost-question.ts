/**
 * Asking whether we lost the booking, after we could not find it: "你们是不是给我弄没了", "怎么会查不到，
 * 我明明约过", "surely it can't have vanished, did your system drop it?". A question about us, not
 * about the product: it gets a plain answer with the ways on (bot/engine/booking-not-found.ts),
 * never "I have no reliable information". (The customer's own number lost, "单号找不到了", is
 * bot/understanding/lookup-by-phone.ts.)
 */

const LOST_ZH =
  /(?:你们|你|系统|客服|公司)[^。？?!！]{0,8}(?:弄丢|搞丢|丢了|丢掉|弄没|搞没|删了|删掉|漏了|漏掉|没登记|没录|没记|忘了)|(?:你们|你)[^。？?!！]{0,6}没(?:给我|帮我|有)?(?:登记|录入|录|记)(?:上|进去|下来)?|(?:系统|电脑)(?:里|上)?(?:怎么)?(?:会)?(?:没有|查不到|找不到)(?:记录)?|(?:我的)?(?:报修|预约)?(?:记录|单子)(?:去哪了|哪去了|呢)|是不是[^。？?!！]{0,8}(?:丢|弄没|搞没|没登记|没录|漏|删)|怎么(?:可能|会)[^。？?!！]{0,6}(?:查不到|没有|找不到|不见|没了|没记录)|不可能[^。？?!！]{0,6}(?:查不到|没有|找不到|没记录)|明明[^。？?!！]{0,8}(?:报|约|登记|预约|打|提交)(?:过|了)|(?:单子|预约|记录|报修)[^。？?!！]{0,4}(?:不见了|没了|丢了|凭空消失)/;
const LOST_EN =
  /\b(?:did|have|has|could|would)\s+(?:you|u|your (?:system|team|people|company|guys)|they|someone|somebody)\b[^.?!]{0,15}\b(?:lose|lost|delete|deleted|drop|dropped|misplace|misplaced|mislaid|mess(?:ed)? (?:it )?up|forget|forgot|forgotten)\b|\b(?:you|your (?:system|team|people|company|guys)|they|someone|somebody)(?:'ve| have| has)?\s+(?:must\s+|might\s+|probably\s+|obviously\s+|clearly\s+|just\s+)?(?:have\s+)?(?:lost|deleted|dropped|misplaced|forgotten|forgot)\b|\b(?:can'?t|cannot|couldn'?t|shouldn'?t)\s+(?:just\s+)?(?:be|have)\s+(?:just\s+)?(?:been\s+)?(?:just\s+)?(?:missing|vanished|disappeared|gone|lost)\b|\bhow (?:can|could|is|come)\b[^.?!]{0,25}\b(?:not (?:be )?(?:there|found|on (?:file|record))|missing|gone|vanish\w*|disappear\w*|no record)\b|\b(?:i|it|we) (?:was |were )?(?:definitely|really|certainly|100%) (?:booked|reported|logged|called)\b|\b(?:got|have|has|there'?s|there is|you'?ve got) no record\b|\b(?:did|has) (?:it|my (?:booking|request|repair|ticket))\s+(?:get|gotten|got|been)\s+(?:lost|deleted|dropped)\b|\bwhere (?:did|has) (?:it|my (?:booking|request|repair|ticket|appointment)) go(?:ne)?\b|\b(?:must|should) be (?:there|in (?:your|the) system|on (?:file|record))\b/i;

export function asksIfBookingLost(text: string): boolean {
  return LOST_ZH.test(text) || LOST_EN.test(text);
}
