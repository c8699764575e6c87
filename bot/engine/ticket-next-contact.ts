/**
 * Who acts next on a ticket, said as that person (playtest round 17): a status line told the owner
 * of earbuds, of a complaint or of a return that "the engineer will contact you", when nobody is
 * sending an engineer. An engineer calls first only for a repair visit: a repair request for a
 * product that is repaired at home, not handed to a person in the chat. A handoff, a complaint,
 * a return or exchange, a question, and a carried-in repair are a customer-service person's.
 */
import type { Lang } from '../phrases';
import type { CustomerTicketView } from '../tools/ticket-view';
import { carriedIn, statusName } from './wording';

type TicketKind = Pick<CustomerTicketView, 'type' | 'category' | 'intent'>;

/** A repair visit: the one ticket an engineer picks up first. (A "转人工" ticket goes to the desk first, whatever the product.) */
export function repairVisit(t: TicketKind): boolean {
  return t.type === 'repair_request' && Boolean(t.category) && !carriedIn(t.category) && t.intent !== 'human_request';
}

/** "工程师会在 … 前给您打电话约上门时间", "a customer-service person will contact you by …", for a ticket nobody has picked up yet. */
export function firstContactLine(t: TicketKind, due: string, lang: Lang): string {
  const zh = lang === 'zh';
  if (repairVisit(t)) return zh ? `工程师会在 ${due} 前给您打电话约上门时间` : `the engineer will call you by ${due} to arrange the visit`;
  if (t.type === 'warranty_claim') return zh ? `售后客服会在 ${due} 前联系您，核实后办理退换货` : `our after-sales staff will contact you by ${due} about the return or exchange`;
  if (t.type === 'complaint') return zh ? `客服专员会在 ${due} 前联系您处理投诉` : `a customer-service person will contact you by ${due} about your complaint`;
  if (t.type === 'repair_request' && carriedIn(t.category))
    return zh ? `客服会在 ${due} 前联系您，安排送修或寄修` : `a customer-service person will contact you by ${due} to arrange the service-centre or mail-in repair`;
  return zh ? `人工客服会在 ${due} 前联系您` : `a customer-service person will contact you by ${due}`;
}

/** The status in words; "waiting to be scheduled" and "with an engineer" only for a repair visit, the one thing that is scheduled. */
export function ticketStatusName(t: TicketKind & Pick<CustomerTicketView, 'status'>, lang: Lang): string {
  if (t.status === 'new' && !repairVisit(t)) return lang === 'zh' ? '已受理，等待客服跟进' : 'received, waiting for our staff to pick it up';
  if (t.status === 'in_progress' && !repairVisit(t)) return lang === 'zh' ? '处理中' : 'being handled';
  return statusName(t.status, lang);
}
