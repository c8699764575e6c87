/**
 * "燃气公司电话多少", "what's the electricity company's number?": a family outside after a gas leak
 * asks for a number the knowledge base cannot hold (it is local). The answer says where to find the
 * real one and gives only numbers that are the same everywhere in China (119 fire and gas
 * emergencies, 95598 the power grids' hotline, 12345 the city service line); it never makes one up.
 */
import type { Lang } from './phrases';

type Utility = 'gas' | 'power' | 'water' | 'property';

const UTILITY: [Utility, RegExp][] = [
  ['gas', /燃气|煤气|天然气|液化气|\bgas\b/i],
  ['power', /电力|供电|电网|电业|国家电网|\b(?:electric(?:ity)?|power)\b/i],
  ['water', /自来水|水务|供水|\bwater (?:company|board|supplier|utility)\b/i],
  ['property', /物业|\b(?:property|building) (?:management|manager|office)\b|\blandlord\b/i],
];
/** Asking for a number to call: 电话/号码/热线 …, "number", "hotline", "who do I call". */
const NUMBER_ASKED =
  /(?:电话|号码|热线|联系方式|怎么联系|打给谁|找谁)|\b(?:phone|telephone|number|hotline|contact)\b|\bwho (?:do|should) i (?:call|ring|phone)\b|\bhow (?:do|can) i (?:call|reach|contact)\b/i;
/** The company, not our own service: 公司/局/客服 or "company", "provider", "supplier". */
const COMPANY = /公司|集团|局|客服|抢修|物业|\b(?:company|companies|provider|supplier|utility|board|emergency|management|landlord)\b/i;

export function utilityAsked(text: string): Utility | undefined {
  if (!NUMBER_ASKED.test(text) || !COMPANY.test(text)) return undefined;
  return UTILITY.find(([, words]) => words.test(text))?.[0];
}

const WHERE: Record<Utility, { zh: string; en: string }> = {
  gas: {
    zh: '燃气公司的电话各地不一样，我这里没有您当地的号码，不给您编一个：一般印在燃气缴费单、燃气卡或燃气表上，也可以在燃气公司的App或公众号里找到，或打12345问当地的号码。如果现在闻到燃气味，请先离开屋子，到室外再打电话，情况严重直接拨119。',
    en: "Gas companies differ by city and I don't have your local number, so I won't make one up: it is printed on your gas bill, gas card or meter, and in the gas company's app; 12345 (city service line) can also tell you. If you smell gas now, leave first and call from outside; if it is serious, call 119.",
  },
  power: {
    zh: '供电公司的服务热线全国都是95598（国家电网和南方电网都用这个号），停电、漏电都可以报。如果有电线冒火或有人触电，先别碰，拨119或120。',
    en: 'The power grid hotline is 95598 everywhere in China (both State Grid and China Southern Power Grid). If a wire is burning or someone got a shock, keep away and call 119 or 120.',
  },
  water: {
    zh: '自来水公司的电话各地不一样，我这里没有您当地的号码：一般印在水费单上，也可以在当地水务的公众号里找到，或打12345问。',
    en: "Water companies differ by city and I don't have your local number: it is on your water bill and the local water company's app, or ask 12345 (city service line).",
  },
  property: {
    zh: '物业的电话我这里没有，一般贴在楼道或电梯的公告栏里，也可以问小区门卫。',
    en: "I don't have your building management's number; it is usually posted in the lobby or lift, or the front desk / guard can tell you.",
  },
};

export function utilityNumberAnswer(utility: Utility, lang: Lang): string {
  return WHERE[utility][lang];
}
