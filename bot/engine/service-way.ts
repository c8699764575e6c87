/**
 * How a product is serviced, said in one place (issue 16, "answers"): a large appliance gets an
 * engineer's visit, a carried-in one (a phone, a laptop, earbuds, a kettle: `carriedIn` in
 * wording.ts decides) is taken or posted to a service centre. Every reply that would speak of a
 * visit, 上门, a call-out fee or an engineer arriving takes its carried-in words from here, so a
 * phone owner is never quoted a call-out fee or asked for a visit address.
 */
import type { Bilingual } from './commands';
import type { Facts } from './engine-state';
import { OFFER_AGAIN, type Offer } from './offer-memory';
import { SOCIAL } from './social-replies';
import { carriedIn } from './wording';

/** Knowledge entries that only fit a visit at home, and the entry that says the same for a carried-in product. */
const VISIT_ENTRIES = ['pol-onsite-service-fee', 'pol-visit-hours'];
export const CARRY_IN_ENTRY = 'pol-carry-in-service-fee';
/** The words the carried-in entry is found by (its own title and questions), and the visit fee's. */
const CARRY_IN_QUERY: Bilingual = { zh: '送修、寄修的产品怎么收费 送修检测要钱吗', en: 'fees for products repaired at a service centre or by mail-in, is the inspection free' };
const VISIT_QUERY: Bilingual = { zh: '上门维修要收费吗 上门费', en: 'do you charge for a home visit call-out fee' };

/**
 * The entry to answer with instead, when the one found speaks of the other way of servicing:
 * a visit rule for a carried-in product, the carried-in rule for a product that is visited.
 * Undefined when the entry fits (or the product is not known).
 */
export function serviceEntrySwap(id: string, category: string | undefined, lang: 'zh' | 'en'): { id: string; query: string } | undefined {
  if (!category) return undefined;
  if (carriedIn(category) && VISIT_ENTRIES.includes(id)) return { id: CARRY_IN_ENTRY, query: CARRY_IN_QUERY[lang] };
  if (!carriedIn(category) && id === CARRY_IN_ENTRY) return { id: VISIT_ENTRIES[0]!, query: VISIT_QUERY[lang] };
  return undefined;
}

/** The fee rule for the way this product is serviced, and the words it is found by: the call-out fee, or the service centre's. */
export function serviceFeeEntry(category: string, lang: 'zh' | 'en'): { id: string; query: string } {
  return carriedIn(category) ? { id: CARRY_IN_ENTRY, query: CARRY_IN_QUERY[lang] } : { id: VISIT_ENTRIES[0]!, query: VISIT_QUERY[lang] };
}

/** The repair form's questions, asked for a carried-in product: nobody comes to the door. */
export const CARRY_IN_ASKS: Partial<Record<'model' | 'purchaseDate' | 'phone', [Bilingual, Bilingual]>> = {
  model: [
    {
      zh: '知道型号吗？手机、平板一般在“设置-关于本机”里，其他产品看包装盒或机身底部的标签；不清楚也没关系，可以说“不知道”。',
      en: "Do you know the model? On a phone or tablet it's in Settings > About; otherwise on the box or the label underneath. If not, just say so.",
    },
    { zh: '型号可以跳过，服务中心检测时会核对。', en: 'We can skip the model; the service centre will check it when they inspect it.' },
  ],
  purchaseDate: [
    {
      zh: '大概什么时候买的？说个年月就行，比如“2024年7月”；有发票或订单截图也可以直接发给我。',
      en: 'Roughly when did you buy it? A month and year is fine, e.g. "July 2024"; you can also send a photo of the receipt.',
    },
    { zh: '记不清的话可以说“不记得”，保修情况送修时按购买凭证核实。', en: "If you can't remember, just say so; the service centre will check the warranty from your proof of purchase." },
  ],
  phone: [
    { zh: '请留一个手机号，服务中心或客服会打给您安排送修或寄修。', en: 'Which mobile number should the service centre or our staff call to arrange the repair?' },
    { zh: '需要一个手机号，比如 138 0000 0000 这样的 11 位号码，安排送修或寄修时会先打给您。', en: 'I need a phone number to call about the drop-off or mail-in, e.g. 138 0000 0000.' },
  ],
};

/** What happens without an answer, for a carried-in product. */
const CARRY_IN_WITHOUT: Partial<Record<string, Bilingual>> = {
  category: { zh: '产品类型等客服联系您时再确认。', en: 'Our staff will confirm the product when they contact you.' },
  symptom: { zh: '具体问题送修时跟服务中心说明就行。', en: 'You can describe the problem at the service centre.' },
  model: { zh: '型号由服务中心检测时核对。', en: 'The service centre will check the model when they inspect it.' },
  purchaseDate: { zh: '保修情况由服务中心按购买凭证核实。', en: 'The service centre will check the warranty from your proof of purchase.' },
  phone: { zh: '没有联系电话，没法跟您约送修或寄修，客服会在这个对话里联系您。', en: "Without a phone number we can't arrange the drop-off or mail-in; our staff will reply here." },
  address: {
    zh: '没有城市或地址，客服会在这个对话里告诉您最近的服务中心和寄修方式。',
    en: 'Without a city or address, our staff will tell you the nearest service centre and the mail-in option here.',
  },
};

/** A slot's carried-in ask, when the product is carried in. */
export function carryInAsk(slot: 'model' | 'purchaseDate' | 'phone', facts: Facts): [Bilingual, Bilingual] | undefined {
  return carriedIn(facts.category) ? CARRY_IN_ASKS[slot] : undefined;
}

/** A slot's "what happens without it", when the product is carried in. */
export function carryInWithout(slot: string, facts: Facts): Bilingual | undefined {
  return carriedIn(facts.category) ? CARRY_IN_WITHOUT[slot] : undefined;
}

/** What happens after a repair is filed: the engineer's call about the visit, or the call about the drop-off or mail-in. */
export function filedNextStep(category: string | undefined, due: string, lang: 'zh' | 'en'): string {
  if (carriedIn(category))
    return lang === 'zh'
      ? `客服会在 ${due} 前给您打电话，告诉您最近的官方服务中心，或者帮您安排寄修。`
      : `Our staff will call you by ${due} with the nearest official service centre, or to arrange a mail-in repair.`;
  return lang === 'zh' ? `工程师会在 ${due} 前给您打电话约上门时间。` : `The engineer will call you by ${due} to arrange the visit.`;
}

/** The repair still offered after the customer said "not now", in this product's way. */
export const HEARD_OFFER_CARRY_IN: Bilingual = {
  zh: '明白了。这种情况还是建议送官方服务中心检测（也可以寄修），需要的话回复“好的”，我来登记。',
  en: 'Understood. Having it checked at an official service centre (or by mail-in) is still the best next step; reply "yes" and I will set it up.',
};

const HEARD_OFFER_CARRY_IN_AGAIN: Bilingual = {
  zh: '收到。要登记送修或寄修的话，回复“好的”就行；不需要的话回复“不用了”。',
  en: 'Noted. If you want the repair registered (service centre or mail-in), just reply "yes"; if not, "no thanks".',
};

/** A repair turned down, for a carried-in product: nothing is "visited". */
const NO_REPAIR_CARRY_IN: Bilingual = { zh: '好的，先不给您登记送修。以后需要的话，直接说“报修”就行。', en: 'OK, no repair registered. If you ever want one, just say "book a repair".' };

/** "No visit then", in this product's way. */
export function noRepairWords(category: string | undefined): Bilingual {
  return carriedIn(category) ? NO_REPAIR_CARRY_IN : SOCIAL.noVisit;
}

/** The offer said again, in this product's way: a visit for a large appliance, a drop-off or mail-in for a carried-in one. */
export function offerAgainFor(offer: Offer, category: string | undefined): [Bilingual, Bilingual] {
  if (offer === 'visit' && carriedIn(category)) return [HEARD_OFFER_CARRY_IN, HEARD_OFFER_CARRY_IN_AGAIN];
  return OFFER_AGAIN[offer];
}
