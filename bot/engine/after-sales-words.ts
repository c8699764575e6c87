/**
 * Words of after-sales service. A message with none of them, and no product or brand, is not
 * ours to answer: it gets a polite decline, never a ticket or a person.
 */
export const AFTER_SALES =
  /(保修|维修|修理|报修|上门|安装|售后|三包|退货|换货|退换|退款|发票|工单|客服|师傅|工程师|配件|费用|收费|质保|故障|坏|产品|机器|warranty|repair|install|service|engineer|technician|return|exchange|refund|receipt|invoice|ticket|parts?\b|fault|broken|appliance|product)/i;

/** Money asked for (compensation, refunds, discounts): staff decide it under the rules, never the bot. */
export const MONEY_DEMAND =
  /(赔偿|赔我|补偿|打款|返现|退款|优惠码|折扣|打[一二三四五六七八九]折|免单|免费换新|compensat|pay me|payout|refund|discount|coupon|promo code|free replacement|reimburse|money back)/i;

/**
 * Repairs or visits that already failed more than once: 修了两次, 师傅来了三回, 上个月修了一次前天又修了一次
 * (a repair "again" is at least the second), came twice, two technician visits, the second call-out.
 */
export const REPEATED_REPAIRS =
  /((?:修|来|上门|维修|修理|跑)(?:了|过)?(?:两|三|四|五|几|好几|多|2|3|4|5)(?:次|回|遍|趟)|又(?:(?:来|上门)(?:了|过)|维修|修理|修)(?:了|过)?[一1]?(?:次|回|遍|趟)|第[二三四五2345](?:次|回)(?:修|上门|来|维修|修理|返修)|返修(?:了|过)?(?:两|三|几|好几|多|2|3)?(?:次|回)|(?:两|三|几|好几|多)(?:次|回)(?:都|也)?(?:没|修不|不)|\b(?:twice|(?:two|three|four|several|multiple|2|3|4) (?:(?:\w+ )?(?:repairs|visits|call-?outs|service calls)|times))\b|\b(?:two|three|four|several|multiple|2|3|4) (?:engineers?|technicians?|techs?|repairmen|repair ?(?:men|people))\b|\b(?:second|third|fourth) (?:repair|visit|call-?out|time (?:they|he|she|the \w+|someone|your \w+) (?:came|fixed|repaired))\b|\brepaired (?:it )?(?:twice|again)\b)/i;

/** Asking for a new unit or the money back instead of another repair. */
export const WANTS_REPLACEMENT = /(换新|换货|换一台|换台新|换个新的|换一个新的|换机|退机|退掉|退货|退款|退钱|\breplace\w*|\bexchange\b|\bswap\b|\bnew one\b|\brefund\b|money back)/i;

/** Wanting a new unit or the money back after repairs that did not hold (the 三包 two-repairs rule's question). */
export const demandsAfterRepairs = (text: string): boolean => WANTS_REPLACEMENT.test(text) && REPEATED_REPAIRS.test(text);
