/**
 * "修这个大概要多少钱", "roughly what will the repair come to?": what a repair costs. The fee rule
 * answers it (call-out or inspection fee, parts and labour quoted first, free within the warranty);
 * looked up by its words alone it found the installation fee rules, which share "fee" and "engineer".
 */
const COST = /多少钱|几多钱|多少费用|费用|收费|收多少|价钱|价格|怎么收|贵不贵|要花|花多少|\bhow much\b|\bcost\w*\b|\bcharge\w*\b|\bprice\w*\b|\bfees?\b|\bset (?:me|us) back\b|\bballpark\b/i;
const REPAIR = /修|检修|\brepair\w*|\bfix\w*|\bmend\w*/i;

/** Whether the message asks what repairing it costs. */
export function asksRepairCost(text: string): boolean {
  return COST.test(text) && REPAIR.test(text);
}
