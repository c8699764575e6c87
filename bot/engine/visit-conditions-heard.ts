/**
 * A condition said with the yes to a repair ("先报价再决定", "call me before coming", "only if it's
 * free"): said back in plain words with what will really happen, and written on the ticket for the
 * engineer. What happens is the fee rule of the knowledge base (policies, carry-in service): the
 * engineer checks and quotes first, nothing is repaired or charged without the customer's yes, and
 * out of warranty a visit without repair still carries the call-out fee. Never more than that.
 */
import type { Lang } from '../phrases';
import type { VisitCondition } from '../understanding/visit-condition';
import { carriedIn } from './wording';

type Bi = { zh: string; en: string };

/** What the ticket says, for the engineer or service point. */
const NOTES: Record<VisitCondition, Bi> = {
  quoteFirst: { zh: '检测后先报价，客户同意后再修', en: 'quote after inspection; repair only with the customer’s agreement' },
  callFirst: { zh: '上门前先电话联系客户', en: 'call the customer before coming' },
  onlyIfFree: { zh: '客户只接受免费维修；如需收费先告知，不同意不修', en: 'customer wants the repair only if free; tell them any charge first, no repair unless they agree' },
};

export function visitConditionsNote(conditions: VisitCondition[]): string {
  return `客户要求 / Customer asks: ${conditions.map((c) => `${NOTES[c].zh} (${NOTES[c].en})`).join('; ')}`;
}

/** What the customer hears after the filing line. */
export function visitConditionsHeard(conditions: VisitCondition[], category: string | undefined, lang: Lang, ticket: string): string {
  const zh = lang === 'zh';
  const centre = carriedIn(category);
  const who = centre ? (zh ? '服务中心' : 'service centre') : zh ? '工程师' : 'engineer';
  // Carried-in products have no call-out fee (carry-in-service in the knowledge base).
  const visitFee = centre ? '' : zh ? '保修期外只检测不修的话，只收上门检测费。' : 'Out of warranty, if you decide not to repair, only the call-out fee applies.';
  const lines: string[] = [zh ? `已在工单 ${ticket} 上注明您的要求。` : `Your condition is written on ticket ${ticket}.`];
  if (conditions.includes('callFirst')) {
    lines.push(zh ? `${who}${centre ? '会先打电话联系您' : '上门前会先给您打电话'}。` : centre ? `The ${who} will call you first.` : `The ${who} will call you before coming.`);
  }
  if (conditions.includes('quoteFirst') || conditions.includes('onlyIfFree')) {
    lines.push(
      zh
        ? `${who}检查后先告诉您要不要收费、收多少，您同意了才修；不经您同意，不会维修，也不收维修费。${visitFee}`
        : `The ${who} checks it first and tells you whether there is any charge and how much; nothing is repaired or charged without your agreement. ${visitFee}`.trim(),
    );
  }
  if (conditions.includes('onlyIfFree')) {
    lines.push(
      zh
        ? '是否免费要看保修和检测结果：保修期内正常使用出现的故障免费修。'
        : 'Whether it is free depends on the warranty and the inspection: a fault from normal use within warranty is repaired free.',
    );
  }
  return lines.join(zh ? '' : ' ');
}
