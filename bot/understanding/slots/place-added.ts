/**
 * A city, district or province added to an address already given ("补充一下，是成都市武侯区的",
 * "oh and that's Nanshan District, Shenzhen", "it's Chengdu by the way"): the customer completes the
 * address, so the place joins the street already kept instead of becoming a problem, a new address
 * or a second form. Read with the one address reader (bot/text/address.ts) and its place lists.
 */
import { findAddresses } from '../../text/address';
import { EN_PLACES, ZH_CITIES, ZH_PROVINCES } from '../../text/china-places';

const ZH_PLACE_NAMES = [...ZH_PROVINCES, ...ZH_CITIES].sort((a, b) => b.length - a.length).join('|');
/** One administrative piece of a Chinese place: 四川省, 成都(市), 武侯区, 双流县. */
const ZH_PIECE = new RegExp(`(?:${ZH_PLACE_NAMES})(?:省|市|特别行政区)?|[\\u4e00-\\u9fa5]{1,6}?(?:自治区|自治州|新区|省|市|区|县)`, 'gu');
/** A whole run of such pieces and nothing else. */
const ZH_PLACE_ONLY = new RegExp(`^(?:${ZH_PIECE.source})+$`, 'u');
const EN_UNIT = /\s+(?:district|city|province|new area|county)$/i;
const EN_NAMES = new Set(EN_PLACES.map((p) => p.toLowerCase()));
/** An English piece: a known place, or any name followed by District/City/Province ("Wuhou District"). */
const enPiece = (piece: string): boolean => EN_NAMES.has(piece.toLowerCase()) || /^[A-Z][A-Za-z'’-]+(?:\s[A-Z][A-Za-z'’-]+)?\s+(?:District|City|Province|New Area|County)$/i.test(piece);
/** Words that say the place is somewhere else than the visit (bought in, shipped from, the shop in). */
const NOT_THE_HOME = /不是|而不是|\bnot\b|\binstead\b|买的|购于|发货|寄来|寄到|门店|商场|\bbought\b|\bshipped\b|\bshop\b|\bstore\b|\bmoved (?:from|out)\b|\bfrom\b/i;

/** Level of a Chinese piece: province 0, city 1, district or county 2. */
function zhLevel(piece: string): number {
  if (/(?:区|县|新区|自治州)$/.test(piece)) return 2;
  if (/省$|自治区$|特别行政区$/.test(piece) || (ZH_PROVINCES.some((p) => piece.startsWith(p)) && !/市$/.test(piece) && !['北京', '上海', '天津', '重庆'].some((p) => piece.startsWith(p)))) return 0;
  return 1;
}

/** The name of a piece without its unit, to tell whether an address already holds it (成都 in 成都市…). */
const zhCore = (piece: string) => piece.replace(/(?:省|市|特别行政区)$/, '');
const enCore = (piece: string) => piece.replace(EN_UNIT, '').toLowerCase();

/** A known city or province, with the district after it: what a short note names when the address reader sees none ("地址漏了城市，成都市"). */
const ZH_KNOWN_RUN = new RegExp(
  `(?:(?:${ZH_PROVINCES.join('|')})省?)?(?:${ZH_CITIES.join('|')})市?(?:[\\u4e00-\\u9fa5]{1,4}?(?:新区|区|县))?|(?:${ZH_PROVINCES.join('|')})(?:省|市)?(?:[\\u4e00-\\u9fa5]{1,4}?(?:新区|区|县))?`,
  'gu',
);

/** The place a message adds, when all it names is a place (no street, no number), or undefined. */
export function placeOnly(text: string): string | undefined {
  if (NOT_THE_HOME.test(text) || findAddresses(text).length) return undefined;
  const found = findAddresses(text, { partial: true })
    // ("one more thing: it's Xuhui District": the reader may take the "s" of "it's" with it.)
    .map((a) => a.raw.trim().replace(/^(?:s|it'?s|is|in|at)\s+/i, ''))
    .filter(Boolean);
  if (!found.length && text.length <= 30) found.push(...[...text.matchAll(ZH_KNOWN_RUN)].map((m) => m[0]));
  if (!found.length) return undefined;
  const zh = /[\u4e00-\u9fa5]/.test(found[0]!);
  if (zh) {
    const joined = found.join('').replace(/[\s,，、]/g, '');
    return ZH_PLACE_ONLY.test(joined) && !/\d/.test(joined) ? joined : undefined;
  }
  const pieces = found.flatMap((f) => f.split(/\s*,\s*/)).filter(Boolean);
  return pieces.length && pieces.every(enPiece) ? pieces.join(', ') : undefined;
}

/**
 * The address with the place joined where it belongs: before the street in Chinese (成都市武侯区 +
 * 人民南路18号), after it in English; pieces the address already holds are not repeated. Undefined
 * when nothing is new, or when the address names another city (that is a change, not an addition).
 */
export function withPlace(address: string, place: string): string | undefined {
  if (/[\u4e00-\u9fa5]/.test(place)) {
    const pieces = [...place.matchAll(ZH_PIECE)].map((m) => m[0]);
    const lead = new RegExp(`^(?:${ZH_PIECE.source})*`, 'u').exec(address)?.[0] ?? '';
    const held = [...lead.matchAll(ZH_PIECE)].map((m) => m[0]);
    const missing = pieces.filter((p) => !address.includes(zhCore(p)));
    if (!missing.length) return undefined;
    // Another city at the head of the address: the customer is changing it, not completing it.
    if (missing.some((p) => held.some((h) => zhLevel(h) === zhLevel(p) && zhCore(h) !== zhCore(p)))) return undefined;
    const ordered = [...held, ...missing].sort((a, b) => zhLevel(a) - zhLevel(b));
    return ordered.join('') + address.slice(lead.length);
  }
  const missing = place.split(/\s*,\s*/).filter((p) => !address.toLowerCase().includes(enCore(p)));
  if (!missing.length) return undefined;
  return `${address.replace(/[\s,.]+$/, '')}, ${missing.join(', ')}`;
}
