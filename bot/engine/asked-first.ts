/**
 * Questions whose kind is plain from their words and whose answer the general lookup missed,
 * because other words in the message won (a warranty word, a gas pipe read as a fault, a battery
 * with no product): doing the installation oneself, what a repair costs, how often a consumable is
 * replaced, whether a small device is fetched. The question is answered first, from its own rule.
 */
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import { asksCollection } from '../understanding/collect-question';
import { asksRepairCost } from '../understanding/repair-cost-question';
import { asksReplaceInterval, remindsToReplace } from '../understanding/replace-interval-question';
import { asksToInstallThemselves } from '../understanding/self-install-question';
import { collectAnswer } from './collect-answer';
import { consumableAnswer, reminderAnswer, type PolicyLookUp } from './consumable-answer';
import type { Facts } from './engine-state';
import { asksInstalling } from './entry-topics';
import { answerWithSource } from './flows/fault-flow';
import { ownRuleAnswer } from './own-rule-answers';
import { repairFeeRule } from './repair-fee-rule';
import { selfInstallAnswer } from './self-install-answer';

export interface AskedKit {
  tools: ToolBox;
  facts: Facts;
  lang: Lang;
  /** The policy search (flows/policy-flow.ts), handed in: that flow asks here first, so importing it would make a cycle. */
  lookUp: PolicyLookUp;
}

/** "How much?" has no figure before the check: who names it and when, so nothing is a surprise. */
const QUOTE_FIRST: Record<Lang, string> = {
  zh: '具体多少钱，要工程师上门检测后报价；您同意了才维修、才收费。',
  en: 'The exact cost is quoted by the engineer after checking it; nothing is repaired or charged for the repair unless you agree.',
};

/**
 * The answer to one of these questions, when the message asks one; undefined otherwise.
 * `whole`: several questions read as one; a cost beside another question is left to each being answered.
 */
export async function askedFirst(kit: AskedKit, question: string, options: { whole?: boolean } = {}): Promise<{ id: string; text: string } | undefined> {
  // (Before the self-install rule: installing's cost asked with it gets the installation rule, which says both.)
  const own = await ownRuleAnswer(kit.tools, kit.facts.category, question, kit.lang);
  if (own) return own;
  if (asksToInstallThemselves(question)) return selfInstallAnswer(kit.tools, kit.lang);
  if (asksReplaceInterval(question)) return consumableAnswer(kit.tools, kit.facts, question, kit.lang, kit.lookUp);
  // "净水器提示要换了": the machine asks it.
  if (remindsToReplace(question)) return reminderAnswer(kit.tools, kit.facts, question, kit.lang, kit.lookUp);
  if (asksCollection(question)) return collectAnswer(kit.tools, kit.lang);
  if (!options.whole && asksRepairCost(question) && !asksInstalling(question)) {
    const rule = await repairFeeRule(kit.tools, kit.facts.category, kit.lang);
    return rule && { id: rule.id, text: `${answerWithSource(rule, kit.lang)}\n${QUOTE_FIRST[kit.lang]}` };
  }
  return undefined;
}
