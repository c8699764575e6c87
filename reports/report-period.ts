/**
 * The period a report covers, [from, to): given as calendar days (YYYY-MM-DD, midnight in the
 * service's time zone, which is where managers count their days) or as exact ISO instants.
 * Parsed with zod at the edge (CLI options, the dashboard's query string).
 */
import { z } from 'zod';
import { addDays, isValidIsoDate, localDate } from '../kernel/calendar-days';
import { ValidationError } from '../kernel/errors';

export interface ReportPeriod {
  from: Date;
  to: Date;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const bound = z
  .string()
  .trim()
  .refine((v) => isValidIsoDate(v) || (INSTANT.test(v) && !Number.isNaN(Date.parse(v))), 'expected a day as YYYY-MM-DD or an ISO time with its offset (2026-11-01T00:00:00+08:00)');

/** How far `timeZone` is ahead of UTC at `at`, in ms. */
function offsetMs(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** Midnight at the start of a calendar day in `timeZone`. */
export function startOfDay(day: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  // Twice: the first guess's offset may be on the other side of a daylight-saving change.
  let at = guess - offsetMs(new Date(guess), timeZone);
  at = guess - offsetMs(new Date(at), timeZone);
  return new Date(at);
}

function toInstant(value: string, timeZone: string): Date {
  return isValidIsoDate(value) ? startOfDay(value, timeZone) : new Date(value);
}

/**
 * The period from what a person typed. Without `from`, the 7 days before `to`; without `to`, the
 * end of today (so "--from 2026-11-01" means up to now).
 */
export function parsePeriod(input: { from?: string; to?: string }, timeZone: string, now: Date): ReportPeriod {
  const parsed = z.object({ from: bound.optional(), to: bound.optional() }).safeParse(input);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ValidationError('invalid_period', `Invalid period: ${detail} / 时间段格式不对`);
  }
  const today = localDate(now, timeZone);
  const to = parsed.data.to ? toInstant(parsed.data.to, timeZone) : startOfDay(addDays(today, 1), timeZone);
  const from = parsed.data.from ? toInstant(parsed.data.from, timeZone) : startOfDay(addDays(localDate(new Date(to.getTime() - 1), timeZone), -6), timeZone);
  if (from.getTime() >= to.getTime()) {
    throw new ValidationError('invalid_period', `The period is empty: --from (${from.toISOString()}) must be before --to (${to.toISOString()}) / 开始时间必须早于结束时间`);
  }
  return { from, to };
}
