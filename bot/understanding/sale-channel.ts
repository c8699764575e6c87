/**
 * Where the product was bought, online or in a store: the one place that decides it (the return
 * rules differ: the 7-day no-reason return is for distance sales only). Testers' customers named
 * an online marketplace ("苏宁易购", "bought it on eBay") and the summary said 门店, or the return
 * form asked "online or in a store?" of someone who had said so in their first line.
 *
 * An online marketplace, an app or "ordered online / 网购 / 网上买的" is online; a shop's name
 * with no online word ("在国美买的", "got it at Currys"), or "in the store / 商场 / 门店", is in a
 * store. A chain that also sells online ("苏宁易购", "国美在线") is online when its online name is used.
 */

/** Online marketplaces and the words for ordering at a distance. */
const ONLINE = new RegExp(
  [
    '网上|网购|网店|线上|下单|京东|天猫|淘宝|拼多多|抖音|快手|直播间|唯品会|小红书|得物|闲鱼|微店|有赞|苏宁易购|国美在线|国美app|官网|旗舰店|商城|快递',
    String.raw`\bonline\b|\bwebsite\b|\bweb ?shop\b|\bmail[- ]order\b|\bamazon\b|\bebay\b|\btemu\b|\baliexpress\b|\bjd(?:\.com)?\b|\btmall\b|\btaobao\b|\bpinduoduo\b|\bdouyin\b|\bsuning\.com\b|\bordered\b|\bdelivered\b`,
  ].join('|'),
  'i',
);

/** Physical shops: the words for a shop, and chains known for their shops (their online names are above). */
const IN_STORE = new RegExp(
  [
    '门店|商场|实体店|专卖店|店里|店内|卖场|超市|电器城|体验店|营业厅|国美|苏宁|五星电器|大中电器|永乐电器|百思买',
    String.raw`\bin[- ]store\b|\b(?:in|at|from) (?:your|the|a|an|their|that|this|my|our) (?:local )?(?:store|shop|showroom|mall|outlet|retailer|branch)\b|\bshowroom\b|\bshopping (?:mall|centre|center)\b|\bbest ?buy\b|\bcurrys\b|\bargos\b|\bcostco\b|\bjohn lewis\b|\bharvey norman\b|\bmedia ?markt\b|\bwalmart\b`,
  ].join('|'),
  'i',
);

/** A channel named only to deny it ("门店买的 不是网上", "not online"): it does not count. */
const DENIED = /(?:不是|没在|没有在|并非|而不是|\bnot\b(?: (?:in|at|from|on))?)\s*(?:在)?\s*(?:网上|网购|线上|门店|商场|实体店|店里|\bonline\b|\b(?:a |the )?(?:store|shop)\b)/gi;

export type SaleChannel = 'online' | 'store';

export function saleChannelIn(text: string): SaleChannel | undefined {
  const own = text.replace(DENIED, ' ');
  if (ONLINE.test(own)) return 'online';
  if (IN_STORE.test(own)) return 'store';
  return undefined;
}
