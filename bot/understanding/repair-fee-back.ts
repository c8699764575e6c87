/**
 * A complaint about a repair visit that already happened: the engineer came, was paid, and the
 * fault was back the next day; or the customer wants the repair fee refunded. "退钱" here is the
 * fee for that visit, not the product: it is never a return (三包 return windows, "where did you
 * buy it?"), and never a fault to troubleshoot again. It goes to the complaint flow, where a person
 * decides any refund. Read by rules, in the customer's own words.
 */

/** A repair or visit in the past, perhaps with what was paid: "上周师傅来修过", "收了我380", "he charged me", "I paid for a repair". */
const PAST_REPAIR =
  /(?:修|来|上门|维修|检修|加氟|换)(?:过|了|的)|(?:收了|花了|付了|给了|交了)(?:我)?[^，。,.]{0,6}(?:块|元|钱|\d)|(?:维修费|上门费|检测费|修理费|服务费)|\b(?:came|visited|repaired|fixed|serviced|charged|paid|billed)\b|\b(?:repair|call-?out|service|visit) (?:fee|charge|bill|cost)\b|\bfor (?:a|the|that) (?:repair|visit|fix)\b/i;
/** It did not hold: back the next day, not fixed, the same again. */
const DID_NOT_HOLD =
  /第二天|隔天|第三天|没过(?:几|两|一)天|刚修完|修完(?:就|又|没)|又(?:坏|不|漏|响|停|跳|出|报|开始)|没修好|修不好|还是(?:不行|一样|坏|不)|白修|白花|\b(?:next|following) day\b|\bagain\b|\bdidn'?t (?:last|fix|work|hold)\b|\bnot fixed\b|\bstill (?:broken|not|doesn'?t)\b|\b(?:a|one|two) days? later\b|\bsame (?:fault|problem)\b/i;
/** The money for it wanted back. */
const FEE_BACK =
  /退钱|退款|退费|钱(?:能|可以|能不能|可不可以|还能)(?:给我)?退|退(?:还)?(?:维修费|上门费|修理费|服务费|检测费)|把钱退|钱退(?:给|回)|退(?:给)?我|钱(?:要|得)?(?:回来|还我|还给我)|(?:维修费|上门费|修理费|服务费|那\d+|这\d+)[^，。,.？?!！\s]{0,6}(?:退|还(?:我|给|回来))|\b(?:refund\w*|money back|fee back|pay (?:me )?back|reimburs\w*|give (?:me )?(?:my|the) money back)\b/i;
/** The fee or a visit named outright, so "refund" is about the repair and not the product. */
const FEE_OR_VISIT = /收了|花了|付了|交了|维修费|上门费|修理费|服务费|加氟|师傅|工程师|维修工|\b(?:charged|paid|fee|technician|engineer|repair ?man|call-?out)\b/i;

/** A past paid repair that did not hold, and the fee wanted back. */
export function repairFeeBack(text: string): boolean {
  return PAST_REPAIR.test(text) && FEE_OR_VISIT.test(text) && FEE_BACK.test(text) && (DID_NOT_HOLD.test(text) || /费|\bfee\b|\bcharged\b/i.test(text));
}

/** A past paid repair or visit after which the same fault came back ("修完没两天又坏了", "I paid and it broke again"). */
export function repairDidNotHold(text: string): boolean {
  return PAST_REPAIR.test(text) && FEE_OR_VISIT.test(text) && DID_NOT_HOLD.test(text);
}
