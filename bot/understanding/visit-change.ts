/**
 * Asking to move a booked visit without saying to when ("改个时间", "上门时间要改一下", "那天不在家",
 * "I need to reschedule", "can we move the appointment", "I won't be home that day", "can the
 * engineer come another day?", "时间要调整一下"): a reschedule,
 * never a new repair. (A new time said with it, "改到周六", is read by the offline brain's rules.)
 */
export const VISIT_CHANGE =
  /(改约|改期|重新约|另约|(?:改|换|调|变|挪)(?:一?下|个|一个)?(?:上门|预约|维修|安装)?(?:的)?(?:时间|日子|日期)|(?:上门|预约|约好|约的|维修)(?:的)?(?:时间|日子)(?:要|想|得|需要|能不能|可以|可不可以)?(?:改|换|调|变|挪|推迟|往后|延后|提前)|(?<!购买|购机|买的|发票|开票|保修)时间(?:要|想|得|能|可以)?(?:调整?|挪)(?:一?下|个)|(?:那天|那个时间|约的时间|约好的时间)(?:我)?(?:不行|没空|不在家|有事|去不了|不方便)|推迟上门|晚几天(?:再)?来|\breschedul\w*|\b(?:move|change|push back|shift|postpone|rebook|switch)\b.{0,30}\b(?:visit|appointment|booking|slot)\b|\bcan'?t make (?:it|the (?:visit|appointment))\b|\b(?:won'?t|can'?t|cannot|will not) be (?:home|in|there|around)\b.{0,30}\b(?:visit|appointment|engineer|technician|that day|then)\b|\b(?:a |another |different )(?:day|time|date) for (?:the|my) (?:visit|appointment|engineer|technician)\b|\bpush (?:it|that|the (?:engineer|technician|visit|appointment|booking)) (?:back|later)\b|\b(?:engineer|technician|visit|appointment)\b.{0,25}\b(?:another|a different|some other|a later) (?:day|time|date)\b)/i;
