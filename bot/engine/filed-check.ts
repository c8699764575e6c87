/**
 * "提交成功了吗", "did it go through?" after a request was filed in this conversation: yes, with the
 * ticket's number and what happens next (the engineer's call), read from the ticket itself. A return or exchange request hears its own next step.
 */
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import type { TicketStatusResult } from '../tools/ticket-status';
import type { CustomerTicketView } from '../tools/ticket-view';
import { filedNextStep } from './service-way';
import { productName, promiseTime } from './wording';
import { firstContactLine } from './ticket-next-contact';

export function nextStep(t: CustomerTicketView, lang: Lang, now: Date): string {
  const due = promiseTime(t.firstResponseDue, lang, undefined, now);
  const claim = t.type === 'warranty_claim';
  if (t.status === 'resolved' || t.status === 'closed') return lang === 'zh' ? '这张工单已经处理完了。' : 'That ticket has been dealt with already.';
  if (claim)
    return lang === 'zh' ? `接下来客服会在 ${due} 前联系您，核实后告诉您退换货怎么办理。` : `Next, our staff will contact you by ${due} to check it and tell you how the return or exchange goes.`;
  // A complaint or a handoff is a customer-service person's to pick up, not an engineer's (bot/engine/ticket-next-contact.ts).
  if (t.type !== 'repair_request' || t.intent === 'human_request') return lang === 'zh' ? `接下来${firstContactLine(t, due, lang)}。` : `Next, ${firstContactLine(t, due, lang)}.`;
  return lang === 'zh' ? `接下来${filedNextStep(t.category, due, lang)}` : `Next, ${lowerFirst(filedNextStep(t.category, due, lang))}`;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The confirmation that the last request went in, or undefined when the ticket cannot be read back. */
export async function filedConfirmation(tools: ToolBox, number: string, lang: Lang): Promise<string | undefined> {
  const outcome = await tools.call('ticketStatus', { ticketNumber: number });
  const result: TicketStatusResult | undefined = outcome.ok ? (outcome.result as TicketStatusResult) : undefined;
  const t = result?.found ? result.tickets.find((x) => x.number === number) : undefined;
  if (!t) return undefined;
  const product = t.category || t.brand ? productName(t, lang) : '';
  const now = tools.context.now;
  const head = lang === 'zh' ? `提交成功了${product ? `（${product}）` : ''}，工单号 ${t.number}。` : `Yes, it went through${product ? ` (${product})` : ''}: ticket ${t.number}.`;
  return `${head}${lang === 'zh' ? '' : ' '}${nextStep(t, lang, now)}`;
}

/** "提交了吗" while the form is still being filled: not yet, and what is still needed comes next. */
export function notFiledYet(lang: Lang): string {
  return lang === 'zh' ? '还没有提交，还差几项信息，填好后我跟您确认一遍就提交。' : "Not yet: a few details are still missing; once they're in, I'll read it back to you and file it.";
}

/** "报上了吗" at the summary: it waits for the customer's yes, said so rather than taken as one. */
export function notConfirmedYet(lang: Lang): string {
  return lang === 'zh' ? '还没有提交，就差您确认这一步。' : 'Not yet: it only needs your OK.';
}
