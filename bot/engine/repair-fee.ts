/**
 * "免费吗", "is it free?", "do I have to pay for it?" once a repair is asked for (a ticket filed, a
 * person on the way): what decides the fee is the warranty of that ticket's product, so that is the
 * answer (playtest round 14, where it got the refund-timing rule). With a purchase time the rules
 * (the verifyWarranty tool) say in or out of cover; without one, the period and what decides it:
 * the purchase date on the proof, and a fault in normal use rather than damage. Never a promise:
 * the inspection and the proof of purchase decide in the end.
 */
import { parseDateSpan } from '../../kernel/date-span';
import type { WarrantyAnswer } from '../../warranty/warranty-check';
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import { warrantyLine } from './flows/warranty-words';
import { period } from './part-warranty';
import { faultCoverLine, mainPartVerdict } from './warranty-verdict';
import { carriedIn, categoryName } from './wording';

/** Whether the repair costs anything: 免费吗, 要钱吗, 收费吗, 花钱, "is it free", "do I have to pay", "will I be charged". */
export const COST_WORDS =
  /免费|不要钱|要钱|要不要钱|收不收费|收费吗|收钱|付费吗|花钱|自费|付钱|掏钱|\b(?:be|it|is it|for) free\b|\b(?:repair|fix|service|inspection|replacement|it|this|that) (?:be |is |going to be )?free\b|\bfree (?:repair|fix|of charge)\b|\b(?:cost|pay) (?:me )?anything\b|\bfree of charge\b|\bhave to pay\b|\bdo i (?:need to |have to )?pay\b|\bpay for (?:it|the repair|this)\b|\bcharge (?:me|for)\b|\b(?:be|get) charged\b|\bcost me\b|\bat no cost\b|\bno charge\b/i;

/** A fee for something other than the repair (fitting, cleaning, a filter, postage): the fee rules answer that. */
const OTHER_FEE = /安装|移机|拆装|清洗|保养|滤芯|滤网|耗材|运费|快递费?|邮费|上门费|\binstall\w*|\bmov(?:e|ing)\b|\bclean\w*|\bfilters?\b|\bdeliver\w*|\bshipping\b|\bpostage\b|\bcall-?out\b/i;

/** …asked, not told ("保修卡找不到了" is a fact, "要钱吗" a question). */
const ASKED = /[?？]|吗|么|呢\s*$|不\s*$|算不算|是不是|能不能|会不会|要不要|有没有|\b(?:is|are|will|would|does|do|can|could|should|am)\b/i;

/** "免费吗", "will I have to pay?": whether the repair itself costs anything. */
export function asksIfRepairFree(text: string): boolean {
  return COST_WORDS.test(text) && !OTHER_FEE.test(text) && ASKED.test(text);
}

export interface FeeFacts {
  category: string;
  brand?: string;
  purchaseDate?: string;
  symptom?: string;
}

/** The fee answer for this product, or undefined when the rules could not be asked. */
export async function repairFeeAnswer(tools: ToolBox, facts: FeeFacts, lang: Lang): Promise<string | undefined> {
  const { category, brand } = facts;
  const purchaseDate = facts.purchaseDate && parseDateSpan(facts.purchaseDate) ? facts.purchaseDate : undefined;
  const checked = await tools.call('verifyWarranty', { category, brand, purchaseDate });
  if (!checked.ok) return undefined;
  const answer = checked.result as WarrantyAnswer;
  const product = categoryName(category, lang);
  const lines: string[] = [];
  if (purchaseDate && answer.status !== 'cannot_tell') {
    lines.push(`${lang === 'zh' ? `您的${product}：` : `Your ${product}: `}${warrantyLine(answer, lang, category)}`);
    const main = await mainPartVerdict({ tools, facts: { category, brand, purchaseDate, symptom: facts.symptom }, lang }, '', true);
    if (main) lines.push(main);
  } else {
    const months = period(answer.policy.months, lang);
    const decides =
      lang === 'zh'
        ? `免不免费看是否还在保修期：${product}整机保修${months}，从购买（发票）日期算起。`
        : `Whether it is free depends on the warranty: the ${product} is covered for ${months} on the whole unit from the purchase (invoice) date.`;
    const date = purchaseDate
      ? warrantyLine(answer, lang, category)
      : lang === 'zh'
        ? '告诉我大概什么时候买的，我可以帮您算一下您这台还保不保；最终以发票或订单上的日期为准。'
        : 'If you tell me roughly when you bought it, I can work out whether yours is still covered; the date on the receipt or order decides in the end.';
    lines.push(`${decides}${lang === 'zh' ? '' : ' '}${date}`);
  }
  lines.push(faultCoverLine(lang, category));
  // (An expired verdict already says it is a paid repair.)
  if (answer.status !== 'in_warranty' && answer.status !== 'expired') lines.push(paidRepair(category, lang));
  return lines.join('\n');
}

/** What an out-of-cover repair costs, in the product's own way: quoted first, charged only when agreed. */
function paidRepair(category: string, lang: Lang): string {
  const who = carriedIn(category) ? (lang === 'zh' ? '服务中心' : 'service centre') : lang === 'zh' ? '工程师' : 'engineer';
  return lang === 'zh'
    ? `不在保修范围的话是付费维修：${who}检测后先报价，您同意了才收费。`
    : `Outside the cover it is a paid repair: the ${who} quotes after checking, and nothing is charged unless you agree.`;
}
