/**
 * Changing the visit time (改约): the customer's own ticket gets the time they want as a note for
 * the engineer who calls to book the visit. The bot does not run the engineers' diary, so it says
 * what it did (recorded the wish) and what happens next (the engineer confirms when calling), never
 * that the visit is moved.
 */
import type { CustomerTicketView } from '../../tools/ticket-view';
import type { FlowSpec } from './flow';

export const rescheduleFlow: FlowSpec = {
  name: 'reschedule',
  title: { zh: '改约上门时间', en: 'changing the visit time' },
  slots: [
    {
      slot: 'preferredTime',
      required: true,
      ask: [
        { zh: '您希望改到什么时间？', en: 'When would suit you instead?' },
        { zh: '说个大概就行，比如“周六上午”或“工作日晚上6点后”。', en: 'Roughly is fine, e.g. "Saturday morning" or "weekdays after 6 pm".' },
      ],
      without: { zh: '时间可以等工程师打电话时再和他商量。', en: 'You can agree the time with the engineer when they call.' },
    },
    {
      // A visit to move is a ticket: asked for when this chat has none, and the wanted time is kept meanwhile.
      slot: 'ticketNumber',
      required: true,
      ask: [
        { zh: '请把要改约的工单号发给我（短信或报修确认里以 AS- 开头的编号）。', en: 'Which ticket is the visit for? Send me its number (it starts with AS-, in the text or confirmation you got).' },
        {
          zh: '工单号在报修成功的短信里，形如 AS-20260101-XXXX；找不到的话说“找不到”，我转人工帮您查。',
          en: "The number is in the text we sent when you booked, like AS-20260101-XXXX; if you can't find it, say so and a person will look it up.",
        },
      ],
      without: { zh: '没有工单号，我把您的改约要求转给人工客服核对。', en: "Without the ticket number, I'll pass your request to a person to find it." },
      knownFrom: (kit) => kit.filed.length > 0 || kit.turn.openTickets.length === 1,
      // The wanted time is said back, so the customer knows it is kept while the ticket is found.
      askFor: (facts) =>
        facts.preferredTime
          ? [
              {
                zh: `记下了，您希望改到「${facts.preferredTime}」。请把要改约的工单号发给我（报修短信里以 AS- 开头的编号）。`,
                en: `Noted: you'd like "${facts.preferredTime}". Which ticket is the visit for? Send me its number (it starts with AS-).`,
              },
              {
                zh: '工单号在报修成功的短信里，形如 AS-20260101-XXXX；找不到的话说“找不到”，我转人工帮您查。',
                en: "The ticket number is in the text we sent when you booked, like AS-20260101-XXXX; if you can't find it, say so and a person will look it up.",
              },
            ]
          : undefined,
    },
  ],
  async finish(kit) {
    const zh = kit.lang === 'zh';
    const wanted = kit.facts.preferredTime;
    // The ticket named in this chat, else the one filed here, else the customer's only open one.
    const number = kit.facts.ticketNumber ?? kit.filed.at(-1) ?? (kit.turn.openTickets.length === 1 ? kit.turn.openTickets[0] : undefined);
    if (!wanted) return { done: true };
    if (!number) {
      if (kit.frame.skipped.includes('ticketNumber')) return { handoff: 'stuck' };
      kit.say(
        zh
          ? `记下了，您希望改到「${wanted}」。不过这个对话里没有找到您的工单：请把工单号和报修时留的手机号发给我，我核对后帮您备注。`
          : `Noted: you'd like "${wanted}". I can't find your ticket in this chat, though: send me its number and the phone number you gave, and I'll add it once I've checked.`,
      );
      return { done: true };
    }
    const result = await kit.tools.call('updateTicket', { ticketNumber: number, note: `Customer asks to change the visit time to: ${wanted}` });
    if (!result.ok) {
      // A ticket this chat may not change (reported elsewhere): a person checks it and moves the visit.
      kit.say(
        zh
          ? `工单 ${number} 需要人工核对后才能改约，我把您的要求（改到「${wanted}」）转给人工客服。`
          : `Ticket ${number} needs a person to check it before the visit can move; I'm passing on your request (moving it to "${wanted}").`,
      );
      return { handoff: 'stuck' };
    }
    const ticket = result.result as CustomerTicketView;
    kit.say(
      zh
        ? `好的，已在工单 ${ticket.number} 上备注：您希望上门时间改到「${wanted}」。工程师打电话约时间时会按这个安排，如果那个时间排不开，会跟您商量别的时间。`
        : `Done: ticket ${ticket.number} now notes that you'd like the visit moved to "${wanted}". The engineer will plan for it when they call to book, and will suggest another time if that one is full.`,
    );
    return { done: true };
  },
};
