/**
 * The calendar customers buy by: shopping festivals, holidays and seasons, each as the span of
 * days a purchase "at" it may fall in. Days are ISO strings (kernel/calendar-days does the
 * arithmetic); the grammar that finds these words in a message is in date-mentions-*.ts.
 */
import { addDays, isoDay, weekday } from '../../../kernel/calendar-days';
import type { DateSpan } from '../../../kernel/date-span';
import type { PurchaseDatePrecision } from '../types';

/** Chinese New Year (正月初一), which moves between 21 January and 20 February. */
const LUNAR_NEW_YEAR: Record<number, string> = {
  2000: '02-05',
  2001: '01-24',
  2002: '02-12',
  2003: '02-01',
  2004: '01-22',
  2005: '02-09',
  2006: '01-29',
  2007: '02-18',
  2008: '02-07',
  2009: '01-26',
  2010: '02-14',
  2011: '02-03',
  2012: '01-23',
  2013: '02-10',
  2014: '01-31',
  2015: '02-19',
  2016: '02-08',
  2017: '01-28',
  2018: '02-16',
  2019: '02-05',
  2020: '01-25',
  2021: '02-12',
  2022: '02-01',
  2023: '01-22',
  2024: '02-10',
  2025: '01-29',
  2026: '02-17',
  2027: '02-06',
  2028: '01-26',
  2029: '02-13',
  2030: '02-03',
  2031: '01-23',
  2032: '02-11',
  2033: '01-31',
  2034: '02-19',
  2035: '02-08',
};

/** Mid-Autumn Festival (八月十五). */
const MID_AUTUMN: Record<number, string> = {
  2015: '09-27',
  2016: '09-15',
  2017: '10-04',
  2018: '09-24',
  2019: '09-13',
  2020: '10-01',
  2021: '09-21',
  2022: '09-10',
  2023: '09-29',
  2024: '09-17',
  2025: '10-06',
  2026: '09-25',
  2027: '09-15',
  2028: '10-03',
  2029: '09-22',
  2030: '09-12',
};

/**
 * Diwali (Deepavali, Lakshmi Puja on the new moon of Kartika), which moves between mid-October and
 * mid-November: Indian customers buy appliances in its sales ("bought at Diwali 2021").
 */
const DIWALI: Record<number, string> = {
  2015: '11-11',
  2016: '10-30',
  2017: '10-19',
  2018: '11-07',
  2019: '10-27',
  2020: '11-14',
  2021: '11-04',
  2022: '10-24',
  2023: '11-12',
  2024: '10-31',
  2025: '10-20',
  2026: '11-08',
  2027: '10-29',
  2028: '10-17',
  2029: '11-05',
  2030: '10-26',
};

/** The Dragon Boat Festival (端午, 五月初五): a three-day holiday with its own appliance sales, just before 618. */
const DRAGON_BOAT: Record<number, string> = {
  2015: '06-20',
  2016: '06-09',
  2017: '05-30',
  2018: '06-18',
  2019: '06-07',
  2020: '06-25',
  2021: '06-14',
  2022: '06-03',
  2023: '06-22',
  2024: '06-10',
  2025: '05-31',
  2026: '06-19',
  2027: '06-09',
  2028: '05-28',
  2029: '06-16',
  2030: '06-05',
};

const fromTable = (table: Record<number, string>) => (year: number) => (table[year] ? `${year}-${table[year]}` : undefined);

/** The n-th given weekday (0 Sunday) of a month. */
function nthWeekday(year: number, month: number, dow: number, n: number): string {
  const first = isoDay(year, month, 1)!;
  return addDays(first, ((dow - weekday(first) + 7) % 7) + 7 * (n - 1));
}

const thanksgiving = (year: number) => nthWeekday(year, 11, 4, 4);

/** Western Easter Sunday (the anonymous Gregorian computus). */
function easter(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return isoDay(year, month, ((h + l - 7 * m + 114) % 31) + 1)!;
}

const fixed = (month: number, day: number) => (year: number) => isoDay(year, month, day);

export interface Festival {
  /** The festival's own day in a year (undefined when the table does not reach that year). */
  day: (year: number) => string | undefined;
  /** Days before and after it that a purchase "at" it can mean: promotions start early, deliveries land late. */
  before: number;
  after: number;
  precision: PurchaseDatePrecision;
}

/**
 * Keyed by a canonical name; date-mentions-*.ts map the words (双11, 六一八, Xmas...) to these.
 * Shopping festivals run longer than their day: JD's 618 opens on 1 June, 双十一 presales pay
 * their balance from 1 November, Black Friday deals start the week before.
 */
export const FESTIVALS = {
  double11: { day: fixed(11, 11), before: 10, after: 3, precision: 'week' },
  double12: { day: fixed(12, 12), before: 2, after: 2, precision: 'week' },
  '618': { day: fixed(6, 18), before: 17, after: 2, precision: 'week' },
  nationalDay: { day: fixed(10, 1), before: 0, after: 6, precision: 'week' },
  mayDay: { day: fixed(5, 1), before: 0, after: 4, precision: 'week' },
  newYearsDay: { day: fixed(1, 1), before: 2, after: 3, precision: 'week' },
  valentines: { day: fixed(2, 14), before: 7, after: 0, precision: 'week' },
  springFestival: { day: fromTable(LUNAR_NEW_YEAR), before: 21, after: 15, precision: 'month' },
  midAutumn: { day: fromTable(MID_AUTUMN), before: 10, after: 3, precision: 'week' },
  christmas: { day: fixed(12, 25), before: 24, after: 1, precision: 'month' },
  boxingDay: { day: fixed(12, 26), before: 0, after: 5, precision: 'week' },
  thanksgiving: { day: thanksgiving, before: 3, after: 0, precision: 'week' },
  blackFriday: { day: (y) => addDays(thanksgiving(y), 1), before: 7, after: 3, precision: 'week' },
  cyberMonday: { day: (y) => addDays(thanksgiving(y), 4), before: 1, after: 1, precision: 'week' },
  easter: { day: easter, before: 3, after: 1, precision: 'week' },
  // The festive sales open about three weeks before the day and deliveries land the week after.
  dragonBoat: { day: fromTable(DRAGON_BOAT), before: 7, after: 3, precision: 'week' },
  diwali: { day: fromTable(DIWALI), before: 21, after: 7, precision: 'month' },
} satisfies Record<string, Festival>;

export type FestivalName = keyof typeof FESTIVALS;

/** "Before", "after" or "around" a festival (春节前 / 春节后 / 春节前后): a month on the side named. */
export type FestivalSide = 'at' | 'before' | 'after' | 'around';

export function festivalSpan(name: FestivalName, year: number, side: FestivalSide = 'at'): (DateSpan & { day: string }) | undefined {
  const f: Festival = FESTIVALS[name];
  const day = f.day(year);
  if (!day) return undefined;
  if (side === 'before') return { day, earliest: addDays(day, -30), latest: addDays(day, -1) };
  if (side === 'after') return { day, earliest: addDays(day, 1), latest: addDays(day, 30) };
  if (side === 'around') return { day, earliest: addDays(day, -Math.max(f.before, 15)), latest: addDays(day, Math.max(f.after, 15)) };
  return { day, earliest: addDays(day, -f.before), latest: addDays(day, f.after) };
}
