/**
 * "修这个大概要多少钱", "roughly what will the repair come to?": what a repair costs. The fee rule
 * answers it (call-out or inspection fee, parts and labour quoted first, free within the warranty);
 * looked up by its words alone it found the installation fee rules, which share "fee" and "engineer".
 * ("It doesn't charge any more" is a battery that will not charge, not a price.)
 */
const COST =
  /多少钱|几多钱|多少费用|费用|收费|收多少|价钱|价格|怎么收|贵不贵|要花|花多少|\bhow much\b|\bcost\w*\b|(?<!(?:n't|not|never|longer|won't|to|stopped|will|can't|cannot)\s+)\bcharge[sd]?\b(?!\s*(?:any ?more|at all|properly|up\b|fully))|\bcharging (?:me|us|for)\b|\bprice\w*\b|\bfees?\b|\bset (?:me|us) back\b|\bballpark\b/i;
/**
 * Repairing it, or having someone come to look at it: "叫个人过来看看要多少钱", "what will it cost for
 * someone to come out?" ask the call-out or inspection fee, which the same fee rule answers (issue 16:
 * they got the warranty periods, because only the warranty in the same message was read).
 */
const REPAIR =
  /修|检修|检测|上门|(?:派|叫|请|找|喊)(?:个|一个|位)?(?:人|师傅|工程师|技术员)|(?:师傅|工程师|技术员|人)[^，。？?！!]{0,4}(?:过来|来一趟|跑一趟|来看|上门)|\brepair\w*|\bfix\w*|\bmend\w*|\bcall[- ]?outs?\b|\b(?:someone|somebody|anyone|a (?:tech\w*|engineer|repair ?(?:man|person)))\b[^?.!]{0,20}\b(?:come|comes|coming|out|round|over|visit\w*|look)\b|\b(?:home|house|site) visit\b|\bvisit (?:fee|charge|cost)\b|\binspect\w*|\bdiagnos\w*/i;

/**
 * "看了不修呢", "what if I decide not to go ahead with it?": what is owed when the customer declines
 * the quote after the check, asked with no word for money; the fee rule says it (only the call-out
 * fee). (Not "算了不修了": turning the repair down is no question.)
 */
const DECLINE_ASKED =
  /(?:看|检测|检查|查|来)(?:了|完|过)?(?:之后|以后)?[^，。？?！!]{0,6}(?:不修|不维修|不想修|不打算修)[^，。？?！!]{0,8}(?:呢|吗|么|怎么|咋|[?？])|\b(?:if|what if)\b[^?.!]{0,40}\b(?:decide not to|don'?t want to|choose not to|decline)\b[^?.!]{0,20}\b(?:fix|repair|go ahead|have it)|\bdecline the (?:quote|repair)\b[^.!]*\?/i;

/** Whether the message asks what repairing it costs, or what declining the repair after the check costs. */
export function asksRepairCost(text: string): boolean {
  return (COST.test(text) && REPAIR.test(text)) || DECLINE_ASKED.test(text);
}
