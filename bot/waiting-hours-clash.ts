/**
 * "你不是说没人在线吗，又说8点到20点上班？", "so which is it?": the customer heard "nobody is
 * online" and "we work 8–20" and asks which is true. Answered plainly, once, from what is true now
 * (inside the hours or not, anyone free or not) with the ticket's contact-by time, never the
 * hours repeated and never the times they quoted back "noted on the ticket".
 */
import type { Availability } from './agent-availability';
import { BUSINESS_HOURS } from './engine/wording';
import { contactTime, withinBusinessHours, type BusinessHours } from './honest-wait';
import type { Lang } from './phrases';
import type { Ticket } from '../tickets/ticket';

/** Pointing at two things we said that do not fit together. */
const CLASH =
  /不是说|刚(?:才)?(?:不是)?说|你(?:们)?(?:又|刚)?说|又说|一会(?:儿)?说|到底(?:是|哪|有没有)|究竟|前后(?:不一|矛盾)|矛盾|哪(?:个|句)(?:是)?(?:对|真)|\bwhich (?:is it|one is (?:it|true|right)|is true|is right)\b|\byou (?:just )?said\b|\bmake up your mind\b|\bcontradict\w*|\bdoesn'?t add up\b|\bmakes? no sense\b/i;
/** About people being there or working. */
const ABOUT_PEOPLE =
  /在线|没人|有人|没有人|上班|值班|服务时间|\d{1,2}\s*(?:点|:\d{2})|\bonline\b|\bnobody\b|\bno one\b|\bno agents?\b|\bagents?\b|\bwork(?:ing)?\b|\bstaffed\b|\bhours\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*(?:to|-|–)\s*\d{1,2}/i;
/** One of our replies gave the desk's hours, so there was something to be confused by. */
const HOURS_SAID = /\d{1,2}:00–\d{1,2}:00/;

export function hoursClashAsked(text: string, earlierReplies: string[] = []): boolean {
  return CLASH.test(text) && ABOUT_PEOPLE.test(text) && earlierReplies.some((r) => HOURS_SAID.test(r));
}

export interface ClashFacts {
  lang: Lang;
  now: Date;
  availability: Availability;
  ticket?: Ticket;
  /** A handoff with no ticket: when a person is due to answer. */
  handoffDue?: string;
  hours?: BusinessHours;
}

/** Both things said again as one account: the hours, where now falls, whether anyone is free, and by when someone contacts them. */
export function hoursClashAnswer(f: ClashFacts): string {
  const zh = f.lang === 'zh';
  const hours = f.hours ?? BUSINESS_HOURS;
  const span = `${hours.open}:00–${hours.close}:00`;
  const inside = withinBusinessHours(f.now, hours);
  const free = inside && f.availability.online > 0;
  const due = f.ticket?.firstResponseDue ?? f.handoffDue;
  const by = due ? contactTime(due, f.now, f.lang, hours) : undefined;
  const about = f.ticket ? (zh ? `您的工单 ${f.ticket.number} ` : ` about ticket ${f.ticket.number}`) : '';
  const promise = by ? (zh ? `${about}最迟 ${by} 前会有人联系您。` : ` Someone will contact you${about} by ${by}.`) : '';
  if (zh) {
    const now = free
      ? '现在就有客服在线，会在这里回复您。'
      : inside
        ? '现在就在上班时间里，只是此刻客服都在忙，还没有空闲的人能接您，我说“没有人在线”是这个意思。'
        : '现在不在这个时间里，所以没有人在线。';
    return `抱歉没说清楚。人工客服每天 ${span} 上班，周末也在；${now}${promise}`;
  }
  const now = free
    ? 'someone is online now and will reply here.'
    : inside
      ? 'it is within those hours now, but everyone is busy at this moment and nobody is free to take your chat yet; that is what I meant by no one being online.'
      : 'it is outside those hours now, so nobody is online.';
  return `Sorry, I put that badly. Our agents work ${span} China time every day, weekends included; ${now}${promise}`;
}
