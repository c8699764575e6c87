/**
 * Language of a turn: zh, en or mixed. Brand names, model codes and error codes are Latin letters
 * in Chinese messages too (海尔冰箱 F3, 我的iPhone 15), so only real English words count as English.
 */
import type { Language } from './types';

const HAN = /\p{Script=Han}/gu;
// Whole tokens, so a model code such as KFR-35GW/NhGd1B is one token with digits, not the word "NhGd".
const LATIN_TOKEN = /[A-Za-z0-9][A-Za-z0-9'\-\/.]*/g;
// Latin tokens that are names or codes rather than English.
const NOT_ENGLISH = new Set([
  'iphone',
  'ipad',
  'macbook',
  'mate',
  'pro',
  'max',
  'plus',
  'mini',
  'ultra',
  'redmi',
  'note',
  'galaxy',
  'pixel',
  'gree',
  'midea',
  'haier',
  'hisense',
  'tcl',
  'xiaomi',
  'huawei',
  'honor',
  'apple',
  'samsung',
  'oppo',
  'vivo',
  'oneplus',
  'siemens',
  'bosch',
  'panasonic',
  'sony',
  'lg',
  'whirlpool',
  'philips',
  'aux',
  'vatti',
  'fotile',
  'robam',
  'supor',
  'joyoung',
  'galanz',
  'casarte',
  'dyson',
  'ecovacs',
  'sn',
  'imei',
  'id',
  'as',
  'jd',
  'tv',
  'ac',
  'wifi',
  'app',
  'usb',
  'led',
  'lcd',
  'ok',
]);

export interface LanguageVerdict {
  language: Language;
  replyLanguage: 'zh' | 'en';
}

export function detectLanguage(text: string): LanguageVerdict {
  const han = text.match(HAN)?.length ?? 0;
  let englishLetters = 0;
  let englishWords = 0;
  for (const [token] of text.matchAll(LATIN_TOKEN)) {
    const word = token.replace(/[.\-\/']+$/, '');
    if (!/^[A-Za-z][A-Za-z']*$/.test(word)) continue;
    const lower = word.toLowerCase();
    // Single letters and short all-caps codes (E1's "E", "UE", "KFR") are not words.
    if (word.length < 2 || NOT_ENGLISH.has(lower) || (/^[A-Z]+$/.test(word) && word.length <= 4 && !/^(?:OK|HI|NO|YES|HELP|NOW)$/.test(word))) continue;
    englishWords++;
    englishLetters += word.length;
  }
  if (han === 0) return { language: 'en', replyLanguage: 'en' };
  if (englishWords === 0) return { language: 'zh', replyLanguage: 'zh' };
  // A Han character carries about as much as an English word of four or five letters.
  const replyLanguage = han * 2.5 >= englishLetters ? 'zh' : 'en';
  return { language: 'mixed', replyLanguage };
}
