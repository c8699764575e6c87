/**
 * A correction by contrast: "是5栋 不是3栋", "不是1202，是1203", "it's Tower 5 not Tower 3",
 * "not 1203 but 1204". The customer names the wrong part and the right one without saying which
 * fact they belong to; whoever holds the facts (the engine's rules) finds the fact that contains
 * the wrong part and swaps it. Both parts are short (a building, a room, a digit group).
 */
export interface Swap {
  /** The wrong words, as they stand in a fact already given. */
  wrong: string;
  /** What replaces them. */
  right: string;
}

const PART_ZH = String.raw`([A-Za-z0-9\u4e00-\u9fff\-]{1,12}?)`;
const PART_EN = String.raw`([A-Za-z0-9\-]+(?: [A-Za-z0-9\-]+)?)`;
const PATTERNS: { re: RegExp; wrong: number; right: number }[] = [
  // 是5栋 不是3栋 / 应该是5栋，不是3栋
  { re: new RegExp(String.raw`(?:(?:^|[\s,，。!！]|应该)是|改成|改为|换成|改到)\s*${PART_ZH}\s*[,，]?\s*(?:而)?不是\s*${PART_ZH}(?=$|[\s,，。!！啊呀哈的])`), right: 1, wrong: 2 },
  // 不是3栋，是5栋 / 不是3栋而是5栋
  { re: new RegExp(String.raw`不是\s*${PART_ZH}\s*[,，]?\s*(?:而是|应该是|是)\s*${PART_ZH}(?=$|[\s,，。!！啊呀哈的])`), wrong: 1, right: 2 },
  // it's Tower 5 not Tower 3 / it's 1204, not 1203
  { re: new RegExp(String.raw`\b(?:it'?s|its|it is|should be)\s+${PART_EN}\s*,?\s*not\s+${PART_EN}\b`, 'i'), right: 1, wrong: 2 },
  // sorry, Saturday not Friday / the 24th, not the 23rd (at the start of a clause)
  { re: new RegExp(String.raw`(?:^|[,.;!]\s*)(?:(?:sorry|no|oops|i mean|i meant)[,\s]+)?(?:the\s+)?${PART_EN}\s*,?\s*not\s+(?:the\s+)?${PART_EN}\s*[.!]?\s*$`, 'i'), right: 1, wrong: 2 },
  // not 1203 but 1204 / not Tower 3, it's Tower 5
  { re: new RegExp(String.raw`\bnot\s+${PART_EN}\s*,?\s*(?:but|it'?s|its|it is)\s+${PART_EN}\b`, 'i'), wrong: 1, right: 2 },
];

export function readSwap(text: string): Swap | undefined {
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const wrong = m[p.wrong]!.trim();
    const right = m[p.right]!.trim();
    // The two parts must look like two versions of one thing: both with digits, or both words.
    if (!wrong || !right || wrong === right || !lookAlike(wrong, right)) continue;
    // "room 1804, not 1803": the word before the number is not part of what changes.
    const rightWords = right.split(' ');
    return { wrong, right: rightWords.length > wrong.split(' ').length ? rightWords.slice(-wrong.split(' ').length).join(' ') : right };
  }
  return undefined;
}

/** `value` with the wrong part replaced, or undefined when the value does not hold it. */
export function applySwap(value: string, swap: Swap): string | undefined {
  const at = value.toLowerCase().indexOf(swap.wrong.toLowerCase());
  if (at >= 0) return value.slice(0, at) + swap.right + value.slice(at + swap.wrong.length);
  // "24号，不是23号" for a time kept as "23号上午", "the 24th not the 23rd": the number alone is
  // swapped, when each part holds one number and the value holds the wrong one on its own.
  const wrongNumber = soleNumber(swap.wrong);
  const rightNumber = soleNumber(swap.right);
  if (!wrongNumber || !rightNumber) return undefined;
  const standalone = new RegExp(`(?<!\\d)${wrongNumber}(?!\\d)`);
  const found = standalone.exec(value);
  if (!found || value.slice(found.index + 1).search(standalone) >= 0) return undefined;
  return value.slice(0, found.index) + rightNumber + value.slice(found.index + wrongNumber.length);
}

function soleNumber(part: string): string | undefined {
  const numbers = part.match(/\d+/g);
  return numbers?.length === 1 ? numbers[0] : undefined;
}

/** Two versions of one thing: both numbered (3栋/5栋, 1203/1204), or sharing a first or last part (星期五/星期六, block B/block C). */
function lookAlike(a: string, b: string): boolean {
  if (/\d/.test(a) !== /\d/.test(b)) return false;
  if (/\d/.test(a)) return true;
  const lower = [a.toLowerCase(), b.toLowerCase()];
  return lower[0]![0] === lower[1]![0] || lower[0]!.at(-1) === lower[1]!.at(-1);
}
