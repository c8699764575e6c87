/**
 * A request about a booked visit (move it, call it off) whose ticket the customer named by a
 * number that found nothing here: often filed by phone or in another system. Asking for the number
 * again gets the same number back, so the request goes to a person with that number and what the
 * customer asked, and the customer hears it was written down and who acts on it (issue 16).
 * A phone given, a code sent, or a ticket of this chat found instead: the usual lookup runs.
 */
import type { Bilingual } from '../commands';
import type { FlowKit, FlowResult } from './flow';

/** Only the number that found nothing is in sight: no phone, no ticket of this chat, no lookup under way. */
export function onlyUnfound(kit: FlowKit): boolean {
  return Boolean(kit.unfound) && !kit.facts.ticketNumber && !kit.facts.phone && !kit.filed.length && !kit.turn.openTickets.length && !kit.frame.challenged && !kit.frame.choices.length;
}

/**
 * Says the request was recorded for a person and hands over. `what` names the request in the
 * customer's language ("改到 12月7日（周一）上午" / "move the visit to Monday 7 Dec, morning");
 * `note` is written for the desk (both languages), kept as the handoff's problem words.
 */
export function passUnfoundRequest(kit: FlowKit, what: Bilingual, note: string): FlowResult {
  const number = kit.unfound!;
  kit.frame.facts.symptom = `${note}（工单号 ${number} 在本系统未查到 / ticket ${number} not found here）`;
  kit.say(
    kit.lang === 'zh'
      ? `您的要求我记下了：工单 ${number}，${what.zh}。这个单号我这里查不到（可能是电话或其他渠道报的），我没法直接改，已把它连同您的要求转给人工客服，由客服核实这张工单后替您办理，并联系您确认。`
      : `I've written down your request: ticket ${number}, ${what.en}. I can't find that number on my side (it may have been booked by phone or elsewhere), so I can't change it myself; I've passed it with your request to a person, who will find the ticket, act on it and contact you to confirm.`,
  );
  return { handoff: 'stuck' };
}
