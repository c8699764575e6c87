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
import { lookupCategory } from '../kernel/lexicon/product-categories';

export const PRODUCT_CATEGORIES = ['air_conditioner', 'refrigerator', 'washing_machine', 'water_heater', 'television', 'microwave', 'range_hood', 'mobile_phone', 'other'] as const;
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
  zh: '《移动电话机商品修理更换退货责任规定》（三包规定）：主机1年，充电器1年，电池6个月，有线耳机3个月；7日内可退货，15日内可换货',
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
  // 吸油烟机: the motor is its main part (the knowledge base says 3-5 years by brand; 3 is the floor).
  range_hood: { months: { whole_unit: 12, motor: 36 }, ...windows, citation: APPLIANCES },
  mobile_phone: { months: { whole_unit: 12, charger: 12, battery: 6, wired_headset: 3 }, ...windows, citation: PHONES },
  other: { months: { whole_unit: 12 }, ...windows, citation: GENERAL },
};

/**
 * Product words (空调, fridge, 彩电, the understanding's ids) come from the shared lexicon
 * (kernel/lexicon/product-categories); its ids whose 三包 category is named differently are mapped
 * here. A product without a 三包 category of its own (a dishwasher) stays unresolved, and the
 * warranty check treats it as `other`.
 */
const WARRANTY_CATEGORY_OF: Record<string, ProductCategory> = { tv: 'television', phone: 'mobile_phone' };

function canonicalCategory(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  const snake = input
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, '_');
  if ((PRODUCT_CATEGORIES as readonly string[]).includes(snake)) return snake;
  if (/^其[他它]$/.test(input.trim())) return 'other';
  const id = lookupCategory(input);
  const mapped = id && (WARRANTY_CATEGORY_OF[id] ?? id);
  return mapped && (PRODUCT_CATEGORIES as readonly string[]).includes(mapped) ? mapped : input;
}

const COMPONENT_ALIASES: Record<string, Component> = {
  整机: 'whole_unit',
  主机: 'whole_unit',
  'whole unit': 'whole_unit',
  unit: 'whole_unit',
  whole: 'whole_unit',
  压缩机: 'compressor',
  电机: 'motor',
  电动机: 'motor',
  马达: 'motor',
  风机电机: 'motor',
  motor: 'motor',
  compressor: 'compressor',
  magnetron: 'magnetron',
  battery: 'battery',
  charger: 'charger',
  程序控制器: 'program_controller',
  程控器: 'program_controller',
  'program controller': 'program_controller',
  controller: 'program_controller',
  主板: 'main_board',
  主电路板: 'main_board',
  'main board': 'main_board',
  mainboard: 'main_board',
  motherboard: 'main_board',
  面板: 'panel',
  显示屏: 'panel',
  屏幕: 'panel',
  液晶屏: 'panel',
  screen: 'panel',
  display: 'panel',
  背光: 'backlight',
  背光源: 'backlight',
  磁控管: 'magnetron',
  发热管: 'heating_element',
  加热管: 'heating_element',
  加热棒: 'heating_element',
  电热管: 'heating_element',
  element: 'heating_element',
  'heating element': 'heating_element',
  heater: 'heating_element',
  内胆: 'inner_tank',
  'inner tank': 'inner_tank',
  tank: 'inner_tank',
  电池: 'battery',
  充电器: 'charger',
  耳机: 'wired_headset',
  有线耳机: 'wired_headset',
  headset: 'wired_headset',
  earphones: 'wired_headset',
  headphones: 'wired_headset',
};

function canonical<T extends string>(values: readonly T[], aliases: Record<string, T>) {
  return (input: unknown): unknown => {
    if (typeof input !== 'string') return input;
    const key = input
      .normalize('NFKC')
      .trim()
      .toLowerCase()
      .replace(/[-\s]+/g, ' ');
    const snake = key.replace(/ /g, '_');
    if ((values as readonly string[]).includes(snake)) return snake;
    return aliases[key] ?? aliases[input.trim()] ?? input;
  };
}

/** Accepts canonical names and product words (空调, fridge, 手机 ...). */
export const categorySchema = z.preprocess(canonicalCategory, z.enum(PRODUCT_CATEGORIES));
/** Accepts canonical names and the aliases above (压缩机, screen ...). */
export const componentSchema = z.preprocess(canonical(COMPONENTS, COMPONENT_ALIASES), z.enum(COMPONENTS));

/** The part words looked for, longest first; English ones as whole words. Built once: it is asked every turn. */
const COMPONENT_WORDS = Object.keys(COMPONENT_ALIASES)
  .filter((w) => w.length > 1 && !['整机', '主机', 'unit', 'whole', 'whole unit', 'tank', 'heater', 'display', 'controller'].includes(w))
  .sort((a, b) => b.length - a.length)
  .map((word) => ({ word, asWord: /^[a-z ]+$/.test(word) ? new RegExp(`\\b${word}\\b`) : undefined }));

/**
 * The part a customer's words name ("压缩机坏了", "the battery"), as they would pass it to the
 * warranty check; undefined when none is named. One list of words: the aliases above.
 */
export function componentNamedIn(text: string): Component | undefined {
  const folded = text.normalize('NFKC').toLowerCase();
  const found = COMPONENT_WORDS.find(({ word, asWord }) => (asWord ? asWord.test(folded) : folded.includes(word)));
  return found ? COMPONENT_ALIASES[found.word] : undefined;
}

/** What each part is called to a customer (整机, the compressor ...). */
export const COMPONENT_NAMES: Record<Component, { zh: string; en: string }> = {
  whole_unit: { zh: '整机', en: 'whole unit' },
  compressor: { zh: '压缩机', en: 'compressor' },
  motor: { zh: '电机', en: 'motor' },
  program_controller: { zh: '程序控制器', en: 'programme controller' },
  main_board: { zh: '主板', en: 'main board' },
  panel: { zh: '显示屏', en: 'screen panel' },
  backlight: { zh: '背光', en: 'backlight' },
  magnetron: { zh: '磁控管', en: 'magnetron' },
  heating_element: { zh: '发热管', en: 'heating element' },
  inner_tank: { zh: '内胆', en: 'inner tank' },
  battery: { zh: '电池', en: 'battery' },
  charger: { zh: '充电器', en: 'charger' },
  wired_headset: { zh: '有线耳机', en: 'wired headset' },
};

/**
 * The parts a product's rules give a period of their own beside the whole unit (压缩机, 电机 ...),
 * for a product word or id; empty for a product without a 三包 category of its own.
 */
export function mainPartsOf(category: string): Component[] {
  const parsed = categorySchema.safeParse(category);
  if (!parsed.success) return [];
  return (Object.keys(DEFAULT_POLICY[parsed.data].months) as Component[]).filter((c) => c !== 'whole_unit');
}
