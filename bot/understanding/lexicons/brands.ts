/** Brands: canonical name -> Chinese and English spellings. Sub-brands map to the brand that services them. */
export interface BrandEntry {
  name: string;
  pattern: RegExp;
}

const b = (name: string, pattern: RegExp): BrandEntry => ({ name, pattern });

export const BRANDS: BrandEntry[] = [
  b('Gree', /格力|\bgree\b/i),
  b('Midea', /美的(?!很)|\bmidea\b/i),
  b('Haier', /海尔|\bhaier\b/i),
  b('Casarte', /卡萨帝|\bcasarte\b/i),
  b('Little Swan', /小天鹅|\blittle ?swan\b/i),
  b('Hisense', /海信|\bhisense\b/i),
  b('Rongsheng', /容声|\bronshen\b|\brongsheng\b/i),
  b('TCL', /\bTCL\b/i),
  b('Xiaomi', /小米|米家|红米|\bxiaomi\b|\bredmi\b|\bmijia\b/i),
  b('Huawei', /华为|\bhuawei\b/i),
  b('Honor', /荣耀|\bHonor\b/),
  b('Apple', /苹果(?:手机|电脑|平板)?|\bapple\b|\biphone\b|\bipad\b|\bmacbook\b/i),
  b('Samsung', /三星|\bsamsung\b/i),
  b('OPPO', /\boppo\b/i),
  b('vivo', /\bvivo\b/i),
  b('OnePlus', /一加手机|\boneplus\b/i),
  b('Google', /谷歌|\bgoogle\b/i),
  b('Siemens', /西门子|\bsiemens\b/i),
  b('Bosch', /博世|\bbosch\b/i),
  b('Panasonic', /松下|\bpanasonic\b/i),
  b('Sony', /索尼|\bsony\b/i),
  b('LG', /\bLG\b/),
  b('Whirlpool', /惠而浦|\bwhirlpool\b/i),
  b('Philips', /飞利浦|\bphilips\b/i),
  b('AUX', /奥克斯|\bAUX\b/),
  b('Vatti', /华帝|\bvatti\b/i),
  b('Fotile', /方太|\bfotile\b/i),
  b('Robam', /老板电器|老板牌|老板(?=的?(?:油烟机|烟机|灶|燃气灶|热水器|洗碗机|蒸箱|烤箱))|\brobam\b/i),
  b('Wanhe', /万和|\bwanhe\b/i),
  b('Macro', /万家乐|\bmacro\b/i),
  b('A. O. Smith', /史密斯|\ba\.?\s?o\.?\s?smith\b/i),
  b('Supor', /苏泊尔|\bsupor\b/i),
  b('Joyoung', /九阳|\bjoyoung\b/i),
  b('Galanz', /格兰仕|\bgalanz\b/i),
  b('Changhong', /长虹|\bchanghong\b/i),
  b('Skyworth', /创维|\bskyworth\b/i),
  b('Konka', /康佳|\bkonka\b/i),
  b('Meiling', /美菱|\bmeiling\b/i),
  b('Dyson', /戴森|\bdyson\b/i),
  b('Ecovacs', /科沃斯|\becovacs\b/i),
  b('Electrolux', /伊莱克斯|\belectrolux\b/i),
];
