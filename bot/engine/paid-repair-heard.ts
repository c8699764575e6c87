/**
 * What the customer hears when, halfway through the repair form, they agree to pay ("收费就收费")
 * or put a condition on the repair ("先报价我再决定", "ring me before coming"): that it is heard
 * and will be on the ticket, and, for money, how a paid repair is charged (paid-repair-terms.ts),
 * said once per booking. Then the form goes on. Without this the form asked its question again
 * as if nothing had been said.
 */
import type { Lang } from '../phrases';
import type { VisitCondition } from '../understanding/visit-condition';
import { paidRepairTerms } from './paid-repair-terms';
import { carriedIn } from './wording';

export function paidRepairHeard(a: { conditions: VisitCondition[]; agreesToPay: boolean; termsSaid: boolean; category: string | undefined; lang: Lang }): string {
  const zh = a.lang === 'zh';
  const lines: string[] = [];
  if (a.conditions.length) lines.push(zh ? '好的，记下了，提交时会写在工单上。' : 'Noted; it goes on the ticket when I file it.');
  else if (a.agreesToPay) lines.push(zh ? '好的，按付费维修为您登记。' : 'OK, I will book it as a paid repair.');
  if (a.conditions.includes('callFirst')) {
    lines.push(
      carriedIn(a.category) ? (zh ? '服务中心会先打电话联系您。' : 'The service centre will call you first.') : zh ? '工程师上门前会先给您打电话。' : 'The engineer will call you before coming.',
    );
  }
  const money = a.agreesToPay || a.conditions.includes('quoteFirst') || a.conditions.includes('onlyIfFree');
  if (money && !a.termsSaid) lines.push(paidRepairTerms(a.category, a.lang));
  if (a.conditions.includes('onlyIfFree'))
    lines.push(
      zh ? '保修期内正常使用出现的故障是免费修的，最终以购买凭证和检测结果为准。' : 'A fault from normal use within warranty is repaired free; the proof of purchase and the inspection decide.',
    );
  return lines.join(zh ? '' : ' ');
}
