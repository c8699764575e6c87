/**
 * "修这个大概要多少钱", "roughly what will the repair come to?": what a repair costs. The fee rule
 * answers it (call-out or inspection fee, parts and labour quoted first, free within the warranty);
 * looked up by its words alone it found the installation fee rules, which share "fee" and "engineer".
 */
const COST = /多少钱|几多钱|多少费用|费用|收费|收多少|价钱|价格|怎么收|贵不贵|要花|花多少|\bhow much\b|\bcost\w*\b|\bcharge\w*\b|\bprice\w*\b|\bfees?\b|\bset (?:me|us) back\b|\bballpark\b/i;
/**
 * Repairing it, or having someone come to look at it: "叫个人过来看看要多少钱", "what will it cost for
 * someone to come out?" ask the call-out or inspection fee, which the same fee rule answers (issue 16:
 * they got the warranty periods, because only the warranty in the same message was read).
 */
const REPAIR =
  /修|检修|检测|上门|(?:派|叫|请|找|喊)(?:个|一个|位)?(?:人|师傅|工程师|技术员)|(?:师傅|工程师|技术员|人)[^，。？?！!]{0,4}(?:过来|来一趟|跑一趟|来看|上门)|\brepair\w*|\bfix\w*|\bmend\w*|\bcall[- ]?outs?\b|\b(?:someone|somebody|anyone|a (?:tech\w*|engineer|repair ?(?:man|person)))\b[^?.!]{0,20}\b(?:come|comes|coming|out|round|over|visit\w*|look)\b|\b(?:home|house|site) visit\b|\bvisit (?:fee|charge|cost)\b|\binspect\w*|\bdiagnos\w*/i;

/** Whether the message asks what repairing it costs. */
export function asksRepairCost(text: string): boolean {
  return COST.test(text) && REPAIR.test(text);
}
