/**
 * After a person hands the chat back to the bot, the customer's next words are usually about the
 * case they just had with that person ("so when will they ring me?", "师傅哪天来"). That is no new
 * request for a person and no new problem: it is answered from the case itself (the ticket's
 * status, and the contact time the person last gave in the chat, else the one the SLA promises),
 * with no second ticket and no second handoff. Asking for a person again still gets one, and
 * danger still comes first (the pipeline checks both before this).
 */
import type { Ticket } from '../tickets/ticket';
import { ticketStatusName } from './engine/ticket-next-contact';
import { contactTime, type BusinessHours } from './honest-wait';
import type { Lang } from './phrases';
import type { TurnUnderstanding } from './brain';
import { ABOUT_THE_WAIT } from './understanding/wait-question';
import { contactAsked } from './waiting-contact';

/** What a person last told the customer, quoted at most this long. */
const QUOTED = 160;

/** A question about the case just handed back: when someone will call or come, how it stands. */
export function asksAboutHandedBackCase(text: string, u: TurnUnderstanding): boolean {
  if (u.safety || u.intent === 'human_request') return false;
  return Boolean(contactAsked(text)) || ABOUT_THE_WAIT.test(text) || u.intent === 'ticket_status';
}

export interface HandedBackCase {
  ticket?: Ticket;
  /** A handoff with no ticket: when a person was due to contact the customer. */
  handoffDue?: string;
  /** The person's last words to the customer in this chat. */
  agentSaid?: string;
  now: Date;
  lang: Lang;
  hours?: BusinessHours;
}

export function handedBackAnswer(c: HandedBackCase): string {
  const zh = c.lang === 'zh';
  const lines: string[] = [];
  if (c.ticket) {
    const status = ticketStatusName({ type: c.ticket.type, category: c.ticket.category, intent: c.ticket.intent, status: c.ticket.status }, c.lang);
    lines.push(zh ? `您的工单 ${c.ticket.number} 目前${status}。` : `Your ticket ${c.ticket.number} is ${status.toLowerCase()}.`);
  }
  const said = c.agentSaid?.trim();
  if (said) {
    const quoted = said.length > QUOTED ? `${said.slice(0, QUOTED - 1)}…` : said;
    lines.push(zh ? `刚才跟进的客服跟您说的是：“${quoted}”，以这个为准。` : `The person handling your case told you: "${quoted}". That still stands.`);
  } else {
    // No time from the person: the one the rules promise (first contact, else the resolution deadline).
    const due = c.ticket ? (c.ticket.firstRespondedAt ? c.ticket.resolutionDue : c.ticket.firstResponseDue) : c.handoffDue;
    if (due) {
      const by = contactTime(due, c.now, c.lang, c.hours);
      const handled = c.ticket?.firstRespondedAt;
      lines.push(
        zh
          ? handled
            ? `预计 ${by} 前处理完，有进展会联系您。`
            : `最迟 ${by} 前会有人联系您。`
          : handled
            ? `It should be done by ${by}; you will hear from us as it moves.`
            : `Someone will contact you by ${by}.`,
      );
    }
  }
  lines.push(zh ? '还需要和客服本人说的话，回复“转人工”。' : 'If you need the person again, reply "human".');
  return lines.join(zh ? '' : ' ');
}
