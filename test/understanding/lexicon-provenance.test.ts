/**
 * The sentiment scorer's lexicons may hold only words of our own domain (after-sales of appliances
 * and phones) and general evaluative words: nothing from the domains of the third-party sets it is
 * scored on (food delivery, hotels, phone-accessory reviews), or its held-out figures are not
 * held out. The domain words below were written from general knowledge of those domains, not
 * taken from the datasets; the check is by containment, so 送餐快 is caught by 送餐.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFANITY } from '../../bot/understanding/lexicons/profanity';
import * as en from '../../bot/understanding/lexicons/sentiment-en';
import * as zh from '../../bot/understanding/lexicons/sentiment-zh';

const LEXICONS = path.join(import.meta.dirname, '../../bot/understanding/lexicons');
const SCORER = path.join(import.meta.dirname, '../../bot/understanding/sentiment.ts');
const CHECKED_FILES = ['sentiment-zh.ts', 'sentiment-en.ts', 'profanity.ts', 'self-blame.ts', 'time-refusal.ts', 'own-difficulty.ts'];

/** Food, restaurants and delivery riders; hotels and rooms. Not 送货/浴室/菜单: appliances have them too. */
const ZH_FOREIGN_DOMAINS = [
  '外卖',
  '送餐',
  '骑手',
  '配送',
  '漏送',
  '少送',
  '送错',
  '送达',
  '商家',
  '店家',
  '打包',
  '餐',
  '饭',
  '吃',
  '好喝',
  '难喝',
  '饮料',
  '奶茶',
  '菜品',
  '饭菜',
  '味道',
  '口味',
  '没味',
  '咸',
  '辣',
  '油腻',
  '入味',
  '可口',
  '美味',
  '香',
  '新鲜',
  '分量',
  '份量',
  '量大',
  '量足',
  '热乎',
  '凉了',
  '洒了',
  '拉肚子',
  '肚子',
  '米饭',
  '面条',
  '汤',
  '肉',
  '饺子',
  '披萨',
  '汉堡',
  '蟑螂',
  '苍蝇',
  '头发',
  '异物',
  '食物',
  '酒店',
  '宾馆',
  '旅馆',
  '民宿',
  '房间',
  '客房',
  '前台',
  '入住',
  '退房',
  '床',
  '被子',
  '枕头',
  '卫生间',
  '隔音',
  '宽敞',
  '温馨',
  '简陋',
  '破旧',
  '装修',
  '设施',
  '地段',
  '交通',
  '服务员',
  '大堂',
  '停车',
  '海景',
  '标间',
  // advice to other shoppers, the voice of a review rather than of a customer at a service desk
  '别买',
  '不要买',
  '值得购买',
  '好评如潮',
];
/** Food and hotels, and the idioms of phone and headset reviews (fit, sound, battery, stars). */
const EN_FOREIGN_DOMAINS = [
  'food',
  'meal',
  'restaurant',
  'tasty',
  'delicious',
  'taste',
  'salty',
  'bland',
  'spicy',
  'greasy',
  'portion',
  'waiter',
  'hotel',
  'room',
  'lobby',
  'breakfast',
  'bed',
  'reception',
  'headset',
  'earpiece',
  'earbud',
  'holster',
  'fits',
  'fit',
  'charm',
  'dropped calls',
  'tinny',
  'static',
  'echo',
  'garbled',
  'long battery',
  'as described',
  'as advertised',
  'five stars',
  "don't buy",
  'do not buy',
  'beware',
  'a must',
  'must have',
  'so far so good',
  'well made',
  'piece of',
  'bargain',
  'lightweight',
  'comfortable',
  'value',
];
/** Common English misspellings: a lexicon entry spelt wrong was copied from someone's text. */
const MISSPELLINGS =
  /dissap|disapoint|recieve|definate|seperate|wierd|untill|reccom|recomend|garant|gaurant|beleive|accross|occured|terible|horible|excelent|awsome|amazning|\b(?:doesnt|dont|isnt|didnt|wont|cant|wasnt) \w/;

const zhEntries = (): string[] => [
  ...Object.keys(zh.ZH_SENTIMENT),
  ...zh.ZH_PRODUCT_PROBLEM,
  ...zh.ZH_NEGATORS,
  ...Object.keys(zh.ZH_INTENSIFIERS),
  ...Object.keys(zh.ZH_DIMINISHERS),
  zh.ZH_CONTRAST.source,
  PROFANITY.source,
];
const enEntries = (): string[] => [
  ...Object.keys(en.EN_SENTIMENT),
  ...en.EN_PRODUCT_PROBLEM,
  ...Object.keys(en.EN_INTENSIFIERS),
  ...Object.keys(en.EN_DIMINISHERS),
  ...en.EN_CONTRAST,
  PROFANITY.source,
];

/** Entries that contain a word of a scored set's domain (English by whole words). */
function foreignEntries(entries: readonly string[]): string[] {
  return entries.filter(
    (entry) =>
      ZH_FOREIGN_DOMAINS.some((w) => entry.includes(w)) ||
      EN_FOREIGN_DOMAINS.some((w) => new RegExp(`(?<![a-z])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`, 'i').test(entry)) ||
      MISSPELLINGS.test(entry),
  );
}

describe('sentiment lexicon provenance', () => {
  it("holds no word of the scored sets' domains and no misspelling", () => {
    expect(foreignEntries(zhEntries())).toEqual([]);
    expect(foreignEntries(enEntries())).toEqual([]);
  });

  it('catches the entries issue 15 found (the check can fail)', () => {
    const found = ['送餐快', '少送', '送错', '拉肚子', '太咸', '没味', '宽敞', '温馨', '简陋', '破旧', '隔音差', 'dissapointed', 'fits well', 'dropped calls'];
    expect(foreignEntries(found)).toEqual(found);
    // and leaves our own domain alone
    expect(foreignEntries(['不制冷', '漏水', '噪音', '师傅', '送货上门', '浴室', 'leaking', 'not working', 'refund', 'delivery'])).toEqual([]);
  });

  it('covers every lexicon the sentiment scorer reads', () => {
    const imported = [...fs.readFileSync(SCORER, 'utf8').matchAll(/from '\.\/lexicons\/([\w-]+)'/g)].map((m) => `${m[1]}.ts`);
    expect(imported.sort()).toEqual([...CHECKED_FILES].sort());
  });

  it('says at the top of each lexicon where its words come from', () => {
    for (const file of CHECKED_FILES) {
      // The opening doc comment, its lines joined.
      const head = fs
        .readFileSync(path.join(LEXICONS, file), 'utf8')
        .slice(0, 2000)
        .replace(/\n \* ?/g, ' ');
      expect(head, file).toMatch(/^\/\*\*/);
      expect(head, file).toMatch(/Where the words come from: written by the team/);
      expect(head, file).toMatch(/No entry was taken from or checked against a scored dataset/);
    }
  });
});
