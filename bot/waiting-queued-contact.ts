/**
 * A phone sent while waiting for a person with no ticket (a bare request for a person files none):
 * there is no ticket to put it on, so it is kept on the customer's record (bot/pipeline.ts) and
 * said back with when the person is due to answer, never as "on ticket …".
 */
import type { TurnUnderstanding } from './brain';
import type { Lang } from './phrases';
import { maskedPhone } from './waiting-ticket-facts';

export function queuedPhoneNoted(u: TurnUnderstanding, lang: Lang, promise: string | undefined): string | undefined {
  const phone = u.slots.phone;
  if (!phone) return undefined;
  const shown = maskedPhone(phone);
  if (lang === 'zh') return `好的，号码 ${shown} 已转给客服，${promise ? `他们会在 ${promise} 前打这个号码联系您` : '他们会打这个号码联系您'}。`;
  return `Thanks, ${shown} is passed on to our team; ${promise ? `someone will call you on it by ${promise}` : 'someone will call you on it'}.`;
}
