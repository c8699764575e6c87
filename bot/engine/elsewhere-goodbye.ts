/**
 * The goodbye to a customer who will sort it out elsewhere themselves (understanding/handles-it-elsewhere.ts):
 * short, nothing asked, with the one pointer for where they are going. Nothing is promised for the
 * shop or the service centre; what to bring is what any of them asks for.
 */
import type { ElsewherePlace } from '../understanding/handles-it-elsewhere';
import type { Bilingual } from './commands';

const POINTER: Record<ElsewherePlace, Bilingual> = {
  seller: {
    zh: '好的。退货退款由您购买的商家或平台处理（网上买的在订单页面申请就行）；留好订单号或小票，以及商品、包装的照片，会顺利一些。',
    en: 'Sure. The return is handled by the shop or platform you bought it from (for an online order, on its order page); keep the order number or receipt and photos of the item and its packaging to hand.',
  },
  serviceCentre: {
    zh: '好的。小家电和需要送修的产品，可以直接拿到品牌的官方售后服务网点检测，也可以寄修；带上发票或购买凭证和配件，判断保修会快一些。',
    en: "Sure. Small appliances and carry-in products can go straight to one of the brand's official service centres for a check, or be sent in by mail; bring the invoice or proof of purchase and the accessories, so the warranty can be checked quickly.",
  },
};

const CLOSE: Bilingual = { zh: '之后有需要随时找我。', en: 'If you need anything later, just message me here.' };

export function elsewhereGoodbye(place: ElsewherePlace, lang: 'zh' | 'en'): string {
  return `${POINTER[place][lang]}${lang === 'zh' ? '' : ' '}${CLOSE[lang]}`;
}
