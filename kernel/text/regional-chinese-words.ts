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
  // Cantonese 冇 is 没有 ("冇反应", "冇热水", "冇乜力"): read so, the fault and symptom readers know it.
  { regional: '冇', mainland: '没有', regions: ['hk'], sayBack: false },
];

const TO_MAINLAND = new RegExp(WORDS.map((w) => w.regional).join('|'), 'g');
const BY_REGIONAL = new Map(WORDS.map((w) => [w.regional, w]));

/** Simplified text with the regional words in mainland ones. */
export function mainlandWords(text: string): string {
  return text.replace(TO_MAINLAND, (word, at: number) => {
    const w = BY_REGIONAL.get(word);
    return !w || w.notAfter?.test(text.slice(0, at)) ? word : w.mainland;
  });
}

/** Simplified text with the mainland words in the region's own, where people there say another. */
export function regionalWords(text: string, region: ChineseRegion): string {
  let out = text;
  for (const w of WORDS) if (w.sayBack && w.regions.includes(region)) out = out.split(w.mainland).join(w.regional);
  return out;
}
