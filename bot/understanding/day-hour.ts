/**
 * A bare hour ("after 10", "10点以后", "9点后都行") on the 24-hour clock. Customers asking for a
 * call or a visit mean an hour in the working day, when calls are made and engineers come
 * (8:00–20:00): "after 10" is 10 in the morning, never 22:00, and "after 3" is 15:00. Only words
 * that put it in the evening (晚上, tonight, a limit on late calls) make a morning-sized hour late.
 * One rule for every reader of times: the visit time (visit-time.ts) and the time for calls
 * (bot/waiting-contact-window.ts).
 */

/** The working day calls and visits fall in. */
const OPENS = 8;
const CLOSES = 20;

const ZH_NUMBER: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

/** The hour a customer wrote, in digits or Chinese numerals ("10", "十", "两"); NaN when it is neither. */
export function hourNumber(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (ZH_NUMBER[word] ?? Number.NaN);
}

export interface HourSense {
  /** What the hour bounds: the earliest time ("after 10"), the latest ("before 6") or the time itself. */
  relation?: 'after' | 'before' | 'at';
  /** The words put it in the evening: 晚上, tonight, "don't call after 9" (a limit on late calls). */
  evening?: boolean;
  /** Home or free only from then ("7点以后才在家", "only home after 7"): the later of two working-day readings. */
  laterInDay?: boolean;
  /** The hour it is now, when the customer said today: an hour already gone today is not the one meant. */
  hourNowToday?: number;
}

/** Whether `clock` (0-23) is a sensible bound of a call or visit in the working day. */
function inWorkingDay(clock: number, relation: HourSense['relation']): boolean {
  // "after 7" still lets the engineer come at 8; "before 6" means there is a morning to call in.
  if (relation === 'after') return clock >= OPENS - 1 && clock < CLOSES;
  if (relation === 'before') return clock > OPENS && clock <= CLOSES;
  return clock >= OPENS && clock <= CLOSES;
}

/**
 * The 24-hour clock hour for `hour` as written with no am/pm (1-11 could be either half of the day;
 * 0, 12 and 13-23 say which already). The next reading of it in the working day, the morning first.
 */
export function dayHour(hour: number, sense: HourSense = {}): number {
  if (!Number.isInteger(hour) || hour < 1 || hour > 11) return hour;
  const morning = hour;
  const afternoon = hour + 12;
  if (sense.evening) return afternoon;
  let readings = [morning, afternoon].filter((h) => inWorkingDay(h, sense.relation));
  if (sense.laterInDay) readings = readings.reverse();
  const now = sense.hourNowToday;
  const toCome = now === undefined ? readings : readings.filter((h) => h > now);
  // (Neither reading fits: the hour is kept as written rather than moved into the night.)
  return toCome[0] ?? readings[0] ?? morning;
}

/** The hour it is now in `timeZone` (0-23). */
export function hourNow(now: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: 'numeric' }).format(now));
}
