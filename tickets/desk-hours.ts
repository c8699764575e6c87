/**
 * The desk's working hours, and the first-response deadline a desk working only then can keep.
 * The one definition: the ticket's clock, the desk's queue, the manager's report and every
 * "someone will contact you by" read the same stored deadline, so they never name two times.
 */
export interface DeskHours {
  /** Opening hour on the local clock (8 = 08:00). */
  open: number;
  /** Closing hour on the local clock (20 = 20:00). */
  close: number;
  timeZone: string;
}

/** People work at the desk 8:00–20:00 China time, every day. */
export const DESK_HOURS: DeskHours = { open: 8, close: 20, timeZone: 'Asia/Shanghai' };

const HOUR = 3_600_000;

/**
 * A first-response deadline the desk can keep, from when the clock starts and the tier's span:
 * - the tier's deadline, rounded up to the full hour (the time a person names), when people work
 *   then;
 * - else the last closing time before it, when the desk is at work between now and then (people
 *   answer before they leave rather than after the SLA);
 * - else (a short clock started at night: a P1 at 04:00) the clock starts when the desk opens:
 *   the opening time plus the tier's span. A danger is not left on a deadline nobody is there to
 *   meet; the customer is told that morning time, and the emergency advice says what to do now.
 */
export function keepableFirstResponse(from: Date, spanMs: number, hours: DeskHours = DESK_HOURS): Date {
  const due = onTheHour(new Date(from.getTime() + spanMs), hours.timeZone);
  if (atWork(due, hours)) return due;
  const close = lastClosingBefore(due, hours);
  if (close.getTime() > from.getTime()) return close;
  return onTheHour(new Date(nextOpening(from, hours).getTime() + spanMs), hours.timeZone);
}

/** Whether people are at the desk at this moment, counting the closing minute itself (a last answer before leaving). */
function atWork(at: Date, hours: DeskHours): boolean {
  const local = localClock(at, hours.timeZone);
  const hour = local.getUTCHours() + local.getUTCMinutes() / 60;
  return hour > hours.open && hour <= hours.close;
}

function lastClosingBefore(at: Date, hours: DeskHours): Date {
  const offset = utcOffsetMs(at, hours.timeZone);
  const local = new Date(at.getTime() + offset);
  if (local.getUTCHours() + local.getUTCMinutes() / 60 < hours.close) local.setUTCDate(local.getUTCDate() - 1);
  local.setUTCHours(hours.close, 0, 0, 0);
  return new Date(local.getTime() - offset);
}

function nextOpening(from: Date, hours: DeskHours): Date {
  const offset = utcOffsetMs(from, hours.timeZone);
  const local = new Date(from.getTime() + offset);
  if (local.getUTCHours() >= hours.open) local.setUTCDate(local.getUTCDate() + 1);
  local.setUTCHours(hours.open, 0, 0, 0);
  return new Date(local.getTime() - offset);
}

/** Rounded up to the next full hour on the local clock: "by 19:00", never "by 18:17". */
function onTheHour(at: Date, timeZone: string): Date {
  const offset = utcOffsetMs(at, timeZone);
  return new Date(Math.ceil((at.getTime() + offset) / HOUR) * HOUR - offset);
}

function localClock(at: Date, timeZone: string): Date {
  return new Date(at.getTime() + utcOffsetMs(at, timeZone));
}

function utcOffsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return wall - Math.floor(at.getTime() / 60_000) * 60_000;
}
