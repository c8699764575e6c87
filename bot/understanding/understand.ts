/**
 * Understanding of one customer turn, offline: language, intent, slots, sentiment and urgency.
 * Pure: the same text and context always give the same result (the date comes from the context,
 * never from the system clock), so brains, evals and tests can rely on it.
 */
import { normaliseText } from '../../kernel/text/normal-form';
import { classifyIntent } from './intent';
import { detectLanguage } from './language';
import { analyzeSentiment } from './sentiment';
import { extractSlots, withoutTicketNumber } from './slots';
import type { Understanding, UnderstandingContext } from './types';
import { assessUrgency } from './urgency';
import { withOthersComplaintPlain } from './others-complaint';

/** Rules read at most this much; a flood of text is understood by its beginning. */
export const MAX_ANALYSED_CHARS = 4000;

export function understand(rawText: string, context: UnderstandingContext = {}): Understanding {
  const text = normaliseText(rawText, { spokenDigits: true });
  const written = text.length > MAX_ANALYSED_CHARS ? text.slice(0, MAX_ANALYSED_CHARS) : text;
  const slots = extractSlots(written, context.today, context.asked);
  // The rest of the reading never sees a ticket number's random letters ("…-59AC-…" is no air conditioner).
  // A neighbour's or landlord's complaint passed on is the customer's problem with the product, not anger at us.
  const analysed = withOthersComplaintPlain(withoutTicketNumber(written));
  const { language, replyLanguage } = detectLanguage(analysed);
  const sentiment = analyzeSentiment(analysed);
  const verdict = classifyIntent(analysed, slots);
  const { secondaryIntents, scores } = verdict;
  let intent = verdict.intent;
  // "转人工 洗衣机漏水漏一地了": asking for a person about a fault is as urgent as the fault.
  const problemIntent = intent === 'human_request' && secondaryIntents.includes('fault_report') ? 'fault_report' : intent;
  let urgency = assessUrgency({ text: analysed, intent: problemIntent, sentiment, slots, context });
  // Danger described without an after-sales word ("厨房一股臭鸡蛋味") is still a report of a fault.
  if (urgency.safety && (intent === 'out_of_scope' || intent === 'thanks_bye')) intent = 'fault_report';
  // A question about safety is a consultation, not chit-chat.
  else if (urgency.reasons.some((r) => r.code === 'safety_question') && intent === 'out_of_scope') {
    intent = 'consultation';
    urgency = assessUrgency({ text: analysed, intent, sentiment, slots, context });
  }
  return { text, language, replyLanguage, intent, secondaryIntents, intentScores: scores, ...(verdict.guessed ? { intentGuessed: true } : {}), slots, sentiment, urgency };
}
