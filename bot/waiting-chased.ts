/**
 * "你们就会说会联系", "I've called four times": a customer tired of being put off, while waiting for a
 * person. Heard first, then the concrete next step: it goes on the ticket for the person handling
 * it (with how often they chased), the time someone will contact them, and what they can still do
 * here. No "no reliable answer", and no promise the bot cannot keep.
 */
import type { Ticket } from '../tickets/ticket';
import { heardChasing } from './engine/chasing-heard';
import { timesChased } from './understanding/chasing-frustration';
import type { Lang } from './phrases';
import type { ToolBox } from './tools/tool';

export async function chasedHeard(ticket: Ticket | undefined, text: string, tools: ToolBox, lang: Lang, promise?: string): Promise<string> {
  const times = timesChased(text);
  const zh = lang === 'zh';
  if (ticket)
    await tools.call('updateTicket', {
      ticketNumber: ticket.number,
      note: `Customer has chased this${times ? ` ${times} times` : ' several times'} and is tired of being told someone will be in touch: please contact them first, not another holding message.`,
    });
  const heard = heardChasing(text, lang);
  if (!ticket) {
    return zh ? `${heard}我把您的情况整理给人工客服，他们会在这里回复您。` : `${heard} I'm putting your case in front of a person, who will reply to you here.`;
  }
  const next = zh
    ? `我已在工单 ${ticket.number} 上写明您催了${times ? `${times}次` : '多次'}，请跟进的人直接联系您、不要再只回一句“会联系”${promise ? `；最迟 ${promise} 前会有人联系您` : ''}。`
    : `I've written on ticket ${ticket.number} that you have chased ${times ? `${times} times` : 'several times'} and that the person handling it should contact you directly, not send another holding message${promise ? `; someone will contact you by ${promise}` : ''}.`;
  const meanwhile = zh ? '如果情况有变化（比如更严重了），直接在这里说，我马上加到工单上。' : 'If anything gets worse in the meantime, tell me here and I will add it to the ticket straight away.';
  return `${heard}\n${next}\n${meanwhile}`;
}

/** "hello?", "在吗" while waiting: a short word that we are here and where things stand, not a canned deferral. */
export function presenceWhileWaiting(ticket: Ticket | undefined, lang: Lang, promise?: string): string {
  if (lang === 'zh') return `在的。您的问题在人工客服这边${ticket ? `（工单 ${ticket.number}）` : ''}${promise ? `，最迟 ${promise} 前会有人联系您` : ''}；有什么要补充的直接发在这里。`;
  return `I'm here. Your case is with our staff${ticket ? ` (ticket ${ticket.number})` : ''}${promise ? `; someone will contact you by ${promise}` : ''}. Anything you add here reaches them.`;
}
