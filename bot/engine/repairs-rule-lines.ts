/**
 * The 三包 rule on repeated repairs, said to a customer who had the product repaired more than once
 * and now wants a new one or the money back ("修了两回还不行，给我换新的", "your tech came twice,
 * I want a refund"): the rule from the knowledge base, and who confirms it (the repair record is
 * checked by the person handling the case). One wording for every path that hands such a customer
 * over: the handoff itself (engine.ts) and the turns while they wait (waiting-repairs-rule.ts).
 */
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import { answerWithSource } from './flows/fault-flow';
import { repeatedRepairRule } from './flows/policy-flow';

export const REPAIRS_RULE_CONFIRMS: Record<Lang, string> = {
  zh: '是否符合要看您的维修记录，由人工客服核对后确认。',
  en: 'Whether it applies depends on your repair record; the person handling your case checks it and confirms.',
};

/** The rule's lines and the entry cited, or none when the knowledge base has no such rule. */
export async function repairsRuleLines(tools: ToolBox, lang: Lang): Promise<{ lines: string[]; cite: string } | undefined> {
  const rule = await repeatedRepairRule({ tools, facts: {} }, lang);
  if (!rule) return undefined;
  return { lines: [answerWithSource(rule, lang), REPAIRS_RULE_CONFIRMS[lang]], cite: rule.id };
}
