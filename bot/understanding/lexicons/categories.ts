/**
 * Product categories: normalised id -> how customers name them. Order matters only for ties at
 * the same position; the earliest mention in the message wins (the product the customer leads with).
 * `i` patterns are matched case-insensitively; `cs` ones case-sensitively (AC, TV are words too).
 */
export interface CategoryEntry {
  id: string;
  zh?: RegExp;
  en?: RegExp;
}

export const CATEGORIES: CategoryEntry[] = [
  { id: 'dishwasher', zh: /洗碗机/, en: /\bdish ?washers?\b/i },
  { id: 'washing_machine', zh: /洗衣机|洗依机|洗衣鸡|滚筒(?!刷)|波轮|洗烘一体/, en: /\bwashing machines?\b|\bwashers?\b|\blaundry machine\b/i },
  { id: 'dryer', zh: /烘干机|干衣机/, en: /\b(?:tumble )?dryers?\b/i },
  { id: 'water_heater', zh: /热水器|热水炉|壁挂炉/, en: /\b(?:hot )?water heaters?\b|\bboiler\b|\bgeyser\b|\btankless\b/i },
  { id: 'air_conditioner', zh: /空调|空掉|冷气机|外机|内机|挂机|柜机|中央空调/, en: /\bair ?con(?:ditioner|ditioning)?s?\b|\baircon\b|\ba\/c\b|\bAC\b|\bHVAC\b|\bmini[- ]split\b/i },
  { id: 'refrigerator', zh: /冰箱|冷柜|冰柜|冷藏室|冷冻室/, en: /\bfridges?\b|\brefrigerators?\b|\bfreezers?\b|\bice maker\b/i },
  { id: 'range_hood', zh: /油烟机|烟机|吸油烟机|抽油烟/, en: /\b(?:range|cooker|extractor|kitchen) hoods?\b|\bhood fan\b/i },
  { id: 'gas_stove', zh: /燃气灶|煤气灶|灶具|灶台|炉灶|(?<!电磁)灶/, en: /\bgas (?:stove|hob|cooktop|range)s?\b|\bstoves?\b|\bhobs?\b|\bcooktops?\b|\bburners?\b/i },
  { id: 'induction_cooker', zh: /电磁炉|电陶炉/, en: /\binduction (?:cooker|hob|cooktop)\b/i },
  { id: 'rice_cooker', zh: /电饭煲|电饭锅|饭煲|压力锅|电压力锅/, en: /\brice cookers?\b|\bpressure cookers?\b|\binstant pot\b/i },
  { id: 'microwave', zh: /微波炉|微烤一体/, en: /\bmicrowaves?\b/i },
  { id: 'oven', zh: /烤箱|蒸烤箱|蒸箱/, en: /\bovens?\b/i },
  { id: 'tv', zh: /电视|显示器/, en: /\bTVs?\b|\btelevisions?\b|\bsmart tv\b/i },
  { id: 'phone', zh: /手机(?![号\s]*\d|号)|iPhone|华为mate|mate\s?\d{2}/i, en: /\b(?:smart)?phones?\b(?!\s*(?:number|no\b|call|and address))|\biphone\b|\bgalaxy s\d+|\bpixel \d/i },
  { id: 'tablet', zh: /平板|iPad/i, en: /\btablets?\b|\bipad\b/i },
  { id: 'laptop', zh: /笔记本电脑|笔记本/, en: /\blaptops?\b|\bnotebook computer\b/i },
  { id: 'robot_vacuum', zh: /扫地机器人|扫地机|扫拖机器人/, en: /\brobot (?:vacuum|cleaner)\b|\broomba\b/i },
  { id: 'vacuum_cleaner', zh: /吸尘器/, en: /\bvacuum(?: cleaner)?\b|\bhoover\b/i },
  { id: 'air_purifier', zh: /空气净化器|净化器/, en: /\bair purifiers?\b/i },
  { id: 'water_purifier', zh: /净水器|净水机|饮水机/, en: /\bwater (?:purifier|filter|dispenser)s?\b/i },
  { id: 'space_heater', zh: /取暖器|电暖器|暖风机|油汀/, en: /\bspace heaters?\b|\bradiators?\b/i },
  { id: 'soymilk_maker', zh: /豆浆机|破壁机|料理机/, en: /\bsoy ?milk maker\b|\bblenders?\b/i },
  { id: 'kettle', zh: /电水壶|烧水壶|热水壶/, en: /\bkettles?\b/i },
  { id: 'coffee_machine', zh: /咖啡机/, en: /\bcoffee (?:machine|maker)s?\b|\bespresso machine\b/i },
];
