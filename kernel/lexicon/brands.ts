/**
 * The one brand lexicon: every way customers, knowledge files, tickets and warranty policy files
 * name a brand, mapped to one canonical name. Understanding reads the brand slot with it,
 * knowledge search filters and ingests with it, warranty matches brand policies with it; so a
 * customer's "万和" meets a case filed under "Vanward", and a policy file's "AO Smith" meets a
 * ticket's "A.O. Smith". (Two lists that spelt Vanward and Ronshen differently once cost a gas
 * water-heater answer its safety note.)
 *
 * Canonical names are the spellings knowledge files use in `brands` (knowledge/sample), each
 * brand's own English name. Sub-brands map to the brand that services them (红米 → Xiaomi, 统帅 →
 * Haier, iQOO → vivo); Casarte keeps its own name because knowledge files name it apart.
 */
import { normaliseText } from '../text/normal-form';
import { copyEach, RecentReadings } from '../text/recent-readings';

export interface BrandEntry {
  /** Canonical name, as knowledge files and tickets write it. */
  name: string;
  /** Chinese names, the one we say back first; found anywhere in a text (Chinese has no word breaks). */
  zh: string[];
  /**
   * Latin spellings: English names, pinyin, sub-brands and common misspellings; found as whole words
   * in any case, with optional spaces, dots or dashes where the spelling has them ("AO Smith",
   * "a.o.smith"). The canonical name is always one of them unless it is ambiguous (see `named`).
   */
  latin: string[];
  /**
   * Spellings too ambiguous to find in free text (老板 is "boss", honor and macro are English words):
   * they resolve when given as a brand name, and are found in text only through `contextual`.
   */
  named?: string[];
  /** Where an ambiguous spelling does name the brand (老板 before an appliance word, Honor capitalised). */
  contextual?: RegExp[];
  /** False friends: a match inside one of these is not the brand (三星期 is three weeks, 完美的 is perfect). */
  notIn?: RegExp[];
}

/** Appliance and phone words that follow a brand, so an ambiguous name counts before them. */
const PRODUCT_AFTER = '(?=的?\\s*(?:空调|冰箱|洗衣机|热水器|燃气灶|灶|油烟机|烟机|洗碗机|蒸箱|烤箱|蒸烤|集成灶|消毒柜|电视|手机|扫地机|扫拖|售后|客服))';
/** Place names made from brand names (万和路, 美的城, 海信广场) in addresses are not the brand. */
const PLACE_AFTER = /^(?:路|街|巷|大道|大街|小区|花园|广场|大厦|公寓|新城|城|苑|村|镇|社区|家园|中心)/;

const brand = (name: string, zh: string[], latin: string[], more: Pick<BrandEntry, 'named' | 'contextual' | 'notIn'> = {}): BrandEntry => ({
  name,
  zh,
  latin,
  ...more,
});

export const BRANDS: readonly BrandEntry[] = [
  // Air conditioners, fridges, washing machines
  brand('Gree', ['格力'], ['Gree', 'geli']),
  brand('Midea', ['美的'], ['Midea', 'meidi', 'midia', 'midae'], {
    // 美的 is also "beautiful": 完美的, 很美的, 美的很.
    notIn: [/[完甜优精柔唯健最很真好太审赞秀凄绝俊]美的/, /美的(?:很|东西|风景|人|女|心灵)/],
  }),
  brand('Haier', ['海尔'], ['Haier', 'haeir'], { named: ['统帅', 'Leader'], contextual: [new RegExp(`统帅${PRODUCT_AFTER}`)] }),
  brand('Casarte', ['卡萨帝'], ['Casarte']),
  brand('Little Swan', ['小天鹅', '小天娥'], ['Little Swan', 'xiaotiane']),
  brand('Hisense', ['海信'], ['Hisense', 'haixin', 'hisence']),
  brand('Ronshen', ['容声', '荣声', '蓉声'], ['Ronshen', 'rongsheng']),
  brand('Kelon', ['科龙'], ['Kelon', 'kelong']),
  brand('AUX', ['奥克斯', '澳克斯'], ['aokesi'], { named: ['AUX'], contextual: [/\bAUX\b/, /\baux(?=\s*(?:air ?con|ac\b|a\/c|空调))/i] }),
  brand('Chigo', ['志高'], ['Chigo', 'zhigao']),
  brand('Changhong', ['长虹'], ['Changhong']),
  brand('Daikin', ['大金'], ['Daikin', 'dajin', 'daiken'], { notIn: [/大金额|大金链|大金子|大金牙/] }),
  brand('Mitsubishi', ['三菱', '三菱电机', '三菱重工'], ['Mitsubishi']),
  brand('Hitachi', ['日立'], ['Hitachi']),
  brand('Toshiba', ['东芝'], ['Toshiba']),
  brand('Panasonic', ['松下'], ['Panasonic', 'songxia', 'panasonik', 'pansonic'], {
    // 放松下来, 轻松下载: 松下 inside other words.
    notIn: [/[放轻宽蓬]松下/, /松下(?:来|去)/],
  }),
  brand('Sharp', ['夏普'], [], { named: ['Sharp'], contextual: [/\bSHARP\b/, /\bSharp(?=\s*(?:TV|tv|microwave|air|fridge|washer))/] }),
  brand('Samsung', ['三星'], ['Samsung', 'sanxing', 'samsumg', 'samsang', 'sumsung'], {
    // 三星期 (three weeks), 三星级, and star ratings (给三星, 三星好评).
    notIn: [/三星(?:期|级|堆|好评|评价)/, /[给打评]三星/],
  }),
  brand('LG', [], ['LG']),
  brand('Whirlpool', ['惠而浦', '惠尔浦', '惠儿浦'], ['Whirlpool', 'huierpu', 'whirpool', 'wirlpool']),
  brand('Siemens', ['西门子'], ['Siemens', 'ximenzi', 'siemans', 'seimens']),
  brand('Bosch', ['博世'], ['Bosch', 'boshi']),
  brand('Electrolux', ['伊莱克斯'], ['Electrolux']),
  brand('Meiling', ['美菱'], ['Meiling']),
  brand('Royalstar', ['荣事达'], ['Royalstar', 'rongshida']),
  // Water heaters and kitchens
  brand('Vanward', ['万和'], ['Vanward', 'wanhe']),
  brand('Macro', ['万家乐'], ['wanjiale'], {
    named: ['Macro'],
    contextual: [/\bMACRO\b/, /\bmacro(?=\s*(?:gas|water heater|heater|boiler|hob|stove|cooker|hood|range hood|燃气|热水器|灶|烟机|油烟机))/i],
  }),
  brand('A.O. Smith', ['A.O.史密斯', 'AO史密斯', '史密斯'], ['A.O. Smith', 'AO Smith', 'A.O.Smith', 'shimisi']),
  brand('Rinnai', ['林内'], ['Rinnai', 'linnei', 'rinai'], { notIn: [/[树园森竹山雨丛]林内/] }),
  brand('Noritz', ['能率'], ['Noritz', 'nengshuai'], { notIn: [/[功效热]能率/] }),
  brand('Vatti', ['华帝'], ['Vatti', 'huadi']),
  brand('Fotile', ['方太'], ['Fotile', 'fangtai']),
  brand('Robam', ['老板电器', '老板牌'], ['Robam'], { named: ['老板', 'laoban'], contextual: [new RegExp(`老板${PRODUCT_AFTER}`)] }),
  brand('Supor', ['苏泊尔', '苏泊儿', '苏伯尔', '苏波尔'], ['Supor', 'supoer']),
  brand('Joyoung', ['九阳'], ['Joyoung', 'jiuyang']),
  brand('Galanz', ['格兰仕', '格兰士'], ['Galanz', 'gelanshi']),
  brand('Philips', ['飞利浦'], ['Philips', 'phillips']),
  brand('Dyson', ['戴森'], ['Dyson']),
  brand('Ecovacs', ['科沃斯'], ['Ecovacs']),
  brand('Roborock', [], ['Roborock'], { named: ['石头'], contextual: [/石头(?=\s*(?:扫地|扫拖|洗地|科技))/] }),
  brand('Dreame', ['追觅'], ['Dreame']),
  // Water purifiers: their reminders and cartridges are asked about by brand ("沁园净水器提示要换了").
  brand('Qinyuan', ['沁园'], ['Qinyuan']),
  // ("angel" is an English word: the brand only before its products.)
  brand('Angel', ['安吉尔'], ['anjier'], { named: ['Angel'], contextual: [/\bAngel(?=\s*(?:water|purifier|ro\b|filter|dispenser|净水|饮水))/i] }),
  // Televisions
  brand('TCL', [], ['TCL']),
  brand('Skyworth', ['创维'], ['Skyworth']),
  brand('Konka', ['康佳'], ['Konka']),
  brand('Sony', ['索尼'], ['Sony']),
  // Phones
  brand('Google', ['谷歌'], ['Google']),
  brand('Apple', ['苹果'], ['Apple', 'iPhone', 'iPad', 'MacBook', 'AirPods', 'pingguo'], { notIn: [/苹果(?:味|汁|醋|干|树|园)/] }),
  brand('Huawei', ['华为'], ['Huawei', 'huawai', 'huwei', 'hauwei']),
  brand('Honor', ['荣耀'], ['rongyao'], {
    // Honor as a word is English ("honor the warranty"): only as the brand writes itself or before a product.
    named: ['Honor'],
    contextual: [/\bHONOR\b/, /\bHonor(?=\s*(?:phone|magic|play|x?\d|售后|手机))/i],
    // 王者荣耀 is the game customers play when the phone overheats, not the phone.
    notIn: [/王者荣耀|荣耀感|荣耀时刻/],
  }),
  brand('Xiaomi', ['小米', '米家', '红米'], ['Xiaomi', 'Redmi', 'Mijia', 'xiomi', 'xaomi'], { notIn: [/小米(?:粥|椒|饭|辣|面)/, /红米(?:饭|粥)/] }),
  brand('OPPO', ['欧珀'], ['OPPO']),
  brand('vivo', [], ['vivo', 'iQOO']),
  brand('OnePlus', ['一加手机'], ['OnePlus']),
  brand('realme', [], ['realme'], { named: ['真我'], contextual: [/真我(?=\s*(?:手机|GT|gt|\d))/] }),
  brand('Meizu', ['魅族'], ['Meizu']),
  brand('ZTE', ['中兴'], ['ZTE']),
  brand('Lenovo', ['联想'], ['Lenovo'], { notIn: [/联想(?:到|起|一下|力)/] }),
  // Laptops: customers abroad name them by maker ("HP 15s-…", "Dell Inspiron …") and the model was lost with the brand.
  brand('HP', ['惠普'], ['HP', 'Hewlett-Packard', 'Hewlett Packard'], {
    // An air conditioner's horsepower ("1.5 hp", "2HP unit") and Malaysian "hp" for a mobile ("my hp no.") are not the maker.
    notIn: [/\d(?:\.\d+)?\s*hp\b/i, /\bhp\s*(?:no\b|num|number|#)/i, /\b(?:my|your|his|her)\s+hp\b(?!\s*(?:laptop|notebook|printer|pavilion|envy|spectre|elitebook|probook|omen|victus|\d))/i],
  }),
  brand('Dell', ['戴尔'], ['Dell']),
  brand('Asus', ['华硕'], ['Asus']),
  brand('Acer', ['宏碁', '宏基'], ['Acer']),
];

/** Letters and digits only, lower case: the key a stated brand name is looked up by ("A. O. Smith" = "aosmith"). */
function key(name: string): string {
  return normaliseText(name)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A Latin spelling as a whole word; spaces, dots and dashes where the spelling has them are optional. */
function latinPattern(spelling: string): string {
  const parts = spelling
    .toLowerCase()
    .split(/[\s.\-]+/)
    .filter(Boolean)
    .map(escape);
  return `(?<![a-z])${parts.join('[\\s.\\-]*')}(?![a-z])`;
}

interface Matcher {
  brand: BrandEntry;
  patterns: RegExp[];
  notIn: RegExp[];
}

const withGlobal = (p: RegExp) => new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);

const MATCHERS: Matcher[] = BRANDS.map((entry) => {
  const literal = [...entry.zh.map(escape), ...entry.latin.map(latinPattern)];
  const patterns = literal.length ? [new RegExp(literal.join('|'), 'gi')] : [];
  for (const p of entry.contextual ?? []) patterns.push(withGlobal(p));
  return { brand: entry, patterns, notIn: (entry.notIn ?? []).map(withGlobal) };
});

const BY_KEY = new Map<string, BrandEntry>();
for (const entry of BRANDS) {
  for (const name of [entry.name, ...entry.zh, ...entry.latin, ...(entry.named ?? [])]) {
    const k = key(name);
    const taken = BY_KEY.get(k);
    if (taken && taken !== entry) throw new Error(`brand spelling "${name}" is given to both ${taken.name} and ${entry.name}`);
    BY_KEY.set(k, entry);
  }
}

export interface BrandMention {
  /** Canonical name. */
  brand: string;
  /** Where in the text it was found, and as what. */
  index: number;
  text: string;
}

function isFalseFriend(notIn: readonly RegExp[], text: string, index: number, length: number): boolean {
  // Chinese names followed by a place word are an address (万和路, 美的城), not the brand.
  if (/[\u4e00-\u9fff]$/.test(text.slice(index, index + length)) && PLACE_AFTER.test(text.slice(index + length))) return true;
  for (const pattern of notIn) {
    for (const m of text.matchAll(pattern)) if (m.index < index + length && index < m.index + m[0].length) return true;
  }
  return false;
}

/**
 * Every brand named in a text, at its first mention, in order of appearance. The text should be
 * in the normal form (understanding and knowledge search both normalise first); it is not changed.
 */
export function findBrands(text: string): BrandMention[] {
  return copyEach(BRAND_READINGS.get(text, () => scanBrands(text)));
}

/** A turn asks for the brands of the same message many times over (slots, clauses, problem words). */
const BRAND_READINGS = new RecentReadings<BrandMention[]>();

function scanBrands(text: string): BrandMention[] {
  const found: BrandMention[] = [];
  for (const { brand: entry, patterns, notIn } of MATCHERS) {
    let first: BrandMention | undefined;
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        if (first && m.index >= first.index) break;
        if (isFalseFriend(notIn, text, m.index, m[0].length)) continue;
        first = { brand: entry.name, index: m.index, text: m[0] };
        break;
      }
    }
    if (first) found.push(first);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The canonical names of the brands a text names, in order of appearance. */
export function detectBrands(text: string): string[] {
  return findBrands(text).map((m) => m.brand);
}

/** The brand named first in a text (the one the customer leads with), if any. */
export function firstBrand(text: string): string | undefined {
  return findBrands(text)[0]?.brand;
}

/**
 * The canonical name of a brand given as a name (a filter, a knowledge file's `brands`, a ticket
 * field, a policy file), or undefined when it names no brand we know. A name with more around it
 * ("格力空调", "Midea Group") resolves when it names exactly one brand.
 */
export function lookupBrand(name: string): string | undefined {
  const exact = BY_KEY.get(key(name));
  if (exact) return exact.name;
  const named = [...new Set(detectBrands(normaliseText(name)))];
  return named.length === 1 ? named[0] : undefined;
}

/** `lookupBrand`, or the name as given (trimmed) when it is not a brand we know: unknown brands still compare by their own name. */
export function canonicalBrand(name: string): string {
  return lookupBrand(name) ?? name.trim();
}

/** How we name a brand to a customer: its Chinese name in Chinese, its own name otherwise. */
export function brandLabel(name: string, lang: 'zh' | 'en'): string {
  const entry = BY_KEY.get(key(name));
  if (!entry) return name;
  return lang === 'zh' ? (entry.zh[0] ?? entry.named?.find((n) => /[\u4e00-\u9fff]/.test(n)) ?? entry.name) : entry.name;
}
