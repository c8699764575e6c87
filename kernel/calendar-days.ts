/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), with the counting rules of PRC Civil Code
 * arts. 201-203: a period counts from the day after the sale, and a period in months ends on
 * the same-numbered day of the last month, or that month's last day when it has no such day.
 * So a 1-year cover bought on 2024-03-15 includes 2025-03-15, one bought on 2024-02-29 ends on
 * 2025-02-28, and the 7-day window of a sale on the 1st runs to the 8th.
 */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isValidIsoDate(iso: string): boolean {
  return ISO_DATE.test(iso) && fromUtc(toUtc(iso)) === iso;
}

export function addDays(iso: string, days: number): string {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** The last day of a period of `months` months that began with a sale on `iso`. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index % 12; // 0-based
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(year, month, Math.min(d, last))));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** The calendar date it is now in `timeZone`: warranty is decided in the customer's days. */
export function localDate(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The ISO date of year, month, day, or undefined when there is no such day (2025-02-30). */
export function isoDay(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || year < 1 || year > 9999) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : undefined;
}

/** Year, month and day of an ISO date, as numbers. */
export function dayParts(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day of the week: 0 Sunday .. 6 Saturday. */
export function weekday(iso: string): number {
  return toUtc(iso).getUTCDay();
}
