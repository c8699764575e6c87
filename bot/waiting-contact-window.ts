/**
 * When the customer can take the call, said while waiting for a person: "8点以后别打", "don't ring
 * after 8pm", "I'm only home after 7 on weekdays", "上午别打，在上班". It goes on the ticket for
 * whoever calls, and is said back as a time ("noted: call before 20:00"), so the customer can see it
 * was understood, not only "passed on". Nothing is promised about the call itself beyond the
 * ticket's own time.
 */
import type { Lang } from './phrases';
import { dayHour, hourNumber, type HourSense } from './understanding/day-hour';

export interface ContactWindow {
  /** Call no earlier than this hour (0-23). */
  from?: number;
  /** Call no later than this hour (0-23). */
  until?: number;
  days?: 'weekdays' | 'weekends';
}

const ZH_HOUR = String.raw`(早上|上午|中午|下午|傍晚|晚上|夜里)?\s*(\d{1,2}|十[一二]?|[一二两三四五六七八九])\s*(?:点半?|[:：][03]0)`;
const EN_HOUR = String.raw`(\d{1,2})(?::00)?\s*(am|pm|a\.m\.|p\.m\.|o'?clock)?`;

/** Not reachable after, or not before, an hour: "8点以后别打", "don't call after 8pm", "9点之前不要打". */
const ZH_NOT_AFTER = new RegExp(`${ZH_HOUR}\\s*(?:以后|之后|后|过后)[^，。,.！!？?]{0,6}(?:别|不要|不能|不方便|没法|接不了|不接|甭)`);
const ZH_NOT_BEFORE = new RegExp(`${ZH_HOUR}\\s*(?:以前|之前|前)[^，。,.！!？?]{0,6}(?:别|不要|不能|不方便|没法|接不了|不接|甭)`);
/** Reachable only after, or before: "7点以后才在家", "晚上7点后再打", "6点前打给我". */
const AFFIRMED_GAP = '(?:(?!别|不|没|甭)[^，。,.！!？?]){0,6}';
const ZH_ONLY_AFTER = new RegExp(`${ZH_HOUR}\\s*(?:以后|之后|后|过后)${AFFIRMED_GAP}(?:才|再|在家|有空|方便|可以|能接|接得了|打)`);
const ZH_ONLY_BEFORE = new RegExp(`${ZH_HOUR}\\s*(?:以前|之前|前)${AFFIRMED_GAP}(?:打|联系|方便|可以|有空|在家)`);
const EN_NOT_AFTER = new RegExp(String.raw`\b(?:don'?t|do not|please don'?t|no|never|not)\b[^.?!;]{0,25}\b(?:call\w*|ring\w*|phone|contact)?[^.?!;]{0,15}\bafter\s+${EN_HOUR}`, 'i');
const EN_NOT_BEFORE = new RegExp(String.raw`\b(?:don'?t|do not|please don'?t|no|never|not)\b[^.?!;]{0,25}\b(?:call\w*|ring\w*|phone|contact)?[^.?!;]{0,15}\bbefore\s+${EN_HOUR}`, 'i');
const EN_ONLY_AFTER = new RegExp(
  [
    String.raw`\b(?:only|just)\b[^.?!;]{0,30}?\b(?:after|from)\s+${EN_HOUR}`,
    String.raw`\b(?:not|won'?t be|isn'?t anyone|nobody(?:'s| is)) (?:home|back|free|in|around|available|reachable) (?:until|till|before)\s+${EN_HOUR}`,
    String.raw`\b(?:call|ring|phone|contact) (?:me )?(?:back )?(?:only )?after\s+${EN_HOUR}`,
    String.raw`\bafter\s+${EN_HOUR}\s+(?:is|works|would be) (?:best|better|fine|ok)`,
  ].join('|'),
  'i',
);
const EN_ONLY_BEFORE = new RegExp(String.raw`\b(?:call|ring|phone|contact) (?:me )?(?:only )?before\s+${EN_HOUR}|\bonly (?:free|available|reachable|home|in) before\s+${EN_HOUR}`, 'i');
/** Morning or daytime ruled out: "上午别打", "白天不方便接". */
// (Not "上午九点以后别打": a morning hour, read as one.)
const ZH_NOT_DAYTIME = /(?:上午|白天)(?!\s*(?:\d|十|[一二两三四五六七八九])\s*点)[^，。,.！!？?]{0,4}(?:别|不要|不方便|没法|接不了|不接)/;
const WEEKDAYS = /工作日|周一到周五|平时|\bweekdays?\b|\bmonday to friday\b/i;
const WEEKENDS = /周末|\bweekends?\b/i;

/** Home or free only from that hour: the words of someone out at work in the day ("7点以后才在家", "only around after 6"). */
const HOME_LATER =
  /才(?:在家|回家|到家|回来|下班|有人)|下班|\b(?:home|back|around|in) (?:only )?(?:after|from)\b|\bonly (?:home|back|around|in)\b|\bnot (?:home|back|in) (?:until|till)\b|\bafter work\b/i;

/** The hour on a 24-hour clock: "晚上8点", "8pm", and a bare "8" read by the one rule for bare hours (day-hour.ts). */
function hourOf(part: string | undefined, num: string, marker: string | undefined, sense: HourSense): number {
  const h = hourNumber(num);
  if (Number.isNaN(h) || h > 24) return Number.NaN;
  const pm = /下午|傍晚|晚上|夜里/.test(part ?? '') || /p/i.test(marker ?? '');
  const am = /早上|上午/.test(part ?? '') || /a/i.test(marker ?? '');
  if (pm) return h < 12 ? h + 12 : h;
  if (am) return h;
  return dayHour(h, sense);
}

/** One named day ("明天下午三点以后我在家", "after 6pm tomorrow"): an offer for that day, noted as said (waiting-contact.ts). */
const ONE_DAY = /今天|明天|后天|(?:这|下)?(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}[月号日]|\b(?:today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/** Words that put a bare hour in the morning: before going to work, "in the morning". */
const MORNING_WORDS = /早上|早晨|上午|一早|上班(?:之|以)?前|\bmorning\b|\bbefore (?:i )?(?:go to |leave for |start )?work\b|\bstart(?:s|ing)? work\b|\bleave for work\b/i;

/** Whether a "not after" hour is a morning limit: morning words, or a call asked for before a bare hour just below it ("九点以后不方便 八点半之前打"; not "10点以后别打 6点之前打", an evening). */
function morningLimit(text: string): boolean {
  if (MORNING_WORDS.test(text)) return true;
  const after = ZH_NOT_AFTER.exec(text) ?? EN_NOT_AFTER.exec(text);
  const before = ZH_ONLY_BEFORE.exec(text) ?? EN_ONLY_BEFORE.exec(text);
  const bare = (m: RegExpExecArray | null) => {
    const num = m?.slice(1).find((g) => g && /^(?:\d+|十[一二]?|[一二两三四五六七八九])$/.test(g));
    return num ? hourNumber(num) : Number.NaN;
  };
  const late = bare(after);
  const early = bare(before);
  return !Number.isNaN(late) && !Number.isNaN(early) && early < late && late - early <= 2 && late <= 12;
}

export function contactWindowIn(text: string): ContactWindow | undefined {
  if (ONE_DAY.test(text)) return undefined;
  const window: ContactWindow = {};
  const zh = (re: RegExp, sense: HourSense) => {
    const m = re.exec(text);
    return m ? hourOf(m[1], m[2]!, undefined, sense) : undefined;
  };
  const en = (re: RegExp, sense: HourSense) => {
    const m = re.exec(text);
    if (!m) return undefined;
    const num = m.slice(1).find((g) => g && /^\d+$/.test(g));
    const marker = m.slice(1).find((g) => g && /am|pm|a\.m|p\.m/i.test(g));
    return num ? hourOf(undefined, num, marker, sense) : undefined;
  };
  // "8点以后别打", "don't ring after 9": a limit on late calls, so the evening; but the morning when
  // the words are of a morning ("早上九点以后不方便", "after 9 in the morning, I start work") or a call
  // asked for before an earlier hour ("九点以后不方便 八点半之前打"): a 9 there was never 21:00.
  const lateLimit: HourSense = { relation: 'before', evening: !morningLimit(text) };
  const earliest: HourSense = { relation: 'after', laterInDay: HOME_LATER.test(text) };
  const latest: HourSense = { relation: 'before' };
  // A "don't" decides: "don't call before 9" is no wish for a call before 9.
  const notAfter = zh(ZH_NOT_AFTER, lateLimit) ?? en(EN_NOT_AFTER, lateLimit);
  const notBefore = zh(ZH_NOT_BEFORE, earliest) ?? en(EN_NOT_BEFORE, earliest);
  const until = notAfter ?? (notBefore === undefined ? (zh(ZH_ONLY_BEFORE, latest) ?? en(EN_ONLY_BEFORE, latest)) : undefined);
  // "9点之前别打" is a morning; "call me after 10" the morning too, "only home after 7" the evening.
  const from = notBefore ?? (ZH_NOT_DAYTIME.test(text) ? 12 : undefined) ?? (notAfter === undefined ? (zh(ZH_ONLY_AFTER, earliest) ?? en(EN_ONLY_AFTER, earliest)) : undefined);
  if (until !== undefined && !Number.isNaN(until)) window.until = until;
  if (from !== undefined && !Number.isNaN(from) && from !== until) window.from = from;
  if (window.from === undefined && window.until === undefined) return undefined;
  if (WEEKDAYS.test(text)) window.days = 'weekdays';
  else if (WEEKENDS.test(text)) window.days = 'weekends';
  return window;
}

const hh = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;

/** The window in words: "20:00 以前" / "before 20:00", with the days when said. */
export function windowWords(w: ContactWindow, lang: Lang): string {
  const zhDays = w.days === 'weekdays' ? '工作日' : w.days === 'weekends' ? '周末' : '';
  const enDays = w.days === 'weekdays' ? ' on weekdays' : w.days === 'weekends' ? ' at weekends' : '';
  if (lang === 'zh') {
    if (w.from !== undefined && w.until !== undefined) return `${zhDays}${hh(w.from)}–${hh(w.until)}之间打`;
    if (w.until !== undefined) return `${zhDays}${hh(w.until)}以前打，${hh(w.until)}以后不打`;
    return `${zhDays}${hh(w.from!)}以后再打`;
  }
  if (w.from !== undefined && w.until !== undefined) return `call between ${hh(w.from)} and ${hh(w.until)}${enDays}`;
  if (w.until !== undefined) return `call before ${hh(w.until)}${enDays}, not after`;
  return `call only after ${hh(w.from!)}${enDays}`;
}

/** The note for whoever calls. */
export function windowNote(w: ContactWindow): string {
  return `Customer's time for calls: ${windowWords(w, 'en')}`;
}

/** Said back to the customer: noted on the ticket, in the time understood (said again in other words, never twice the same). */
export function windowNoted(w: ContactWindow, lang: Lang, ticketNumber: string, lastReply?: string): string {
  const first = firstNoted(w, lang, ticketNumber);
  if (lastReply?.includes(first))
    return lang === 'zh'
      ? `已经记在工单 ${ticketNumber} 上了：${windowWords(w, 'zh')}，给您打电话的人能看到。`
      : `That is already on ticket ${ticketNumber}: ${windowWords(w, 'en')}; whoever calls you sees it.`;
  return first;
}

function firstNoted(w: ContactWindow, lang: Lang, ticketNumber: string): string {
  return lang === 'zh'
    ? `记下了：${windowWords(w, 'zh')}。已写在工单 ${ticketNumber} 上，给您打电话的人会看到。`
    : `Noted: ${windowWords(w, 'en')}. It is on ticket ${ticketNumber}, so whoever calls you will see it.`;
}
