/**
 * Questions a customer asks about the job itself in the middle of it (a repair form, a handoff, a
 * status chase): a new one instead of a repair, whether the person taking over sees what was told,
 * whether they can find an earlier booking, whether someone will ring in the night, whether a
 * booking was cancelled. A human agent answers these at once; looked up in the knowledge base
 * they found nothing ("no reliable answer") or a canned blurb (the opening hours, the warranty
 * periods), so they are recognised here by what they ask and answered in
 * bot/engine/job-question-answers.ts.
 */

export type JobQuestion = 'replacement' | 'handoverSees' | 'earlierBooking' | 'nightCall' | 'cancelled';

/** A new unit wanted instead of a repair ("能不能直接换台新的", "could I just get a new one?"). */
const NEW_ONE_ZH = /换(?:一?[台个部件])?新(?:的|机|机器)?|直接换|换一?[台个部](?:好的|新的)?(?:吧|吗|么|呢|给我)|不想修[^。？?]{0,8}换|与其修|给我换/;
const NEW_ONE_EN =
  /\b(?:a |an )?(?:new one|brand[- ]new (?:one|unit|machine)|new (?:unit|machine))\b|\breplacement(?! (?:part|filter|jug|lid|basket|brush|cable|charger|remote|battery|hose|bag|blade|seal))\b|\b(?:replace|swap|exchange) (?:it|the (?:unit|machine|whole thing|product|appliance))\b/i;
/** Those words about something else: a trade-in, repairs that did not hold (the repeated-repair rule answers), buying a part. */
const NOT_NEW_ONE =
  /以旧换新|trade[- ]in|修了?(?:两|三|好几|[2-9])[次回遍]|修过(?:两|三|好几|[2-9])|(?:repaired|fixed) (?:it )?(?:twice|three times|[2-9] times)|\bbuy\b|买(?:一个|个|一台)?新的?(?:配件|零件|部件)/i;

/** Whether the person taking over sees what was told, or it must be said again. */
const HANDOVER_SEES_ZH =
  /(?:人工|客服|接手|接待|师傅|工程师|他们|那边|同事|对方)[^，。？?]{0,10}(?:能|会|可以)?(?:看到|看得到|看得见|知道|了解|收到)[^？?]{0,12}(?:我|刚才|之前|前面|聊天|说的|讲的|对话|记录|内容)|(?:要不要|还要|是不是要|需要|还得|得|用不用|是否要)(?:我)?(?:重新|再|从头){1,2}(?:说|讲|描述|解释|交代)/;
const HANDOVER_SEES_EN =
  /\b(?:will|would|do|does|can|could|is|are)\b[^?]{0,30}\b(?:they|the (?:person|agent|engineer|technician|tech|human|staff|next person|team)|someone|whoever|your (?:colleague|staff|team))\b[^?]{0,30}\b(?:see|know|read|get|have|be able to see)\b[^?]{0,30}\b(?:what (?:i|i'?ve|i have|we'?ve) (?:said|told|wrote|written|typed|explained|put)|(?:this|our|the) (?:chat|conversation|details|history|messages)|my (?:messages|details|notes)|everything|all (?:of )?(?:this|that))|\b(?:have|need|got) to (?:explain|repeat|tell|go through)\b[^?]{0,30}\b(?:again|all over|from (?:the )?(?:start|scratch|beginning|top))/i;

/** An earlier booking that the person should find. */
const EARLIER_ZH = /(?:之前|上次|以前|早先|前几天|上周|上礼拜|上个月|先前|那次|原来)[^，。？?]{0,12}(?:约|预约|报修|登记|订|派单)/;
const FIND_ZH = /(?:查|找|看)(?:得?到|得着|得见)|(?:能|会|可以)(?:查|找)|(?:知道|看到)(?:吗|么|不)|有(?:没有)?记录/;
const EARLIER_EN =
  /\b(?:earlier|previous|last|old|first|other|original|existing|prior) (?:booking|appointment|visit|repair request|request|ticket|job)\b|\b(?:booked|made|had|scheduled|arranged|set up)\b[^?]{0,40}\b(?:last|before|earlier|already|ago)\b|\balready (?:booked|made|had|scheduled|arranged)\b/i;
const FIND_EN = /\b(?:find|see|look (?:it |that )?up|pull (?:it |that )?up|locate|know about|have (?:it|a record)|track (?:it )?down|check)\b/i;

/** A call at night feared or doubted. */
const NIGHT_ZH = /半夜|深夜|大半夜|凌晨|夜里|夜间|晚上\s*(?:1[0-2]|十[一二]?)\s*点|睡觉的时候/;
const CALL_ZH = /打(?:电话|给我|过来)?|来电|电话|联系/;
const NIGHT_EN = /\b(?:midnight|middle of the night|at night|overnight|late at night|the early hours|small hours|(?:[1-5]|12)(?::\d\d)? ?(?:am|a\.m\.))\b/i;
const CALL_EN = /\b(?:call|ring|phone|contact|wake)\b/i;

/** Whether a booking was cancelled (one the bot cannot see). */
const CANCELLED_ZH =
  /(?:被|给)?(?:取消|撤(?:销|掉)|作废)了?(?:吗|么|没|没有|[?？])|是不是(?:已经|早就|都)?(?:被|给)?(?:取消|撤销|作废)|(?:有没有|是否)(?:已经)?(?:被)?(?:取消|撤销)|(?:还)?(?:有效|算数)(?:吗|么)/;
const CANCELLED_EN = /\b(?:was|is|has|did|got|been|have)\b[^?.]{0,40}\b(?:cancel+ed|called off|dropped)\b|\b(?:still (?:on|booked|valid|active|going ahead))\b[^.]*\?/i;
const BOOKING_ZH = /预约|上门|报修|单子|订单|工单|那次|师傅/;
const BOOKING_EN = /\b(?:booking|appointment|visit|request|ticket|repair|job|engineer|technician)\b|\bit\b/i;

/** A question shape: a plain statement ("I already booked last week") is no question. */
const ASKS =
  /[?？]|[吗么嘛呢没][。！!]?\s*$|是不是|能不能|可不可以|会不会|有没有|要不要|用不用|行不行|好不好|成不成|可以不|^\s*(?:will|would|do|does|did|can|could|is|are|was|has|have|should)\b|\b(?:will|would|can|could) (?:they|i|someone|you)\b/i;

/** What the message asks about the job, or undefined when it asks none of these. */
export function jobQuestion(text: string): JobQuestion | undefined {
  if (!ASKS.test(text)) return undefined;
  if ((NIGHT_ZH.test(text) && CALL_ZH.test(text)) || (NIGHT_EN.test(text) && CALL_EN.test(text))) return 'nightCall';
  if (HANDOVER_SEES_ZH.test(text) || HANDOVER_SEES_EN.test(text)) return 'handoverSees';
  if ((CANCELLED_ZH.test(text) && BOOKING_ZH.test(text)) || (CANCELLED_EN.test(text) && BOOKING_EN.test(text))) return 'cancelled';
  if ((EARLIER_ZH.test(text) && FIND_ZH.test(text)) || (EARLIER_EN.test(text) && FIND_EN.test(text))) return 'earlierBooking';
  if ((NEW_ONE_ZH.test(text) || NEW_ONE_EN.test(text)) && !NOT_NEW_ONE.test(text)) return 'replacement';
  return undefined;
}

/** Months (or weeks past two) since buying, said in the message: past the 15 days of a new-product exchange. */
export function saysPastFifteenDays(text: string): boolean {
  return /(?:\d+|[一两二三四五六七八九十半几]+)\s*个?多?月|(?:\d+|[三四五六七八九十几]+)\s*(?:个)?(?:星期|礼拜|周)|半年|一年|\b\d+\s*(?:months?|mos?)\b|\b(?:a|one|two|three|four|five|six|several|few|couple of) months?\b|\b(?:[3-9]|\d\d) weeks?\b|\bhalf a year\b|\ba year\b/i.test(
    text,
  );
}
