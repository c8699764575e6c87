/**
 * The one product-category lexicon: the words customers use for a product, mapped to a category
 * id, with the name we say back. Understanding reads the category slot from it (the product the
 * customer leads with), knowledge search detects the categories a question names and describes
 * each entry with them, replies name the product with its label, and the warranty rules map a
 * stated category to their 三包 category.
 *
 * Ids are the understanding's set; knowledge files use a subset of them (knowledge/case-schema
 * CATEGORIES, plus `general`), the warranty rules their own legal categories (warranty/policy).
 *
 * Two kinds of word: `zh`/`en` name the product (a slot may be read from them); `hints` only
 * suggest the category ("hot water", 冷气, "hood": a question about hot water is probably about a
 * water heater, but "no hot water from my washing machine" is not), so search may lean on them and
 * understanding never reads a slot from them.
 */
import { normaliseText } from '../text/normal-form';
import { copyEach, RecentReadings } from '../text/recent-readings';

export interface ProductCategoryEntry {
  id: string;
  /** What we call it to a customer. */
  label: { zh: string; en: string };
  /** Chinese names, found anywhere in a text. */
  zh: string[];
  /** English names, found as whole words in any case, plural allowed ("washers"). */
  en: string[];
  /** Names that count only in context (灶 not after 电磁, a phone model without the word phone). */
  contextual?: RegExp[];
  /** False friends: a match inside one of these is not the product (手机号 is a phone number, 滚筒刷 a vacuum's brush). */
  notIn?: RegExp[];
  /** Words that suggest the category without naming the product: for search, never for a slot. */
  hints?: { zh?: string[]; en?: string[] };
}

export const PRODUCT_CATEGORIES: readonly ProductCategoryEntry[] = [
  // Rinse aid and softener salt are the dishwasher's own: a question about them is about it.
  {
    id: 'dishwasher',
    label: { zh: '洗碗机', en: 'dishwasher' },
    zh: ['洗碗机'],
    en: ['dishwasher', 'dish washer'],
    hints: { zh: ['光亮剂', '软水盐', '洗碗机专用盐'], en: ['rinse aid', 'rinse-aid'] },
  },
  {
    id: 'washing_machine',
    label: { zh: '洗衣机', en: 'washing machine' },
    // 洗依机/洗衣鸡: pinyin-keyboard and voice-to-text slips.
    zh: ['洗衣机', '洗依机', '洗衣鸡', '滚筒', '波轮', '洗烘一体机', '洗烘一体', '双桶'],
    // A washer is named by how it loads as often as by its name: "my LG front loader", "the top-loader", 双桶 (twin tub).
    // (Spaces and hyphens are optional in a name: "front loader" is also "front-loader", "frontloader".)
    en: [
      'washing machine',
      'washer',
      'washer dryer',
      'laundry machine',
      'front loader',
      'top loader',
      'front load machine',
      'top load machine',
      'front loading machine',
      'top loading machine',
      'twin tub',
      // A washer's maker's line names it too ("our Samsung EcoBubble", "the LG TurboWash", "a front-load Bosch").
      'front load',
      'top load',
      'front loading',
      'top loading',
      'ecobubble',
      'addwash',
      'turbowash',
      'washtower',
    ],
    notIn: [/滚筒刷/, /dish\s*washer/i],
  },
  { id: 'dryer', label: { zh: '烘干机', en: 'dryer' }, zh: ['烘干机', '干衣机'], en: ['dryer', 'tumble dryer'], notIn: [/washer[\s-]*dryer/i, /hair\s*dryer/i] },
  {
    id: 'water_heater',
    label: { zh: '热水器', en: 'water heater' },
    zh: ['热水器', '燃气热水器', '电热水器', '热水炉', '壁挂炉'],
    en: ['water heater', 'hot water heater', 'boiler', 'geyser', 'tankless'],
    // "heater" alone may be a space heater; with hot water or a shower it is the water heater.
    // The look-behind comes after "heater" so it is tried only where "heater" stands: first, it was
    // tried at every position and a 50 KB message took seconds (quadratic).
    contextual: [/\bheaters?\b(?=.*\b(?:hot water|showers?)\b)/i, /\bheaters?\b(?<=\b(?:hot water|showers?)\b.*\bheaters?)/i],
    hints: { en: ['hot water'] },
  },
  {
    id: 'air_conditioner',
    label: { zh: '空调', en: 'air conditioner' },
    zh: ['空调', '空调机', '空调器', '空掉', '冷气机', '中央空调', '外机', '内机', '室外机', '室内机', '挂机', '柜机'],
    en: ['air conditioner', 'air conditioning', 'aircon', 'air con', 'ac', 'a/c', 'hvac', 'mini split', 'outdoor unit', 'outside unit', 'indoor unit'],
    // 挂机 is also hanging up a call (客服直接挂机了).
    notIn: [/(?:直接|就|又|电话|客服|给我|把我|突然)挂机/, /挂机了/],
    // 冷气 as the thing that fails ("冷气不会冷了", "冷气一直滴水") is the air conditioner, as it is in
    // the south and in Hong Kong and Taiwan; a fridge's or a car's cold air is not.
    contextual: [/(?<!(?:冰箱|冰柜|冷柜|冷藏|冷冻|雪柜|车)[^,，。.!！?？]{0,6})冷气(?=机?[^,，。.!！?？]{0,4}?(?:不(?!错|用)|坏|没|开不|打不|漏|滴|吹|有异|异响|响|跳|显示|报))/],
    hints: { zh: ['冷气'], en: ['heat pump'] },
  },
  {
    id: 'refrigerator',
    label: { zh: '冰箱', en: 'fridge' },
    zh: ['冰箱', '电冰箱', '冰柜', '冷柜', '冷藏室', '冷冻室'],
    en: ['refrigerator', 'fridge', 'freezer', 'ice maker'],
  },
  {
    id: 'range_hood',
    label: { zh: '油烟机', en: 'range hood' },
    zh: ['油烟机', '抽油烟机', '吸油烟机', '烟机', '抽油烟'],
    en: ['range hood', 'cooker hood', 'extractor hood', 'kitchen hood', 'hood fan'],
    // "the extractor over the hob": the hood, when the cooking place is named with it (a bathroom's extractor fan is not ours).
    contextual: [/\bextractor(?: fan)?\b(?=[^.?!]{0,24}\b(?:stove|hob|cooker|cooktop|kitchen|cooking|frying)\b)/i],
    hints: { en: ['hood'] },
  },
  {
    id: 'gas_stove',
    label: { zh: '燃气灶', en: 'gas stove' },
    zh: ['燃气灶', '煤气灶', '灶具', '灶台', '炉灶'],
    en: ['gas stove', 'gas hob', 'gas cooktop', 'gas range', 'stove', 'hob', 'cooktop', 'burner'],
    contextual: [/(?<!电磁)灶/],
    notIn: [/induction\s+(?:hob|cooktop|stove)/i],
  },
  { id: 'induction_cooker', label: { zh: '电磁炉', en: 'induction cooker' }, zh: ['电磁炉', '电陶炉'], en: ['induction cooker', 'induction hob', 'induction cooktop'] },
  {
    id: 'rice_cooker',
    label: { zh: '电饭煲', en: 'rice cooker' },
    zh: ['电饭煲', '电饭锅', '饭煲', '电压力锅', '压力锅', '高压锅'],
    en: ['rice cooker', 'pressure cooker', 'instant pot'],
  },
  { id: 'microwave', label: { zh: '微波炉', en: 'microwave' }, zh: ['微波炉', '微烤一体'], en: ['microwave', 'microwave oven'] },
  { id: 'oven', label: { zh: '烤箱', en: 'oven' }, zh: ['烤箱', '蒸烤箱', '蒸箱'], en: ['oven'], notIn: [/microwave\s+ovens?/i] },
  {
    id: 'tv',
    label: { zh: '电视', en: 'TV' },
    zh: ['电视', '电视机', '彩电', '显示器'],
    // A TV is named by its maker's line as often as by the word ("our Bravia", "the Neo QLED", "a NanoCell"):
    // unread, a dark half-screen got the opening menu and "which product is it?" again and again.
    en: ['tv', 'television', 'smart tv', 'telly', 'bravia', 'qled', 'neo qled', 'nanocell', 'aquos', 'viera', 'uled'],
    // OLED is also a phone's or a watch's screen: a TV only after a TV maker or before a screen size
    // ("LG OLED", "an OLED 65 inch"); and a screen size from 32 to 99 inches is a TV's, not a laptop's 15".
    contextual: [
      /(?:\b(?:lg|sony|samsung|philips|panasonic|tcl|hisense|skyworth|xiaomi|toshiba|sharp)\s*|索尼|三星|海信|创维|小米|长虹|康佳|飞利浦|松下)(?:oled|mini[\s-]?led)\b/i,
      /\b(?:oled|mini[\s-]?led)\s*(?:tv\b|(?:[3-9]\d)(?=\s*(?:-?\s*inch|in\b|"|''|寸|英寸)))/i,
      /(?<![\d.])[3-9]\d\s*(?:-?\s*inch(?:es)?\b|英寸|寸)(?!\s*(?:laptop|notebook|monitor|screen (?:laptop|notebook)|行李箱|拉杆箱|箱|自行车|单车|车轮|轮))/i,
    ],
  },
  {
    id: 'phone',
    label: { zh: '手机', en: 'phone' },
    zh: ['手机', '移动电话'],
    en: ['phone', 'smartphone', 'cellphone', 'cell phone', 'mobile phone', 'handset'],
    // Phone models name the product without the word.
    // (Huawei's MateBook is a laptop, not a Mate.)
    contextual: [/iPhone/i, /华为\s*mate(?!\s?book)|\bmate\s?\d{2}\b/i, /\bgalaxy [sz]\d+/i, /\bpixel \d/i],
    // A phone number is not a phone: 手机号, 手机13812345678, "phone number", "phone call".
    // Nor is a phone used as a tool: its torch, camera or a photo taken with it (用手机电筒照, "my phone torch").
    // (Something spilled or dropped "on my phone" makes the phone the thing hurt, not a tool.)
    notIn: [
      // (Nor the placeholder a redacted number leaves in the text the engine reads: "[PHONE_1]".)
      /\[PHONE_\d+\]/,
      /手机号|手机\s*[:：是为]?\s*\+?\d/,
      /(?<![a-z])phones?\s*(?:number|no\b|call|and address|(?:is|[:#])?\s*\(?\+?\d[\d\s()-]{6,})/i,
      /\b(?:mobile|cell)\s*(?:number|no\b|(?:is|[:#])?\s*\(?\+?\d[\d\s()-]{6,})/i,
      // Nor the phone a proof is kept on: 发票照片手机里有, 手机上有订单截图, "the receipt photo is on my phone".
      /(?:照片|图片|截图|发票|小票|订单|收据|凭证)[^，。,.！!？?]{0,6}手机(?:里|上)|手机(?:里|上)(?:有|存着?|留着?)[^，。,.！!？?]{0,6}(?:照片|图片|截图|发票|小票|订单|收据|凭证)/,
      /\b(?:photos?|pictures?|pics?|screenshots?|copy|copies|receipts?|invoices?)\b[^.,;!?]{0,20}\b(?:on|in) my phone\b|\b(?:on|in) my phone\b[^.,;!?]{0,12}\b(?:photos?|pictures?|screenshots?|receipts?|invoices?)\b/i,
      /(?:用|拿)?手机(?:的)?(?:手电筒?|电筒|闪光灯|照明|灯|拍(?:照|了|的|个)?|照(?:了|一下|着)|录(?:像|视频|了)|相机|摄像头)/,
      /(?<![a-z])phones?(?:'s)?\s*(?:torch|flash ?light|flash|light|camera)|(?<!\b(?:spill\w*|splash\w*|pour\w*|drip\w*|knock\w*|tipp?\w*|dropp?\w*|fell|landed|sat|stepped|water|coffee|tea|juice|drink|liquid|wine|beer|milk|soda|rain)\b[^.,;!?]{0,25})(?:with|on|using) my phone\b|took (?:a )?(?:photo|picture|video) (?:with|on) (?:my )?phone/i,
    ],
    hints: { en: ['mobile'] },
  },
  // 平板电视 is a flat-screen TV.
  {
    id: 'tablet',
    label: { zh: '平板', en: 'tablet' },
    zh: ['平板', '平板电脑'],
    en: ['tablet', 'ipad'],
    // 平板电视 is a TV; dishwasher or cleaning tablets are detergent, and "tablets" for pain are pills.
    notIn: [
      /平板电视/,
      /\b(?:dishwasher|detergent|cleaning|washing|descal\w*|rinse|soap|dish|wash|salt|effervescent|pain(?:killer)?|vitamin|water purif\w*) tablets?\b/i,
      /\btablets? (?:of|for) (?:the )?(?:dishwasher|detergent|washing|descal\w*)\b/i,
      /\b(?:ran|run|running) out of (?:the |my )?tablets\b/i,
    ],
  },
  // Laptops are named by their line as often as by the word ("my matebook 14", "ThinkPad X1", "the Inspiron"):
  // unread, a laptop that stopped charging was taken for a phone.
  {
    id: 'laptop',
    label: { zh: '笔记本电脑', en: 'laptop' },
    zh: ['笔记本电脑', '笔记本', '手提电脑', '轻薄本', '游戏本'],
    en: [
      'laptop',
      'notebook',
      'notebook computer',
      'matebook',
      'magicbook',
      'redmibook',
      'macbook',
      'thinkpad',
      'thinkbook',
      'ideapad',
      'inspiron',
      'vivobook',
      'zenbook',
      'elitebook',
      'probook',
      'chromebook',
    ],
    // Lines whose names are English words are laptops only after their maker ("HP Envy", "Lenovo Yoga", "Acer Swift").
    contextual: [/\b(?:hp\s+(?:pavilion|envy|spectre|omen|victus)|dell\s+(?:latitude|vostro|xps|alienware)|acer\s+(?:aspire|swift|nitro|predator)|lenovo\s+(?:yoga|legion)|asus\s+(?:rog|tuf))\b/i],
    // A paper notebook is not a computer.
    notIn: [/\b(?:paper|spiral|school|exercise|a5|a4|lined)\s+notebooks?\b/i, /\bnotebooks?\s+(?:paper|pages?)\b/i],
  },
  {
    id: 'earphones',
    label: { zh: '耳机', en: 'earbuds' },
    // 耳塞 and "headset", "in-ears": said for earbuds too; unread, a brand's name alone was left to stand for the product.
    zh: ['蓝牙耳机', '无线耳机', '降噪耳机', '耳机', '耳塞', '蓝牙耳塞'],
    // Singular too ("my left earbud"): a name matches with or without its plural s.
    // "buds" on their own too, but not cotton or taste buds.
    // Product lines named without the word ("huawei freebuds", "galaxy buds", "pixel buds"): "buds" covers most, FreeBuds is one word.
    en: ['earbud', 'earphone', 'headphone', 'airpod', 'ear bud', 'buds', 'freebud', 'headset', 'in-ear', 'in-ears', 'earpod'],
    // One bud of a pair named alone ("the left bud", "my galaxy bud", "one of the buds"): a side or a
    // maker's line in front says it is the earbud, where "bud" alone may be a plant or a mate.
    contextual: [/\b(?:left|right|one|other|galaxy|pixel|redmi|huawei|jabra|sony|beats|nothing|soundcore)\s+bud\b/i],
    // A phone's headphone jack or headset mode is the phone's.
    notIn: [/耳机(?:孔|口|插孔|模式|图标)/, /headphone (?:jack|port|socket)/i, /\b(?:cotton|taste|flower|rose) buds\b/i],
  },
  {
    id: 'smartwatch',
    label: { zh: '智能手表', en: 'smartwatch' },
    zh: ['智能手表', '儿童手表', '电话手表', '运动手环', '智能手环', '手环', '手表'],
    en: ['smartwatch', 'smart watch', 'apple watch', 'fitness tracker', 'fitness band', 'mi band', 'smart band', 'fitbit', 'amazfit'],
    // A brand's watch ("huawei watch gt", "galaxy watch", "华为watch"): the watch, not "watch" the verb.
    contextual: [/(?:华为|荣耀|小米|红米|三星|苹果|\b(?:huawei|honor|xiaomi|redmi|oppo|vivo|samsung|galaxy|pixel|garmin|oneplus)\s*)watch\b/i],
  },
  // E-readers and game consoles: small electronics bought online and returned like earbuds.
  {
    id: 'e_reader',
    label: { zh: '电子书阅读器', en: 'e-reader' },
    zh: ['电子书阅读器', '电纸书', '墨水屏阅读器'],
    en: ['e-reader', 'ereader', 'e-book reader', 'ebook reader', 'kindle'],
  },
  {
    id: 'game_console',
    label: { zh: '游戏机', en: 'game console' },
    zh: ['游戏机', '游戏主机', '掌机'],
    en: ['game console', 'games console', 'playstation', 'ps5', 'xbox', 'steam deck'],
    // "switch" alone is as often a kettle's or a light's: the console only as Nintendo's, with its
    // controllers, or as someone's own ("my switch won't charge", "我的switch").
    contextual: [
      /\bnintendo switch\b|\bswitch (?:lite|oled|2)\b|\bjoy-?cons?\b|任天堂/i,
      /\b(?:my|our|his|her|a new|new|kids?'?s?|son'?s|daughter'?s) switch\b(?! (?:on|off|of|for|to|is (?:on|off))\b)/i,
      /(?:我的|买的|新买的|孩子的|儿子的|女儿的)\s*switch|switch\s*(?=手柄|游戏|卡带|底座|主机)/i,
    ],
  },
  { id: 'robot_vacuum', label: { zh: '扫地机器人', en: 'robot vacuum' }, zh: ['扫地机器人', '扫地机', '扫拖机器人'], en: ['robot vacuum', 'robot cleaner', 'roomba'] },
  { id: 'vacuum_cleaner', label: { zh: '吸尘器', en: 'vacuum cleaner' }, zh: ['吸尘器'], en: ['vacuum cleaner', 'vacuum', 'hoover'], notIn: [/robot\s+vacuum/i] },
  { id: 'dehumidifier', label: { zh: '除湿机', en: 'dehumidifier' }, zh: ['除湿机', '抽湿机', '除湿器'], en: ['dehumidifier'] },
  { id: 'air_purifier', label: { zh: '空气净化器', en: 'air purifier' }, zh: ['空气净化器', '净化器'], en: ['air purifier'] },
  { id: 'water_purifier', label: { zh: '净水器', en: 'water purifier' }, zh: ['净水器', '净水机', '饮水机'], en: ['water purifier', 'water filter', 'water dispenser'] },
  { id: 'space_heater', label: { zh: '取暖器', en: 'space heater' }, zh: ['取暖器', '电暖器', '暖风机', '油汀'], en: ['space heater', 'radiator'] },
  { id: 'soymilk_maker', label: { zh: '豆浆机', en: 'soy milk maker' }, zh: ['豆浆机', '破壁机', '料理机'], en: ['soy milk maker', 'soymilk maker', 'blender'] },
  { id: 'kettle', label: { zh: '电水壶', en: 'kettle' }, zh: ['电水壶', '烧水壶', '热水壶', '养生壶', '煮水壶'], en: ['kettle'] },
  { id: 'coffee_machine', label: { zh: '咖啡机', en: 'coffee machine' }, zh: ['咖啡机'], en: ['coffee machine', 'coffee maker', 'espresso machine'] },
  // Small kitchen appliances: without them a ticket for one carries no product. None has a 三包
  // category of its own, so the warranty rules treat them as "other" (warranty/policy.ts).
  // 炸锅 alone is left out: "网上炸锅了" is an uproar, not a fryer.
  { id: 'air_fryer', label: { zh: '空气炸锅', en: 'air fryer' }, zh: ['空气炸锅', '空气炸烤箱', '无油炸锅'], en: ['air fryer', 'airfryer'] },
  // Only the machine: "toast" (bread, a speech, "I'm toast") never names it.
  { id: 'toaster', label: { zh: '烤面包机', en: 'toaster' }, zh: ['多士炉', '烤面包机', '吐司机', '面包烘烤机'], en: ['toaster', 'pop-up toaster'] },
  // 烤面包机 is the toaster, not a bread maker.
  { id: 'bread_maker', label: { zh: '面包机', en: 'bread maker' }, zh: ['面包机', '全自动面包机'], en: ['bread maker', 'bread machine', 'breadmaker'], notIn: [/烤面包机/] },
  { id: 'slow_cooker', label: { zh: '电炖锅', en: 'slow cooker' }, zh: ['电炖锅', '电炖盅', '慢炖锅'], en: ['slow cooker', 'crock pot', 'crockpot'] },
  { id: 'juicer', label: { zh: '榨汁机', en: 'juicer' }, zh: ['榨汁机', '原汁机', '榨汁杯'], en: ['juicer', 'juice extractor'] },
  { id: 'electric_steamer', label: { zh: '电蒸锅', en: 'food steamer' }, zh: ['电蒸锅'], en: ['food steamer', 'electric steamer'] },
  // Products a service desk meets every day that had no entry, so a return or repair for one was
  // asked "which product?" after the customer had named it. No 三包 category of their own ("other").
  // Bare 风扇/fan is left out: it is as often a part (an outdoor unit's fan, a laptop's fan).
  { id: 'hair_dryer', label: { zh: '吹风机', en: 'hair dryer' }, zh: ['吹风机', '电吹风', '电风筒'], en: ['hair dryer', 'hairdryer', 'blow dryer'] },
  {
    id: 'electric_fan',
    label: { zh: '电风扇', en: 'electric fan' },
    zh: ['电风扇', '落地扇', '台扇', '循环扇', '塔扇'],
    en: ['electric fan', 'pedestal fan', 'desk fan', 'tower fan', 'standing fan'],
  },
  { id: 'humidifier', label: { zh: '加湿器', en: 'humidifier' }, zh: ['加湿器'], en: ['humidifier'], notIn: [/dehumidifier/i] },
  { id: 'electric_toothbrush', label: { zh: '电动牙刷', en: 'electric toothbrush' }, zh: ['电动牙刷', '冲牙器'], en: ['electric toothbrush', 'water flosser'] },
  { id: 'shaver', label: { zh: '剃须刀', en: 'shaver' }, zh: ['剃须刀', '电动剃须刀', '刮胡刀'], en: ['shaver', 'electric razor'] },
  { id: 'smart_toilet', label: { zh: '智能马桶', en: 'smart toilet' }, zh: ['智能马桶', '智能马桶盖', '智能坐便器', '智能坐便'], en: ['smart toilet', 'bidet seat', 'washlet'] },
  { id: 'smart_lock', label: { zh: '智能门锁', en: 'smart lock' }, zh: ['智能门锁', '智能锁', '指纹锁', '密码锁', '电子门锁'], en: ['smart lock', 'fingerprint lock', 'digital door lock'] },
  {
    id: 'disinfection_cabinet',
    label: { zh: '消毒柜', en: 'sterilising cabinet' },
    zh: ['消毒柜', '消毒碗柜'],
    en: ['sterilising cabinet', 'sterilizing cabinet', 'dish sterilizer', 'dish steriliser'],
  },
  { id: 'projector', label: { zh: '投影仪', en: 'projector' }, zh: ['投影仪', '投影机'], en: ['projector'] },
  { id: 'router', label: { zh: '路由器', en: 'router' }, zh: ['路由器'], en: ['wifi router', 'wi-fi router', 'router'] },
  { id: 'speaker', label: { zh: '音箱', en: 'speaker' }, zh: ['蓝牙音箱', '智能音箱', '音箱', '音响'], en: ['smart speaker', 'bluetooth speaker', 'soundbar'], notIn: [/[声噪杂]音响/] },
  { id: 'printer', label: { zh: '打印机', en: 'printer' }, zh: ['打印机'], en: ['printer'] },
  { id: 'massage_chair', label: { zh: '按摩椅', en: 'massage chair' }, zh: ['按摩椅'], en: ['massage chair'] },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An English name as a whole word, plural allowed, spaces optional where the name has them ("aircon" = "air con"). */
function englishPattern(name: string): string {
  const words = name.toLowerCase().split(/\s+/).map(escape);
  return `(?<![a-z])${words.join('[\\s-]*')}(?:s|es)?(?![a-z])`;
}

const withGlobal = (p: RegExp) => new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);

function literal(zh: readonly string[], en: readonly string[]): RegExp | undefined {
  const parts = [...zh.map(escape), ...en.map(englishPattern)];
  return parts.length ? new RegExp(parts.join('|'), 'gi') : undefined;
}

interface Matcher {
  entry: ProductCategoryEntry;
  names: RegExp[];
  hints: RegExp[];
  notIn: RegExp[];
}

const MATCHERS: Matcher[] = PRODUCT_CATEGORIES.map((entry) => ({
  entry,
  names: [literal(entry.zh, entry.en), ...(entry.contextual ?? []).map(withGlobal)].filter((p): p is RegExp => !!p),
  hints: [literal(entry.hints?.zh ?? [], entry.hints?.en ?? [])].filter((p): p is RegExp => !!p),
  notIn: (entry.notIn ?? []).map(withGlobal),
}));

function isFalseFriend(notIn: readonly RegExp[], text: string, index: number, length: number): boolean {
  for (const pattern of notIn) {
    for (const m of text.matchAll(pattern)) if (m.index < index + length && index < m.index + m[0].length) return true;
  }
  return false;
}

export interface CategoryMention {
  id: string;
  index: number;
  text: string;
  /** True when only a hint word suggested it. */
  hint: boolean;
}

/**
 * Every category a text names, at its first mention, in order of appearance. `hints` adds the
 * categories only suggested (for search). The text should be in the normal form.
 */
export function findCategories(text: string, options: { hints?: boolean } = {}): CategoryMention[] {
  return copyEach(CATEGORY_READINGS.get(`${options.hints ? 'h' : 'n'}:${text}`, () => scanCategories(text, options)));
}

/** A turn asks for the products of the same message many times over (slots, clauses, problem words). */
const CATEGORY_READINGS = new RecentReadings<CategoryMention[]>();

function scanCategories(text: string, options: { hints?: boolean }): CategoryMention[] {
  const found: CategoryMention[] = [];
  for (const { entry, names, hints, notIn } of MATCHERS) {
    let first: CategoryMention | undefined;
    const groups: [RegExp[], boolean][] = options.hints
      ? [
          [names, false],
          [hints, true],
        ]
      : [[names, false]];
    for (const [patterns, hint] of groups) {
      for (const pattern of patterns) {
        for (const m of text.matchAll(pattern)) {
          if (first && m.index >= first.index) break;
          if (isFalseFriend(notIn, text, m.index, m[0].length)) continue;
          first = { id: entry.id, index: m.index, text: m[0], hint };
          break;
        }
      }
    }
    if (first) found.push(first);
  }
  // The earliest first; at the same place the longer name (the more specific product) first.
  return found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
}

/** The product the customer leads with: the earliest one named (never a hint). */
export function firstCategory(text: string): string | undefined {
  return findCategories(text)[0]?.id;
}

/** The category a text names or, failing that, hints at ("光亮剂" is the dishwasher's): what a question is about. */
export function namedOrHintedCategory(text: string): string | undefined {
  return firstCategory(text) ?? findCategories(text, { hints: true })[0]?.id;
}

const BY_ID = new Map(PRODUCT_CATEGORIES.map((c) => [c.id, c]));
const BY_WORD = new Map<string, string>();
for (const c of PRODUCT_CATEGORIES) {
  for (const word of [c.id, c.id.replace(/_/g, ' '), c.label.zh, c.label.en, ...c.zh, ...c.en]) {
    const k = word.toLowerCase();
    const taken = BY_WORD.get(k);
    if (taken && taken !== c.id) throw new Error(`category word "${word}" is given to both ${taken} and ${c.id}`);
    BY_WORD.set(k, c.id);
  }
}

/**
 * The category id of a category given as a word or id (a CLI option, a tool argument: 空调,
 * "washing machine", air_conditioner), or undefined. Words with more around them ("格力空调")
 * resolve to the product they name first.
 */
export function lookupCategory(word: string): string | undefined {
  const text = normaliseText(word);
  return BY_WORD.get(text.toLowerCase()) ?? BY_WORD.get(text.toLowerCase().replace(/[\s-]+/g, '_')) ?? firstCategory(text);
}

/** How we name a category to a customer (空调, air conditioner); undefined for an id we do not know. */
export function categoryLabel(id: string, lang: 'zh' | 'en'): string | undefined {
  return BY_ID.get(id)?.label[lang];
}

/**
 * The words of one category for describing knowledge entries: names first (the first is the formal
 * name search puts before each entry's phrases: "refrigerator", which finds a little better than
 * the label "fridge"), then the label, then the hints.
 */
export function categoryWords(id: string): { zh: string[]; en: string[] } {
  const c = BY_ID.get(id);
  if (!c) return { zh: [], en: [] };
  const unique = (list: string[]) => [...new Set(list)];
  return { zh: unique([...c.zh, c.label.zh, ...(c.hints?.zh ?? [])]), en: unique([...c.en, c.label.en, ...(c.hints?.en ?? [])]) };
}

export const PRODUCT_CATEGORY_IDS: readonly string[] = PRODUCT_CATEGORIES.map((c) => c.id);
