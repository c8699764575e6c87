/**
 * Service questions whose kind is plain from their words, each answered from the one entry written
 * for it: installing a new appliance (what it costs), where a gas water heater may go, who pays to
 * post a return, whether an appliance from another country's mains can be used here, and whether the repair comes to the home or the product goes to it. Found by their
 * words alone they lost to entries sharing "上门", "fee" or a fault (the call-out fee, a gas smell,
 * the return form's date question), so the entry is fetched by id (entry-by-id.ts). So is the food in
 * a fridge or freezer that is down, asked in whatever step the booking is in.
 */
import type { KnowledgeHit } from '../knowledge-search';
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import { asksForeignMains } from '../understanding/foreign-mains-question';
import { asksGasHeaterPlace } from '../understanding/heater-place-question';
import { asksInstallFee } from '../understanding/install-fee-question';
import { asksReturnShipping } from '../understanding/return-shipping-question';
import { asksAboutStoredFood } from '../understanding/stored-food-question';
import { asksToInstallThemselves } from '../understanding/self-install-question';
import { asksVisitOrCarryIn } from '../understanding/visit-or-carry-in-question';
import type { Bilingual } from './commands';
import { entryById } from './entry-by-id';
import { answerWithSource } from './flows/fault-flow';
import { categoryName, carriedIn } from './wording';

interface Entry {
  id: string;
  /** Words of the entry's own (its title or questions), to fetch it by. */
  query: Bilingual;
}

const GAS_HEATER_PLACE: Entry = {
  id: 'pol-gas-water-heater-location',
  query: { zh: '燃气热水器可以装在卫生间吗 燃气热水器装在哪里', en: 'can a gas water heater go in the bathroom, where should a gas water heater be installed' },
};
const RETURN_SHIPPING: Entry = { id: 'qa-return-shipping', query: { zh: '退换货运费谁出 退货的邮费谁付', en: 'who pays the shipping for a return, who covers the postage' } };
const FOREIGN_MAINS: Entry = {
  id: 'qa-appliance-from-abroad',
  query: { zh: '国外买的电器拿回国内能直接插电用吗 电压插头', en: 'can I use an appliance I bought abroad, voltage and plug adapter' },
};
/** The food in a fridge or freezer that is down: what to keep, move, refreeze or throw away. */
const STORED_FOOD: Entry = {
  id: 'qa-food-in-warm-fridge',
  query: { zh: '冰箱、冰柜坏了期间里面的食物怎么处理', en: 'while the fridge or freezer is broken, what to do with the food inside' },
};
const VISIT_OR_CARRY_IN: Entry = { id: 'qa-visit-or-carry-in', query: { zh: '上门维修还是送修、寄修 哪些产品上门修', en: 'repaired at home, or taken or posted to a service centre' } };

/** The installation rule for this product: its own where it has one, else the general rule. */
const GENERAL_INSTALL: Entry = { id: 'pol-installation-general', query: { zh: '新买的热水器安装收费吗 安装需要自己买材料吗', en: 'is installation free, do I need to buy installation parts' } };
const INSTALL_BY_PRODUCT: Record<string, Entry> = {
  air_conditioner: { id: 'pol-ac-installation-fee', query: { zh: '空调安装与移机收费', en: 'air conditioner installation and relocation fees' } },
  water_heater: { id: 'qa-water-heater-installation', query: { zh: '热水器安装要求和收费 热水器安装收费吗', en: 'water heater installation requirements and charges' } },
  dishwasher: { id: 'qa-dishwasher-installation', query: { zh: '洗碗机安装：收费和嵌入式要留的尺寸', en: 'dishwasher installation charges and the built-in niche' } },
};

async function fetched(tools: ToolBox, entry: Entry, lang: Lang): Promise<KnowledgeHit | undefined> {
  return entryById(tools, entry.id, entry.query[lang]);
}

/** Whether a large appliance or a carried-in one, said first in the customer's product's name. */
function serviceWayLead(category: string | undefined, lang: Lang): string | undefined {
  if (!category || category === 'general') return undefined;
  const name = categoryName(category, lang);
  if (carriedIn(category)) return lang === 'zh' ? `${name}一般不上门维修，请送到服务中心或申请寄修。` : `A ${name} is usually not repaired at home: it goes to a service centre or is mailed in.`;
  return lang === 'zh' ? `${name}由工程师上门维修，不用您搬过去。` : `A ${name} is repaired at your home by an engineer; you don't need to bring it in.`;
}

/**
 * The answer to one of these questions, when the message asks one; undefined otherwise.
 * (Installing asked together with connecting the gas oneself: the general installation rule says both.)
 */
export async function ownRuleAnswer(tools: ToolBox, category: string | undefined, question: string, lang: Lang): Promise<{ id: string; text: string } | undefined> {
  const withSource = (hit: KnowledgeHit | undefined, lead?: string) => hit && { id: hit.id, text: lead ? `${lead}\n${answerWithSource(hit, lang)}` : answerWithSource(hit, lang) };
  if (asksGasHeaterPlace(question)) return withSource(await fetched(tools, GAS_HEATER_PLACE, lang));
  if (asksInstallFee(question)) {
    const own = !asksToInstallThemselves(question) && category ? INSTALL_BY_PRODUCT[category] : undefined;
    return withSource((own && (await fetched(tools, own, lang))) ?? (await fetched(tools, GENERAL_INSTALL, lang)));
  }
  if (asksReturnShipping(question)) return withSource(await fetched(tools, RETURN_SHIPPING, lang));
  if (asksForeignMains(question)) return withSource(await fetched(tools, FOREIGN_MAINS, lang));
  // (Before any "meanwhile" safety text: with the fridge merely not cooling, the food is what is asked about.)
  if (asksAboutStoredFood(question, category)) return withSource(await fetched(tools, STORED_FOOD, lang));
  if (asksVisitOrCarryIn(question, category)) return withSource(await fetched(tools, VISIT_OR_CARRY_IN, lang), serviceWayLead(category, lang));
  return undefined;
}
