/** Phone models (iPhone 15 Pro Max, Mate 60 Pro, 小米14, 红米K70, Galaxy S24 Ultra) with the brand they name. */
import { PHONE_MODELS } from '../lexicons/phone-models';
import { extractBrand } from './brand';
import { extractCategory } from './category';

export interface PhoneModel {
  /** As the maker writes it: "iPhone 15 Pro Max", "Xiaomi 15", "Redmi Note 13 Pro+". */
  model: string;
  /** Canonical brand from the brand lexicon, when it knows the maker. */
  brand?: string;
  index: number;
}

// "显示P10" or "error P20" is a code on a display, not a Huawei.
const CODE_BEFORE = /(?:显示|报|代码|故障码|错误码|error(?:\s*code)?|code|shows?)\s*(?:[:：是]|is)?\s*$/i;

function acceptable(family: (typeof PHONE_MODELS)[number], m: RegExpExecArray, text: string): boolean {
  if (CODE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return false;
  // "P20 error on the washer": beside another product, a phone name counts only with its brand.
  const category = extractCategory(text);
  if (category && category !== 'phone' && extractBrand(text) !== extractBrand(family.brand)) return false;
  if (!family.wordLike || m[1]) return true;
  // "my mate 20 years" is a friend; "Mate 60", "mate60" or a Huawei in the same message is a phone.
  const word = m[2] ?? '';
  return /^[A-Z]/.test(word) || /^[a-z]+\d/i.test(m[0].slice(m[0].search(/[a-z]/i))) || extractBrand(text) === extractBrand(family.brand);
}

/** The earliest phone model in the text, or undefined. */
export function readPhoneModel(text: string): PhoneModel | undefined {
  let best: PhoneModel | undefined;
  for (const family of PHONE_MODELS) {
    const m = family.pattern.exec(text);
    if (!m || !acceptable(family, m, text) || (best && best.index <= m.index)) continue;
    best = { model: family.name(m), brand: extractBrand(family.brand), index: m.index };
  }
  return best;
}
