/**
 * `daysSincePurchase`: how many days it has been since the purchase date the customer gave, counted
 * by code on the desk's clock (Beijing days), and said the way a reply says it. The 三包 return and
 * exchange windows turn on this count, and a model is poor at date arithmetic; and a reply that
 * says "you bought it 6 days ago" has to rest on something the grounding check can read
 * (bot/guardrails/claims/grounding.ts), not on arithmetic done out of sight.
 */
import { z } from 'zod';
import { parseDateSpan } from '../../kernel/date-span';
import { purchaseDateArg } from './purchase-date-arg';
import { defineTool } from './tool';

const DAY = 86_400_000;

export interface DayCount {
  /** Days since the latest day the purchase may have been (the span's end). */
  fewest: number;
  /** Days since the earliest day (the span's start); equal to fewest for an exact day. */
  most: number;
}

export interface DaysSincePurchase extends DayCount {
  /** The count as a reply says it: "6天" / "6 days", "大约10天" / "about 10 days", "大约18到25天". */
  said: { zh: string; en: string };
  /** The statutory windows the count is read against, as the reply names them ("还在7天内"). */
  limits: { zh: string; en: string };
}

/** 三包: a performance fault within 7 days allows a return, within 15 days an exchange. */
const LIMITS = { zh: '三包：7天内可退货，15天内可换货', en: 'statutory rules: return within 7 days, exchange within 15 days' };

const daysSince = (iso: string, now: Date): number => Math.floor((now.getTime() - Date.parse(`${iso}T00:00:00+08:00`)) / DAY);

/** Days since purchase, as a range when the customer gave a month or a span ("上个月初"). */
export function countDaysSincePurchase(value: string, now: Date): DayCount | undefined {
  const span = parseDateSpan(value);
  return span ? { fewest: daysSince(span.latest, now), most: daysSince(span.earliest, now) } : undefined;
}

/** "10 days ago" carries a day or two of slack; said back, it is "about 10", not "8 to 12". */
export function dayCountSaid({ fewest, most }: DayCount, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  const middle = Math.round((fewest + most) / 2);
  if (fewest === most) return String(fewest);
  if (most - fewest <= 4) return zh ? `大约${middle}` : `about ${middle}`;
  return zh ? `大约${fewest}到${most}` : `about ${fewest} to ${most}`;
}

export const daysSincePurchaseArgs = z.object({ purchaseDate: purchaseDateArg });

export function daysSincePurchaseTool() {
  return defineTool({
    name: 'daysSincePurchase',
    description:
      'Count the days since the purchase date the customer gave (YYYY-MM-DD, or the span they said), for the 7-day return and 15-day exchange rules. Code counts; relay the count as given, never recount.',
    schema: daysSincePurchaseArgs,
    readOnly: true,
    async run(args, context): Promise<DaysSincePurchase> {
      // The argument passed the schema, so it parses.
      const count = countDaysSincePurchase(args.purchaseDate, context.now)!;
      return { ...count, said: { zh: `${dayCountSaid(count, 'zh')}天`, en: `${dayCountSaid(count, 'en')} days` }, limits: LIMITS };
    },
  });
}
