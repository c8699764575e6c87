/**
 * The conversation after a request was filed in this chat (playtest round 15). The ticket is the
 * context now: a question about the visit is answered from it, "still broken" goes on it as a
 * note, "send someone, not a record" and corrections change it, a goodbye or "never mind" leaves
 * it booked and says so, "is it still on?" reads its real state. None of these starts a second
 * form, a second ticket or the self-help steps again. A repair from before this chat is another
 * ticket: the one just filed is never passed off as its status.
 */
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import type { TicketStatusResult } from '../tools/ticket-status';
import type { CustomerTicketView } from '../tools/ticket-view';
import { asksAboutEarlierRepair, asksIfStillBooked, asksTicketChange, missingNumber, saysStillBroken, wantsVisitNotRecord } from '../understanding/after-filing';
import { visitQuestion } from '../understanding/visit-question';
import { has, type Command, type SlotName } from './commands';
import { amendFiled, isAmendable } from './filed-amend';
import { filedNextStep } from './service-way';
import { promiseTime, statusName } from './wording';

export interface AfterFilingTurn {
  tools: ToolBox;
  lang: Lang;
  /** The ticket filed last in this chat. */
  ticketNumber: string;
  text: string;
  commands: readonly Command[];
  /** Everything known of the request as filed (product and contact facts). */
  facts: Readonly<Partial<Record<SlotName, string>>>;
  /** The slot the last reply asked for: a correction asked for by name comes as a bare value. */
  awaiting?: string;
}

export interface AfterFilingReply {
  text: string;
  /** The field whose new value the reply asked for (the next message is read as it); TICKET_FIELD when it asked which. */
  awaiting?: string;
}

async function readTicket(tools: ToolBox, number: string): Promise<CustomerTicketView | undefined> {
  const outcome = await tools.call('ticketStatus', { ticketNumber: number });
  const result = outcome.ok ? (outcome.result as TicketStatusResult) : undefined;
  return result?.found ? result.tickets.find((t) => t.number === number) : undefined;
}

const isOpen = (t: CustomerTicketView) => t.status !== 'resolved' && t.status !== 'closed';

/** What happens next on the ticket, with the time the customer asked for when there is one. */
function nextOnTicket(t: CustomerTicketView, lang: Lang, now: Date): string {
  if (!isOpen(t)) return lang === 'zh' ? `工单 ${t.number} 现在的状态是：${statusName(t.status, lang)}。` : `Ticket ${t.number} is now: ${statusName(t.status, lang)}.`;
  const due = promiseTime(t.firstResponseDue, lang, undefined, now);
  if (t.type === 'complaint')
    return lang === 'zh' ? `客服会在 ${due} 前给您打电话跟进，需要上门的会一并安排。` : `Our staff will call you by ${due} to follow it up and arrange a visit if one is needed.`;
  // (The time is kept with its label, "方便时间：明天上午": the customer hears only their own words.)
  const asked = t.visitTime?.replace(/^\s*(?:preferred time|方便时间)\s*[:：]\s*/i, '');
  const wish = asked ? (lang === 'zh' ? `您要的时间（${asked}）已写在工单上，` : `The time you asked for (${asked}) is on the ticket; `) : '';
  const next = filedNextStep(t.category, due, lang);
  // The engineer calls before coming, so the customer knows the time is only settled on that call.
  const confirm = t.category && !/service centre|服务中心/.test(next) ? (lang === 'zh' ? '具体几点到，以这通电话约定的为准。' : ' The exact time is the one you agree on that call.') : '';
  return lang === 'zh' ? `${wish}${next}${confirm}` : `${wish}${wish ? next.charAt(0).toLowerCase() + next.slice(1) : next}${confirm}`;
}

const lead = (t: CustomerTicketView, lang: Lang) => (lang === 'zh' ? `工单 ${t.number}：` : `Ticket ${t.number}: `);

/** A message about a different product than the ticket's starts its own request (said there to be a second ticket). */
function namesOtherProduct(turn: AfterFilingTurn, t: CustomerTicketView): boolean {
  const named = turn.commands.find((c) => (c.kind === 'set' || c.kind === 'correct') && c.slot === 'category');
  return Boolean(named && 'value' in named && t.category && named.value !== t.category);
}

/** The correction's new values, from the message (or the bare answer to the question that asked for one). */
function newValues(turn: AfterFilingTurn): Partial<Record<SlotName, string>> {
  const values: Partial<Record<SlotName, string>> = {};
  for (const c of turn.commands) if ((c.kind === 'set' || c.kind === 'correct') && isAmendable(c.slot) && c.value && c.slot !== 'preferredTime') values[c.slot] = c.value;
  const field = asksTicketChange(turn.text);
  // "the address is missing the 14": the number goes in front of (en) or after (zh) the address as filed.
  const old = turn.facts.address;
  // "改成文三路128号6幢301": the words after "改成" are the whole new address.
  const whole = field === 'address' && !values.address ? /(?:改成|改为|应该是|换成)[：:\s]*([^，。！!？?]*\d[^，。！!？?]*)/.exec(turn.text)?.[1]?.trim() : undefined;
  if (whole) values.address = whole;
  const number = field === 'address' && !values.address ? missingNumber(turn.text) : undefined;
  if (number && old && !old.includes(number)) values.address = turn.lang === 'zh' ? `${old}${number}` : `${number} ${old}`;
  return values;
}

/** Asked which field to change: the next message's facts are the change. */
const TICKET_FIELD = 'ticketField';

const ASK_VALUE: Record<'address' | 'model' | 'phone' | 'ticket', { zh: string; en: string }> = {
  address: { zh: '好的，请把完整的正确地址发给我，我直接改到工单 {n} 上。', en: 'Sure: send me the full address as it should read, and I will change it on ticket {n}.' },
  model: { zh: '好的，请把正确的型号发给我，我直接改到工单 {n} 上。', en: 'Sure: send me the right model, and I will change it on ticket {n}.' },
  phone: { zh: '好的，请把正确的手机号发给我，我直接改到工单 {n} 上。', en: 'Sure: send me the right phone number, and I will change it on ticket {n}.' },
  ticket: {
    zh: '可以改，不用重新报修。工单 {n} 上哪一项要改？比如地址、电话或型号，直接把正确的发给我。',
    en: 'Yes, I can change it; no new request is needed. What should change on ticket {n}: the address, the phone or the model? Just send me the right one.',
  },
};

/** The reply for a message about the ticket just filed, or undefined when the message is about something else. */
export async function afterFilingReply(turn: AfterFilingTurn): Promise<AfterFilingReply | undefined> {
  const { lang, text, commands } = turn;
  // An explicit call-off of the visit goes to the cancel flow, which names the ticket it cancels.
  // ("上门还在吧？没撤吧？" asks whether it was cancelled, and "改成…128号" changes the address, not the visit time.)
  const field = asksTicketChange(text);
  const stillBooked = asksIfStillBooked(text);
  const handsOn = (flow: string) => flow === 'return' || (flow === 'cancelVisit' && !stillBooked) || (flow === 'reschedule' && !(field && field !== 'ticket'));
  if (commands.some((c) => c.kind === 'start' && handsOn(c.flow))) return undefined;
  const t = await readTicket(turn.tools, turn.ticketNumber);
  if (!t) return undefined;
  const now = turn.tools.context.now;
  // A repair from before this chat: the ticket just filed is not its status.
  if (asksAboutEarlierRepair(text))
    return {
      text:
        lang === 'zh'
          ? `工单 ${t.number} 是您刚才在这次对话里新提交的报修，不是您之前那次维修。之前那次要查进度的话，请把当时的工单号发给我，或者告诉我登记时留的手机号，我帮您查。`
          : `Ticket ${t.number} is the request you just made in this chat, not that earlier repair. To check the earlier one, send me its ticket number, or the phone number it was booked under, and I'll look it up.`,
    };

  // Another product in the message is another request (the repair flow says it is a second ticket).
  if (namesOtherProduct(turn, t)) return undefined;

  // "你取消了什么", "is my visit still booked?": the ticket's real state, said plainly.
  if (stillBooked)
    return {
      text: isOpen(t)
        ? lang === 'zh'
          ? `没有取消任何东西，工单 ${t.number} 还在，照常有效。${nextOnTicket(t, lang, now)}`
          : `Nothing was cancelled: ticket ${t.number} is still booked. ${nextOnTicket(t, lang, now)}`
        : nextOnTicket(t, lang, now),
    };

  // A correction of the filed ticket: changed on it and said back, or its new value asked for.
  const awaited = turn.awaiting === TICKET_FIELD || (turn.awaiting && isAmendable(turn.awaiting as SlotName));
  if (field || awaited) {
    const values = newValues(turn);
    const changed = Object.keys(values).filter((s) => isAmendable(s as SlotName)) as Parameters<typeof amendFiled>[0]['changed'][number][];
    if (changed.length) return { text: await amendFiled({ tools: turn.tools, lang, ticketNumber: t.number, facts: { ...turn.facts, ...values }, changed }) };
    if (field) return { text: ASK_VALUE[field][lang].replace('{n}', t.number), awaiting: field === 'ticket' ? TICKET_FIELD : field };
  }

  // A goodbye, "never mind", "forget it": nothing is cancelled, and the customer hears the ticket stays.
  const asks = commands.some((c) => c.kind === 'ask' || c.kind === 'start' || c.kind === 'set' || c.kind === 'correct');
  if ((has(commands, 'bye') || has(commands, 'cancel')) && !asks && !/[?？]/.test(text))
    return {
      text: isOpen(t)
        ? lang === 'zh'
          ? `好的，不打扰了。工单 ${t.number} 照常保留，没有取消，等我们的电话就行。有需要随时找我。`
          : `OK, bye for now. Ticket ${t.number} stays booked, nothing is cancelled; just wait for our call. Message me any time if you need anything.`
        : lang === 'zh'
          ? '好的，有需要随时找我。'
          : 'OK, message me any time if you need anything.',
    };

  // "要有人来重新修，不是登记": the same matter, on the same ticket.
  if (wantsVisitNotRecord(text)) {
    await turn.tools.call('updateTicket', { ticketNumber: t.number, note: lang === 'zh' ? `客户要求上门（重新）维修：${text}` : `Customer wants a (re)visit: ${text}` });
    return {
      text:
        lang === 'zh'
          ? `明白，不用再开新单：已在工单 ${t.number} 上注明您要师傅上门${t.type === 'complaint' ? '重新维修' : '处理'}。${nextOnTicket(t, lang, now)}`
          : `Understood; no new ticket is needed: I've added to ticket ${t.number} that you want someone to come ${t.type === 'complaint' ? 'and redo the repair' : 'out'}. ${nextOnTicket(t, lang, now)}`,
    };
  }

  const visit = visitQuestion(text) ?? (comingWhen(text) ? 'howSoon' : undefined);
  // "还是不行", "still not working": news for the ticket, not a new fault to troubleshoot.
  if (saysStillBroken(text) || mentionsFiled(text)) {
    if (saysStillBroken(text)) await turn.tools.call('updateTicket', { ticketNumber: t.number, note: lang === 'zh' ? `客户反馈仍未好：${text}` : `Customer says it is still faulty: ${text}` });
    const head = saysStillBroken(text)
      ? lang === 'zh'
        ? `收到，已在工单 ${t.number} 上记下：问题还在。不用再自己试了，也不用重新报修。`
        : `Noted on ticket ${t.number}: the problem is still there. No need to try anything more yourself or to book again.`
      : lang === 'zh'
        ? `是的，工单 ${t.number} 已经提交，不用再报一次。`
        : `Yes, ticket ${t.number} is filed; there is nothing to fill in again.`;
    return { text: `${head}${lang === 'zh' ? '' : ' '}${nextOnTicket(t, lang, now)}` };
  }
  // "师傅明天上午来吧", "will he call first?": answered from the ticket.
  if (visit === 'callFirst' && isOpen(t) && t.type !== 'complaint')
    return {
      text:
        lang === 'zh'
          ? `会的。工单 ${t.number} 的工程师会在 ${promiseTime(t.firstResponseDue, lang, undefined, now)} 前先给您打电话，约好时间再来，不会不打招呼就上门。`
          : `Yes. For ticket ${t.number} the engineer calls you first, by ${promiseTime(t.firstResponseDue, lang, undefined, now)}, and comes at the time you agree; never unannounced.`,
    };
  if (visit && visit !== 'noMobile' && visit !== 'parts' && visit !== 'repairTime') return { text: `${lead(t, lang)}${nextOnTicket(t, lang, now)}` };

  return undefined;
}

/** "师傅明天上午来对吧", "is the engineer coming tomorrow?": when the visit is, asked in other words than visitQuestion knows. */
const COMING_ZH = /(?:师傅|工程师|维修员|人)[^，。？?！!]{0,10}(?:来|上门|到)[^，。？?！!]{0,3}(?:吗|吧|么|不|没|对吧|是吧)|(?:来不来|会不会来|几点(?:来|到)|哪天(?:来|到))/;
const COMING_EN =
  /\b(?:engineer|technician|he|she|they|someone|somebody|repairman)\b[^.?!]{0,12}\b(?:is|are|will be)? ?(?:coming|arriving|turning up)\b[^.!]*(?:\?|\bright\b|\bcorrect\b)|\b(?:is|are|will|when (?:is|will|does)|what time (?:is|will|does))\b[^.?!]{0,30}\b(?:engineer|technician|someone|somebody|he|she|they|repairman)\b[^.?!]{0,15}\b(?:come|coming|arrive|arriving|turn up|be here|visit)\b/i;
const comingWhen = (text: string) => COMING_ZH.test(text) || COMING_EN.test(text);

/** "单都提交了", "it's already filed": the customer points at the ticket, not at a new problem. */
const mentionsFiled = (text: string) =>
  /(?:单|单子|工单)(?:都|已经|早就)?(?:已经)?(?:提交|报|下|登记)了|已经(?:提交|报修|登记)|\b(?:already|it'?s|is) (?:been )?(?:filed|submitted|booked|logged)\b/i.test(text);
