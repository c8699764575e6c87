/**
 * A correction of one piece of a fact at the summary, not of the whole fact: "手机尾号改成0482",
 * "the last four digits are 7310 not 7301", "门牌是15号 不是51", "型号最后是/83，83不是81", "flat is
 * 12-54 not 45". The customer names the piece (the last digits, the number that was wrong) and
 * sometimes the fact it belongs to; the piece is put in its place inside the fact kept, and the
 * fact named is the only one looked in (a model's "81" is never the 81 inside a phone number).
 * Several pieces in one message are each put in place. A piece that fits nowhere is reported as
 * such, so the customer is asked which part should change rather than met with a new topic.
 */
import { applySwap, guessSwap, readSwap, type Swap } from './swap-correction';

/** The facts a piece may belong to, in the order they are looked in when none is named. */
export const PIECE_FACTS = ['address', 'phone', 'model', 'preferredTime'] as const;
export type PieceFact = (typeof PIECE_FACTS)[number];

export interface PartFix {
  fact: PieceFact;
  /** The fact with the piece in place; undefined when the piece fits nowhere in it. */
  value?: string;
  /** Placed on a near number ("2304 not 2404" on "…2204"): shown and asked, never filed on. */
  guessed?: boolean;
}

/** Words that name the fact a piece belongs to ("house number" is the address, "phone number" the phone). */
const FACT_WORDS: [PieceFact, RegExp][] = [
  ['model', /型号|机型|\bmodel\b/i],
  ['address', /地址|门牌|楼号|房号|房间|栋|幢|单元|室|小区|\b(?:address|house|street|road|flat|unit|apt|apartment|block|building|tower|floor|room|door)\b|#/i],
  ['phone', /手机|电话|号码|尾号|后[四三两二]位|\b(?:phone|mobile|cell|contact)\b|\b(?:last|final) (?:\d|two|three|four) digits\b/i],
];

/**
 * "尾号改成0482", "尾号是2212不是2211", "后四位应该是7310", "phone ends 2212 not 2211", "last four digits are 7310".
 * The end of the number also said as "电话最后是…", "手机末尾四位…", "号码结尾是…": "最后" alone names no fact
 * ("型号最后是/83" is the model's), so only with the phone named right before it.
 */
const TAIL_WORDS_ZH = String.raw`(?:尾号|[后末][四三两二]位(?:数字?)?|(?:手机|电话|号码)(?:号码?)?的?\s*(?:最后面?|末尾|结尾|末)(?:的)?(?:[四三两二几]位(?:数字?)?|几个数字?)?)`;
const TAIL_ZH = new RegExp(
  String.raw`${TAIL_WORDS_ZH}\s*(?:应该|其实)?(?:是|为|改成|改为|换成|改一下成?)?\s*[:：]?\s*(\d{2,4})(?:\s*[,，]?\s*(?:而)?不是\s*(\d{2,4}))?(?!\d)|${TAIL_WORDS_ZH}\s*不是\s*(\d{2,4})\s*[,，]?\s*(?:而|应该)?是\s*(\d{2,4})(?!\d)`,
);
const TAIL_EN =
  /\b(?:ends|ending|should end)\s+(?:in|with)?\s*(\d{2,4})(?:\s*,?\s*(?:and\s+)?not\s+(?:in\s+|with\s+)?(\d{2,4}))?\b|\b(?:last|final)\s+(?:(?:\d|two|three|four)\s+)?(?:digits?|numbers?)\s+(?:are|is|should be)\s+(\d{2,4})(?:\s*,?\s*not\s+(\d{2,4}))?\b/i;

interface Tail {
  right: string;
  wrong?: string;
  span: [number, number];
}

function readTail(text: string): Tail | undefined {
  const zh = TAIL_ZH.exec(text);
  if (zh) return { right: zh[1] ?? zh[4]!, wrong: zh[2] ?? zh[3], span: [zh.index, zh.index + zh[0].length] };
  const en = TAIL_EN.exec(text);
  if (en) return { right: en[1] ?? en[3]!, wrong: en[2] ?? en[4], span: [en.index, en.index + en[0].length] };
  return undefined;
}

/** The phone with its last digits replaced, its spacing kept; undefined when the wrong tail given is not how it ends. */
function withTail(phone: string, tail: Tail): string | undefined {
  const digits = phone.replace(/\D/g, '');
  if (tail.wrong && (tail.wrong.length !== tail.right.length || !digits.endsWith(tail.wrong))) return undefined;
  if (digits.length <= tail.right.length + 4) return undefined;
  const chars = [...phone];
  let left = tail.right.length;
  for (let i = chars.length - 1; i >= 0 && left > 0; i--) if (/\d/.test(chars[i]!)) chars[i] = tail.right[--left]!;
  return chars.join('');
}

/** The fact the customer's words before a piece name, the nearest first. */
function factNamed(words: string): PieceFact | undefined {
  let best: { fact: PieceFact; at: number } | undefined;
  for (const [fact, re] of FACT_WORDS) {
    const all = [...words.matchAll(new RegExp(re.source, 'gi'))];
    const at = all.at(-1)?.index;
    if (at !== undefined && (!best || at > best.at)) best = { fact, at };
  }
  return best?.fact;
}

/** Where a wrong piece stands on its own in a fact ("81" in "…/81", not inside "13812345678"). */
const standsAlone = (value: string, wrong: string) => new RegExp(`(?<![A-Za-z0-9])${wrong.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`, 'i').test(value);

function placeSwap(swap: Swap, named: PieceFact | undefined, known: Partial<Record<PieceFact, string>>): PartFix {
  if (named) {
    const value = known[named] ? applySwap(known[named], swap) : undefined;
    const guess = !value && known[named] ? guessSwap(known[named], swap) : undefined;
    return guess ? { fact: named, value: guess, guessed: true } : { fact: named, value };
  }
  // Unnamed: a fact where the wrong piece stands on its own first, then one that holds it at all.
  const alone = PIECE_FACTS.find((f) => known[f] && standsAlone(known[f], swap.wrong) && applySwap(known[f], swap));
  const inside = alone ?? PIECE_FACTS.find((f) => known[f] && applySwap(known[f], swap));
  if (inside) return { fact: inside, value: applySwap(known[inside]!, swap) };
  const near = PIECE_FACTS.find((f) => known[f] && guessSwap(known[f], swap));
  return near ? { fact: near, value: guessSwap(known[near]!, swap), guessed: true } : { fact: 'address' };
}

/** Where one correction ends and the next starts: "…not 45, and the phone…", "…不是51 还有…". */
const NEXT_ONE = /[;；。\n]|[,，]?\s*\b(?:and|also|plus)\b|还有|另外|再就是|以及/gi;

/** The first swap in the words, read in the whole message or else in one of its parts (a swap closing its part). */
function nextSwap(text: string): Swap | undefined {
  const whole = readSwap(text);
  if (whole) return whole;
  let start = 0;
  for (const cut of [...text.matchAll(NEXT_ONE), { index: text.length, 0: '' }]) {
    const part = text.slice(start, cut.index).replace(/[\s,，.。!！]+$/, '');
    const swap = part.trim() ? readSwap(part) : undefined;
    if (swap?.span) return { ...swap, span: [start + swap.span[0], start + swap.span[1]] };
    start = cut.index + cut[0].length;
  }
  return undefined;
}

/** `#12-54`: the sign before a flat number is no part of it. */
const withoutHash = (text: string) => text.replace(/#\s*(?=\d)/g, '');

/**
 * The pieces of facts a message at the summary changes, each placed in its fact (or not, when it
 * fits nowhere). Undefined when the message is not such a correction, or is one the whole-fact
 * readers already read right: a single piece said with no fact named and no last digits.
 */
export function readPartFixes(message: string, known: Partial<Record<PieceFact, string>>): PartFix[] | undefined {
  let text = withoutHash(message);
  const fixes: PartFix[] = [];
  let namedAny = false;
  let from = 0;
  for (let round = 0; round < 3; round++) {
    const tail = readTail(text);
    const swap = nextSwap(text);
    const next = tail && (!swap?.span || tail.span[0] <= swap.span[0]) ? tail : swap;
    if (!next?.span) break;
    const [start, end] = next.span;
    if (next === tail) {
      namedAny = true;
      fixes.push({ fact: 'phone', value: known.phone ? withTail(known.phone, tail) : undefined });
    } else {
      const named = factNamed(text.slice(from, end));
      namedAny ||= Boolean(named);
      fixes.push(placeSwap(next as Swap, named, known));
    }
    // The words read are blanked out, so the next round reads the next piece.
    text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
    from = end;
  }
  if (!fixes.length || (fixes.length === 1 && !namedAny)) return undefined;
  return fixes;
}
