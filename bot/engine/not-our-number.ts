/**
 * A number given as a ticket that is not one of ours (bot/understanding/foreign-reference.ts): said
 * plainly, with what ours look like and the other way to find the ticket, so the customer is not
 * left thinking it was looked up.
 */
import type { Lang } from '../phrases';
import { TICKET_NUMBER_EXAMPLE } from '../../tickets/ticket-number';

export function notOurNumber(written: string, lang: Lang): string {
  return lang === 'zh'
    ? `${written} 不是我们售后工单的编号，我这里查不到。我们的工单号以 AS- 开头，后面是报修日期，像 ${TICKET_NUMBER_EXAMPLE} 这样，在报修时收到的短信里。`
    : `${written} isn't one of our service ticket numbers, so I can't look it up. Ours start with AS- followed by the date it was booked, like ${TICKET_NUMBER_EXAMPLE}, and are in the text message you got when booking.`;
}

/** Without the number: the phone it was booked with is the other way in. */
export function orThePhone(lang: Lang, whileWaiting: boolean): string {
  if (whileWaiting)
    return lang === 'zh'
      ? '找不到 AS 开头的单号也没关系，人工客服可以按当时报修留的手机号帮您查。'
      : "Can't find an AS- number? The person handling your case can look it up by the phone number it was booked with.";
  return lang === 'zh' ? '找不到的话，告诉我当时报修留的手机号也可以。' : "If you can't find it, tell me the phone number it was booked with instead.";
}
