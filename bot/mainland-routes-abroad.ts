/**
 * Some answers name ways that exist only in mainland China: a WeChat or Alipay payment record as
 * proof, JD, Tmall or Pinduoduo order pages, the brand's mini-program or its service-outlet finder.
 * A customer in Singapore or Berlin has none of them. For a customer abroad (customer-where.ts)
 * the same answer names what they have: a bank or card statement, the shop or platform they
 * bought from, the seller, the local service partner, the brand's local site. The phrase tables
 * and knowledge keep one wording; only these names change, every instruction stays.
 */
import type { Lang } from './phrases';

const EN_ROUTES: [RegExp, string][] = [
  // Proof of purchase.
  [/\ba WeChat, Alipay or bank payment record\b/g, 'a bank or card statement or payment record'],
  [/\b(?:WeChat|Alipay)(?: Pay)?(?:,? (?:or|and|\/) (?:WeChat|Alipay)(?: Pay)?)? (?:payment )?records?\b/g, 'a bank or card statement'],
  // Refunds to a wallet they do not use.
  [/\s*WeChat Pay or Alipay balance usually [^;.]*;/g, ''],
  // Mainland shopping platforms, as examples or as where to go.
  [
    /\bOn JD, Tmall, Pinduoduo and similar platforms, the order page's refund details show the progress\b/g,
    "For an online order, the order page of the shop or platform you bought from shows the refund's progress",
  ],
  [/\s*\(e\.g\. JD, Tmall, the official store\)/g, ''],
  [/\b(?:on |through |via )?(?:JD|Tmall|Taobao|Pinduoduo)(?:\.com)?(?:(?:,| or| and|\/) ?(?:JD|Tmall|Taobao|Pinduoduo)(?:\.com)?)*(?: or (?:the|a) WeChat mini[- ]program)?\b/g, 'with the seller'],
  // The brand's app and mini-program finders are mainland ones.
  [
    /\bThe brand's official website, app or mini-program has a service-centre finder by city, or the brand's service hotline can tell you the nearest official one\b/g,
    "The brand's local website lists its service partners in your country, and the seller you bought it from can tell you the nearest one",
  ],
  [/\b(?:its|the brand's) app or mini-program\b/g, "the brand's local website"],
  [/\b(?:the |its |a )?(?:WeChat )?mini[- ]program\b/g, "the brand's local website"],
  [/\b(?:your )?nearest brand service point\b/g, 'the local service partner'],
];

const ZH_ROUTES: [RegExp, string][] = [
  [/微信\/支付宝\/银行付款记录/g, '银行卡或信用卡账单、付款记录'],
  [/微信(?:、|\/|或)支付宝(?:的)?(?:付款|支付)记录/g, '银行卡或信用卡账单'],
  [/微信、支付宝余额通常[^；。]*；/g, ''],
  [/京东、天猫、拼多多等平台的进度以订单页的“退款详情”为准/g, '网上购买的，进度以购买平台订单页的退款详情为准'],
  [/（比如京东、天猫、官方商城）/g, ''],
  [/品牌官网或官方APP、小程序的“服务网点”查询里按城市找最近的官方网点，或打品牌服务热线问/g, '品牌在当地的官网查当地的官方服务商，或问您购买的销售商'],
  [/品牌的App\/小程序/g, '品牌在当地的官网'],
  [/(?:微信)?小程序/g, '品牌在当地的官网'],
  [/就近的品牌售后服务网点/g, '当地服务商'],
];

export function mainlandRoutesAbroad(text: string, lang: Lang): string {
  let out = text;
  for (const [route, instead] of lang === 'zh' ? ZH_ROUTES : EN_ROUTES) out = out.replace(route, instead);
  return out;
}
