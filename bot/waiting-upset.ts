/**
 * Anger while waiting for a person, or an apology asked for ("连句抱歉都不说？", "no apology at
 * all?"): the customer hears an apology and the next step, not only "your message is passed on"
 * (playtest round 17). The next step is concrete: it is on the ticket that they are upset, and when
 * the person will contact them; said once in full, shorter when they are still angry a turn later,
 * so no reply is said twice running. (A missed visit, a complaint or chasing have their own sorry:
 * bot/engine/own-failure-sorry.ts, bot/engine/complaint-heard.ts, bot/waiting-chased.ts.)
 */
import type { Lang } from './phrases';
import type { WaitingTurn } from './waiting-turn';

/** Anger in feeling words (the understanding's own measure, fault words not counted), or a sentiment this low. */
export function upsetWhileWaiting(turn: Pick<WaitingTurn, 'understanding'>): boolean {
  const u = turn.understanding;
  return (u.anger ?? 0) >= 0.5 || u.sentiment <= -0.6;
}

const SORRY: Record<Lang, string> = {
  zh: '非常抱歉，让您等着、事情还没解决，您生气完全可以理解，这是我们没做好。',
  en: "I'm really sorry: you're still waiting and this isn't sorted yet. You have every reason to be annoyed, and that's on us.",
};

const SORRY_AGAIN: Record<Lang, string> = {
  zh: '再次向您道歉，我知道等待很耗人。',
  en: "I'm sorry again; I know the waiting wears you down.",
};

const NOTE = 'Customer is upset while waiting (apologised to): please contact them first and say what happens next.';

/** Whether the apology of this file was said in one of these replies. */
function apologisedIn(replies: string[] | undefined): boolean {
  return Boolean(replies?.some((r) => r.includes(SORRY.zh) || r.includes(SORRY.en)));
}

/**
 * The next step for an upset customer: on the ticket that they are upset (written once), and when
 * the person will contact them. `sorry` is an apology already chosen (the one asked for); without
 * it, this file's own.
 */
export async function upsetHeard(turn: WaitingTurn, promise: string | undefined, sorry?: string): Promise<string> {
  const zh = turn.lang === 'zh';
  const before = apologisedIn(turn.earlierReplies);
  const ticket = turn.ticket;
  const noted = Boolean(turn.earlierReplies?.some((r) => /上写明您很着急|that you're upset and want this dealt with/.test(r)));
  if (ticket && !noted) await turn.tools.call('updateTicket', { ticketNumber: ticket.number, note: NOTE });
  const apology = sorry !== undefined ? sorry : before || apologisedIn(turn.lastReply ? [turn.lastReply] : undefined) ? SORRY_AGAIN[turn.lang] : SORRY[turn.lang];
  if (!ticket) return [apology, zh ? '您的情况已交给人工客服，他们会在这里回复您。' : 'Your case is with our staff, who will reply to you here.'].join('\n');
  const next = zh
    ? `我已在工单 ${ticket.number} 上写明您很着急，请跟进的人优先联系您${promise ? `；最迟 ${promise} 前会有人联系您` : ''}。有要补充的直接在这里说，他们都能看到。`
    : `I've written on ticket ${ticket.number} that you're upset and want this dealt with, so the person handling it contacts you first${promise ? `; someone will contact you by ${promise}` : ''}. Anything you add here reaches them.`;
  return [apology, next].filter(Boolean).join('\n');
}
