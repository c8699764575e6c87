/**
 * Our desk's hours and every "someone will contact you by …" are on China's clock. A customer in
 * Dubai told "8:00–20:00 China time" has to do the sum themselves, and one in Toronto told "by
 * 7 Dec, 20:00" reads their own evening. Where we know the customer's clock
 * (text/customer-time-zone.ts), each such time is also said on it: "8:00–20:00 China time (that is
 * 4:00–16:00 in the United Arab Emirates)". Only the desk's hours and our promises are converted; a
 * time the customer gave for the visit is theirs and is left alone. The arithmetic is Intl's.
 */
import type { Lang } from './phrases';

const DESK_ZONE = 'Asia/Shanghai';

/** The desk's hours: "8:00–20:00 China time" / "每天 8:00–20:00". */
const EN_HOURS = /\b([01]?\d|2[0-3]):([0-5]\d)\s?[–-]\s?([01]?\d|2[0-4]):([0-5]\d) China time(?! \()/g;
const ZH_HOURS = /(?<=每天\s?)([01]?\d|2[0-3]):([0-5]\d)\s?[–-]\s?([01]?\d|2[0-4]):([0-5]\d)(?![（(]北京时间)/g;
/** A promise by a date and time: "by 7 Dec, 20:00" / "12月7日 20:00 前". */
const EN_BY = /\b(by|before) (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec),? ([01]?\d|2[0-3]):([0-5]\d)(?![\d:])(?: China time)?(?! \(that is)/g;
const ZH_BY = /(\d{1,2})月(\d{1,2})日\s?([01]?\d|2[0-3]):([0-5]\d)(?![\d:（(])\s?(?=前|之前|以前)/g;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The customer's place as a reply names it: their country where it keeps one clock, else the zone's own name ("Eastern Time"). */
export interface CustomerClock {
  timeZone: string;
  country: string;
  /** Whether the whole country keeps this one clock (so the country can name it). */
  wholeCountry: boolean;
}

export function timesForCountry(text: string, clock: CustomerClock | undefined, lang: Lang, now: Date): string {
  if (!clock || clock.timeZone === DESK_ZONE || ['CN', 'HK', 'MO', 'TW'].includes(clock.country)) return text;
  const place = placeName(clock, lang, now);
  const year = Number(wall(now, DESK_ZONE).year);
  if (lang === 'zh') {
    return text
      .replace(ZH_HOURS, (span, h1: string, m1: string, h2: string, m2: string, at: number, whole: string) => {
        const local = `${localClock(today(now, +h1, +m1), clock.timeZone)}–${localClock(today(now, +h2, +m2), clock.timeZone)}`;
        const note = `北京时间，${sameOrLocal(span, local, place, lang)}`;
        // Already in brackets ("（每天 8:00–20:00）"): said inside them, not in brackets of its own.
        const inBrackets = whole.lastIndexOf('（', at) > whole.lastIndexOf('）', at);
        return inBrackets ? `${span}，${note}` : `${span}（${note}）`;
      })
      .replace(ZH_BY, (all, mo: string, d: string, h: string, m: string) => {
        const at = deskTime(nearestYear(year, +mo, now), +mo, +d, +h, +m);
        return `${all.trimEnd()}（北京时间，${sameOrLocal(`${mo}月${d}日 ${h}:${m}`, localDate(at, clock.timeZone, lang), place, lang)}）`;
      });
  }
  return text
    .replace(EN_HOURS, (span, h1: string, m1: string, h2: string, m2: string) => {
      const local = `${localClock(today(now, +h1, +m1), clock.timeZone)}–${localClock(today(now, +h2, +m2), clock.timeZone)}`;
      return `${span} (${sameOrLocal(span.replace(/ China time$/, ''), local, place, lang)})`;
    })
    .replace(EN_BY, (_all, by: string, d: string, mon: string, h: string, m: string) => {
      const mo = MONTHS.indexOf(mon) + 1;
      const at = deskTime(nearestYear(year, mo, now), mo, +d, +h, +m);
      return `${by} ${d} ${mon}, ${h}:${m} China time (${sameOrLocal(`${d} ${mon}, ${h}:${m}`, localDate(at, clock.timeZone, lang), place, lang)})`;
    });
}

/** "that is 4:00–16:00 in the United Arab Emirates", or "the same time in Singapore" where the clocks agree. */
function sameOrLocal(desk: string, local: string, place: string, lang: Lang): string {
  if (desk.replace(/\s/g, '') === local.replace(/\s/g, '')) return lang === 'zh' ? `与${place}时间相同` : `the same time ${place}`;
  return lang === 'zh' ? `即${place}时间 ${local}` : `that is ${local} ${place}`;
}

function placeName(clock: CustomerClock, lang: Lang, now: Date): string {
  if (clock.wholeCountry) {
    const name = new Intl.DisplayNames([lang === 'zh' ? 'zh' : 'en'], { type: 'region' }).of(clock.country) ?? clock.country;
    if (lang === 'zh') return `${name}当地`;
    return `in ${/^(?:United|Netherlands|Philippines|Czech|Dominican|Bahamas|Gambia|Maldives)\b/.test(name) ? 'the ' : ''}${name}`;
  }
  const zoneName = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: clock.timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(now)
    .find((p) => p.type === 'timeZoneName')?.value;
  return lang === 'zh' ? (zoneName ?? '您当地').replace(/时间$/, '') : (zoneName ?? 'your time');
}

function wall(at: Date, timeZone: string): Record<string, string> {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(at);
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

/** The instant the desk's clock reads y-mo-d h:m (the desk's offset read from Intl, twice, so a change of offset that day is met). */
function deskTime(y: number, mo: number, d: number, h: number, m: number): Date {
  const asUtc = Date.UTC(y, mo - 1, d, h, m);
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const w = wall(new Date(guess), DESK_ZONE);
    const read = Date.UTC(+w.year!, +w.month! - 1, +w.day!, +w.hour!, +w.minute!);
    guess += asUtc - read;
  }
  return new Date(guess);
}

/** Today on the desk's clock at h:m (the hours are said for today: summer time may move them later in the year). */
function today(now: Date, h: number, m: number): Date {
  const w = wall(now, DESK_ZONE);
  return deskTime(+w.year!, +w.month!, +w.day!, h % 24, m);
}

/** A date without a year is the one nearest now: "2 Jan" said on 30 Dec is next year's. */
function nearestYear(year: number, month: number, now: Date): number {
  const current = +wall(now, DESK_ZONE).month!;
  if (month - current < -6) return year + 1;
  if (month - current > 6) return year - 1;
  return year;
}

function localClock(at: Date, timeZone: string): string {
  const w = wall(at, timeZone);
  return `${Number(w.hour)}:${w.minute}`;
}

function localDate(at: Date, timeZone: string, lang: Lang): string {
  const w = wall(at, timeZone);
  const hour = w.hour!.padStart(2, '0');
  return lang === 'zh' ? `${w.month}月${w.day}日 ${hour}:${w.minute}` : `${w.day} ${MONTHS[+w.month! - 1]}, ${hour}:${w.minute}`;
}
