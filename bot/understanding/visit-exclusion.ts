/**
 * A visit time given by what it must not be: "any weekday except Wednesday", "除了周三都行", "not
 * Monday", "周三没空，其他工作日都可以", "anything but mornings". The exclusion is the point of such
 * a message, so it is kept with the preference ("工作日（周三除外）", "weekdays except Wednesday")
 * rather than dropped, read as the day wanted, or taken for a purchase date. A ruled-out day beside
 * a day named outright ("Tuesday, not Monday") is a correction instead, left to the other readers.
 */
import { findVisitTime, withExclusion } from './visit-time';

const ZH_WORD = String.raw`(?:这|下)?(?:个)?(?:周|星期|礼拜)[一二三四五六日天1-7]|周末|明天|后天|上午|下午|晚上|早上|中午|白天`;
const EN_WORD = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?|weekends?|tomorrow|mornings?|afternoons?|evenings?|nights?`;
const ZH_LIST = String.raw`(?:${ZH_WORD})(?:\s*[和、跟及或]?\s*(?:${ZH_WORD}))*`;
const EN_LIST = String.raw`(?:${EN_WORD})(?:\s*(?:,|and|or|&)\s*(?:${EN_WORD}))*`;

/** Where the ruled-out days stand: after 除了/别/except/not, or before 不行/没空/is no good. */
const RULED_OUT = [
  new RegExp(String.raw`(?:除了|除去|除开|排除|除)\s*(${ZH_LIST})\s*(?:以外|之外|外)?`, 'g'),
  new RegExp(String.raw`(?:别|不要|避开|不能)\s*(?:是|在|约|安排在?)?\s*(${ZH_LIST})`, 'g'),
  new RegExp(String.raw`(${ZH_LIST})\s*(?:除外|以外|之外)`, 'g'),
  new RegExp(String.raw`(${ZH_LIST})\s*(?:都|也)?(?:不行|不可以|没空|没时间|不在家|家里没人|有事|不方便|要上班|上班|不太行)`, 'g'),
  new RegExp(String.raw`\b(?:except(?: for| on)?|excluding|other than|apart from|besides|but not|anything but|any day but|but|not|never|just not|avoid)\s+(?:on\s+|the\s+)?(${EN_LIST})\b`, 'gi'),
  new RegExp(String.raw`\b(${EN_LIST})\s+(?:is|are|'s)\s+(?:no good|not good|bad|out|impossible|a no|not possible)\b`, 'gi'),
  new RegExp(String.raw`\b(?:can'?t|cannot|can not)\s+(?:do|make)\s+(?:it\s+)?(?:on\s+)?(${EN_LIST})\b`, 'gi'),
];

/** "都行", "any day", "other days are fine": the rest of the week is welcome. */
const ANY_OTHER =
  /都行|都可以|都ok|随时|随便|哪天都|其他|其余|别的|\bany ?(?:day|time)\b|\banything\b|\botherwise\b|\banytime\b|\bother days?\b|\b(?:rest|else)\b.{0,12}\b(?:fine|ok|good)\b|\bis fine\b|\bworks?\b/i;
/** A day named outright (not a kind of day): with one, the ruled-out day is a correction ("Tuesday, not Monday"). */
const NAMED_DAY = /(?:这|下)?(?:周|星期|礼拜)[一二三四五六日天1-7]|明天|后天|\d{1,2}月\d{1,2}[日号]|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b(?!s)|\btomorrow\b/i;

/**
 * The preference with its exclusion, in the customer's language, or undefined when the message rules
 * nothing out. `known`, a general preference given before ("工作日", "weekdays"), is what a bare
 * "not Monday" narrows.
 */
export function timeWithExclusion(text: string, known?: string): string | undefined {
  const ruled: string[] = [];
  let rest = text;
  for (const re of RULED_OUT) {
    for (const m of text.matchAll(re)) {
      ruled.push(m[1]!.trim());
      rest = rest.replace(m[0], ' ');
    }
  }
  if (!ruled.length) return undefined;
  const zh = /[\u4e00-\u9fff]/.test(text);
  // Read clause by clause: an address before the time ("…18号502室，其他工作日都可以") holds a "18号" that starts none.
  const base = rest
    .split(/[,，。;；]/)
    .map((clause) => findVisitTime(clause))
    .find(Boolean)
    ?.replace(/^(?:any|all)\s+/i, '');
  if (base && NAMED_DAY.test(base)) return undefined;
  // A bare "not Monday" with nothing welcome said is a time only when it answers a time (the caller decides).
  const general = known && !NAMED_DAY.test(known) && !/除外|以外|\bexcept\b/i.test(known) ? known : undefined;
  if (!base && !general && !ANY_OTHER.test(text) && !/^\s*(?:(?:not|never|but not|except)\b|除了|除|别)/i.test(text.trim())) return undefined;
  return withExclusion(base ?? general, [...new Set(ruled)], zh ? 'zh' : 'en');
}
