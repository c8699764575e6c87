/**
 * The warranty worked out, not recited (issue 16, "answers"): with the product and a purchase
 * time, however rough ("前年夏天", "March 2023"), the customer hears the verdict for the whole unit
 * and for the product's main part, each with its period and the day it ends ("整机1年：已过保；
 * 压缩机3年：还在保，到2027-06"). The main part is the one the fault points to when the words name
 * one, else the product's first main part from the one definition in warranty/policy.ts. A fault
 * asked about ("这个故障保吗") also hears what the cover is for: a performance fault is free within
 * the period, damage from water, a drop or misuse is not.
 */
import { parseDateSpan } from '../../kernel/date-span';
import { COMPONENT_NAMES, componentNamedIn, mainPartsOf, type Component } from '../../warranty/policy';
import type { WarrantyAnswer } from '../../warranty/warranty-check';
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import type { Facts } from './engine-state';
import { coverEnd, period } from './part-warranty';
import { carriedIn } from './wording';

export interface VerdictKit {
  tools: ToolBox;
  facts: Facts;
  lang: Lang;
}

async function decide(kit: VerdictKit, component: Component, purchaseDate: string): Promise<WarrantyAnswer | undefined> {
  const result = await kit.tools.call('verifyWarranty', { category: kit.facts.category, component, brand: kit.facts.brand, purchaseDate });
  return result.ok ? (result.result as WarrantyAnswer) : undefined;
}

function state(answer: WarrantyAnswer, lang: Lang): string | undefined {
  const end = coverEnd(answer, lang);
  if (!end) return undefined;
  if (answer.status === 'expired') return lang === 'zh' ? `已于${end}到期` : `ended ${end}`;
  if (answer.status === 'in_warranty') return lang === 'zh' ? `还在保修期内，到${end}` : `still covered, until ${end}`;
  return undefined;
}

/**
 * One line with both verdicts ("整机1年：已于…到期；压缩机（主要部件）3年：还在保修期内，到…"), or
 * undefined when the product has no main part of its own, no usable date is known, or the rules cannot tell.
 */
/** `wholeSaid`: the whole unit's verdict was just said (the warranty check's own line), so only the main part's follows. */
export async function mainPartVerdict(kit: VerdictKit, words = '', wholeSaid = false): Promise<string | undefined> {
  const { category, purchaseDate } = kit.facts;
  if (!category || !purchaseDate || !parseDateSpan(purchaseDate)) return undefined;
  const parts = mainPartsOf(category);
  const named = componentNamedIn(`${words} ${kit.facts.symptom ?? ''}`);
  const part = named && parts.includes(named) ? named : parts[0];
  if (!part) return undefined;
  const [whole, main] = await Promise.all([decide(kit, 'whole_unit', purchaseDate), decide(kit, part, purchaseDate)]);
  if (!whole || !main) return undefined;
  const wholeState = state(whole, kit.lang);
  const mainState = state(main, kit.lang);
  if (!wholeState || !mainState) return undefined;
  // No part named: every main part with the same cover is named with it (a TV's main board, panel
  // and backlight are all 3 years), so the line never seems to leave the screen out.
  // Each decided with the brand's cover, which may lengthen one part only.
  const others = named && parts.includes(named) ? [] : parts.filter((p) => p !== part);
  const decided = await Promise.all(others.map(async (p) => ({ p, answer: await decide(kit, p, purchaseDate) })));
  const sameCover = (a: WarrantyAnswer | undefined) => a?.policy.months === main.policy.months && a.status === main.status && coverEnd(a, kit.lang) === coverEnd(main, kit.lang);
  const alike = [part, ...decided.filter((d) => sameCover(d.answer)).map((d) => d.p)];
  const name = alike.map((p) => COMPONENT_NAMES[p][kit.lang]).join(kit.lang === 'zh' ? '、' : ', ');
  if (wholeSaid && alike.length > 1)
    return kit.lang === 'zh' ? `主要部件（${name}）：保修${period(main.policy.months, 'zh')}，${mainState}。` : `Main parts (${name}): ${period(main.policy.months, 'en')} of cover, ${mainState}.`;
  if (alike.length > 1)
    return kit.lang === 'zh'
      ? `按您说的购买时间：整机保修${period(whole.policy.months, 'zh')}，${wholeState}；主要部件（${name}）保修${period(main.policy.months, 'zh')}，${mainState}。`
      : `By the date you gave: the whole unit's ${period(whole.policy.months, 'en')} cover ${wholeState}; the main parts (${name}) have ${period(main.policy.months, 'en')}, ${mainState}.`;
  if (wholeSaid)
    return kit.lang === 'zh' ? `主要部件：${name}保修${period(main.policy.months, 'zh')}，${mainState}。` : `Main part: the ${name} has ${period(main.policy.months, 'en')} of cover, ${mainState}.`;
  return kit.lang === 'zh'
    ? `按您说的购买时间：整机保修${period(whole.policy.months, 'zh')}，${wholeState}；${name}（主要部件）保修${period(main.policy.months, 'zh')}，${mainState}。`
    : `By the date you gave: the whole unit's ${period(whole.policy.months, 'en')} cover ${wholeState}; the ${name} (a main part) has ${period(main.policy.months, 'en')}, ${mainState}.`;
}

/** "这个故障保吗", "is this fault covered", "does the warranty cover this": whether the fault itself is the kind the cover is for. */
export const FAULT_COVER_QUESTION =
  /(?:这(?:个|种)?(?:故障|问题|毛病|情况)|这样)(?:的话)?[^。？?]{0,6}(?:保修|保吗|保不保|在保|三包|免费|要钱|收费)|(?:保修|三包)(?:管|包|覆盖)(?:不管|吗|这个)|\b(?:is|would|will) (?:this|that|it|the (?:fault|problem|repair)) (?:be )?(?:covered|free)\b|\bdoes (?:the|my) (?:warranty|guarantee) cover\b|\bcovered under (?:the )?warranty\b/i;

/**
 * What the cover is for: a performance fault within the period is free; damage is not. Who
 * inspects is said in the product's way (`category`): the service centre for a carried-in one.
 */
export function faultCoverLine(lang: Lang, category?: string): string {
  const carried = carriedIn(category);
  return lang === 'zh'
    ? `保修管的是正常使用下出现的性能故障：在保修期内免费维修；进水、摔落、磕碰、自行拆修等人为损坏不在保修范围，可以付费维修。是哪种，以${carried ? '服务中心' : '工程师'}检测为准。`
    : `The warranty covers faults that appear in normal use: within the period they are repaired free. Damage from water, a drop or knock, misuse or a non-authorised repair is not covered, though it can be repaired for a fee. The ${carried ? "service centre's" : "engineer's"} inspection decides which it is.`;
}
