/**
 * "你们就会说联系联系", "you keep saying someone will call, I've chased three times" in the chat with
 * the bot: frustration, not a question to look up (bot/understanding/chasing-frustration.ts). The
 * customer is heard, and told the concrete next step: for a ticket of this chat, it is noted there
 * that they chased, with when someone will contact them; and a person can be had at once.
 */
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import type { TicketStatusResult } from '../tools/ticket-status';
import { timesChased } from '../understanding/chasing-frustration';
import { nextStep } from './filed-check';

/** The frustration heard, in our words (with how often they chased, when they said). */
export function heardChasing(text: string, lang: Lang): string {
  const times = timesChased(text);
  if (lang === 'zh') return times ? `抱歉，您已经找了我们${times}次，还是只听到同样的话，换谁都会着急。` : '抱歉，让您一次次等、一次次听同样的话，换谁都会着急。';
  return times
    ? `I'm sorry: you've chased this ${times} times and still only heard the same thing, which isn't good enough.`
    : "I'm sorry: you've been put off more than once, and that isn't good enough.";
}

const PERSON: Record<Lang, string> = {
  zh: '如果想现在就跟人工客服说，回复“转人工”，我马上转过去。',
  en: 'If you would rather talk to a person now, reply "human" and I will pass you over straight away.',
};

/** For the chat's ticket: heard, noted on it, its next step and deadline, and a person offered; undefined when the ticket cannot be read. */
export async function chasingOnTicket(tools: ToolBox, number: string, text: string, lang: Lang): Promise<string | undefined> {
  const outcome = await tools.call('ticketStatus', { ticketNumber: number });
  const result = outcome.ok ? (outcome.result as TicketStatusResult) : undefined;
  const t = result?.found ? result.tickets.find((x) => x.number === number) : undefined;
  if (!t) return undefined;
  const times = timesChased(text);
  await tools.call('updateTicket', {
    ticketNumber: number,
    note: `Customer has chased this${times ? ` ${times} times` : ' several times'}; please contact them directly rather than with another holding message.`,
  });
  const noted =
    lang === 'zh'
      ? `我已在工单 ${t.number} 上写明您催过${times ? `${times}次` : '多次'}，请跟进的人直接联系您。`
      : `I've written on ticket ${t.number} that you have chased it, so whoever picks it up contacts you directly.`;
  return [heardChasing(text, lang), `${noted}${lang === 'zh' ? '' : ' '}${nextStep(t, lang, tools.context.now)}`, PERSON[lang]].join('\n');
}

/** With no ticket in this chat: heard, and the two ways forward (the ticket number looked up, or a person now). */
export function chasingWithoutTicket(text: string, lang: Lang): string {
  const ways =
    lang === 'zh'
      ? '如果之前报过修，把工单号（或报修时留的手机号）发给我，我马上查到哪一步了；也可以回复“转人工”，我直接请人工客服跟进。'
      : 'If you reported this before, send me the ticket number (or the mobile number you gave) and I will check exactly where it stands; or reply "human" and I will get a person on it now.';
  return `${heardChasing(text, lang)}\n${ways}`;
}
