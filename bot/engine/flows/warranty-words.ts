/**
 * Asking the warranty rules and saying their answer briefly: the decision comes from the
 * verifyWarranty tool (code, never a model); the customer gets its reason in one or two lines,
 * not the full legal citation on every reply.
 */
import { parseDateSpan } from '../../../kernel/date-span';
import { componentNamedIn } from '../../../warranty/policy';
import type { Lang } from '../../phrases';
import type { WarrantyAnswer } from '../../../warranty/warranty-check';
import type { FlowKit } from './flow';
import { carriedIn } from '../wording';

/** The tool's arguments when there is something to decide from: a category and a date or a receipt. */
export function warrantyArgs(kit: FlowKit): { category: string; brand?: string; purchaseDate?: string; component?: string } | undefined {
  const f = kit.facts;
  // A day, or the span the customer gave ("2024-07", "2024-06/2024-08"): the rules decide on it conservatively.
  const stated = f.purchaseDate && parseDateSpan(f.purchaseDate) ? f.purchaseDate : undefined;
  const receipt = kit.turn.receipt?.ok && kit.turn.receipt.fields.purchaseDate;
  if (!f.category || (!stated && !receipt)) return undefined;
  const component = componentNamedIn(`${kit.turn.text} ${f.symptom ?? ''}`);
  return { category: f.category, brand: f.brand, purchaseDate: stated, component };
}

/**
 * Who checks the proof of purchase when the date cannot settle it: the engineer on a visit, or
 * the service centre for a product that is carried in (a phone, earbuds, a kettle): nobody comes
 * to the door for those (bot/engine/service-way.ts).
 */
export function proofCheckedBy(category: string | undefined, lang: Lang): string {
  if (carriedIn(category))
    return lang === 'zh' ? '是否在保修期内，送修或寄修时由服务中心按购买凭证核实。' : 'The service centre will check the warranty from your proof of purchase when you bring or send it in.';
  return lang === 'zh' ? '是否在保修期内由工程师按购买凭证核实。' : 'The engineer will check the warranty from your proof of purchase.';
}

/** `category`: the product the answer is for, so the check is said in its own way (service centre or visit). */
export function warrantyLine(answer: WarrantyAnswer, lang: Lang, category?: string): string {
  const reason = answer.reason[lang];
  if (answer.status === 'cannot_tell') return `${reason} ${proofCheckedBy(category, lang)}`;
  // Said first in plain words: the reason that follows is long and full of dates.
  const verdict =
    answer.status === 'expired'
      ? lang === 'zh'
        ? '已过保修期。'
        : "It's out of warranty. "
      : answer.status === 'in_warranty'
        ? answer.verified
          ? lang === 'zh'
            ? '在保修期内。'
            : "It's under warranty. "
          : lang === 'zh'
            ? '按您说的购买时间，在保修期内。'
            : "By the date you gave, it's under warranty. "
        : '';
  if (verdict) return `${verdict}${warrantyDetail(answer, reason, lang, category)}`;
  return warrantyDetail(answer, reason, lang, category);
}

function warrantyDetail(answer: WarrantyAnswer, reason: string, lang: Lang, category: string | undefined): string {
  if (answer.status === 'expired' && !/付费|for a fee|paid repair/i.test(reason)) {
    const carried = carriedIn(category);
    return lang === 'zh'
      ? `${reason} 过保也可以付费维修，费用由${carried ? '服务中心' : '工程师上门'}检测后报价，您同意后才收费。`
      : `${reason} We can still repair it for a fee; the ${carried ? 'service centre' : 'engineer'} quotes after checking, and nothing is charged without your agreement.`;
  }
  return reason;
}
