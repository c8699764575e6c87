/**
 * "你们就这服务态度？", "is this how you treat customers?" (bot/understanding/service-reproach.ts): a
 * short apology and the concrete next step already in motion — the ticket of this chat and when
 * someone contacts them, or the question the form is waiting on — never a knowledge paragraph.
 */
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import type { TicketStatusResult } from '../tools/ticket-status';
import { nextStep } from './filed-check';

const SORRY: Record<Lang, string> = {
  zh: '抱歉，这次让您不满意了，是我们没做好。',
  en: "I'm sorry: we've let you down here, and that's on us.",
};

/** The apology said first, in its own words (not the stock "sorry for the trouble"). */
export function reproachSorry(lang: Lang): string {
  return SORRY[lang];
}

/** With nothing under way in this chat: what to do now, and a person at once if they prefer. */
export function reproachNoJob(lang: Lang): string {
  return lang === 'zh'
    ? '请直接告诉我是哪个产品、出了什么问题，我马上帮您处理；如果想跟人工客服说，回复“转人工”，我立刻转过去。'
    : 'Tell me which product it is and what is wrong, and I will deal with it now; if you would rather talk to a person, reply "human" and I will pass you over straight away.';
}

/** For the chat's ticket: the unhappiness noted on it, and its next step with when; undefined when it cannot be read. */
export async function reproachOnTicket(tools: ToolBox, number: string, lang: Lang): Promise<string | undefined> {
  const outcome = await tools.call('ticketStatus', { ticketNumber: number });
  const result = outcome.ok ? (outcome.result as TicketStatusResult) : undefined;
  const t = result?.found ? result.tickets.find((x) => x.number === number) : undefined;
  if (!t) return undefined;
  await tools.call('updateTicket', { ticketNumber: number, note: 'Customer is unhappy with how we have served them; please contact them directly.' });
  const noted =
    lang === 'zh'
      ? `您的工单 ${t.number} 在处理中，我已在上面注明您的不满，请跟进的人直接联系您。`
      : `Your ticket ${t.number} is in hand; I've noted on it that you are unhappy, so whoever picks it up contacts you directly.`;
  return `${noted}${lang === 'zh' ? '' : ' '}${nextStep(t, lang, tools.context.now)}`;
}
