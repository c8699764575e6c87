/**
 * "还没到货，装的时候要钱吗", "it's not here yet, will installing it cost me anything?": the delivery
 * is only the context; the question is about installation, a fee or the warranty, which are ours to
 * answer. Read by its delivery words alone it was sent to the shop's order page and the question was
 * never answered. A message that asks only where the delivery is stays the shop's (elsewhere.ts).
 */
import { elsewhereTopic, withoutElsewhere } from './elsewhere';

/** What we answer, asked beside the delivery words: installing, what it costs, whether it is free, the warranty. */
const OURS =
  /安装|装机|来装|装一下|装好|装上|上门装|收费|收钱|要钱|免费|费用|多少钱|花钱|付钱|保修|质保|三包|\binstall\w*|\bset(?:ting)? (?:it |them )?up\b|\bfit(?:ted|ting)?\b|\bmount\w*|\bcharg\w*|\bfees?\b|\bcost\w*|\bpay\b|\bfree\b|\bwarranty\b|\bguarantee\b/i;

/** Whether a message that speaks of a delivery not yet here asks one of our own questions beside it. */
export function asksOursBesideDelivery(text: string): boolean {
  return elsewhereTopic(text) === 'delivery' && OURS.test(withoutElsewhere(text));
}
