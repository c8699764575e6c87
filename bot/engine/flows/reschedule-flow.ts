/**
 * Changing the visit time (改约): the customer's own ticket gets the new time (it replaces the one
 * kept with the address, and a note tells the engineer and the desk), said back as a day on the
 * calendar so a misread day is caught at once. The bot does not run the engineers' diary, so it
 * says the engineer confirms the time when calling. A customer without the ticket number finds the
 * ticket by the phone on it, proven with a code (phone-lookup.ts); a reschedule never starts a
 * repair form.
 */
import { describeVisitTime } from '../../understanding/visit-time';
import type { CustomerTicketView } from '../../tools/ticket-view';
import type { TicketStatusResult } from '../../tools/ticket-status';
import type { Bilingual } from '../commands';
import { productName } from '../wording';
import type { FlowKit, FlowResult, FlowSpec } from './flow';
import { lookUpByPhone, offerChoice, personHelpsWithoutCode, phoneSlot, pickTicket, proofCodeSlot } from './phone-lookup';
import { onlyUnfound, passUnfoundRequest } from './unfound-ticket-request';

const WHICH: Bilingual = { zh: '要改约的是哪一张？回复序号（比如“1”）或者产品就行。', en: 'Which one is the visit for? Reply with its number in the list (e.g. "1") or the product.' };

/** The ticket is known (or will be found) without asking for its number (a cancel finds it alike). */
export const ticketInSight = (kit: FlowKit): boolean => kit.filed.length > 0 || kit.turn.openTickets.length > 0 || kit.frame.challenged || kit.frame.choices.length > 0;

export const rescheduleFlow: FlowSpec = {
  name: 'reschedule',
  title: { zh: '改约上门时间', en: 'request to change the visit time' },
  calledOff: { zh: '好的，那就不改了，上门时间照旧。', en: "OK, I won't change it; the visit keeps its booked time." },
  slots: [
    {
      // A visit to move is a ticket: asked for when this chat has none, and the wanted time is kept meanwhile.
      slot: 'ticketNumber',
      required: true,
      ask: [
        {
          zh: '请把要改约的工单号发给我（短信或报修确认里以 AS- 开头的编号）；找不到工单号的话，告诉我报修时留的手机号也行。',
          en: "Which ticket is the visit for? Send me its number (it starts with AS-, in the text or confirmation you got), or the mobile number you gave when booking if you can't find it.",
        },
        {
          zh: '工单号在报修成功的短信里，形如 AS-20260101-XXXX；找不到的话，发报修时留的手机号给我也行。',
          en: "The number is in the text we sent when you booked, like AS-20260101-XXXX; if you can't find it, send me the mobile number you gave instead.",
        },
      ],
      without: { zh: '没关系，用报修时留的手机号也能查到。', en: 'No problem: the phone number on the ticket finds it too.' },
      // A phone given instead of the number ("工单号找不到了，手机号是139…") finds the ticket.
      knownFrom: (kit) => ticketInSight(kit) || Boolean(kit.facts.phone) || onlyUnfound(kit),
      // The wanted time is said back, so the customer knows it is kept while the ticket is found.
      askFor: (facts) =>
        facts.preferredTime
          ? [
              {
                zh: `记下了，您希望改到「${facts.preferredTime}」。请把要改约的工单号发给我（报修短信里以 AS- 开头的编号）；找不到工单号的话，告诉我报修时留的手机号也行。`,
                en: `Noted: you'd like "${facts.preferredTime}". Which ticket is the visit for? Send me its number (it starts with AS-), or the mobile number you gave when booking if you can't find it.`,
              },
              {
                zh: '工单号在报修成功的短信里，形如 AS-20260101-XXXX；找不到的话，发报修时留的手机号给我也行。',
                en: "The ticket number is in the text we sent when you booked, like AS-20260101-XXXX; if you can't find it, send me the mobile number you gave instead.",
              },
            ]
          : undefined,
    },
    phoneSlot((kit) => ticketInSight(kit) || Boolean(kit.facts.ticketNumber) || onlyUnfound(kit)),
    proofCodeSlot(personHelpsWithoutCode({ zh: '改约', en: 'move the visit for you' })),
    {
      // Asked once the ticket is in hand: finding it (and proving it) comes first.
      slot: 'preferredTime',
      required: true,
      ask: [
        { zh: '您希望改到什么时间？', en: 'When would suit you instead?' },
        { zh: '说个大概就行，比如“周六上午”或“工作日晚上6点后”。', en: 'Roughly is fine, e.g. "Saturday morning" or "weekdays after 6 pm".' },
      ],
      without: { zh: '时间可以等工程师打电话时再和他商量。', en: 'You can agree the time with the engineer when they call.' },
      // Not asked while the ticket is still being looked for: the lookup runs first (in `finish`).
      // (With only a number that found nothing, the time is asked for: it goes to the person with the request.)
      knownFrom: (kit) => !kit.facts.ticketNumber && !kit.filed.length && kit.turn.openTickets.length !== 1 && !onlyUnfound(kit),
    },
  ],
  async finish(kit) {
    if (onlyUnfound(kit)) {
      const wanted = kit.facts.preferredTime;
      const time = wanted ? describeVisitTime(wanted, kit.tools.context.now) : undefined;
      const what = time ? { zh: `上门时间改到 ${time.zh}`, en: `move the visit to ${time.en}` } : { zh: '改约上门时间', en: 'move the visit' };
      const note = `客户要求改约上门时间${time ? `：${time.zh}（客户原话：「${wanted}」）` : ''} / Customer asks to move the visit${time ? ` to ${time.en}` : ''}`;
      return passUnfoundRequest(kit, what, note);
    }
    const found = await whichTicket(kit);
    if (typeof found !== 'string') return found;
    const wanted = kit.facts.preferredTime;
    if (!wanted) {
      if (kit.frame.skipped.includes('preferredTime')) return { done: true };
      // The ticket is in hand: now the time is asked for.
      kit.facts.ticketNumber = found;
      return { askAgain: true };
    }
    return moveVisit(kit, found, wanted);
  },
};

/** The ticket the visit is for: named, filed here, the customer's own, or found by the phone on it. */
export async function whichTicket(kit: FlowKit): Promise<string | FlowResult> {
  const { facts, frame, turn } = kit;
  if (facts.ticketNumber) return facts.ticketNumber;
  if (kit.filed.length) return kit.filed.at(-1)!;
  if (frame.choices.length) {
    const picked = pickTicket(turn.text, frame.choices);
    if (picked) return picked;
    kit.say(WHICH[kit.lang]);
    return { stage: 'collect' };
  }
  if (turn.openTickets.length === 1) return turn.openTickets[0]!;
  if (turn.openTickets.length > 1) {
    // The customer's own tickets (this WeChat user, this web session): listed with no code.
    const own = await kit.tools.call('ticketStatus', {});
    const tickets = own.ok ? (own.result as TicketStatusResult).tickets.filter((t) => t.status !== 'resolved' && t.status !== 'closed') : [];
    if (tickets.length === 1) return tickets[0]!.number;
    if (tickets.length > 1) return choose(kit, tickets);
  }
  if (facts.phone) {
    const lookup = await lookUpByPhone(kit);
    if ('result' in lookup) return lookup.result;
    if (lookup.tickets.length === 1) return lookup.tickets[0]!.number;
    return choose(kit, lookup.tickets);
  }
  // Neither the number nor the phone: a person was offered (the phone question's last words).
  return { done: true };
}

function choose(kit: FlowKit, tickets: CustomerTicketView[]): FlowResult {
  offerChoice(kit, tickets, WHICH);
  return { stage: 'collect' };
}

async function moveVisit(kit: FlowKit, number: string, wanted: string): Promise<FlowResult> {
  const zh = kit.lang === 'zh';
  const time = describeVisitTime(wanted, kit.tools.context.now);
  const note = `客户改约上门时间：${time.zh}（客户原话：「${wanted}」），请工程师电话确认。Customer asks to move the visit to ${time.en} (said: "${wanted}").`;
  const result = await kit.tools.call('updateTicket', { ticketNumber: number, visitTime: time.zh, note });
  if (!result.ok) {
    // A ticket this chat may not change (reported elsewhere, not proven here): a person checks it and moves the visit.
    kit.say(
      zh
        ? `工单 ${number} 需要人工核对后才能改约，我把您的要求（改到 ${time.zh}）转给人工客服。`
        : `Ticket ${number} needs a person to check it before the visit can move; I'm passing on your request (moving it to ${time.en}).`,
    );
    return { handoff: 'stuck' };
  }
  const ticket = result.result as CustomerTicketView;
  const product = ticket.category || ticket.brand ? productName({ brand: ticket.brand, category: ticket.category }, kit.lang) : '';
  kit.frame.choices = [];
  kit.say(
    zh
      ? `好的，已把工单 ${ticket.number}${product ? `（${product}）` : ''}的上门时间改为 ${time.zh}，工程师会再打电话跟您确认；如果那个时间排不开，会跟您另约。`
      : `Done: the visit for ticket ${ticket.number}${product ? ` (${product})` : ''} is now ${time.en}. The engineer will call to confirm, and will suggest another time if that one is full.`,
  );
  return { done: true };
}
