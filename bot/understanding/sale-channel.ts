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
    String.raw`\bonline\b|\bwebsite\b|\bweb ?shop\b|\bmail[- ]order\b|\bamazon\b|\bebay\b|\btemu\b|\baliexpress\b|\bjd(?:\.com)?\b|\btmall\b|\btaobao\b|\bpinduoduo\b|\bdouyin\b|\bsuning\.com\b|\bordered\b|\bdelivered\b|\bflipkart\b|\blazada\b|\bshopee\b|\bnoon\.com\b|\brakuten\b|\bmarketplace\b|\b[a-z0-9-]+\.(?:com|de|co\.uk|fr|ae|jp|in)\b`,
  ].join('|'),
  'i',
);

/** Physical shops: the words for a shop, and chains known for their shops (their online names are above). */
const IN_STORE = new RegExp(
  [
    '门店|商场|实体店|专卖店|店里|店内|卖场|超市|电器城|体验店|营业厅|国美|苏宁|五星电器|大中电器|永乐电器|百思买',
    // A shop or mall named by its own name: "在万达广场买的", "在银泰百货买的", "在楼下那家电器行买的".
    '在[\\u4e00-\\u9fa5A-Za-z]{1,10}(?:广场|购物中心|百货|商店|商行|电器行|家电城|店)(?:里|内)?(?:买|购)',
    String.raw`\bin[- ]store\b|\b(?:in|at|from) (?:your|the|a|an|their|that|this|my|our) (?:local )?(?:store|shop|showroom|mall|outlet|retailer|branch)\b|\bshowroom\b|\bshopping (?:mall|centre|center)\b|\bmall\b|\b(?:department store|hypermarket|supermarket|megastore|electronics store)\b|\bbest ?buy\b|\bcurrys\b|\bargos\b|\bcostco\b|\bjohn lewis\b|\bharvey norman\b|\bmedia ?markt\b|\bwalmart\b`,
  ].join('|'),
  'i',
);

/** A channel named only to deny it ("门店买的 不是网上", "not online"): it does not count. */
const DENIED = /(?:不是|没在|没有在|并非|而不是|\bnot\b(?: (?:in|at|from|on))?)\s*(?:在)?\s*(?:网上|网购|线上|门店|商场|实体店|店里|\bonline\b|\b(?:a |the )?(?:store|shop)\b)/gi;

export type SaleChannel = 'online' | 'store';

/**
 * "bought it at Harrods", "got the TV from Saturn in Hamburg", "picked it up at El Corte Inglés": a shop
 * named by its own name (a capital), with no online word, is one the customer walked into. Chains are
 * too many to list, so the shape says it; times and people written with capitals are not shops.
 */
const BOUGHT_AT = /\b(?:bought|got|purchased|picked\b[^.!?\n]{0,20}?\bup|buy)\b[^.!?\n]{0,30}?\b(?:at|from)\s+(?:the\s+)?([^\s,.!?]+)/gi;
const NOT_A_SHOP =
  /^(?:christmas|xmas|easter|thanksgiving|halloween|diwali|eid|ramadan|new|chinese|black|cyber|boxing|prime|singles|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|i|my|our|his|her|their|a|an|home|work|mum|mom|dad|friend|[0-9].*)$/i;

function namedShop(text: string): boolean {
  for (const m of text.matchAll(BOUGHT_AT)) if (/^[A-Z]/.test(m[1]!) && !NOT_A_SHOP.test(m[1]!)) return true;
  return false;
}

export function saleChannelIn(text: string): SaleChannel | undefined {
  const own = text.replace(DENIED, ' ');
  if (ONLINE.test(own)) return 'online';
  if (IN_STORE.test(own) || namedShop(own)) return 'store';
  return undefined;
}
