/** Plain calendar dates (no time zone): what purchase dates are. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

export function parseDay(iso: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day) ? day : undefined;
}

export function isValidDay({ y, m, d }: Day): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const formatDay = ({ y, m, d }: Day) => `${y}-${pad(m)}-${pad(d)}`;
export const formatMonth = ({ y, m }: Day) => `${y}-${pad(m)}`;

export function addDays(day: Day, days: number): Day {
  const date = new Date(Date.UTC(day.y, day.m - 1, day.d + days));
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** Adds months, clamping the day to the month's length (31 March - 1 month = 28/29 February). */
export function addMonths(day: Day, months: number): Day {
  const index = day.y * 12 + (day.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { y, m, d: Math.min(day.d, last) };
}

export function compareDays(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** US Black Friday: the day after the fourth Thursday of November. */
export function blackFriday(year: number): Day {
  const first = new Date(Date.UTC(year, 10, 1)).getUTCDay(); // 0 = Sunday
  const firstThursday = 1 + ((4 - first + 7) % 7);
  return { y: year, m: 11, d: firstThursday + 21 + 1 };
}
