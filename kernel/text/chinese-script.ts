/**
 * Traditional and simplified Chinese. Customers in Taiwan, Hong Kong and Macau write traditional
 * characters (冷氣壞掉, 漏電, 發票); every rule, lexicon and knowledge entry here is written in
 * simplified ones. The normal form folds traditional to simplified once, so each reader sees one
 * script; replies go back in the script the customer wrote. OpenCC's dictionaries (opencc-js) do
 * the conversion: a hand-made character list always misses the next character a customer types.
 */
import * as OpenCC from 'opencc-js';
import { mainlandWords, regionalWords, type ChineseRegion } from './regional-chinese-words';

/** How a customer writes Chinese: Taiwan's or Hong Kong's traditional characters. */
export type TraditionalScript = ChineseRegion;

// Taiwan's phrases first (軟體 → 软件, 程式碼 → 代码), then Hong Kong's variant characters (裏, 綫).
const FROM_TAIWAN = OpenCC.Converter({ from: 'twp', to: 'cn' });
const FROM_HONG_KONG = OpenCC.Converter({ from: 'hk', to: 'cn' });
// Characters only on the way out: Taiwan's phrase table would turn 故障代码 into 故障程式碼.
const TO_TAIWAN = OpenCC.Converter({ from: 'cn', to: 'tw' });
const TO_HONG_KONG = OpenCC.Converter({ from: 'cn', to: 'hk' });

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The text in simplified characters, with Taiwan's and Hong Kong's own after-sales words in
 * mainland ones (瓦斯 → 燃气). Only text written in traditional characters is converted: some
 * characters are at home in both scripts (a mainland estate called 龙湖源著 keeps its 著).
 */
export function toSimplifiedChinese(text: string): string {
  if (!HAN.test(text)) return text;
  const script = scriptWrittenIn(text);
  if (script !== 'tw' && script !== 'hk') return text;
  // 么 typed among traditional characters is 麼 (Taiwan's variant table would make it 幺, "one").
  return mainlandWords(FROM_HONG_KONG(FROM_TAIWAN(text.replace(/么/g, '麼'))), script);
}

/**
 * Every traditional character as simplified, whatever the rest of the text is written in: for the
 * guards, where a traditional phrase slipped into a simplified reply ("一機一號") must read as its
 * simplified rule, never for what is shown or stored.
 */
export function everyCharacterSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  return mainlandWords(FROM_HONG_KONG(FROM_TAIWAN(text.replace(/么/g, '麼'))));
}

/** Simplified text in the customer's traditional script and words (保修 → 保固 for Taiwan); Latin letters and digits untouched. */
export function toTraditionalChinese(text: string, script: TraditionalScript): string {
  if (!HAN.test(text)) return text;
  return script === 'hk' ? TO_HONG_KONG(regionalWords(text, 'hk')) : TO_TAIWAN(regionalWords(text, 'tw'));
}

/**
 * Cantonese written words (咗, 嘅, 唔, 冇, 喺) and the places themselves tell Hong Kong and Macau
 * from Taiwan; without them traditional characters are read as Taiwan's, the larger group.
 */
const HONG_KONG_SIGNS = /[咗嘅唔冇喺哋嘢啲]|香港|澳門|澳门|九龍|九龙|新界|港島|港岛/;

/**
 * The script a message is written in, by its characters: those only traditional writing uses
 * (電, 們, 號) against those only simplified writing uses (电, 们, 号). Undefined when the message
 * tells nothing either way (a number, "好的", English).
 */
export function scriptWrittenIn(text: string): TraditionalScript | 'simplified' | undefined {
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = scriptOfCharacter(text.charCodeAt(i));
    if (kind === TRADITIONAL) traditional++;
    else if (kind === SIMPLIFIED) simplified++;
  }
  if (traditional === simplified) return undefined;
  if (simplified > traditional) return 'simplified';
  return HONG_KONG_SIGNS.test(text) ? 'hk' : 'tw';
}

/**
 * Which script a character belongs to, remembered by its code: every text any reader sees passes
 * the normal form, and asking the converters character by character each time made it a hundred
 * times slower. (The common Han block and the compatibility block; rarer characters count for neither.)
 */
const UNKNOWN = 0;
const TRADITIONAL = 1;
const SIMPLIFIED = 2;
const BOTH = 3;
const CHARACTER_SCRIPT = new Uint8Array(0x10000);
function scriptOfCharacter(code: number): number {
  if (code < 0x3400 || (code > 0x9fff && (code < 0xf900 || code > 0xfaff))) return BOTH;
  let kind = CHARACTER_SCRIPT[code]!;
  if (kind === UNKNOWN) {
    const ch = String.fromCharCode(code);
    // Simplified first: a character whose traditional form folds back to it is simplified (电, 么), even where a
    // Taiwan variant table would also fold it (么 to 幺); one that folds to another character is traditional (電, 裏).
    const written = TO_TAIWAN(ch);
    kind = written !== ch && FROM_TAIWAN(written) === ch ? SIMPLIFIED : FROM_TAIWAN(ch) !== ch || FROM_HONG_KONG(ch) !== ch ? TRADITIONAL : BOTH;
    CHARACTER_SCRIPT[code] = kind;
  }
  return kind;
}
