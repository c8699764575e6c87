/**
 * A warranty question is answered before anything is asked of the customer (playtest round 14):
 * "电视保修几年？" hears the TV's periods, and only then "tell me roughly when you bought it and I
 * can work out whether yours is still covered". The product's periods come from the knowledge
 * base's warranty policy for it (or, for a part named, from the rules both periods come from);
 * with no product named, the general rule is said from the rules' own defaults, then which product.
 */
import { findCategories } from '../../../kernel/lexicon/product-categories';
import { componentNamedIn, DEFAULT_POLICY, mainPartsOf } from '../../../warranty/policy';
import type { KnowledgeHit } from '../../knowledge-search';
import type { Lang } from '../../phrases';
import { partWarrantyAnswer, period } from '../part-warranty';
import { FAULT_COVER_QUESTION, faultCoverLine } from '../warranty-verdict';
import { categoryName } from '../wording';
import { answerWithSource } from './fault-flow';
import type { FlowKit } from './flow';
import { lookUpAnswer } from './policy-flow';

/** The product's periods (and the part's, when one is named), unless this reply or the last one already says them. */
export async function sayProductPeriod(kit: FlowKit): Promise<void> {
  const category = kit.facts.category;
  if (!category) return;
  await sayPeriods(kit, category);
  // "这个故障保修吗": what the cover is for answers the question itself, before the date is offered.
  const cover = faultCoverLine(kit.lang, category);
  if (FAULT_COVER_QUESTION.test(kit.turn.text) && !kit.saysNow?.(cover)) kit.say(cover);
}

async function sayPeriods(kit: FlowKit, category: string): Promise<void> {
  const rule = await productRule(kit, category);
  // The digression of this same reply already quoted it ("冰箱整机保几年 压缩机呢"): not again, nor the part on top of it.
  if (rule && kit.cited(rule.id)) return;
  const part = componentNamedIn(`${kit.turn.text} ${kit.facts.symptom ?? ''}`);
  if (part && part !== 'whole_unit' && mainPartsOf(category).includes(part)) {
    const cover = await partWarrantyAnswer(kit, kit.turn.text, { warrantyAsked: true, asksDate: false });
    // Said already by the digression that answered the part's question in this same reply.
    if (cover && !kit.saysNow?.(cover.slice(0, 40)) && !kit.saidBefore(cover)) kit.say(cover);
    if (cover) return;
  }
  if (!rule) {
    // A product with no warranty entry of its own (a kettle): the rules' general period for it.
    const general = otherProductRule(category, kit.lang);
    if (!kit.saidBefore(general)) kit.say(general);
    return;
  }
  if (kit.saidBefore(rule.answer ?? rule.id)) return;
  kit.cite(rule.id);
  kit.say(answerWithSource(rule, kit.lang));
}

/** The knowledge base's warranty rule for this product, or undefined when it holds none of its own. */
export async function productRule(kit: FlowKit, category: string): Promise<KnowledgeHit | undefined> {
  const product = categoryName(category, kit.lang);
  const found = await lookUpAnswer(kit, kit.lang === 'zh' ? `${product}保修期多久 三包` : `${product} warranty period`);
  // Only a rule about this product: a kettle is not told the hob's and the microwave's periods.
  return found && ruleIsAbout(found, category) ? found : undefined;
}

/** The entry is this product's (its category, or the product named in its title: the TV's entry is filed as general). */
function ruleIsAbout(hit: KnowledgeHit, category: string): boolean {
  if (!/保修|三包|质保|warrant|guarantee/i.test(hit.title)) return false;
  return hit.category === category || findCategories(hit.title).some((c) => c.id === category);
}

/** The rule when no product is named: the 三包 defaults for large appliances and phones, from warranty/policy.ts. */
export function generalWarrantyRule(lang: Lang): string {
  const appliance = DEFAULT_POLICY.refrigerator.months;
  const phone = DEFAULT_POLICY.mobile_phone.months;
  const p = (months: number | undefined) => period(months ?? 0, lang);
  return lang === 'zh'
    ? `按三包规定，大家电一般整机保修${p(appliance.whole_unit)}，主要部件（比如空调、冰箱的压缩机，洗衣机的电机）保修${p(appliance.compressor)}；手机主机${p(phone.whole_unit)}，电池${p(phone.battery)}。都从购买（发票）日期算起，品牌保修卡写得更长的按保修卡。`
    : `Under China's statutory warranty rules, large appliances are usually covered for ${p(appliance.whole_unit)} on the whole unit and ${p(appliance.compressor)} on main parts (such as an air conditioner's or fridge's compressor, or a washing machine's motor); a phone handset for ${p(phone.whole_unit)} and its battery for ${p(phone.battery)}. The period runs from the purchase (invoice) date, and a longer cover on the brand's warranty card applies.`;
}

/** The period the rules give a product without rules of its own (DEFAULT_POLICY.other). */
function otherProductRule(category: string, lang: Lang): string {
  const months = period(DEFAULT_POLICY.other.months.whole_unit, lang);
  const product = categoryName(category, lang);
  return lang === 'zh'
    ? `${product}一般整机保修${months}，从购买（发票）日期算起；品牌保修卡写得更长的按保修卡。`
    : `The usual cover for ${product}: ${months} on the whole unit, from the purchase (invoice) date; a longer cover on the brand's warranty card applies.`;
}

/** Said before "which product?" in a warranty question that named none. */
export async function sayGeneralRule(kit: FlowKit): Promise<void> {
  const rule = generalWarrantyRule(kit.lang);
  if (!kit.saidBefore(rule)) kit.say(rule);
}
