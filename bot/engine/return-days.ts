/**
 * The 三包 days counted for a return or exchange on the table (playtest round 15: "I'm one day past
 * 7 days, can I still return it?" went unanswered three times, and a corrected delivery date was
 * answered with the whole-unit warranty instead). With the delivery or purchase date known, the
 * customer hears how many days it has been and which rule that leaves: the return-flow's own count
 * and verdict (return-flow.ts), never a second reading of the rules.
 */
import { visibleDefectIn } from '../understanding/visible-defect';
import type { Frame } from './engine-state';
import type { FlowKit } from './flows/flow';
import { countedDays, daysLine, NO_FAULT, verdict } from './flows/return-flow';

/** A question whether the return is still possible, or about the day count ("就超了一天还能退吗", "am I past the 7 days?"). */
const ASKS_RETURN_DAYS =
  /还能退|能不能退|可以退吗|能退吗|退得了|退不了|还来得及|超(?:过|了)+(?:[一两二三1-9]|几)?天|过了?[7七]天|[7七]天(?:内|以内|之内|无理由)?|几天了|多少天|\bcan i still (?:return|send it back|get (?:a|my money) (?:refund|back))|\bstill (?:be )?(?:return|refund)\w*|\bpast (?:the )?(?:7|seven)[- ]days?\b|\b(?:7|seven)[- ]days?\b|\btoo late\b|\bhow many days\b|\bdays? (?:over|past|late)\b/i;

export const asksReturnDays = (question: string): boolean => ASKS_RETURN_DAYS.test(question);

/** A question about the day count itself ("超了一天", "past the 7 days", "too late"), not only whether a return is possible. */
export const asksAboutDays = (question: string): boolean => asksReturnDays(question) && /天|\bdays?\b|too late|\bpast\b/i.test(question);

/** Whether the frame is a return or exchange (asked about, or being registered). */
export const isReturnFrame = (frame: Frame | undefined): boolean => Boolean(frame && (frame.flow === 'return' || frame.ticketType === 'warranty_claim'));

/** The day count and the rule it leaves, or undefined without a date to count from. */
export async function returnDaysAnswer(kit: FlowKit): Promise<string | undefined> {
  // Counted by the daysSincePurchase tool, so the count the reply states rests on a tool result.
  const range = await countedDays(kit);
  // "刚买不久" spans a month: too rough to count in days; the flow asks for the day instead.
  if (!range || range.most - range.fewest > 10) return undefined;
  const told = `${kit.turn.text} ${kit.facts.symptom ?? ''}`;
  const defect = visibleDefectIn(told);
  const situation = { channel: kit.facts.saleChannel, noFault: !defect && NO_FAULT.test(told), defect };
  const line = daysLine(range, kit.lang, situation);
  // A rough date across the 7-day line: what each side of it means, and the one fact that decides.
  if (range.fewest <= 7 && range.most > 7 && range.most <= 15) {
    const past = verdict(15, situation, kit.lang).trim();
    return kit.lang === 'zh'
      ? `${line}如果签收已过7天、还在15天内：${past}告诉我具体的签收日期，我帮您算准。`
      : `${line} If it is past 7 days but within 15: ${past} Tell me the day you signed for it and I'll count exactly.`;
  }
  return line;
}
