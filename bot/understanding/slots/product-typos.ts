/**
 * A product named with a slip, when no product is named right: "油烟剂", "洗碗鸡", "热水气" (a
 * pinyin keyboard or voice input picking a character that sounds the same), "frige", "fridgee",
 * "washing mashine", "micro wave", "refridgerator". Matched only against the product lexicon
 * (kernel/lexicon/product-categories), so the guess is always a product we know, and said back to
 * the customer as a question ("您说的是油烟机吧？") rather than taken silently.
 *
 * Chinese: a name of three characters or more with exactly one character swapped for one that
 * sounds the same (tone ignored). English: a word of five letters or more one edit away from a
 * name's word (two edits from nine letters), same first letter, and not itself a common word
 * ("washed", "store", "over"); two words written as one name ("micro wave"). Short names ("oven",
 * "冰箱") are never guessed: too many real words sit next to them.
 */
import { PRODUCT_CATEGORIES } from '../../../kernel/lexicon/product-categories';

/** Characters customers' input methods put for the ones in product names, by sound (tone ignored). */
const SOUNDS_LIKE: Record<string, string> = {
  机: '鸡积基级击激剂记计技集吉极肌迹继寄', // not 几 (几次, 几天) nor 及 (以及)
  器: '气汽起启弃契砌',
  碗: '晚婉腕皖挽',
  衣: '依医伊揖',
  洗: '喜系细析',
  烟: '淹焉咽阉',
  油: '由邮犹游铀',
  热: '惹',
  冰: '兵并饼',
  箱: '厢湘镶',
  波: '玻播拨泼',
  炉: '芦颅庐卢',
  微: '威薇巍维唯',
  烤: '拷考',
  饭: '范泛贩',
  煲: '宝褒苞胞',
  锅: '埚郭',
  灶: '皂躁燥',
  调: '掉吊',
  尘: '沉辰晨臣',
  吸: '希稀悉嘻熙',
  湿: '失诗狮施',
  除: '厨锄雏',
  净: '静境镜竟敬',
  化: '划桦',
  壶: '湖葫糊瑚',
  扫: '嫂臊',
  燃: '然髯',
  磁: '瓷辞慈',
  暖: '喛',
  豆: '逗痘',
  浆: '将姜僵疆',
  咖: '卡',
  啡: '非飞菲',
  脑: '恼瑙',
};

/** Real words one letter from a product word: a customer writing them means them. */
const REAL_WORDS = new Set([
  'washed',
  'washes',
  'washers',
  'dried',
  'drier',
  'driver',
  'drivers',
  'boiled',
  'boiler',
  'broiler',
  'heated',
  'header',
  'healer',
  'heaters',
  'hearer',
  'stole',
  'store',
  'stone',
  'stores',
  'stoves',
  'stoke',
  'burned',
  'burger',
  'burners',
  'blunder',
  'bender',
  'vacuums',
  'hover',
  'hoovers',
  'tablets',
  'table',
  'kettles',
  'settle',
  'phones',
  'phoned',
  'phony',
  'freeze',
  'freezes',
  'freezed',
  'fridges',
  'laptops',
  'blended',
  'blends',
  'geysers',
  'ovens',
  'roomy',
  'washing',
  'watching',
  'matching',
  'marching',
  'machines',
  'cleaned',
  'cleaning',
  'cleaners',
  'purifies',
  'filters',
  'filtered',
  'heating',
  'cooker',
  'cookers',
  'cooked',
  'hobby',
  'remote',
]);

const MIN_TYPED = 5;

interface Name {
  id: string;
  name: string;
}

const ZH_NAMES: Name[] = PRODUCT_CATEGORIES.flatMap((c) => c.zh.filter((n) => [...n].length >= 3).map((name) => ({ id: c.id, name })));
const EN_NAMES: Name[] = PRODUCT_CATEGORIES.flatMap((c) => c.en.map((name) => ({ id: c.id, name: name.toLowerCase() })));

/** Each Chinese name with each of its characters in turn allowed to be a same-sounding one. */
const ZH_PATTERNS: { id: string; meant: string; pattern: RegExp }[] = ZH_NAMES.flatMap(({ id, name }) =>
  [...name].flatMap((ch, i) => {
    const alike = SOUNDS_LIKE[ch];
    if (!alike) return [];
    const chars = [...name];
    return [{ id, meant: name, pattern: new RegExp(`${chars.slice(0, i).join('')}[${alike}]${chars.slice(i + 1).join('')}`) }];
  }),
);

export interface ProductGuess {
  /** The category id the slip stands for. */
  id: string;
  /** The words as the customer wrote them. */
  typed: string;
}

/** The product a slip names, when the text names none right; undefined when there is no single guess. */
export function guessProduct(text: string): ProductGuess | undefined {
  for (const { id, pattern } of ZH_PATTERNS) {
    const m = pattern.exec(text);
    if (m) return { id, typed: m[0] };
  }
  const words = text.toLowerCase().match(/[a-z]+(?:\/[a-z])?/g) ?? [];
  const found = new Map<string, string>();
  for (let i = 0; i < words.length; i++) {
    for (const { id, name } of EN_NAMES) {
      const parts = name.split(/\s+/);
      const typed = words.slice(i, i + parts.length);
      if (typed.length === parts.length && closeWords(typed, parts)) found.set(id, typed.join(' '));
      // "micro wave", "dish washer": one name written as two words.
      if (parts.length === 1 && i + 1 < words.length && words[i]!.length >= 3 && words[i + 1]!.length >= 3 && words[i]! + words[i + 1]! === name) found.set(id, `${words[i]} ${words[i + 1]}`);
    }
  }
  // Two products guessed from one slip: not a guess.
  if (found.size !== 1) return undefined;
  const [id, typed] = [...found][0]!;
  return { id, typed };
}

/** The typed words are the name's words with one of them slightly misspelt (the rest exact). */
function closeWords(typed: string[], name: string[]): boolean {
  let slips = 0;
  for (let i = 0; i < name.length; i++) {
    if (typed[i] === name[i]) continue;
    if (!closeWord(typed[i]!, name[i]!)) return false;
    slips++;
  }
  return slips === 1;
}

function closeWord(typed: string, meant: string): boolean {
  if (typed.length < MIN_TYPED || meant.length < MIN_TYPED || typed[0] !== meant[0] || REAL_WORDS.has(typed)) return false;
  // Plurals are the word itself, read by the lexicon.
  if (typed === `${meant}s` || typed === `${meant}es`) return false;
  return distance(typed, meant) <= (meant.length >= 9 ? 2 : 1);
}

/** Edits between two words: a letter added, missing, replaced or swapped with its neighbour. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
