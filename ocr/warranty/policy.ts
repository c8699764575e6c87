/**
 * Warranty periods per product category and component, defaulting to China's 三包 rules.
 *
 * Sources of the defaults: 《部分商品修理更换退货责任规定》 (the 三包 rules for major appliances:
 * whole unit 1 year, main parts 3 years) and 《移动电话机商品及固定电话机商品修理更换退货责任规定》
 * (phones: handset 1 year, charger 1 year, battery 6 months, wired headset 3 months). Within 7
 * days of sale a performance fault allows return, exchange or repair; within 15 days exchange
 * or repair. Brands may give more, never less: overrides (brand-overrides.ts) can only lengthen.
 */
import { z } from 'zod';

export const PRODUCT_CATEGORIES = [
  'air_conditioner',
  'refrigerator',
  'washing_machine',
  'water_heater',
  'television',
  'microwave',
  'mobile_phone',
  'other',
] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const COMPONENTS = [
  'whole_unit',
  'compressor',
  'motor',
  'program_controller',
  'main_board',
  'panel',
  'backlight',
  'magnetron',
  'heating_element',
  'inner_tank',
  'battery',
  'charger',
  'wired_headset',
] as const;
export type Component = (typeof COMPONENTS)[number];

export interface Citation {
  zh: string;
  en: string;
}

export interface CategoryPolicy {
  /** Months of cover per component; `whole_unit` (or the handset, for phones) always present. */
  months: Partial<Record<Component, number>> & { whole_unit: number };
  /** Days after the sale in which a performance fault allows a return (三包 7 days). */
  returnDays: number;
  /** Days after the sale in which a performance fault allows an exchange (三包 15 days). */
  exchangeDays: number;
  citation: Citation;
}

export type WarrantyPolicy = Record<ProductCategory, CategoryPolicy>;

const APPLIANCES: Citation = {
  zh: '《部分商品修理更换退货责任规定》（三包规定）：整机保修1年，主要部件3年；7日内可退货，15日内可换货',
  en: 'PRC "three guarantees" rules for major appliances: whole unit 1 year, main parts 3 years; return within 7 days, exchange within 15 days',
};
const PHONES: Citation = {
  zh: '《移动电话机商品修理更换退货责任规定》：主机1年，充电器1年，电池6个月，有线耳机3个月；7日内可退货，15日内可换货',
  en: 'PRC "three guarantees" rules for mobile phones: handset 1 year, charger 1 year, battery 6 months, wired headset 3 months; return within 7 days, exchange within 15 days',
};
const GENERAL: Citation = {
  zh: '一般消费电子产品惯例：整机保修1年；7日内可退货，15日内可换货',
  en: 'General consumer-electronics practice: whole unit 1 year; return within 7 days, exchange within 15 days',
};

const windows = { returnDays: 7, exchangeDays: 15 };

export const DEFAULT_POLICY: WarrantyPolicy = {
  air_conditioner: { months: { whole_unit: 12, compressor: 36 }, ...windows, citation: APPLIANCES },
  refrigerator: { months: { whole_unit: 12, compressor: 36 }, ...windows, citation: APPLIANCES },
  washing_machine: { months: { whole_unit: 12, motor: 36, program_controller: 36 }, ...windows, citation: APPLIANCES },
  water_heater: { months: { whole_unit: 12, heating_element: 36, inner_tank: 36 }, ...windows, citation: APPLIANCES },
  television: { months: { whole_unit: 12, main_board: 36, panel: 36, backlight: 36 }, ...windows, citation: APPLIANCES },
  microwave: { months: { whole_unit: 12, magnetron: 36 }, ...windows, citation: APPLIANCES },
  mobile_phone: { months: { whole_unit: 12, charger: 12, battery: 6, wired_headset: 3 }, ...windows, citation: PHONES },
  other: { months: { whole_unit: 12 }, ...windows, citation: GENERAL },
};

/** Words customers and agents use, Chinese and English, mapped to the canonical names. */
const CATEGORY_ALIASES: Record<string, ProductCategory> = {
  空调: 'air_conditioner', 空调器: 'air_conditioner', 'air conditioner': 'air_conditioner', ac: 'air_conditioner', aircon: 'air_conditioner',
  冰箱: 'refrigerator', 电冰箱: 'refrigerator', 冰柜: 'refrigerator', fridge: 'refrigerator', freezer: 'refrigerator',
  洗衣机: 'washing_machine', washer: 'washing_machine', 'washing machine': 'washing_machine',
  热水器: 'water_heater', 电热水器: 'water_heater', 燃气热水器: 'water_heater', 'water heater': 'water_heater', boiler: 'water_heater',
  电视: 'television', 电视机: 'television', 彩电: 'television', tv: 'television',
  微波炉: 'microwave', 'microwave oven': 'microwave',
  手机: 'mobile_phone', 移动电话: 'mobile_phone', phone: 'mobile_phone', smartphone: 'mobile_phone', 'mobile phone': 'mobile_phone', handset: 'mobile_phone',
  其他: 'other',
};

const COMPONENT_ALIASES: Record<string, Component> = {
  整机: 'whole_unit', 主机: 'whole_unit', 'whole unit': 'whole_unit', unit: 'whole_unit', whole: 'whole_unit',
  压缩机: 'compressor',
  电机: 'motor', 电动机: 'motor',
  程序控制器: 'program_controller', 程控器: 'program_controller', 'program controller': 'program_controller', controller: 'program_controller',
  主板: 'main_board', 主电路板: 'main_board', 'main board': 'main_board', mainboard: 'main_board', motherboard: 'main_board',
  面板: 'panel', 显示屏: 'panel', 屏幕: 'panel', 液晶屏: 'panel', screen: 'panel', display: 'panel',
  背光: 'backlight', 背光源: 'backlight',
  磁控管: 'magnetron',
  发热管: 'heating_element', 加热管: 'heating_element', 'heating element': 'heating_element', heater: 'heating_element',
  内胆: 'inner_tank', 'inner tank': 'inner_tank', tank: 'inner_tank',
  电池: 'battery',
  充电器: 'charger',
  耳机: 'wired_headset', 有线耳机: 'wired_headset', headset: 'wired_headset', earphones: 'wired_headset', headphones: 'wired_headset',
};

function canonical<T extends string>(values: readonly T[], aliases: Record<string, T>) {
  return (input: unknown): unknown => {
    if (typeof input !== 'string') return input;
    const key = input.normalize('NFKC').trim().toLowerCase().replace(/[-\s]+/g, ' ');
    const snake = key.replace(/ /g, '_');
    if ((values as readonly string[]).includes(snake)) return snake;
    return aliases[key] ?? aliases[input.trim()] ?? input;
  };
}

/** Accepts canonical names and the aliases above (空调, fridge, 压缩机 ...). */
export const categorySchema = z.preprocess(canonical(PRODUCT_CATEGORIES, CATEGORY_ALIASES), z.enum(PRODUCT_CATEGORIES));
export const componentSchema = z.preprocess(canonical(COMPONENTS, COMPONENT_ALIASES), z.enum(COMPONENTS));

/**
 * The part a customer's words name ("压缩机坏了", "the battery"), as they would pass it to the
 * warranty check; undefined when none is named. One list of words: the aliases above.
 */
export function componentNamedIn(text: string): Component | undefined {
  const folded = text.normalize('NFKC').toLowerCase();
  const words = Object.keys(COMPONENT_ALIASES)
    .filter((w) => w.length > 1 && !['整机', '主机', 'unit', 'whole', 'whole unit', 'tank', 'heater', 'display', 'controller'].includes(w))
    .sort((a, b) => b.length - a.length);
  const found = words.find((w) => (/^[a-z ]+$/.test(w) ? new RegExp(`\\b${w}\\b`).test(folded) : folded.includes(w)));
  return found ? COMPONENT_ALIASES[found] : undefined;
}
