/**
 * A booked visit, named by the customer ("原定明天上午上门", "约了周五", "the engineer is booked for
 * Friday"), and a wish to change it said without the new value ("能改一下吗", "can we change
 * that?", "换个时间行不行"). The new time, when it comes, is read by the reschedule job; a change
 * of address or phone is not a time and is left to the correction readers.
 */

/** The visit as booked: the old slot, or the booking itself. */
const BOOKED =
  /(?:约了|约的是?|约在|约好|预约了|预约的|原来|本来|原定|定的是?|定了|安排在|安排了|说好)[^，。,.!！?？]{0,8}(?:上门|过来|来修|来装|师傅|工程师|今天|明天|后天|周|星期|礼拜|\d{1,2}[月日号]|上午|下午|晚上)|\b(?:booked|scheduled|arranged|appointment|booking)\b|\b(?:visit|engineer|technician)\b.{0,20}\b(?:is|was) (?:set|booked|due|coming|supposed)\b/i;

/** Changing it, with nothing said of what to: 改一下, 能换吗, change it, move that. */
const BARE_CHANGE =
  /(?:能|可以|可不可以|能不能|想|要|得|麻烦|帮我)?(?:改|换|调|变|动|挪)(?:一下|下|个|一个)?(?:时间|日子|日期)?(?:吗|吧|么|嘛|不|呢|行不行|可以吗|行吗)?[\s。.!！?？]*$|\b(?:can|could|may) (?:we|you|i) (?:change|move|reschedule|switch|shift|push) (?:that|it|this|the (?:visit|appointment|booking|time|day|date))\b|\b(?:i|we) (?:need|want|would like|'d like) to (?:change|move|reschedule|shift) (?:that|it|this|the (?:visit|appointment|booking|time|day|date))\b/i;

/** Facts that are not the time: changing these is a correction, not a reschedule. */
const OTHER_FACT = /地址|电话|手机|号码|联系人|型号|问题|\baddress\b|\bphone\b|\bnumber\b|\bcontact\b|\bmodel\b/i;

/** The last reply spoke of the visit: a bare "能改一下吗" after it is about the visit. */
const SPOKE_OF_VISIT = /上门|工程师|师傅|预约|改约|\bvisit\b|\bengineer\b|\btechnician\b|\bappointment\b/i;

export function bookedVisitNamed(text: string): boolean {
  return BOOKED.test(text);
}

/** A wish to change the booked visit's time, the new time not (necessarily) said. */
export function changesBooking(text: string, lastReply?: string): boolean {
  if (OTHER_FACT.test(text) || !BARE_CHANGE.test(text)) return false;
  return bookedVisitNamed(text) || /上门|预约|\bvisit\b|\bappointment\b|\bbooking\b/i.test(text) || SPOKE_OF_VISIT.test(lastReply ?? '');
}

/** The booking's words right before a time: that time is the old slot ("约的是周五下午", "booked for Friday afternoon"). */
const OLD_SLOT_BEFORE =
  /(?:约了|约的是?|约在|约好|预约了|预约的是?|原来|本来|原定|定的是?|定了|安排在|安排的是?|说好)[^，。,.!！?？]{0,4}$|\b(?:booked|scheduled|set|arranged|planned|due|coming|supposed to come)(?: (?:for|on|at))?\s*(?:this |next )?$/i;

/** Whether `time`, as said in `text`, is the visit as booked rather than the new time wanted. */
export function isOldSlot(text: string, time: string): boolean {
  const at = text.indexOf(time);
  if (at < 0) return false;
  return OLD_SLOT_BEFORE.test(text.slice(Math.max(0, at - 24), at));
}
