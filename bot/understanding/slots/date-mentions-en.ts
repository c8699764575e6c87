/**
 * Dates as English-speaking customers write them: November 30 2026, 30 Nov 2026, Nov 2024,
 * in 2022, last May, last summer, the year before last, three weeks ago, a couple of months ago,
 * last Black Friday, around Christmas, end of last year, just bought it... Numeric forms
 * (05/10/2025) are in date-mentions-numeric.ts. "May" is a month only where a date is plainly
 * meant (last May, in May, May 10th): "it may be the fan" is not one.
 */
import { addDays, addMonths, dayParts, isoDay, weekday } from '../../../kernel/calendar-days';
import { MONTHS } from '../../../ocr/fields/date';
import { parseEnglishNumber } from '../../text/chinese-numbers';
import type { FestivalName, FestivalSide } from './calendar';
import {
  atFestival,
  fullYear,
  inMonth,
  inSeason,
  inYear,
  latestBegun,
  latestEnded,
  onDay,
  partOfMonth,
  partOfYear,
  recently,
  todayParts,
  unitsAgo,
  type MentionContext,
  type MonthPart,
  type Quantity,
  type Reading,
  type Unit,
  type YearPart,
} from './date-readings';
import { regexRule, type MentionRule } from './date-rule';

const MON = '\\b(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?';
const FULL_MON = '\\b(?<mon>january|february|march|april|june|july|august|september|october|november|december)\\b';
const YEAR = `(?:(?<y>(?:19|20)\\d{2})\\b|'(?<yy>\\d{2})\\b|(?<yrel>last year|this year|the year before last))`;
const ORD = '(?:st|nd|rd|th)?';
/**
 * After a season the year may be written short without its apostrophe ("spring 21", "summer of 22"):
 * nothing else two digits could be there, unless a unit follows ("summer 30 degrees").
 */
const SEASON_YEAR = `(?:${YEAR}|(?<yy2>\\d{2})\\b(?![:.]\\d|\\s*(?:°|%|degrees?|am|pm|mins?|minutes?|hours?|days?|weeks?|months?|years?|yrs?)\\b))`;

const monthOf = (name: string) => MONTHS[name.toLowerCase()] ?? 0;

function yearOf(g: Record<string, string | undefined>, ctx: MentionContext): number | undefined {
  if (g.y) return Number(g.y);
  const t = todayParts(ctx.today);
  if (g.yy || g.yy2) return fullYear(Number(g.yy ?? g.yy2), ctx.today);
  if (!g.yrel || !t) return undefined;
  return t.y - (/before last/i.test(g.yrel) ? 2 : /last/i.test(g.yrel) ? 1 : 0);
}
const hasYear = (g: Record<string, string | undefined>) => !!(g.y || g.yy || g.yy2 || g.yrel);

// "it may be", "you may need": the modal verb, not the month.
const MODAL_BEFORE = /\b(?:i|you|it|we|they|he|she|this|that|which|there|who|what|one|nothing|something|problem|fault|issue)\s+$/i;
const MODAL_AFTER = /^\s+(?:be|have|not|need|want|get|help|also|still|just|well|take|cause|work|fix|come|go|or|as|i|we|you|it)\b/i;
function maybeModal(m: RegExpExecArray, text: string, qualified = false): boolean {
  if (m.groups?.mon?.toLowerCase() !== 'may') return false;
  const at = m.index + m[0].toLowerCase().indexOf('may');
  const end = at + 3;
  // "in May", "last May" are months whatever precedes them; only "this may be" needs the next word.
  return (!qualified && MODAL_BEFORE.test(text.slice(Math.max(0, at - 12), at))) || MODAL_AFTER.test(text.slice(end, end + 10));
}

const MONTH_PART: Record<string, MonthPart> = {
  early: 'early',
  'earlier in': 'early',
  'beginning of': 'early',
  'start of': 'early',
  mid: 'mid',
  'middle of': 'mid',
  late: 'late',
  'later in': 'late',
  'end of': 'late',
};
const partKey = (p: string) =>
  p
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/-$/, '')
    .trim();
const YEAR_PART: Record<string, YearPart> = { ...MONTH_PART, 'early in': 'early', 'late in': 'late', 'first half of': 'firstHalf', 'second half of': 'secondHalf' };
const PART = '(?<part>early|earlier in|mid-?|(?:the )?middle of|late|later in|(?:the )?end of|(?:the )?beginning of|(?:the )?start of)';

const SEASONS: Record<string, 'spring' | 'summer' | 'autumn' | 'winter'> = { spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter' };

const FESTIVAL_WORDS: [RegExp, FestivalName][] = [
  [/^(?:christmas|x-?mas)/i, 'christmas'],
  [/^black friday/i, 'blackFriday'],
  [/^cyber monday/i, 'cyberMonday'],
  [/^boxing day/i, 'boxingDay'],
  [/^thanksgiving/i, 'thanksgiving'],
  [/^easter/i, 'easter'],
  [/^(?:chinese|lunar) new year|^spring festival/i, 'springFestival'],
  [/^new year/i, 'newYearsDay'],
  [/^valentine/i, 'valentines'],
  [/^singles'? day|^double (?:11|eleven)|^11\.11/i, 'double11'],
  [/^golden week|^national day/i, 'nationalDay'],
  [/^mid-?autumn/i, 'midAutumn'],
  [/^(?:diwali|deepavali|divali)/i, 'diwali'],
  [/^dragon boat/i, 'dragonBoat'],
];
const FESTIVAL =
  "(?<f>christmas|x-?mas|black friday|cyber monday|boxing day|thanksgiving|easter|(?:chinese|lunar) new year|spring festival|new year'?s?(?: day| eve)?|valentine'?s?(?: day)?|singles'? day|double (?:11|eleven)|11\\.11|golden week|national day|mid-?autumn(?: festival)?|(?:diwali|deepavali|divali)(?: sales?| festival)?|dragon boat(?: festival)?)";
const FESTIVAL_SIDE: Record<string, FestivalSide> = {
  before: 'before',
  'just before': 'before',
  'right before': 'before',
  'the week before': 'before',
  after: 'after',
  'just after': 'after',
  'right after': 'after',
  'the week after': 'after',
  around: 'around',
};

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const mondayOf = (day: string) => addDays(day, -((weekday(day) + 6) % 7));

const QTY =
  '(?:(?<hedge>just over|a little over|over|more than|almost|nearly|about|around|roughly|maybe|like|under|less than|not even)\\s+)?(?<n>\\d+(?:\\.5)?|a couple of|couple of|a couple|couple|a few|few|several|half an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?<nhalf>\\s+and\\s+a\\s+half)?';

function quantity(g: Record<string, string | undefined>): Quantity | undefined {
  const word = g.n!.toLowerCase();
  let base: Quantity;
  if (/^half/.test(word)) base = { low: 0.4, high: 0.7, exact: false };
  else if (/few/.test(word)) base = { low: 2, high: 4, exact: false };
  else if (word === 'several') base = { low: 3, high: 6, exact: false };
  else {
    const n = /^\d/.test(word) ? Number(word) : parseEnglishNumber(word);
    if (n === undefined || !(n > 0)) return undefined;
    base = { low: n, high: n, exact: true };
  }
  if (g.half || g.nhalf) base = { low: base.low + 0.5, high: base.high + 0.5, exact: base.exact };
  const hedge = g.hedge?.toLowerCase();
  if (!hedge || !base.exact) return base;
  const n = base.low;
  if (/over|more/.test(hedge)) return { low: n, high: n + Math.max(1, n * 0.5), exact: false };
  if (/under|less|not even/.test(hedge)) return { low: 0, high: n, exact: false };
  if (/almost|nearly/.test(hedge)) return { low: n * 0.75, high: n, exact: false };
  return base;
}

const UNIT: Record<string, Unit> = { day: 'day', week: 'week', month: 'month', year: 'year' };

function festivalOf(word: string): FestivalName | undefined {
  return FESTIVAL_WORDS.find(([re]) => re.test(word))?.[1];
}

/** The latest such festival already held, or (`ended`) the last one before today ("last Christmas"). */
function latestFestival(today: string | undefined, name: FestivalName, side: FestivalSide, strictlyBefore: boolean): Reading | undefined {
  if (!today) return undefined;
  const { y } = dayParts(today);
  for (const year of [y, y - 1, y - 2]) {
    const r = atFestival(name, year, side);
    const day = atFestival(name, year, 'at')?.anchor;
    if (r && day && (strictlyBefore ? day < today : side === 'before' ? r.span.earliest <= today : day <= today)) return { ...r, readIn: (y) => atFestival(name, y, side) };
  }
  return undefined;
}

export const EN_RULES: MentionRule[] = [
  // 30 Nov 2026, the 30th of November 2026, 30th November '26
  regexRule(new RegExp(`\\b(?:the\\s+)?(?<d>\\d{1,2})${ORD}\\s+(?:of\\s+)?${MON},?\\s*(?:(?<y>(?:19|20)\\d{2})\\b|'(?<yy>\\d{2})\\b)`, 'gi'), (m, ctx) => {
    const y = yearOf(m.groups!, ctx);
    return y === undefined ? undefined : onDay(isoDay(y, monthOf(m.groups!.mon!), Number(m.groups!.d)));
  }),
  // November 30 2026, Nov 30th, 2026
  regexRule(new RegExp(`${MON}\\s+(?:the\\s+)?(?<d>\\d{1,2})${ORD}(?!\\d),?\\s*(?:(?<y>(?:19|20)\\d{2})\\b|'(?<yy>\\d{2})\\b)`, 'gi'), (m, ctx) => {
    const y = yearOf(m.groups!, ctx);
    return y === undefined ? undefined : onDay(isoDay(y, monthOf(m.groups!.mon!), Number(m.groups!.d)));
  }),
  // early May 2024, the end of March, mid-June last year
  regexRule(new RegExp(`\\b${PART}[\\s-]*${MON}(?:,?\\s+(?:of\\s+)?${YEAR})?`, 'gi'), (m, ctx) => {
    const g = m.groups!;
    const part = MONTH_PART[partKey(g.part!)];
    const mm = monthOf(g.mon!);
    if (!part) return undefined;
    if (hasYear(g)) {
      const y = yearOf(g, ctx);
      return y === undefined ? undefined : partOfMonth(y, mm, part);
    }
    return latestBegun(ctx.today, (y) => partOfMonth(y, mm, part));
  }),
  // Nov 2024, November of last year, May '23
  regexRule(new RegExp(`${MON},?\\s+(?:of\\s+)?${YEAR}`, 'gi'), (m, ctx) => inMonth(yearOf(m.groups!, ctx), monthOf(m.groups!.mon!))),
  // the 10th of May, 10 May (no year: the latest one)
  regexRule(new RegExp(`\\b(?:the\\s+)?(?<d>\\d{1,2})${ORD}\\s+(?:of\\s+)?${MON}`, 'gi'), (m, ctx) => {
    const mm = monthOf(m.groups!.mon!);
    const dd = Number(m.groups!.d);
    return latestBegun(ctx.today, (y) => onDay(isoDay(y, mm, dd)));
  }),
  // May 10th, on March 3 (no year)
  regexRule(new RegExp(`${MON}\\s+(?:the\\s+)?(?<d>\\d{1,2})${ORD}\\b(?![:.]\\d)`, 'gi'), (m, ctx, text) => {
    if (maybeModal(m, text)) return undefined;
    const mm = monthOf(m.groups!.mon!);
    const dd = Number(m.groups!.d);
    return latestBegun(ctx.today, (y) => onDay(isoDay(y, mm, dd)));
  }),
  // the summer before last
  regexRule(/\bthe\s+(?<s>spring|summer|autumn|fall|winter)\s+before\s+last\b/gi, (m, ctx) => {
    const last = latestEnded(ctx.today, (y) => inSeason(SEASONS[m.groups!.s!.toLowerCase()]!, y));
    return last ? inSeason(SEASONS[m.groups!.s!.toLowerCase()]!, Number(last.span.earliest.slice(0, 4)) - 1) : undefined;
  }),
  // last summer, this winter, summer 2024, the summer of last year, in the fall
  regexRule(
    new RegExp(`\\b(?:(?<rel>last|this past|this|past)\\s+|(?<in>in|during|over|around)\\s+(?:the\\s+)?)?(?<s>spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?${SEASON_YEAR})?`, 'gi'),
    (m, ctx) => {
      const g = m.groups!;
      const season = SEASONS[g.s!.toLowerCase()]!;
      // "fall" is a verb unless something makes it a season.
      if (g.s!.toLowerCase() === 'fall' && !g.rel && !g.in && !hasYear(g)) return undefined;
      if (hasYear(g)) return inSeason(season, yearOf(g, ctx));
      const rel = g.rel?.toLowerCase();
      if (rel === 'last' || rel === 'past' || rel === 'this past') return latestEnded(ctx.today, (y) => inSeason(season, y));
      // "summer" said in the first days of June is last summer: this one has hardly begun.
      return latestBegun(ctx.today, (y) => inSeason(season, y), 30);
    },
  ),
  // 2024 summer
  regexRule(/\b(?<y>(?:19|20)\d{2})\s+(?<s>spring|summer|autumn|fall|winter)\b/gi, (m) => inSeason(SEASONS[m.groups!.s!.toLowerCase()]!, Number(m.groups!.y))),
  // last Black Friday, just before Christmas, Christmas 2024, around Chinese New Year
  regexRule(
    new RegExp(
      `\\b(?:(?<side>just before|right before|the week before|before|just after|right after|the week after|after|around)\\s+)?(?:(?<rel>last|this|this past|past)\\s+)?${FESTIVAL}(?:\\s+(?:of\\s+)?${YEAR}|,?\\s+(?<ago>\\d|a|one|two|three|four|five|six|seven|eight|nine|ten)\\s+years?\\s+ago\\b)?`,
      'gi',
    ),
    (m, ctx) => {
      const g = m.groups!;
      const name = festivalOf(g.f!);
      if (!name) return undefined;
      const side = FESTIVAL_SIDE[g.side?.toLowerCase() ?? ''] ?? 'at';
      if (hasYear(g)) return atFestival(name, yearOf(g, ctx), side);
      // "around Christmas three years ago": that festival in the year so many years back, not the latest one held.
      const ago = g.ago ? parseEnglishNumber(g.ago) : undefined;
      if (ago !== undefined) return ctx.today ? atFestival(name, dayParts(ctx.today).y - ago, side) : undefined;
      const rel = g.rel?.toLowerCase();
      if (rel === 'this' && ctx.today) return atFestival(name, dayParts(ctx.today).y, side);
      return latestFestival(ctx.today, name, side, rel === 'last' || rel === 'past' || rel === 'this past');
    },
  ),
  // early 2024, the end of last year, the first half of 2025
  regexRule(
    new RegExp(
      `\\b(?<part>early|earlier in|mid-?|(?:the )?middle of|late|later in|(?:the )?end of|(?:the )?beginning of|(?:the )?start of|(?:the )?first half of|(?:the )?second half of)[\\s-]*${YEAR}`,
      'gi',
    ),
    (m, ctx) => {
      const part = YEAR_PART[partKey(m.groups!.part!)];
      return part ? partOfYear(yearOf(m.groups!, ctx), part) : undefined;
    },
  ),
  // the end of the year, early in the year (no year named: the latest begun; beside "last year" that one)
  regexRule(
    /\b(?<part>(?:the )?end of|(?:the )?beginning of|(?:the )?start of|(?:the )?middle of|(?:the )?first half of|(?:the )?second half of|early in|earlier in|late in|later in)\s+the\s+year\b/gi,
    (m, ctx) => {
      const part = YEAR_PART[partKey(m.groups!.part!)];
      return part ? latestBegun(ctx.today, (y) => partOfYear(y, part)) : undefined;
    },
  ),
  // "last year, towards the end", "2024 — near the start": a part of the year only beside a year
  regexRule(/\b(?:towards?|near|around|at|by|in)\s+the\s+(?<part>end|beginning|start|middle)\b(?!\s+of\b)/gi, (m, ctx) => {
    const part = YEAR_PART[`${m.groups!.part!.toLowerCase()} of`];
    const r = part ? latestBegun(ctx.today, (y) => partOfYear(y, part)) : undefined;
    return r && { ...r, needsYear: true };
  }),
  // last May, this March, in June, back in April
  regexRule(new RegExp(`\\b(?<rel>last|this past|this|in|back in|since|during|until|around|early in|late in)\\s+${MON}`, 'gi'), (m, ctx, text) => {
    const rel = m.groups!.rel!.toLowerCase();
    // "last may", "in may" can only be the month; "this may be" can be the verb.
    if (rel === 'this' && maybeModal(m, text, true)) return undefined;
    const mm = monthOf(m.groups!.mon!);
    // "last August" said in December is a year back, as customers abroad mean it ("this past August",
    // "in August" are this year's); said before August, both readings agree.
    if (rel === 'last' && ctx.today) {
      const r = inMonth(dayParts(ctx.today).y - 1, mm);
      return r && { ...r, readIn: (y: number) => inMonth(y, mm) };
    }
    if (rel === 'this past') return latestEnded(ctx.today, (y) => inMonth(y, mm));
    if (rel === 'this') return ctx.today ? inMonth(dayParts(ctx.today).y, mm) : undefined;
    return latestBegun(ctx.today, (y) => inMonth(y, mm));
  }),
  // a year and a half ago, three weeks ago, a couple of months ago, over a year ago
  regexRule(new RegExp(`\\b${QTY}\\s+(?<u>day|week|month|year)s?(?<half>\\s+and\\s+a\\s+half)?\\s+(?:ago|back|before now|earlier)\\b`, 'gi'), (m, ctx) => {
    const qty = quantity(m.groups!);
    return qty ? unitsAgo(ctx.today, qty, UNIT[m.groups!.u!.toLowerCase()]!) : undefined;
  }),
  // the 15th of last month, on the 3rd of this month
  regexRule(/\b(?:on\s+)?the\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?<rel>last|this)\s+month\b/gi, (m, ctx) => {
    if (!ctx.today) return undefined;
    const { y, m: month } = dayParts(ctx.today);
    const index = y * 12 + month - 1 - (m.groups!.rel!.toLowerCase() === 'last' ? 1 : 0);
    return onDay(isoDay(Math.floor(index / 12), (index % 12) + 1, Number(m.groups!.d)));
  }),
  // "I signed for it on the 28th", "it arrived on the 3rd": a day of this month or the last, only right
  // after the delivery or purchase it dates (a bare "the 28th" may be a visit day to come).
  regexRule(
    /\b(?:signed for(?: it| the \w+)?|delivered|arrived|came|bought(?: it)?|got(?: it)?|received(?: it)?|ordered(?: it)?)\s+on\s+the\s+(?<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\b)/gi,
    (m, ctx) => {
      if (!ctx.today) return undefined;
      for (const back of [0, 1, 2]) {
        const { y, m: month } = dayParts(addMonths(ctx.today, -back));
        const day = isoDay(y, month, Number(m.groups!.d));
        if (day && day <= ctx.today) return onDay(day);
      }
      return undefined;
    },
  ),
  // last Saturday, on Sunday, this past Friday
  regexRule(/\b(?<rel>last|this past|on|this)\s+(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi, (m, ctx) => {
    if (!ctx.today) return undefined;
    const target = WEEKDAYS.indexOf(m.groups!.wd!.toLowerCase());
    let back = (weekday(ctx.today) - target + 7) % 7;
    if (back === 0 && /last|past/i.test(m.groups!.rel!)) back = 7;
    return onDay(addDays(ctx.today, -back));
  }),
  // "it arrived Thursday", "delivered Monday", "bought it Saturday": a bare weekday right after a
  // purchase or delivery verb is the latest such day (the verb is not part of the date's words).
  regexRule(
    /(?<=\b(?:arrived|delivered|came|received|bought|purchased|got|ordered|picked up)(?: (?:it|them|this|one|mine))?\s+)(?<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi,
    (m, ctx) => {
      if (!ctx.today) return undefined;
      const target = WEEKDAYS.indexOf(m.groups!.wd!.toLowerCase());
      return onDay(addDays(ctx.today, -((weekday(ctx.today) - target + 7) % 7)));
    },
  ),
  // yesterday, the day before yesterday, today
  regexRule(/\b(?:the day before yesterday|yesterday|earlier today|this morning|today)\b/gi, (m, ctx) => {
    if (!ctx.today) return undefined;
    return onDay(addDays(ctx.today, /before/i.test(m[0]) ? -2 : /yesterday/i.test(m[0]) ? -1 : 0));
  }),
  // last week, the month before last, this year, earlier this month, last weekend
  regexRule(
    /\b(?:the week before last|last week|this week|(?:last|this past) weekend|the month before last|last month|this month|earlier this (?:year|month|week)|the year before last|last year|this year|the other day)\b/gi,
    (m, ctx) => {
      if (!ctx.today) return undefined;
      const w = m[0].toLowerCase();
      const { y, m: month } = dayParts(ctx.today);
      const monday = mondayOf(ctx.today);
      if (w === 'the other day') return { ...recently(ctx.today, 7, 1)!, weak: false };
      if (w.endsWith('weekend')) return { span: { earliest: addDays(monday, -2), latest: addDays(monday, -1) }, precision: 'week' };
      if (w.includes('week')) {
        const start = w.startsWith('the week before') ? addDays(monday, -14) : w.startsWith('last') ? addDays(monday, -7) : monday;
        return { span: { earliest: start, latest: addDays(start, 6) }, precision: 'week', anchor: w.startsWith('last') ? addDays(ctx.today, -7) : undefined };
      }
      if (w.includes('month')) {
        const back = w.startsWith('the month before') ? 2 : w.startsWith('last') ? 1 : 0;
        const index = y * 12 + month - 1 - back;
        return inMonth(Math.floor(index / 12), (index % 12) + 1);
      }
      return inYear(w.includes('before last') ? y - 2 : w.startsWith('last') ? y - 1 : y);
    },
  ),
  // just bought it, brand new, recently (weak: a more exact date in the same message wins)
  regexRule(/\b(?:only just|just|newly)\s+(?:bought|got|purchased|ordered|received|installed|picked up)\b/gi, (_m, ctx) => recently(ctx.today, 30)),
  regexRule(/\bbrand[\s-]new\b/gi, (_m, ctx) => recently(ctx.today, 60)),
  regexRule(/\b(?:recently|not long ago|a little while ago|lately)\b/gi, (_m, ctx) => recently(ctx.today, 90, 3)),
  // in 2022, since 2019, back in '21
  regexRule(/\b(?:in|since|back in|from|during|of|around|circa|year)\s+(?:(?<y>(?:19|20)\d{2})\b|'(?<yy>\d{2})\b)(?![%$])/gi, (m, ctx) => inYear(yearOf(m.groups!, ctx))),
  // January, September: a full month name on its own (not May, which is mostly a verb)
  regexRule(new RegExp(FULL_MON, 'gi'), (m, ctx) => {
    const mm = monthOf(m.groups!.mon!);
    return latestBegun(ctx.today, (y) => inMonth(y, mm));
  }),
  // "got it 2021": a bare year, weakly (never a price: "for 2000", "2000 yuan")
  regexRule(
    /(?<![\w.$¥£€/\-:#])(?<!(?:for|paid|cost|costs|price|spent|about|over|under|only)\s)(?<y>(?:19|20)\d{2})(?![\w.%/\-:]|\s*(?:元|块|年?款|年?版|rmb|yuan|usd|dollars|bucks|pounds|euros?|k\b|\+|model|edition|version|series))/gi,
    (m) => {
      const r = inYear(Number(m.groups!.y));
      return r && { ...r, weak: true };
    },
  ),
];
