/**
 * After-sales words that Taiwan and Hong Kong say differently from the mainland, where the
 * character converter keeps them as they are (瓦斯 is written the same in both scripts, it is just
 * not the word 燃气). Read in mainland words, so the danger, warranty and product readers know
 * them; said back in the customer's own word where a reader would stumble on the mainland one, so
 * a Taiwanese customer reads 保固, not 保修.
 */

/** Where traditional characters are written: Taiwan, or Hong Kong and Macau. */
export type ChineseRegion = 'tw' | 'hk';

interface RegionalWord {
  /** The regional word, in simplified characters (it is matched after the character fold). */
  regional: string;
  mainland: string;
  regions: readonly ChineseRegion[];
  /** Replies use it too (the mainland word would read as foreign there). */
  sayBack: boolean;
  /** Not this word when the text just before ends so (a fridge's 冷气 is its cold air, not an air conditioner). */
  notAfter?: RegExp;
  /** Not this word when the text just after starts so (唔该 is a thanks, not "not should"). */
  notBefore?: RegExp;
  /**
   * Read so only in these surroundings (the text before ends so, or the text after starts so):
   * Hong Kong's 保养 is the warranty in "还有没有保养" but the servicing in "点样保养".
   */
  onlyWhen?: { after?: RegExp; before?: RegExp };
  /** Read so only when the message is known to be written there (Taiwan's 保养 is always the servicing). */
  onlyIn?: ChineseRegion;
}

const WORDS: readonly RegionalWord[] = [
  // 冷气 is the air conditioner itself in Taiwan and Hong Kong (开冷气, 冷气不冷); on the mainland only a hint.
  { regional: '冷气', mainland: '空调', regions: ['tw', 'hk'], sayBack: true, notAfter: /(?:冰箱|冰柜|冷藏|冷冻|雪柜)[^,，。.!！?？]{0,6}$/ },
  { regional: '瓦斯', mainland: '燃气', regions: ['tw'], sayBack: true },
  { regional: '保固', mainland: '保修', regions: ['tw'], sayBack: true },
  { regional: '雪柜', mainland: '冰箱', regions: ['hk'], sayBack: false },
  // Taiwan's 電鍋 cooks rice (the mainland's 电锅 is any electric pot).
  { regional: '电锅', mainland: '电饭锅', regions: ['tw'], sayBack: true },
  { regional: '烘衣机', mainland: '干衣机', regions: ['tw', 'hk'], sayBack: false },
  // Written Cantonese (Hong Kong, Macau, Guangdong customers typing traditional characters): its
  // grammar words read in Mandarin ones, so "安装使唔使钱" is the fee question "安装要不要钱", "喉唔够长
  // 点计" asks how a short pipe is charged, and "仲有冇保养" asks about the warranty. Longer words
  // first: the alternation takes the first that matches at a place. Never said back: replies are in
  // written Chinese, which Hong Kong reads.
  { regional: '使唔使', mainland: '要不要', regions: ['hk'], sayBack: false },
  { regional: '唔使', mainland: '不用', regions: ['hk'], sayBack: false },
  { regional: '可唔可以', mainland: '可不可以', regions: ['hk'], sayBack: false },
  { regional: '系唔系', mainland: '是不是', regions: ['hk'], sayBack: false },
  { regional: '系咪', mainland: '是不是', regions: ['hk'], sayBack: false },
  // 唔该 is a thanks (and a please); every other 唔 is "not".
  { regional: '唔', mainland: '不', regions: ['hk'], sayBack: false, notBefore: /^该/ },
  { regional: '有冇', mainland: '有没有', regions: ['hk'], sayBack: false },
  { regional: '冇', mainland: '没', regions: ['hk'], sayBack: false },
  { regional: '几多钱', mainland: '多少钱', regions: ['hk'], sayBack: false },
  { regional: '几多', mainland: '多少', regions: ['hk'], sayBack: false },
  { regional: '几耐', mainland: '多久', regions: ['hk'], sayBack: false },
  { regional: '点样', mainland: '怎么', regions: ['hk'], sayBack: false },
  { regional: '点解', mainland: '为什么', regions: ['hk'], sayBack: false },
  { regional: '点算', mainland: '怎么办', regions: ['hk'], sayBack: false },
  { regional: '点计', mainland: '怎么算', regions: ['hk'], sayBack: false },
  { regional: '点收', mainland: '怎么收', regions: ['hk'], sayBack: false },
  { regional: '点整', mainland: '怎么修', regions: ['hk'], sayBack: false },
  { regional: '点去', mainland: '怎么去', regions: ['hk'], sayBack: false },
  { regional: '咩', mainland: '什么', regions: ['hk'], sayBack: false },
  { regional: '啲', mainland: '些', regions: ['hk'], sayBack: false },
  { regional: '喺', mainland: '在', regions: ['hk'], sayBack: false },
  { regional: '咗', mainland: '了', regions: ['hk'], sayBack: false },
  { regional: '嘅', mainland: '的', regions: ['hk'], sayBack: false },
  { regional: '嚟', mainland: '来', regions: ['hk'], sayBack: false },
  { regional: '佢', mainland: '它', regions: ['hk'], sayBack: false },
  { regional: '揾', mainland: '找', regions: ['hk'], sayBack: false },
  { regional: '睇', mainland: '看', regions: ['hk'], sayBack: false },
  { regional: '畀', mainland: '给', regions: ['hk'], sayBack: false },
  { regional: '俾钱', mainland: '给钱', regions: ['hk'], sayBack: false },
  { regional: '攞', mainland: '拿', regions: ['hk'], sayBack: false },
  { regional: '啱啱', mainland: '刚刚', regions: ['hk'], sayBack: false },
  { regional: '屋企', mainland: '家里', regions: ['hk'], sayBack: false },
  { regional: '边度', mainland: '哪里', regions: ['hk'], sayBack: false },
  { regional: '边个', mainland: '哪个', regions: ['hk'], sayBack: false },
  // 仲 is "still, also" (仲有, 仲未); 仲裁 is arbitration in both.
  { regional: '仲', mainland: '还', regions: ['hk'], sayBack: false, notBefore: /^裁/ },
  // 整 is to repair ("边度整", "可以整返好"), not in 整理, 调整, 完整, 整个 and the like.
  { regional: '整', mainland: '修', regions: ['hk'], sayBack: false, notAfter: /[调完平规重修休齐]$/, notBefore: /^[理齐个体机天晚套改顿洁容形合数点]/ },
  // An air conditioner's pipe is its 喉 (冷气喉, 铜喉); the throat is 喉咙.
  { regional: '喉', mainland: '管', regions: ['hk'], sayBack: false, notAfter: /[咽嗓]$/, notBefore: /^[咙头结]/ },
  // Hong Kong's 保养 is the warranty when its period or cover is asked ("仲有冇保养", "保养期", "过咗保养"), the servicing otherwise.
  {
    regional: '保养',
    mainland: '保修',
    regions: ['hk'],
    sayBack: false,
    onlyIn: 'hk',
    onlyWhen: { after: /(?:有没|有冇|还有|仲有|过了|过咗|在|喺|冇|没有?|几多年|几年)$/, before: /^(?:期|几耐|多久|几长|几年|多少年|范围|内|卡|证|吗|未|到|过)/ },
  },
];

const TO_MAINLAND = new RegExp(WORDS.map((w) => w.regional).join('|'), 'g');
const BY_REGIONAL = new Map(WORDS.map((w) => [w.regional, w]));

/**
 * Simplified text with the regional words in mainland ones. The region, when the message tells it,
 * lets the words read so only there (Hong Kong's 保养) count too.
 */
export function mainlandWords(text: string, region?: ChineseRegion): string {
  return text.replace(TO_MAINLAND, (word, at: number) => {
    const w = BY_REGIONAL.get(word);
    if (!w || (w.onlyIn && w.onlyIn !== region)) return word;
    const before = text.slice(0, at);
    const after = text.slice(at + word.length);
    if (w.notAfter?.test(before) || w.notBefore?.test(after)) return word;
    if (w.onlyWhen && !(w.onlyWhen.after?.test(before) || w.onlyWhen.before?.test(after))) return word;
    return w.mainland;
  });
}

/** Simplified text with the mainland words in the region's own, where people there say another. */
export function regionalWords(text: string, region: ChineseRegion): string {
  let out = text;
  for (const w of WORDS) if (w.sayBack && w.regions.includes(region)) out = out.split(w.mainland).join(w.regional);
  return out;
}
