/**
 * Postal addresses in free text, found by heuristics (a regex alone is not enough for Chinese
 * addresses, see ADVERSARIAL.md). Used by the address slot and by redaction, so what the bot
 * understands as an address is also what it hides.
 *
 * Chinese: a clause counts as an address when it has a street or housing-estate component
 * (路/街/巷/小区/花园/栋/单元/室…) and either an administrative unit (省/市/区/县) or a house number.
 * The address starts after a cue such as 地址是 / 住在 / 在, and ends at its last component.
 */
export interface AddressMatch {
  raw: string;
  index: number;
}

const NUM = '(?:\\d+|[一二三四五六七八九十百零两]+)';
// Components that make a clause specific enough to locate a home.
const FINE_COMPONENT = new RegExp(
  `(?:大道|路|街|巷|弄|胡同|小区|花园|公寓|大厦|家园|新村|社区|苑|村|${NUM}(?:号院|号楼|栋|幢|座|单元|室|号|层|楼|户))`,
  'u',
);
const NUMBERED_UNIT = new RegExp(`${NUM}(?:号院|号楼|栋|幢|座|单元|室|号|层|户)`, 'u');
const ADMIN_UNIT = /[\u4e00-\u9fa5]{1,7}?(?:省|自治区|市|自治州|区|县|旗|镇|乡|街道)/u;
// Every component, to find where the address ends.
const ANY_COMPONENT = new RegExp(
  `(?:省|自治区|市|区|县|旗|镇|乡|街道|大道|路|街|巷|弄|胡同|小区|花园|公寓|大厦|家园|新村|社区|苑|村|${NUM}(?:号院|号楼|栋|幢|座|单元|室|号|层|楼|户)|[A-Za-z]?\\d+[A-Za-z]?)`,
  'gu',
);
// Where an address begins: just after one of these, else at the clause start.
const LEADING_CUE = /^.*?(?:地址(?:是|为)?|住址(?:是|为)?|住在|家住|家在|寄到|寄至|送到|送至|发到|上门到|位于|住|在|到)(?:在|是|为|于)?/u;
// A clause is a run without punctuation or spaces (Chinese addresses are written without spaces).
const CLAUSE = /[\u4e00-\u9fa5A-Za-z0-9#\-]+/gu;
// Some words contain 路/街/村 without being places.
const FALSE_STREETS = /(?:路上|一路|走路|线路|电路|短路|思路|路由|网路|出路|套路|街上|逛街|村里)/u;

const EN_ADDRESS =
  /\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Way|Court|Ct\.?|Place|Pl\.?|Terrace|Close|Crescent)(?:,?\s*(?:Apt\.?|Apartment|Unit|Suite|Flat|Room|#)\s*[\w-]+)?/g;

export function findAddresses(text: string): AddressMatch[] {
  const found: AddressMatch[] = [];
  for (const clause of text.matchAll(CLAUSE)) {
    const chunk = clause[0];
    if (!/[\u4e00-\u9fa5]/u.test(chunk) || !FINE_COMPONENT.test(chunk)) continue;
    const cue = LEADING_CUE.exec(chunk);
    // Only strip the cue if an address still follows it.
    let start = 0;
    if (cue && FINE_COMPONENT.test(chunk.slice(cue[0].length))) start = cue[0].length;
    const body = chunk.slice(start);
    if (FALSE_STREETS.test(body) && !NUMBERED_UNIT.test(body)) continue;
    const hasAdmin = ADMIN_UNIT.test(body);
    const units = body.match(new RegExp(NUMBERED_UNIT.source, 'gu')) ?? [];
    const streetOrEstate = /(?:大道|路|街|巷|弄|胡同|小区|花园|公寓|大厦|家园|新村|社区|苑|村)/u.test(body);
    // Specific enough: a street/estate with a number or district, or two numbered units (3号楼2单元).
    if (!((streetOrEstate && (hasAdmin || units.length > 0)) || units.length >= 2)) continue;
    let end = 0;
    for (const c of body.matchAll(ANY_COMPONENT)) end = c.index + c[0].length;
    if (end === 0) continue;
    found.push({ raw: body.slice(0, end), index: clause.index + start });
  }
  for (const m of text.matchAll(EN_ADDRESS)) found.push({ raw: m[0], index: m.index });
  return found.sort((a, b) => a.index - b.index);
}
