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
  ],
  async finish(kit) {
    const zh = kit.lang === 'zh';
    const wanted = kit.facts.preferredTime;
    // The ticket named in this chat, else the one filed here, else the customer's only open one.
    const number = kit.facts.ticketNumber ?? kit.filed.at(-1) ?? (kit.turn.openTickets.length === 1 ? kit.turn.openTickets[0] : undefined);
    if (!wanted) return { done: true };
    if (!number) {
      kit.say(
        zh
          ? `记下了，您希望改到「${wanted}」。不过这个对话里没有找到您的工单：请把工单号和报修时留的手机号发给我，我核对后帮您备注。`
          : `Noted: you'd like "${wanted}". I can't find your ticket in this chat, though: send me its number and the phone number you gave, and I'll add it once I've checked.`,
      );
      return { done: true };
    }
    const result = await kit.tools.call('updateTicket', { ticketNumber: number, note: `Customer asks to change the visit time to: ${wanted}` });
    if (!result.ok) {
      kit.say(
        zh
          ? `这张工单我这边改不了备注（可能不是在这个对话里报的）。请把工单号和报修时留的手机号一起发给我，或者转人工客服帮您改约。`
          : `I can't add a note to that ticket from here (it may have been reported elsewhere). Send me its number with the phone number you gave, or ask for a person to change the visit.`,
      );
      return { done: true };
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
