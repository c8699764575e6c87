/**
 * Service outside mainland China (asked as service-abroad-question.ts reads it): what is true for a
 * product bought in mainland China, said plainly. The mainland (国行) warranty and our engineers'
 * visits hold in mainland China; elsewhere (Hong Kong and Macau included) the brand's local service
 * may repair it, usually paid, or may not take a mainland model at all; what to bring; and no visit
 * promised where we have nobody. The numbers and fees of the place are its own: none is named here.
 */
import type { Lang } from '../phrases';

const TEXT: Record<Lang, string> = {
  zh: [
    '如果产品是在中国大陆买的（国行），国行保修和我们安排的师傅上门只在中国大陆有效，我们没法派人到境外或港澳上门。',
    '在您那边，可以问品牌在当地的维修中心或授权服务商：有的可以修，一般按付费维修处理；也有的不接国行机器。建议先打电话问清楚再去，修之前请对方先报价。',
    '去的时候带上：产品本身（连同电源线、充电器等配件），以及购买凭证（发票或订单截图，上面要有购买日期）。',
    '如果方便带回或寄回中国大陆，也可以在大陆按国行保修处理，到时告诉我，我帮您登记。',
  ].join('\n'),
  en: [
    "If it was bought in mainland China (a China-market model), its mainland warranty and our engineers' visits apply in mainland China only: we can't send anyone to you outside it, Hong Kong and Macau included.",
    "Where you are, ask the brand's local service centre or authorised repairer: some will repair it, usually as a paid repair; some don't take China-market models at all. Call them before you go, and ask for the price before any work.",
    'Take with you: the product itself (with its cable, charger and other accessories) and your proof of purchase (invoice or order confirmation showing the date).',
    'If you can bring or send it back to mainland China, it can be handled there under its mainland warranty; tell me then and I will register it.',
  ].join('\n'),
};

export function serviceAbroadAnswer(lang: Lang): string {
  return TEXT[lang];
}
