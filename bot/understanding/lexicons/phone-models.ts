/**
 * Phone model families as customers write them (iphone15promax, 苹果13, mate60pro, 红米K70,
 * Xiaomi 15, Galaxy S24 Ultra, vivo X100): a pattern per family and the name it is written as on
 * the box. A phone model names the category (phone) and the brand, even when neither is said.
 * `brand` is a spelling the brand lexicon (lexicons/brands.ts) knows; it is canonicalised there,
 * so brand names live in one place.
 */
export interface PhoneModelFamily {
  brand: string;
  pattern: RegExp;
  /** The model as the maker writes it, from the match. */
  name: (m: RegExpExecArray) => string;
  /** A family whose bare name is also an English word (mate, magic) is taken only with its brand, a capital or glued digits. */
  wordLike?: boolean;
}

/** Pro Max, Ultra, Pro+, FE: each word capitalised as makers print it. */
export function variant(raw: string | undefined): string {
  if (!raw) return '';
  const words = raw.trim().toLowerCase().replace(/pro\s?max/, 'pro max').replace(/\s+/g, ' ').split(' ');
  return ' ' + words.map((w) => (/^(?:fe|se|gt|rs|rsr|xl|5g)$/.test(w) ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1))).join(' ');
}

const up = (s: string) => s.replace(/\s+/g, '').toUpperCase();
// Not a model when a unit follows the number (苹果15块, 小米10天, vivo 5g phone is fine).
const NO_UNIT = '(?![0-9]|\\s?(?:天|元|块|号|年|月|日|个|台|寸|岁|斤|公斤|点|分|次|%|kg|mm|cm|gb|tb|w\\b|mah))';
const p = (source: string) => new RegExp(`(?<![A-Za-z0-9])${source}${NO_UNIT}(?![A-Za-z])`, 'i');

export const PHONE_MODELS: PhoneModelFamily[] = [
  {
    brand: 'Apple',
    pattern: p('(?:iphone|苹果(?:手机)?)\\s?(\\d{1,2}s?|se|x[rs]?)(?:\\s?(pro\\s?max|pro|plus|max|mini|e)(?![a-z]))?'),
    // iPhone 6s, iPhone XR, iPhone 16e: Apple's own spelling.
    name: (m) => `iPhone ${/^\d/.test(m[1]!) ? m[1]!.toLowerCase() : up(m[1]!)}${m[2]?.toLowerCase() === 'e' ? 'e' : variant(m[2])}`,
  },
  {
    brand: 'Huawei',
    pattern: p('(?:(华为|huawei)\\s?)?(mate)\\s?(\\d{2}|x\\d?|xs\\s?\\d?)(?:\\s?(pro\\+|pro|rs|e|plus)(?![a-z]))?'),
    name: (m) => `Mate ${up(m[3]!)}${variant(m[4])}`,
    wordLike: true,
  },
  {
    brand: 'Huawei',
    pattern: p('(?:(?:华为|huawei)\\s?)?pura\\s?(\\d{2})(?:\\s?(ultra|pro\\+|pro)(?![a-z]))?'),
    name: (m) => `Pura ${m[1]}${variant(m[2])}`,
  },
  {
    brand: 'Huawei',
    pattern: p('(?:(?:华为|huawei)\\s?)?p(\\d{2})(?:\\s?(pro\\+|pro|art|plus|pocket)(?![a-z]))?'),
    name: (m) => `P${m[1]}${variant(m[2])}`,
  },
  {
    brand: 'Huawei',
    pattern: p('(?:(?:华为|huawei)\\s?)?nova\\s?(\\d{1,2})(?:\\s?(pro|se|ultra|plus|i)(?![a-z]))?'),
    name: (m) => `nova ${m[1]}${variant(m[2])}`,
  },
  {
    brand: 'Honor',
    pattern: p('(?:(荣耀|honor)\\s?)?(magic)\\s?(\\d)(?:\\s?(pro|rsr|lite|v)(?![a-z]))?'),
    name: (m) => `Magic${m[3]}${variant(m[4])}`,
    wordLike: true,
  },
  {
    brand: 'Honor',
    pattern: p('(?:荣耀|honor)\\s?(\\d{2,3}|x\\d{2}[a-z]?|play\\s?\\d{1,2}[a-z]?)(?:\\s?(pro|gt|se|lite)(?![a-z]))?'),
    name: (m) => `Honor ${m[1]!.replace(/^x/i, 'X').replace(/^play\s?/i, 'Play ')}${variant(m[2])}`,
  },
  {
    brand: 'Xiaomi',
    pattern: p('(?:redmi|红米)\\s?(?:(note)\\s?(\\d{1,2})|(k\\d{2,3}[a-z]?)|(\\d{1,2}[a-z]?))(?:\\s?(pro\\+|pro|turbo|ultra|至尊版|e|s|t)(?![a-z]))?'),
    name: (m) => `Redmi ${m[1] ? `Note ${m[2]}` : up(m[3] ?? m[4]!)}${m[5] === '至尊版' ? ' Ultra' : variant(m[5])}`,
  },
  {
    brand: 'Xiaomi',
    pattern: p('(?:xiaomi|小米)\\s?(\\d{1,2})(?:\\s?(ultra|pro|t\\s?pro|t|se|lite)(?![a-z]))?'),
    name: (m) => `Xiaomi ${m[1]}${variant(m[2])}`,
  },
  {
    brand: 'Samsung',
    pattern: p('(?:galaxy|三星|samsung)\\s?(?:galaxy\\s?)?((?:s|a|m|note)\\s?\\d{1,2}|z\\s?(?:fold|flip)\\s?\\d?)(?:\\s?(ultra|plus|\\+|fe|lite)(?![a-z]))?'),
    name: (m) => `Galaxy ${m[1]!.replace(/^z\s?(fold|flip)\s?/i, (_s, kind: string) => `Z ${kind[0]!.toUpperCase()}${kind.slice(1).toLowerCase()}`).replace(/^(s|a|m)\s?/i, (s) => s.trim().toUpperCase()).replace(/^note\s?/i, 'Note ')}${m[2] === '+' ? '+' : variant(m[2])}`,
  },
  {
    brand: 'OPPO',
    pattern: p('(?:oppo\\s?)?find\\s?(x\\d{1,2}|n\\d)(?:\\s?(ultra|pro)(?![a-z]))?'),
    name: (m) => `Find ${up(m[1]!)}${variant(m[2])}`,
  },
  {
    brand: 'OPPO',
    pattern: p('(?:oppo\\s?)?reno\\s?(\\d{1,2})(?:\\s?(pro\\+|pro)(?![a-z]))?'),
    name: (m) => `Reno ${m[1]}${variant(m[2])}`,
  },
  {
    brand: 'OPPO',
    pattern: p('oppo\\s?([akf]\\d{1,2}[a-z]?)(?:\\s?(pro)(?![a-z]))?'),
    name: (m) => `OPPO ${up(m[1]!)}${variant(m[2])}`,
  },
  {
    brand: 'vivo',
    pattern: p('vivo\\s?(x\\s?fold\\s?\\d?|x\\s?\\d{2,3}|s\\s?\\d{2}|y\\d{2,3}[a-z]?)(?:\\s?(pro\\+|pro|ultra|mini|s|e)(?![a-z]))?'),
    name: (m) => `vivo ${m[1]!.replace(/\s+/g, '').replace(/^x?fold/i, 'X Fold').replace(/^([xsy])/i, (s) => s.toUpperCase())}${variant(m[2])}`,
  },
  {
    brand: 'vivo',
    pattern: p('iqoo\\s?(neo\\s?\\d{1,2}|z\\d{1,2}|\\d{1,2})(?:\\s?(pro|se)(?![a-z]))?'),
    name: (m) => `iQOO ${m[1]!.replace(/^neo\s?/i, 'Neo ').replace(/^z/i, 'Z')}${variant(m[2])}`,
  },
  {
    brand: 'Google',
    pattern: p('(?:google\\s?)?pixel\\s?(\\d{1,2}a?)(?:\\s?(pro\\s?xl|pro\\s?fold|pro|xl|fold)(?![a-z]))?'),
    name: (m) => `Pixel ${m[1]}${variant(m[2]).replace(/ Xl\b/, ' XL')}`,
  },
  {
    brand: 'OnePlus',
    pattern: p('(?:oneplus|一加)\\s?(\\d{1,2}r?|ace\\s?\\d?)(?:\\s?(pro|t)(?![a-z]))?'),
    name: (m) => `OnePlus ${m[1]!.replace(/^ace\s?/i, 'Ace ').replace(/r$/, 'R')}${variant(m[2])}`,
  },
];
