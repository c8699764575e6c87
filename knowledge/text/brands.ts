/**
 * Brand names as customers write them (格力, gree, GREE) mapped to one canonical name, so a filter
 * for "Gree" and a question about "格力空调" agree. Entries may use any alias; it is canonicalised.
 */
const BRAND_ALIASES: Record<string, string[]> = {
  Gree: ['格力', 'gree'],
  Midea: ['美的', 'midea'],
  Haier: ['海尔', 'haier', '统帅'],
  Casarte: ['卡萨帝', 'casarte'],
  'Little Swan': ['小天鹅', 'little swan', 'littleswan'],
  AUX: ['奥克斯', 'aux'],
  Hisense: ['海信', 'hisense'],
  Ronshen: ['容声', 'ronshen'],
  Daikin: ['大金', 'daikin'],
  Mitsubishi: ['三菱', 'mitsubishi'],
  Panasonic: ['松下', 'panasonic'],
  Samsung: ['三星', 'samsung'],
  LG: ['lg'],
  Whirlpool: ['惠而浦', 'whirlpool'],
  Siemens: ['西门子', 'siemens'],
  Bosch: ['博世', 'bosch'],
  TCL: ['tcl'],
  Rinnai: ['林内', 'rinnai'],
  Noritz: ['能率', 'noritz'],
  Vanward: ['万和', 'vanward'],
  Macro: ['万家乐', 'macro'],
  'A.O. Smith': ['史密斯', 'a.o.史密斯', 'ao史密斯', 'a.o. smith', 'ao smith', 'a o smith'],
  Fotile: ['方太', 'fotile'],
  Robam: ['老板电器', 'robam'],
  Vatti: ['华帝', 'vatti'],
  Supor: ['苏泊尔', 'supor'],
  Joyoung: ['九阳', 'joyoung'],
  Galanz: ['格兰仕', 'galanz'],
  Huawei: ['华为', 'huawei'],
  Honor: ['荣耀', 'honor'],
  Xiaomi: ['小米', 'xiaomi', 'redmi', '红米'],
  Apple: ['苹果', 'apple', 'iphone'],
  OPPO: ['oppo'],
  vivo: ['vivo'],
};

const byAlias = new Map<string, string>();
for (const [canonical, aliases] of Object.entries(BRAND_ALIASES)) {
  byAlias.set(canonical.toLowerCase(), canonical);
  for (const alias of aliases) byAlias.set(alias.toLowerCase(), canonical);
}

/** The canonical name for a brand as written, or the input trimmed when it is not one we know. */
export function canonicalBrand(name: string): string {
  const key = name.normalize('NFKC').trim().toLowerCase();
  return byAlias.get(key) ?? name.trim();
}

const LATIN_ALIAS = /^[a-z0-9 .]+$/;

/** Brands named in a free-text question, canonical, in order of appearance. */
export function detectBrands(text: string): string[] {
  const lower = text.normalize('NFKC').toLowerCase();
  const found: { at: number; brand: string }[] = [];
  for (const [alias, canonical] of byAlias) {
    let at = lower.indexOf(alias);
    while (at >= 0) {
      // Latin aliases must stand as words ("lg" inside "algae" is not LG); Chinese ones cannot be checked that way.
      const before = lower[at - 1] ?? ' ';
      const after = lower[at + alias.length] ?? ' ';
      const isWord = !LATIN_ALIAS.test(alias) || (!/[a-z]/.test(before) && !/[a-z]/.test(after));
      if (isWord) {
        found.push({ at, brand: canonical });
        break;
      }
      at = lower.indexOf(alias, at + 1);
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.brand))];
}
