/**
 * When a customer wants the engineer to come, read from their words ("下周一上午", "周六下午",
 * "工作日晚上7点以后", "Saturday afternoon", "after 7pm weekdays") and said back as a day on the
 * calendar ("12月7日（周一）上午", "Mon 7 Dec, morning"), so the customer can see at once whether
 * the bot understood the day they meant. Days are counted in the desk's time zone.
 */
import { addDays, isoDay, localDate, weekday } from '../../kernel/calendar-days';
import type { Bilingual } from '../engine/commands';
import { dayHour, hourNow, hourNumber } from './day-hour';

const ZH_DAY = '一二三四五六日天';
const EN_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const EN_SHORT = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const ZH_WEEKDAY = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Words that name a day, a part of the day or an hour; a visit time is a run of them close together. */
// (A week alone, "下周", is a piece too: "下周的周二下午" keeps it; a day number is never the tail of a house number, "100号".)
// ("周一二", "礼拜二、四": a second day's bare number keeps the week word said once; "周二三点" is an hour.)
const DAY_ZH = String.raw`(?:这|本|下下|下)?(?:个)?(?:周|星期|礼拜)[${ZH_DAY}1-7](?:[、，,]?[一二三四五六日](?![${ZH_DAY}七八九十\d点时:：个号楼栋层]))?|(?:这|本|下下|下)?(?:个)?周末|(?:这|本|下下|下)(?:个)?(?:周|星期|礼拜)(?![${ZH_DAY}1-7末])|今天|明天|后天|大后天|(?<!\d)\d{1,2}月\d{1,2}[日号]|(?<![\d月])\d{1,2}[日号]|工作日|平时|周一到周五`;
const PART_ZH = '上午|中午|下午|午后|晚上|傍晚|早上|白天|全天|一早|晚些时候';
const HOUR_ZH = String.raw`(?:\d{1,2}|十[一二]?|[一二两三四五六七八九])\s*(?:点|:\d{2})(?:半)?\s*(?:以后|之后|以前|之前|前|后|左右)?`;
/** Short forms customers type ("thurs pm", "tues"), each with the weekday it names. */
const EN_ABBREVIATIONS: Record<string, number> = { tues: 2, weds: 3, thur: 4, thurs: 4 };
// ("next Tue", "the Wednesday after next", "next week", "the week after next": the week words are part of the day.)
const DAY_EN = String.raw`\b(?:the\s+)?(?:(?:this|next|coming)\s+)?(?:${EN_DAYS.join('|')}|weekend)s?\b(?:\s+after\s+next\b)?|\b(?:(?:this|next|coming)\s+)?(?:${[...EN_SHORT, ...Object.keys(EN_ABBREVIATIONS)].join('|')})\b\.?(?:\s+after\s+next\b)?|\b(?:the\s+)?week\s+after\s+next\b|\b(?:this|next|coming)\s+week\b|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b|\bweekdays?\b|\btoday\b|\btomorrow\b|\bthe day after(?: tomorrow)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${EN_MONTHS.join('|')})[a-z]*\b|\b(?:${EN_MONTHS.join('|')})[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b`;
// "pm" alone after a day ("thurs pm") is the afternoon; "am" alone is too often the verb to read.
const PART_EN = String.raw`\b(?:morning|afternoon|evening|night|lunchtime|midday|noon)s?\b|\bafter lunch\b|(?<!\d\s?)\bpm\b`;
const HOUR_EN_MARKED = String.raw`\b(?:(?:after|before|from|around|by|at|past)\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)(?:\s+(?:onwards|or later|and later))?`;
/** "after 9", "before 6": an English hour with no am/pm, read only beside a day or part of the day ("after 9 tomorrow"). */
const BARE_HOUR_EN = String.raw`\b(?:after|before|from|around|by|past)\s+\d{1,2}(?::\d{2})?\b(?!\s*(?:st|nd|rd|th|days?|weeks?|months?|years?|yrs?|hours?|hrs?|minutes?|mins?|times?|goes|tries|uses|washes|cycles|%|[a-z]*\d))(?![.:]\d)`;

/** A part of the day or an hour ("上午", "after 6pm"): said with a day, it is when someone should come, not when something was bought. */
export const PART_OF_DAY = new RegExp(`${PART_ZH}|${HOUR_ZH}|${PART_EN}|${HOUR_EN_MARKED}`, 'i');
/** A day still to come ("明天", "下周二", "tomorrow", "next Monday"): said without a word about buying, it is when someone should come. */
export const DAY_TO_COME = /大?后天|明天|下下?个?(?:周|星期|礼拜)|\btomorrow\b|\bday after tomorrow\b|\bnext\s+(?:week|weekend|mon|tue|wed|thu|fri|sat|sun)/i;
const PIECE = new RegExp(`${DAY_ZH}|${PART_ZH}|${HOUR_ZH}|${DAY_EN}|${PART_EN}|${HOUR_EN_MARKED}|${BARE_HOUR_EN}`, 'gi');
/** What may stand between two pieces of one time: a few joining characters ("周六的下午", "Saturday, after 7pm", "Friday any time after 11"). */
const JOIN = /^[\s,，的、]*(?:and|or|in the|on|at|any\s*time|或|或者|还是|都行|to|through|thru|till|until|到|至|~|～|-|—|–)?[\s,，的、]*$/i;
/** Between two days, words that make them a span ("周一到周三", "Mon-Wed", "Monday to Wednesday") or a choice ("周二或周四"). */
const SPAN = /^\s*(?:到|至|~|～|-|—|–|to|through|thru|till|until)\s*$/i;

/** After a time, words saying the customer is busy then ("平时上班", "周三要加班", "weekdays I'm at work"): a time to avoid, not to come. */
const BUSY_AFTER =
  /^\s*(?:的话|时候|我|我们|家里|都|也|一般|基本|要|得|需要|还)*(?:上班|工作|加班|出差|上学|不在家|家里没人|没人|没空|没时间|有事|有会|开会|有课|上课|不方便|不行|不可以|值班|考试|培训|外出|出门|不在|接孩子|送孩子|接送孩子|带孩子|陪[^\s,，。]{1,4}|(?<=要|得)去)|^\s*,?\s*(?:i|we)(?:'m|'re| am| are)?\s+(?:at work|working|busy|out|away|in (?:a )?meetings?|in class(?:es)?|not (?:home|in|around|available))\b|^\s*(?:is|are|'s|’s)\s+(?:no good|not good|bad|impossible|out|a no|off)\b|^\s*(?:doesn'?t|won'?t|does not|will not|can'?t) work\b/i;
/** Before a time, words setting it aside ("除了周三", "I work weekdays", "except Mondays", "not on Friday"). */
const BUSY_BEFORE =
  /(?:除了|除|不要|别)\s*$|\b(?:except(?: for)?|not|never|but not|(?:i|we) (?:work|am working|'m working|are working|am busy|'m busy|am at work|'m at work|'m out|am out)(?: on| in the| during)?|busy(?: on| in the| during)?|work(?:ing)?(?: on| during)?)\s+(?:on\s+)?$/i;

/**
 * A day in the past, said of a visit that already happened ("上周三修的", "周二来过", "last Tuesday",
 * "Monday he came and charged me"): when it went wrong, never when someone should come.
 */
const PAST_BEFORE = /(?:(?:^|[^晚早马楼路])上个?|上一个|前一个?)\s*$|\b(?:last|past|previous)\s+$/i;
const PAST_AFTER =
  /^\s*(?:那天|那次|的时候)?\s*(?:他|她|师傅|你们的?人?|工程师|维修的?)?\s*(?:(?:来|上门)?(?:修|装|换|加氟|检查|看|弄|收)(?:的|过|了)|(?:来|上门)(?:的|过|了))|^\s*,?\s*(?:(?:he|she|they|it|someone|somebody|the \w+|your \w+)\s+)?(?:came|was (?:here|fixed|repaired|serviced)|were here|visited|fixed|repaired|charged|replaced|serviced|broke)\b/i;

/** A part of the day right after a day ("周三下午有课", "Tuesday morning I'm at work"): what is said of it is said of the day. */
const PART_NEXT = new RegExp(`^\\s*(?:的)?\\s*(?:${PART_ZH}|${PART_EN})`, 'i');
/** Whether the words after a time say the customer is busy then, with or without the part of the day between. */
const busyAfter = (rest: string) => BUSY_AFTER.test(rest) || BUSY_AFTER.test(rest.replace(PART_NEXT, ''));

/** Said of the past: not a time for a visit. */
function pastTime(text: string, at: number, piece: string): boolean {
  return PAST_BEFORE.test(text.slice(0, at)) || PAST_AFTER.test(text.slice(at + piece.length));
}

/** Whether the words around this time in the message rule it out ("周二不行", "except Friday"). */
export function ruledOutTime(text: string, piece: string): boolean {
  const at = text.indexOf(piece);
  return at >= 0 && (busyAfter(text.slice(at + piece.length)) || BUSY_BEFORE.test(text.slice(0, at)) || pastTime(text, at, piece));
}

/** The visit time as the customer wrote it, or undefined when the message names none. */
export function findVisitTime(text: string): string | undefined {
  const pieces = [...text.matchAll(PIECE)].filter((m) => m[0].trim() && !busyAfter(text.slice(m.index + m[0].length)) && !BUSY_BEFORE.test(text.slice(0, m.index)) && !pastTime(text, m.index, m[0]));
  if (!pieces.length) return undefined;
  const start = pieces[0]!.index;
  let end = start + pieces[0]![0].length;
  for (const next of pieces.slice(1)) {
    if (!JOIN.test(text.slice(end, next.index))) break;
    end = next.index + next[0].length;
  }
  const said = text.slice(start, end).trim();
  // A bare "5号" or "3点" alone may be anything (a building, a model): a time needs more than that.
  // ("after 10" alone may be minutes or a count as well: it is a time beside a day, "after 10 tomorrow".)
  return /^(?:\d{1,2}[日号]|\d{1,2}\s*(?:点|:\d{2}))$/.test(said) || new RegExp(`^(?:${BARE_HOUR_EN})$`, 'i').test(said) ? undefined : said;
}

const DAY_PIECES = new RegExp(`${DAY_ZH}|${DAY_EN}`, 'gi');
/** Before a second day: words that make the two one span or a choice ("周二到周四", "Thursday or Friday"). */
const SPAN_OR_CHOICE_BEFORE = /(?:到|至|或|或者|还是|~|～|-|—|–|\bto\b|\bor\b|\bthrough\b|\bthru\b|\btill\b|\buntil\b|\band\b)[\s,，、]*$/i;
/** After a second day, words that only say it works too ("周六下午也行", "or Sunday is fine"). */
const ALSO_FINE = /都行|也行|都可以|也可以|可以|都好|也好|\b(?:is|are|also|too|works?|fine|ok|okay|good)\b|[\s,，、。.!！]/gi;

/**
 * A new visit time said with the reason for it ("改到周五上午 周四要陪孩子", "Friday morning because
 * Thursday I work"): the time said before the reason's day, since that day is why, not when. The
 * words as they were when the second day joins the first ("下周二到周四都行", "Thursday or Friday
 * morning") or only says it works too ("周五上午 周六下午也行").
 */
export function visitTimeWithoutReason(said: string): string {
  for (const day of [...said.matchAll(DAY_PIECES)].slice(1)) {
    const before = said.slice(0, day.index);
    const run = findVisitTime(before);
    if (!run || SPAN_OR_CHOICE_BEFORE.test(before)) continue;
    const after = said
      .slice(day.index + day[0].length)
      .replace(PIECE, '')
      .replace(ALSO_FINE, '');
    if (after.length >= 2) return before.slice(0, before.lastIndexOf(run) + run.length);
  }
  return said;
}

interface Reading {
  /** A day on the calendar (ISO). */
  day?: string;
  /** The other day: the last of a span ("周一到周三") or the other of a choice (a weekend, "周二或周四"). */
  until?: string;
  /** Whether `until` ends a span of days rather than being the other choice. */
  span?: boolean;
  /** A kind of day rather than one day. */
  kind?: 'weekdays' | 'weekends';
  part?: Bilingual;
  hour?: Bilingual;
}

const PARTS: [RegExp, Bilingual][] = [
  [/上午|早上|一早|\bmornings?\b/i, { zh: '上午', en: 'morning' }],
  [/中午|\b(?:lunchtime|midday|noon)\b/i, { zh: '中午', en: 'midday' }],
  [/下午|午后|\bafternoons?\b|\bafter lunch\b|(?<!\d\s?)\bpm\b/i, { zh: '下午', en: 'afternoon' }],
  [/晚上|傍晚|\bevenings?\b|\bnights?\b/i, { zh: '晚上', en: 'evening' }],
  [/白天|全天/, { zh: '白天', en: 'during the day' }],
];

/** Evening words beside an hour with no am/pm ("tonight after 8", "evening, after 7"). */
const EVENING = /下午|晚上|傍晚|夜里|今晚|\b(?:afternoons?|evenings?|tonight|nights?)\b|(?<!\d\s?)\bpm\b/i;
const MORNING = /上午|早上|一早|\bmornings?\b/i;

interface ClockTime {
  hour: number;
  minute: number;
  relation?: 'after' | 'before' | 'around';
}

/**
 * "3点", "下午3点半", "7pm", "after 6:30 pm", "after 9": the hour (24-hour clock), and whether it is a
 * limit. An hour with no half of the day named is read by the one rule for bare hours (day-hour.ts):
 * "明天3点以后" is 15:00 and "after 10" is 10 in the morning, never the middle of the night.
 */
function hourOf(text: string, hourNowToday?: number): ClockTime | undefined {
  const en =
    /\b(after|before|from|around|by|at|past)?\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|o'?clock)/i.exec(text) ?? /\b(after|before|from|around|by|past)\s+(\d{1,2})(?::(\d{2}))?\b()/i.exec(text);
  const zh = /(\d{1,2}|十[一二]?|[一二两三四五六七八九])\s*(?:点|:(\d{2}))(半)?\s*(以后|之后|以前|之前|前|后|左右)?/.exec(text);
  let hour: number;
  let minute: number;
  let relation: ClockTime['relation'];
  let half: 'am' | 'pm' | undefined;
  if (en) {
    hour = Number(en[2]);
    minute = en[3] ? Number(en[3]) : 0;
    half = /p/i.test(en[4] ?? '') ? 'pm' : /a/i.test(en[4] ?? '') ? 'am' : undefined;
    relation =
      /after|from|past/i.test(en[1] ?? '') || /onwards|or later|and later/i.test(text) ? 'after' : /before|by/i.test(en[1] ?? '') ? 'before' : /around/i.test(en[1] ?? '') ? 'around' : undefined;
  } else if (zh) {
    hour = hourNumber(zh[1]!);
    minute = zh[2] ? Number(zh[2]) : zh[3] ? 30 : 0;
    relation = /以后|之后|后/.test(zh[4] ?? '') ? 'after' : /以前|之前|前/.test(zh[4] ?? '') ? 'before' : zh[4] ? 'around' : undefined;
  } else return undefined;
  // The half of the day said in words ("晚上7点", "tomorrow morning after 9") or by am/pm.
  half ??= EVENING.test(text) ? 'pm' : MORNING.test(text) ? 'am' : undefined;
  if (half === 'pm' && hour < 12) hour += 12;
  else if (half === 'am' && hour === 12) hour = 0;
  else if (!half) hour = dayHour(hour, { relation: relation === 'around' ? 'at' : (relation ?? 'at'), hourNowToday });
  if (!Number.isInteger(hour) || hour > 23 || minute > 59) return undefined;
  return { hour, minute, relation };
}

/** The hour in words: "晚上7点以后" (the part of the day given unless the customer named it), "after 7 pm". */
function hourWords(h: ClockTime, partNamed: boolean): Bilingual {
  const twelve = h.hour % 12 === 0 ? 12 : h.hour % 12;
  const zhPart = partNamed ? '' : h.hour < 12 ? '上午' : h.hour < 13 ? '中午' : h.hour < 18 ? '下午' : '晚上';
  const zhClock = `${zhPart}${twelve}点${h.minute === 30 ? '半' : h.minute ? `${h.minute}分` : ''}`;
  const enClock = `${twelve}${h.minute ? `:${String(h.minute).padStart(2, '0')}` : ''} ${h.hour < 12 ? 'am' : 'pm'}`;
  const zh = { after: `${zhClock}以后`, before: `${zhClock}以前`, around: `${zhClock}左右` };
  const en = { after: `after ${enClock}`, before: `before ${enClock}`, around: `around ${enClock}` };
  return h.relation ? { zh: zh[h.relation], en: en[h.relation] } : { zh: zhClock, en: `at ${enClock}` };
}

/** The next `day` (0 = Sunday) after `today`; `weeksAhead` 1 is the one in next Monday's week. */
function weekdayDate(today: string, day: number, weeksAhead: number | undefined): string {
  const now = weekday(today);
  if (weeksAhead === undefined) return addDays(today, (day - now + 7) % 7 || 7);
  // Weeks run Monday to Sunday, as Chinese calendars count them.
  const monday = addDays(today, -((now + 6) % 7));
  return addDays(monday, weeksAhead * 7 + ((day + 6) % 7));
}

/** "周一到周五", "Mon-Fri" with no week named: any weekday, not the five days of one week. */
const EVERY_WEEKDAY = /(?<![这本下])(?:周|星期|礼拜)一\s*(?:到|至|-|~|～|—)\s*(?:周|星期|礼拜)?五|(?<!\b(?:this|next|coming)\s+)\bmon(?:day)?\s*(?:-|–|—|to|through|thru)\s*fri(?:day)?\b/i;

/** The weekday number (0 = Sunday) a day word names: 周三, 星期日, wednesday, wed. */
function dayNumber(word: string): number {
  const w = word.toLowerCase();
  if (EN_DAYS.includes(w)) return EN_DAYS.indexOf(w);
  if (EN_SHORT.includes(w)) return EN_SHORT.indexOf(w);
  if (w in EN_ABBREVIATIONS) return EN_ABBREVIATIONS[w]!;
  const last = word.slice(-1);
  return '日天'.includes(last) ? 0 : /\d/.test(last) ? Number(last) % 7 : ZH_DAY.indexOf(last) + 1;
}

/**
 * The second day after the first: joined ("周二到周四", "Mon or Tue"), set side by side ("周一周三",
 * "礼拜二 礼拜四"), or its bare number right after the first ("周二四", "礼拜一二都行": the week word
 * said once for both), never an hour ("周二三点" is three o'clock on Tuesday).
 */
const SECOND_DAY = new RegExp(
  `^(\\s*(?:(?:到|至|~|～|-|—|–|to|through|thru|till|until|或者?|还是|、|,|，|or|and)\\s*)?)(?:(?:这|本|下下|下)?(?:个)?(?:周|星期|礼拜)([${ZH_DAY}1-7])|(?:(?:this|next|coming)\\s+)?(${EN_DAYS.join('|')}|${EN_SHORT.join('|')})\\b|(?<=^[、，,]?)([一二三四五六日])(?![${ZH_DAY}七八九十\\d点时:：个号楼栋层]))`,
  'i',
);

/**
 * "下周一到周三", "Mon to Wed", "周二或者周四": the second day, in the first one's week when it names
 * none (a span never ends before it starts), kept as the end of the span or as the other choice.
 */
function secondDay(reading: Reading, text: string, first: RegExpExecArray, today: string, weeksAhead: number | undefined): void {
  const m = SECOND_DAY.exec(text.slice(first.index + first[0].length));
  if (!m || !reading.day) return;
  const n = dayNumber((m[2] ?? m[3] ?? m[4])!);
  let other = weekdayDate(today, n, weeksAhead);
  if (weeksAhead === undefined) other = addDays(reading.day, (n - weekday(reading.day) + 7) % 7);
  if (other < reading.day) other = addDays(other, 7);
  if (other === reading.day) return;
  reading.until = other;
  reading.span = SPAN.test(m[1]!);
}

/** 今天/明天/后天/大后天, today/tomorrow/the day after tomorrow, each with how many days ahead it is. */
const RELATIVE_DAY = /大后天|后天|明天|今天|\bthe day after(?: tomorrow)?\b|\btomorrow\b|\btoday\b/gi;
const RELATIVE_OFFSET = (word: string): number => (word === '大后天' ? 3 : word === '后天' || /day after/i.test(word) ? 2 : /明天|tomorrow/i.test(word) ? 1 : 0);

/**
 * Days named relative to today. Two of them joined ("明天或后天", "today or tomorrow", "明天到后天")
 * are a choice or a span, kept as both: the first day alone was said back as the only one.
 */
function relativeDays(text: string, today: string): Pick<Reading, 'day' | 'until' | 'span'> | undefined {
  const found = [...text.matchAll(RELATIVE_DAY)];
  const first = found[0];
  if (!first) return undefined;
  const day = addDays(today, RELATIVE_OFFSET(first[0]));
  const second = found[1];
  if (second) {
    const between = text.slice(first.index + first[0].length, second.index);
    const other = addDays(today, RELATIVE_OFFSET(second[0]));
    if (JOIN.test(between) && other !== day) {
      const [a, b] = other < day ? [other, day] : [day, other];
      return { day: a, until: b, span: SPAN.test(between) };
    }
  }
  return { day };
}

function read(text: string, today: string, hourNowHere: number): Reading {
  const reading: Reading = {};
  const zhDay = new RegExp(`(这|本|下下|下)?(?:个)?(?:周|星期|礼拜)([${ZH_DAY}1-7])`).exec(text);
  const enDay = new RegExp(`\\b(?:(this|next|coming)\\s+)?(${EN_DAYS.join('|')}|${Object.keys(EN_ABBREVIATIONS).join('|')}|${EN_SHORT.join('|')})\\b`, 'i').exec(text);
  const weeks = (word: string | undefined): number | undefined => (word === '下下' ? 2 : word === '下' || /^next$/i.test(word ?? '') ? 1 : word ? 0 : undefined);
  // The week said apart from the day ("周二下午，下周", "Monday afternoon next week", "the week after next").
  const week = /下下(?:个)?(?:周|星期|礼拜)|\bweek\s+after\s+next\b/i.test(text)
    ? 2
    : /下(?:个)?(?:周|星期|礼拜)|\bnext\s+week\b/i.test(text)
      ? 1
      : /(?:这|本)(?:个)?(?:周|星期|礼拜)|\bthis\s+week\b/i.test(text)
        ? 0
        : undefined;
  const monthDay = /(\d{1,2})月(\d{1,2})[日号]/.exec(text);
  const enMonthDay = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${EN_MONTHS.join('|')})|\\b(${EN_MONTHS.join('|')})[a-z]*\\.?\\s+(\\d{1,2})`, 'i').exec(text);
  // "the 3rd": a day of this month, or of the next once it has passed (as 3号 is).
  const dayOnly = /(?<![月\d])(\d{1,2})[日号]/.exec(text) ?? /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b/i.exec(text);
  const relative = relativeDays(text, today);
  if (relative) Object.assign(reading, relative);
  else if (EVERY_WEEKDAY.test(text)) reading.kind = 'weekdays';
  else if (zhDay) {
    const n = '日天'.includes(zhDay[2]!) ? 0 : /\d/.test(zhDay[2]!) ? Number(zhDay[2]) % 7 : ZH_DAY.indexOf(zhDay[2]!) + 1;
    const ahead = weeks(zhDay[1]) ?? week;
    reading.day = weekdayDate(today, n, ahead);
    secondDay(reading, text, zhDay, today, ahead);
  } else if (enDay) {
    const word = enDay[2]!.toLowerCase();
    const n = dayNumber(word);
    const plural = new RegExp(`\\b${word}s\\b`, 'i').test(text);
    const ahead = weeks(enDay[1] === 'coming' ? undefined : enDay[1]) ?? week;
    // "the Wednesday after next": the one after the coming Wednesday.
    const afterNext = new RegExp(`\\b${word}\\s+after\\s+next\\b`, 'i').test(text);
    if (!plural) reading.day = afterNext ? addDays(weekdayDate(today, n, undefined), 7) : weekdayDate(today, n, ahead);
    if (!plural) secondDay(reading, text, enDay, today, ahead);
  } else if (/(这|本|下下|下)?(?:个)?周末|\bweekend\b/i.test(text) && !/\bweekends\b/i.test(text)) {
    const which = /(下下|下)(?:个)?周末|\bnext weekend\b/i.exec(text)?.[1] ?? (/\bnext weekend\b/i.test(text) ? '下' : undefined);
    const saturday = weekdayDate(today, 6, which ? weeks(which) : weekday(today) === 0 ? 1 : 0);
    reading.day = saturday < today ? addDays(saturday, 7) : saturday;
    reading.until = addDays(reading.day, 1);
  } else if (monthDay || enMonthDay) {
    const month = monthDay ? Number(monthDay[1]) : EN_MONTHS.indexOf((enMonthDay![2] ?? enMonthDay![3])!.slice(0, 3).toLowerCase()) + 1;
    const date = monthDay ? Number(monthDay[2]) : Number(enMonthDay![1] ?? enMonthDay![4]);
    const year = Number(today.slice(0, 4));
    const thisYear = isoDay(year, month, date);
    reading.day = thisYear && thisYear >= today ? thisYear : isoDay(year + 1, month, date);
  } else if (dayOnly) {
    const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
    const thisMonth = isoDay(y, m, Number(dayOnly[1]));
    reading.day = thisMonth && thisMonth >= today ? thisMonth : m === 12 ? isoDay(y + 1, 1, Number(dayOnly[1])) : isoDay(y, m + 1, Number(dayOnly[1]));
  }
  if (!reading.day) {
    if (/工作日|平时|周一到周五|\bweekdays\b|\bweekday\b/i.test(text)) reading.kind = 'weekdays';
    else if (/\bweekends\b|周末/i.test(text)) reading.kind = 'weekends';
  }
  reading.part = PARTS.find(([words]) => words.test(text))?.[1];
  // An hour already gone today is not the one meant: "today after 7", said at noon, is the evening.
  const hour = hourOf(text, reading.day === today && !reading.until ? hourNowHere : undefined);
  if (hour) reading.hour = hourWords(hour, Boolean(reading.part));
  return reading;
}

function dayWords(iso: string): Bilingual {
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const w = weekday(iso);
  const en = `${EN_DAYS[w]!.charAt(0).toUpperCase()}${EN_DAYS[w]!.slice(1, 3)} ${d} ${EN_MONTHS[m - 1]!.charAt(0).toUpperCase()}${EN_MONTHS[m - 1]!.slice(1)}`;
  return { zh: `${m}月${d}日（${ZH_WEEKDAY[w]}）`, en };
}

/**
 * A preference with days ruled out, as kept (visit-exclusion.ts reads it): "工作日（周三除外）",
 * "周三以外都可以", "weekdays except Wednesday", "any day except Monday".
 */
export function withExclusion(base: string | undefined, ruledOut: string[], lang: 'zh' | 'en'): string {
  if (lang === 'zh') return base ? `${base}（${ruledOut.join('、')}除外）` : `${ruledOut.join('、')}以外都可以`;
  const wanted = base ? base.replace(/^weekday$/i, 'weekdays').replace(/^weekend$/i, 'weekends') : 'any day';
  return `${wanted} except ${ruledOut.join(' and ')}`;
}

/** The wanted part and the ruled-out part of a kept preference; the ruled-out days are never read as the day. */
function splitExclusion(said: string): { wanted: string; ruledOut?: string } {
  const m = /^(.*)（(.+)除外）$/.exec(said) ?? /^()(.+)以外都可以$/.exec(said) ?? /^(.*?)\s*\bexcept\s+(.+)$/i.exec(said);
  return m ? { wanted: m[1]!.trim(), ruledOut: m[2]!.trim() } : { wanted: said };
}

/**
 * The time said back in each language: a named day on the calendar with its weekday, the part of
 * the day and the hour; a kind of day (weekdays) as such. Words it cannot place are said as written.
 */
export function describeVisitTime(said: string, now: Date, timeZone = 'Asia/Shanghai'): Bilingual {
  const { wanted, ruledOut } = splitExclusion(said);
  if (ruledOut) {
    // "weekdays except Wednesday": the wanted part said back, the exclusion kept as said (it names no one day).
    const described = wanted && !/^any day$/i.test(wanted) ? describeVisitTime(wanted, now, timeZone) : undefined;
    // (A weekend read as "Sat or Sun" with one of them ruled out is said as the customer said it.)
    const base = described && /或|\bor\b/.test(`${described.zh} ${described.en}`) ? { zh: wanted, en: wanted } : described;
    return {
      zh: base ? `${base.zh}（${ruledOut}除外）` : `${ruledOut}以外都可以`,
      en: `${base?.en ?? 'any day'} except ${ruledOut}`,
    };
  }
  const today = localDate(now, timeZone);
  const r = read(said, today, hourNow(now, timeZone));
  if (!r.day && !r.kind && !r.part && !r.hour) return { zh: said, en: said };
  const day = r.day ? dayWords(r.day) : undefined;
  const last = r.until ? dayWords(r.until) : undefined;
  const zhDay = day ? (last ? `${day.zh}${r.span ? '到' : '或'}${last.zh}` : day.zh) : r.kind === 'weekdays' ? '工作日' : r.kind === 'weekends' ? '周末' : '';
  const enDay = day ? (last ? `${day.en} ${r.span ? 'to' : 'or'} ${last.en}` : day.en) : r.kind === 'weekdays' ? 'weekdays' : r.kind === 'weekends' ? 'weekends' : '';
  // "晚上7点以后" reads as one phrase; the hour alone says it when no part of the day was named.
  const zh = `${zhDay}${r.part?.zh ?? ''}${r.hour?.zh ?? ''}`;
  // (In English the hour says the part of the day: "after 7 pm", not "evening, after 7 pm".)
  const en = [enDay, r.hour ? r.hour.en : r.part?.en].filter(Boolean).join(', ');
  return { zh: zh || said, en: en || said };
}
