/** Ticket status (进度查询): the customer's own tickets only; the ticketStatus tool enforces it. */
import type { Lang } from '../../phrases';
import type { CustomerTicketView } from '../../tools/ticket-view';
import { promiseTime, statusName } from '../wording';
import type { FlowSpec } from './flow';

function line(t: CustomerTicketView, lang: Lang): string {
  const open = t.status !== 'resolved' && t.status !== 'closed';
  // Not yet picked up: when someone will call is what the customer is waiting for.
  const waiting = t.status === 'new' || t.status === 'open';
  if (lang === 'zh') {
    const next = waiting ? `，工程师会在 ${promiseTime(t.firstResponseDue, lang)} 前联系您` : '';
    return `工单 ${t.number}：${statusName(t.status, lang)}${next}${open ? `，预计 ${promiseTime(t.resolutionDue, lang)} 前处理完` : ''}。`;
  }
  const next = waiting ? `; the engineer will contact you by ${promiseTime(t.firstResponseDue, lang)}` : '';
  return `Ticket ${t.number}: ${statusName(t.status, lang)}${next}${open ? `, expected to be done by ${promiseTime(t.resolutionDue, lang)}` : ''}.`;
}

export const statusFlow: FlowSpec = {
  name: 'status',
  title: { zh: '进度查询', en: 'ticket status' },
  slots: [],
  async finish(kit) {
    const zh = kit.lang === 'zh';
    const { ticketNumber, phone } = kit.facts;
    const result = await kit.tools.call('ticketStatus', { ticketNumber, phone });
    const found = result.ok ? (result.result as { found: boolean; tickets: CustomerTicketView[]; needsTicketNumber?: boolean; locked?: boolean }) : { found: false, tickets: [] };
    if (found.found) {
      kit.say(found.tickets.map((t) => line(t, kit.lang)).join('\n'));
    } else if (ticketNumber && !phone) {
      kit.say(
        zh
          ? '在这个对话里没查到这张工单。如果是在微信或电话里报的，请把工单号和报修时留的手机号一起发给我，我核对后帮您查。'
          : "I can't find that ticket in this chat. If you reported it on WeChat or by phone, send me its number together with the phone number you gave then, and I'll look it up.",
      );
    } else if (ticketNumber) {
      // Someone else's number reads exactly like one that does not exist: nothing is echoed or confirmed.
      kit.say(zh ? '这张工单和这个手机号对不上，请核对一下工单号，或者转人工客服帮您查。' : "That ticket and phone number don't match. Please check the number, or ask for a person to look it up.");
    } else {
      kit.say(zh ? '这个对话里还没有您的工单。请把工单号（像 AS-20261201-0007 这样）和报修时留的手机号发给我。' : "I don't see a ticket for you in this chat yet. Send me the ticket number (like AS-20261201-0007) and the phone number you gave.");
    }
    return { done: true };
  },
};
