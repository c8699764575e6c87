/**
 * The preferred visit time on the restated request: the customer's own words as said (a span
 * stays a span, "下周一到周三上午"), followed by the calendar days they stand for when they name
 * days, so the customer can see at once whether the days were understood.
 */
import type { Lang } from '../phrases';
import { describeVisitTime } from '../understanding/visit-time';

export function timeSaidBack(said: string, lang: Lang, now: Date): string {
  const days = describeVisitTime(said, now)[lang];
  // Only days on the calendar add anything; "工作日晚上" said again in other words does not.
  const named = lang === 'zh' ? /\d{1,2}月\d{1,2}日/.test(days) : /\b\d{1,2} [A-Z][a-z]{2}\b/.test(days);
  if (!named || days === said) return said;
  return lang === 'zh' ? `${said}，即${days}` : `${said} (${days})`;
}
