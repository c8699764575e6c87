/**
 * A correction by contrast: "是5栋 不是3栋", "不是1202，是1203", "it's Tower 5 not Tower 3",
 * "not 1203 but 1204". The customer names the wrong part and the right one without saying which
 * fact they belong to; whoever holds the facts (the engine's rules) finds the fact that contains
 * the wrong part and swaps it. Both parts are short (a building, a room, a digit group).
 */
import { chineseNumeralValue } from '../../text/chinese-numbers';

/** The Chinese numerals a building, unit or room number is written with (十二号楼, 三单元, 两栋). */
export const CHINESE_ADDRESS_NUMERALS = '零〇一二两三四五六七八九十百';

export interface Swap {
  /** The wrong words, as they stand in a fact already given. */
  wrong: string;
  /** What replaces them. */
  right: string;
  /** Where in the message the swap was said (start, end), so a second one can be read after it. */
  span?: [number, number];
}

const PART_ZH = String.raw`([A-Za-z0-9\u4e00-\u9fff\-]{1,12}?)`;
const PART_EN = String.raw`([A-Za-z0-9\-]+(?: [A-Za-z0-9\-]+)?)`;
/** A numbered part of an address or a code: 12号, 7单元, 1803, KF-50X. */
const DIGIT_PART = String.raw`[A-Za-z\-]{0,6}\d[A-Za-z0-9\-]{0,15}[\u4e00-\u9fff]{0,2}`;
const PATTERNS: { re: RegExp; wrong: number; right: number }[] = [
  // 是5栋 不是3栋 / 应该是5栋，不是3栋 / 门牌是12号不是21号 / 地址里是7单元 不是9单元 (not the 是 of 但是, 就是, 还是)
  { re: new RegExp(String.raw`(?:(?<![不但就还可总只要倒算真也])是|改成|改为|换成|改到)\s*${PART_ZH}\s*[,，]?\s*(?:而)?不是\s*${PART_ZH}(?=$|[\s,，。!！啊呀哈的])`), right: 1, wrong: 2 },
  // 12号不是21号 / 门牌12号，不是21号: a numbered part with no 是 before it
  { re: new RegExp(String.raw`(?<![A-Za-z0-9\-])(${DIGIT_PART})\s*[,，]?\s*(?:而)?不是\s*${PART_ZH}(?=$|[\s,，。!！啊呀哈的])`), right: 1, wrong: 2 },
  // 21号→12号 / 9单元改成7单元 / 把21号改为12号
  { re: new RegExp(String.raw`(?:^|[\s,，。!！:：])(?:把|将)?${PART_ZH}\s*(?:→|->|=>|改成|改为|换成|应为|应该是|要改成)\s*${PART_ZH}(?=$|[\s,，。!！啊呀哈的吧])`), wrong: 1, right: 2 },
  // KF-30X -> KF-50X / change 1203 to 1204 / 1203 should be 1204
  { re: new RegExp(String.raw`(?:^|[\s,.;:!])(?:change\s+)?${PART_EN}\s*(?:→|->|=>|\bto\b|\bshould (?:be|read)\b|\bis meant to be\b)\s*${PART_EN}(?=$|[\s,.;!])`, 'i'), wrong: 1, right: 2 },
  // the model is KF-50X not KF-30X / it's 1204, not 1203 / 1204 instead of 1203
  { re: new RegExp(String.raw`\b(?:is|was|it'?s|its|it is|should be)\s+${PART_EN}\s*,?\s*(?:and\s+)?not\s+${PART_EN}(?=$|[\s,.;!])`, 'i'), right: 1, wrong: 2 },
  { re: new RegExp(String.raw`(?:^|[\s,.;:!])${PART_EN}\s*,?\s*instead of\s+${PART_EN}(?=$|[\s,.;!])`, 'i'), right: 1, wrong: 2 },
  // 不是3栋，是5栋 / 不是3栋而是5栋
  { re: new RegExp(String.raw`不是\s*${PART_ZH}\s*[,，]?\s*(?:而是|应该是|是)\s*${PART_ZH}(?=$|[\s,，。!！啊呀哈的])`), wrong: 1, right: 2 },
  // sorry, Saturday not Friday / the 24th, not the 23rd / house number 47 not 74 (at the start of a clause)
  {
    re: new RegExp(String.raw`(?:^|[,.;!]\s*)(?:(?:sorry|no|oops|i mean|i meant)[,\s]+)?(?:(?:the|my|house|street|door)\s+)?${PART_EN}\s*,?\s*not\s+(?:the\s+)?${PART_EN}\s*[.!]?\s*$`, 'i'),
    right: 1,
    wrong: 2,
  },
  // not 1203 but 1204 / not Tower 3, it's Tower 5
  { re: new RegExp(String.raw`\bnot\s+${PART_EN}\s*,?\s*(?:but|it'?s|its|it is)\s+${PART_EN}\b`, 'i'), wrong: 1, right: 2 },
];

const JOINING_WORD = /\s+(?:and|but|also|plus|then|too|so)$/i;

export function readSwap(text: string): Swap | undefined {
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    // ("it's 12-54 not 45 and the phone…": a joining word after a part is no part of it.)
    const wrong = m[p.wrong]!.trim().replace(JOINING_WORD, '');
    const right = m[p.right]!.trim().replace(JOINING_WORD, '');
    // The two parts must look like two versions of one thing: both with digits, or both words.
    if (!wrong || !right || wrong === right || !lookAlike(wrong, right)) continue;
    // "room 1804, not 1803": the word before the number is not part of what changes.
    // ("Thursday evening instead of Tuesday" has no label: the evening is part of the new time.)
    const rightWords = right.split(' ');
    const labelled = /\d/.test(wrong) && rightWords.length > wrong.split(' ').length;
    return { wrong, right: labelled ? rightWords.slice(-wrong.split(' ').length).join(' ') : right, span: [m.index, m.index + m[0].length] };
  }
  return undefined;
}

/** The word after an address number ("51号", "3栋"), which a right part written with it brings along. */
const PART_WORD = /^(?:号楼|号|栋|幢|座|单元|室|楼|层|户)$/;

/** `value` with the wrong part replaced, or undefined when the value does not hold it. */
export function applySwap(value: string, swap: Swap): string | undefined {
  // The wrong part where it stands on its own first: "number 38 not 83" on "183/83 Kent St" is the 83 alone, not the one inside 183.
  const alone = new RegExp(`(?<![A-Za-z0-9])${swap.wrong.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`, 'i').exec(value);
  const at = alone?.index ?? value.toLowerCase().indexOf(swap.wrong.toLowerCase());
  if (at >= 0) {
    // "是3栋402 不是3栋3栋" on "…3栋3栋402": the right part already ends with what follows the wrong one; it is not kept twice.
    // ("门牌是15号 不是51" on "…路51号": the 号 after the number is the one the right part ends with, not a second one.)
    const rest = value.slice(at + swap.wrong.length);
    const overlap = [...Array(Math.min(rest.length, swap.right.length) + 1).keys()]
      .reverse()
      .find((n) => ((n >= 2 && /\d/.test(rest.slice(0, n))) || PART_WORD.test(rest.slice(0, n))) && swap.right.endsWith(rest.slice(0, n)) && !/^\d/.test(rest.slice(n)));
    // "the unit is 12-54 not 45" on "#12-45": the right part already starts with what stands before the wrong one.
    const lead = [...Array(Math.min(at, swap.right.length - 1) + 1).keys()]
      .reverse()
      .find((n) => n >= 2 && /\d/.test(value.slice(at - n, at)) && swap.right.startsWith(value.slice(at - n, at)) && !/\d/.test(value.charAt(at - n - 1)));
    return value.slice(0, at - (lead ?? 0)) + swap.right + rest.slice(overlap ?? 0);
  }
  // "24号，不是23号" for a time kept as "23号上午", "the 24th not the 23rd": the number alone is
  // swapped, when each part holds one number and the value holds the wrong one on its own.
  const wrongNumber = soleNumber(swap.wrong);
  const rightNumber = soleNumber(swap.right);
  if (!wrongNumber || !rightNumber) return undefined;
  const standalone = new RegExp(`(?<!\\d)${wrongNumber}(?!\\d)`);
  const found = standalone.exec(value);
  // "楼号是21栋 不是12栋" on "…十二号楼302": the building written in Chinese numerals is the one meant.
  if (!found) return swapChineseNumber(value, Number(wrongNumber), rightNumber);
  if (value.slice(found.index + 1).search(standalone) >= 0) return undefined;
  return value.slice(0, found.index) + rightNumber + value.slice(found.index + wrongNumber.length);
}

/** A number written in Chinese numerals before a numbered part's word (十二号楼, 三单元), as customers and speech-to-text write them. */
const CHINESE_NUMBERED = new RegExp(`[${CHINESE_ADDRESS_NUMERALS}]+(?=\\s?(?:号楼|号院|号|栋|幢|座|单元|室|楼|层|户))`, 'g');

/** `value` with its one numbered part of that number in Chinese numerals given the new number; undefined when none or several. */
function swapChineseNumber(value: string, wrong: number, right: string): string | undefined {
  const found = [...value.matchAll(CHINESE_NUMBERED)].filter((m) => chineseNumeralValue(m[0]) === wrong);
  if (found.length !== 1) return undefined;
  const m = found[0]!;
  return value.slice(0, m.index) + right + value.slice(m.index + m[0].length);
}

/** The one number of a part, in digits: 1803, 12 of "12栋", and 12 of "十二号楼". */
function soleNumber(part: string): string | undefined {
  const numbers = part.match(/\d+/g) ?? [...part.matchAll(CHINESE_NUMBERED)].map((m) => String(chineseNumeralValue(m[0]) ?? ''));
  return numbers.length === 1 && numbers[0] ? numbers[0] : undefined;
}

const hasNumber = (part: string) => /\d/.test(part) || new RegExp(CHINESE_NUMBERED.source).test(part);

/** Two versions of one thing: both numbered (3栋/5栋, 1203/1204), or sharing a first or last part (星期五/星期六, block B/block C). */
function lookAlike(a: string, b: string): boolean {
  if (hasNumber(a) !== hasNumber(b)) return false;
  if (hasNumber(a)) return true;
  const lower = [a.toLowerCase(), b.toLowerCase()];
  return lower[0]![0] === lower[1]![0] || lower[0]!.at(-1) === lower[1]!.at(-1);
}

/** The kinds of numbered part an address has, each with the words that mark it. */
const PART_KINDS_ZH = ['号楼', '栋', '幢', '座', '单元', '层', '楼', '室', '户', '号'];
const PART_KINDS_EN = ['building', 'block', 'tower', 'unit', 'flat', 'apt', 'apartment', 'room', 'floor', 'no'];

/**
 * `value` with its one part of the same kind as `part` put in its place, for a correction that
 * names only a part ("单元改成7单元", "unit 5"): "7单元" on
 * "中山路100号9单元302" gives "中山路100号7单元302"; "unit 5" on "Unit 3, 8 Lake Rd" gives "Unit 5, 8 Lake Rd".
 * Undefined when the part has no kind or the value has none or several of that kind ("12号" on
 * "文一路88号3幢21号" is not sure: there are two 号).
 */
export function replacePart(value: string, part: string): string | undefined {
  // (Numbers in Chinese numerals on either side: "3单元" on "…一单元302", "二十一号楼" on "…12号楼".)
  const zh = new RegExp(`^\\s*([A-Za-z]?\\d+[A-Za-z]?|[${CHINESE_ADDRESS_NUMERALS}]+)\\s*([\\u4e00-\\u9fff]{1,2})\\s*$`).exec(part);
  if (zh && PART_KINDS_ZH.includes(zh[2]!)) {
    const found = [...value.matchAll(new RegExp(`(?:[A-Za-z]?\\d+[A-Za-z]?|[${CHINESE_ADDRESS_NUMERALS}]+)(?=${zh[2]})`, 'g'))].filter(
      (m) => !(zh[2] === '号' && value.slice(m.index + m[0].length).startsWith('号楼')),
    );
    if (found.length !== 1) return undefined;
    const m = found[0]!;
    return value.slice(0, m.index) + zh[1] + value.slice(m.index + m[0].length);
  }
  const en = /^\s*([A-Za-z]+)\.?\s*(?:no\.?\s*)?#?\s*([A-Za-z]?\d+[A-Za-z]?)\s*$/i.exec(part);
  if (en && PART_KINDS_EN.includes(en[1]!.toLowerCase())) {
    const found = [...value.matchAll(new RegExp(`(\\b${en[1]}\\.?\\s*(?:no\\.?\\s*)?#?\\s*)([A-Za-z]?\\d+[A-Za-z]?)`, 'gi'))];
    if (found.length !== 1) return undefined;
    const m = found[0]!;
    return value.slice(0, m.index + m[1]!.length) + en[2] + value.slice(m.index + m[0].length);
  }
  return undefined;
}

/**
 * A guess for a swap whose wrong part is not in `value`: "房号是2304不是2404" on "…1单元2204" —
 * the one number of the wrong part's length that differs from it in one digit is taken to be the
 * one meant. Only a guess: the caller shows it and asks, it never files on it.
 */
export function guessSwap(value: string, swap: Swap): string | undefined {
  const wrongNumber = soleNumber(swap.wrong);
  const rightNumber = soleNumber(swap.right);
  if (!wrongNumber || !rightNumber || wrongNumber.length < 3) return undefined;
  const near = [...value.matchAll(/(?<!\d)\d+(?!\d)/g)].filter((m) => m[0].length === wrongNumber.length && [...m[0]].filter((d, i) => d !== wrongNumber[i]).length === 1);
  if (near.length !== 1) return undefined;
  const m = near[0]!;
  return value.slice(0, m.index) + rightNumber + value.slice(m.index + m[0].length);
}
