/**
 * "电机还保吗", "if it's the element, is it free?": a warranty question about a part is answered
 * with both periods the rules give the product (the whole unit and its main parts) and which one
 * applies to the part named, counted from the purchase date when it is known. The periods and
 * dates come from the verifyWarranty tool (the 三包 rules and any brand's longer cover), never
 * from the wording here. Conservative on money: a part in cover means the part is free; whether
 * the call-out and labour are charged once the whole unit is out of cover is the brand's rule.
 */
import { parseDateSpan } from '../../kernel/date-span';
import { firstCategory } from '../../kernel/lexicon/product-categories';
import { COMPONENT_NAMES, componentNamedIn, mainPartsOf, type Component } from '../../warranty/policy';
import type { WarrantyAnswer } from '../../warranty/warranty-check';
import type { Lang } from '../phrases';
import { SANBAO_RULES_EN } from '../sanbao-words';
import type { ToolBox } from '../tools/tool';
import type { Facts } from './engine-state';
import { categoryName, purchaseWords } from './wording';

/** Asking about cover or cost: 还保吗, 在保修期吗, 免费吗, 要钱吗, covered, free, under warranty. */
/** (Also how long a part is kept: 保好几年, 能保三年, 保得更久, 保多久, covered longer, longer cover, guaranteed for years.) */
export const COVER_QUESTION =
  /(保修|保吗|保不保|还保|在保|过保|保内|质保|三包|免费|不要钱|要钱|要不要钱|收费|收钱|白修|包修|保(?:个|了)?(?:好几|几|多少|[一二三四五六七八九十两\d])\s*年|保得?(?:更|比较)?(?:久|长)|保多久|warrant|covered|\bcover\b|guarantee|\bfree\b|\bcharge|\bpay\b)/i;

/** The main parts asked about as such, none named: 主要部件, 核心部件, 主件, main parts, major/key/core components. */
const MAIN_PARTS = /主要部件|主要零部件|核心部件|核心零件|关键部件|主件|\b(?:main|major|key|core)\s+(?:parts?|components?)\b/i;

const LONG_COVER = /((?:十|10|十二|12|八|8|六|6)\s*年|终身|lifetime|\b(?:6|8|10|12|six|eight|ten|twelve)[- ]?years?\b)/i;

interface Asker {
  tools: ToolBox;
  facts: Facts;
  lang: Lang;
}

export function period(months: number, lang: Lang): string {
  if (months % 12 === 0) return lang === 'zh' ? `${months / 12}年` : `${months / 12} year${months === 12 ? '' : 's'}`;
  return lang === 'zh' ? `${months}个月` : `${months} months`;
}

/** The last day a decision says is covered, or undefined when the date cannot tell. */
export function coverEnd(answer: WarrantyAnswer, lang: Lang): string | undefined {
  const day =
    answer.status === 'in_warranty' ? (answer.dates.coverEnds ?? answer.dates.coverEndsEarliest) : answer.status === 'expired' ? (answer.dates.coverEnds ?? answer.dates.coverEndsLatest) : undefined;
  // In words ("2028年3月15日", "15 March 2028"), as every other date the customer reads.
  return purchaseWords(day, lang);
}

async function decide(asker: Asker, category: string, component: Component, purchaseDate: string | undefined): Promise<WarrantyAnswer | undefined> {
  const result = await asker.tools.call('verifyWarranty', { category, component, brand: asker.facts.brand, purchaseDate });
  return result.ok ? (result.result as WarrantyAnswer) : undefined;
}

/**
 * The answer to a question about a part's cover, or undefined when the question names no part of
 * a product whose rules give that part a period of its own (the caller answers it otherwise).
 * `question` is what was asked; the part may also come from the problem told before ("加热管坏了").
 */
/** `asksDate: false`: the caller asks for the purchase date itself, so the answer does not ask it too. */
export async function partWarrantyAnswer(asker: Asker, question: string, options: { warrantyAsked?: boolean; asksDate?: boolean } = {}): Promise<string | undefined> {
  // Inside a warranty question the message may only be its date ("去年5月"): the question was asked before.
  if (!options.warrantyAsked && !COVER_QUESTION.test(question)) return undefined;
  // "压缩机保十年吗" asks about a brand's long cover: the knowledge base's rule on it answers that.
  if (LONG_COVER.test(question)) return undefined;
  const category = asker.facts.category ?? firstCategory(question);
  if (!category) return undefined;
  const named = componentNamedIn(question) ?? componentNamedIn(asker.facts.symptom ?? '');
  // "主要部件还在保吗" names none: the product's first main part stands for them (the rules give them one period).
  const component = named && named !== 'whole_unit' ? named : MAIN_PARTS.test(question) ? mainPartsOf(category)[0] : undefined;
  if (!component || !mainPartsOf(category).includes(component)) return undefined;
  const stated = asker.facts.purchaseDate && parseDateSpan(asker.facts.purchaseDate) ? asker.facts.purchaseDate : undefined;
  const [whole, part] = await Promise.all([decide(asker, category, 'whole_unit', stated), decide(asker, category, component, stated)]);
  if (!whole || !part) return undefined;
  return coverText({ lang: asker.lang, product: categoryName(category, asker.lang), component, whole, part, dated: Boolean(stated), asksDate: options.asksDate ?? true });
}

function coverText(a: { lang: Lang; product: string; component: Component; whole: WarrantyAnswer; part: WarrantyAnswer; dated: boolean; asksDate: boolean }): string {
  const { lang, whole, part } = a;
  const name = COMPONENT_NAMES[a.component][lang];
  const brandNote = part.policy.source === 'brand' ? (lang === 'zh' ? `（${part.policy.brand}的品牌保修）` : ` (${part.policy.brand}'s own cover)`) : '';
  const rules = part.policy.source === 'brand' ? '' : lang === 'zh' ? '按三包规定，' : `Under ${SANBAO_RULES_EN}, `;
  const periods =
    lang === 'zh'
      ? `${rules}${a.product}保修期：整机${period(whole.policy.months, lang)}，${name}（主要部件）${period(part.policy.months, lang)}${brandNote}。`
      : `${rules}the ${a.product} has ${period(whole.policy.months, lang)} on the whole unit and ${period(part.policy.months, lang)} on the ${name}, a main part${brandNote}.`;
  const wholeEnd = coverEnd(whole, lang);
  const partEnd = coverEnd(part, lang);
  const careful =
    lang === 'zh'
      ? '是哪个部件坏了，以工程师上门检测为准；免费维修需要出示购买凭证，品牌保修卡写得更长的按保修卡。'
      : "Which part failed is for the engineer's inspection to confirm; free repair needs your proof of purchase, and a longer cover on the brand's warranty card applies.";
  if (!a.dated || !partEnd || !wholeEnd) {
    const ask = lang === 'zh' ? '告诉我大概什么时候买的，我帮您算保修到哪天。' : 'Tell me roughly when you bought it and I will work out the dates.';
    const which =
      lang === 'zh'
        ? `如果检测确认是${name}坏了，按${name}的${period(part.policy.months, lang)}算：在这期限内${name}免费更换；整机保修过了的话，上门费和人工费可能要收，收费前工程师会先告知。`
        : `If the engineer finds the ${name} faulty, its ${period(part.policy.months, lang)} applies: within it the ${name} is replaced free; once the whole-unit cover has ended, the call-out and labour may be charged, and the engineer tells you before charging anything.`;
    return `${periods}${lang === 'zh' ? '' : ' '}${which}${lang === 'zh' ? '' : ' '}${a.dated || !a.asksDate ? careful : ask}`;
  }
  let which: string;
  if (part.status === 'expired') {
    which =
      lang === 'zh'
        ? `按您说的购买时间，${name}的保修也已于${partEnd}到期，可以付费维修：工程师检测后报价，您同意才收费。`
        : `By the date you gave, the ${name}'s cover also ended on ${partEnd}; a paid repair is possible: the engineer quotes after checking, and nothing is charged without your agreement.`;
  } else if (whole.status === 'in_warranty') {
    which =
      lang === 'zh'
        ? `按您说的购买时间，整机保修到${wholeEnd}，还在保修期内：如果检测确认是${name}坏了，上门、人工和配件都免费。`
        : `By the date you gave, the whole unit is covered until ${wholeEnd}: if the engineer finds the ${name} faulty, the visit, labour and part are all free.`;
  } else {
    which =
      lang === 'zh'
        ? `按您说的购买时间，整机保修已于${wholeEnd}到期，${name}还在保修期内，保修到${partEnd}：如果工程师检测确认是${name}坏了，${name}免费更换，上门费和人工费可能要收，收费前工程师会先告知；如果是别的部件坏了，按过保付费维修。`
        : `By the date you gave, the whole-unit cover ended on ${wholeEnd} and the ${name} is still under warranty until ${partEnd}: if the engineer finds the ${name} faulty, it is covered until ${partEnd}, though the call-out and labour may be charged (you are told before anything is charged); a fault in another part is a paid repair.`;
  }
  return `${periods}${lang === 'zh' ? '' : ' '}${which}${lang === 'zh' ? '' : ' '}${careful}`;
}
