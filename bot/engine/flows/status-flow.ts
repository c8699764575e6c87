/**
 * Ticket status (进度查询): the customer's own tickets only; the ticketStatus tool enforces it.
 * A ticket filed on another channel is shown after the customer reads back the one-time code that
 * was sent to the phone on that ticket. What the customer hears before the code is the same
 * whether or not the ticket exists, so asking tells a stranger nothing.
 */
import type { Lang } from '../../phrases';
import { maskMobile } from '../../text/phone-numbers';
import type { TicketStatusResult } from '../../tools/ticket-status';
import type { TicketsByPhoneResult } from '../../tools/tickets-by-phone';
import type { CustomerTicketView } from '../../tools/ticket-view';
import { promiseTime } from '../wording';
import { firstContactLine, ticketStatusName } from '../ticket-next-contact';
import type { FlowKit, FlowSpec } from './flow';
import { byPhone, LOOKUP_WORDS, lookUpByPhone, phoneSlot, proofCodeSlot, ticketLine } from './phone-lookup';
import { wrongCodeNext } from './code-outcome';
import { STATUS_WORDS } from './status-flow-words';
import { foreignReference } from '../../understanding/foreign-reference';
import { notOurNumber } from '../not-our-number';

export { STATUS_WORDS } from './status-flow-words';

function line(t: CustomerTicketView, lang: Lang, now: Date): string {
  const open = t.status !== 'resolved' && t.status !== 'closed';
  // Not yet picked up: when someone will call is what the customer is waiting for, said as who it
  // is (an engineer only for a repair visit). No person has looked at it yet, so no one can say
  // when it will be done: only the first-contact time is given.
  const waiting = t.status === 'new' || t.status === 'open';
  const doneBy = open && !waiting;
  const due = promiseTime(t.firstResponseDue, lang, undefined, now);
  const status = ticketStatusName(t, lang);
  if (lang === 'zh') {
    const next = waiting ? `，${firstContactLine(t, due, lang)}` : '';
    return `工单 ${t.number}：${status}${next}${doneBy ? `，预计 ${promiseTime(t.resolutionDue, lang, undefined, now)} 前处理完` : ''}。`;
  }
  const next = waiting ? `; ${firstContactLine(t, due, lang)}` : '';
  return `Ticket ${t.number}: ${status}${next}${doneBy ? `, expected to be done by ${promiseTime(t.resolutionDue, lang, undefined, now)}` : ''}.`;
}

/** "没收到验证码", "能再发一次吗", "I never got the code", "nothing has come through": the customer asks for the code again. */
export const RESEND_CODE =
  /(?:没|没有|未|还没)(?:收到|接到|看到|来)|收不到|再发|重发|重新发|再来一[个条次]|\bresend\b|\bsend (?:it|the code|a code|another(?: one)?|me (?:another|a new)(?: one| code)?) ?(?:again)?\b|\b(?:didn'?t|did not|haven'?t|have not|never) (?:get|got|receive|received)\b|\b(?:another|a new) code\b|\bno (?:text|sms|code) (?:came|arrived|yet)\b|\bnot (?:received|arrived)\b|\bno (?:code|text|sms|message)\b[^.?!]{0,20}\b(?:come|came|arrived|through|yet)\b|\bnothing (?:has )?(?:come|came|arrived)\b|\b(?:hasn'?t|has not|never) (?:come|came|arrived|shown up)\b|还是没(?:有|收到|来)|依然没|仍然没|\bstill (?:nothing|no (?:code|text|sms|message)|not (?:here|come|arrived|received))\b/i;

/** What every "sent again" reply says (resendCode below, STATUS_WORDS.resent): the next "still nothing" is not sent again. */
export const RESENT_MARK = /已重新申请发送验证码|asked for the code to be sent again/;

/** The code did not come after a resend either: the other ways on, never the same request again. */
export const CODE_STILL_MISSING = {
  zh: '抱歉，重发之后还是没收到的话，再发也多半一样，可能报修时留的不是这个号码，或者短信被手机拦截了。您可以发另一个当时可能留的手机号给我；或者回复“转人工”，客服核实您的身份后直接帮您查，不需要验证码。',
  en: 'Sorry. If it still hasn\'t come after the resend, sending it again probably won\'t help: the booking may be under a different number, or the phone may be blocking the text. You can send me another number the booking might be under, or reply "human" and a person will check who you are and look it up without a code.',
};

/**
 * Asks for the code to be texted again (the ticketStatus tool keeps its abuse limits: within the
 * resend gap nothing new is sent and the live code stays valid), with a person as the other way in.
 * The answer is the same whether or not the ticket exists.
 */
export async function resendCode(kit: FlowKit): Promise<void> {
  // A code that went to a phone the customer named (no ticket number): sent again to that phone.
  if (byPhone(kit.facts)) {
    const again = await kit.tools.call('findTicketsByPhone', { phone: kit.facts.phone });
    const found: TicketsByPhoneResult = again.ok ? (again.result as TicketsByPhoneResult) : { found: false, tickets: [] };
    if (found.locked) kit.say(STATUS_WORDS.locked[kit.lang]);
    else
      kit.say(
        kit.lang === 'zh'
          ? `好的，已重新申请发送验证码到 ${maskMobile(kit.facts.phone!)}（几分钟内只会发一次，之前那条如果收到了仍然有效）。收到后把6位数字发给我；如果收不到，可以回复“转人工”，客服核实身份后帮您处理。`
          : `OK, I've asked for the code to be sent again to ${maskMobile(kit.facts.phone!)} (it goes at most once every few minutes, and an earlier code still works if it arrives). Send me the 6 digits when you get it; if it doesn't come, reply "human" and a person will check who you are and help.`,
      );
    return;
  }
  const outcome = await kit.tools.call('ticketStatus', { ticketNumber: kit.facts.ticketNumber });
  const result: TicketStatusResult = outcome.ok ? (outcome.result as TicketStatusResult) : { found: false, tickets: [] };
  if (result.locked) {
    kit.say(STATUS_WORDS.locked[kit.lang]);
    return;
  }
  kit.say(STATUS_WORDS.resent[kit.lang]);
}

export const statusFlow: FlowSpec = {
  name: 'status',
  title: { zh: '进度查询', en: 'ticket status' },
  slots: [
    // No number and no ticket of the customer's own: the phone left on the ticket finds it.
    // No number and no ticket of the customer's own: the phone left on the ticket finds it. (Not
    // asked before the flow first looked: the customer's own tickets, closed or proven ones too, come first.)
    phoneSlot((kit) => !kit.frame.opened || Boolean(kit.facts.ticketNumber) || kit.filed.length > 0 || kit.turn.openTickets.length > 0 || kit.frame.challenged, true),
    // Asked only once a code has been sent for a ticket of another channel.
    proofCodeSlot(STATUS_WORDS.noCode),
  ],
  async finish(kit) {
    const { ticketNumber, proofCode } = kit.facts;
    // "SX2026112803" given as the ticket: not one of ours, said before the number or phone is asked for (bot/engine/not-our-number.ts).
    const foreign = ticketNumber ? undefined : foreignReference(kit.turn.text);
    if (foreign) kit.say(notOurNumber(foreign, kit.lang));
    // (Kept, so "did you lose it?" hears which number found nothing: bot/engine/booking-not-found.ts.)
    if (foreign) kit.frame.unfound = foreign;
    // Asked twice for the code and none came: the flow ends with the other ways in (said already).
    if (kit.frame.challenged && !proofCode) return { done: true };
    // Asked for the number or the phone and given neither: a person was offered (the question's last words).
    if (!ticketNumber && !kit.facts.phone && kit.frame.skipped.includes('phone')) return { done: true };
    if (byPhone(kit.facts) && !kit.filed.length && !kit.turn.openTickets.length) {
      const lookup = await lookUpByPhone(kit);
      if ('result' in lookup) return lookup.result;
      const many = lookup.tickets.length > 1;
      const head = many ? (kit.lang === 'zh' ? '这个号码下进行中的工单：\n' : 'The open tickets under that number:\n') : '';
      kit.say(head + lookup.tickets.map((t, i) => ticketLine(t, kit.lang, many ? i : undefined)).join('\n'));
      return { done: true };
    }
    const outcome = await kit.tools.call('ticketStatus', { ticketNumber, code: kit.frame.challenged ? proofCode : undefined });
    const result: TicketStatusResult = outcome.ok ? (outcome.result as TicketStatusResult) : { found: false, tickets: [] };
    if (result.found) {
      // Asked without a number, a ticket made in this very chat is named as that: it is not an older repair (playtest round 15).
      const fromChat = !ticketNumber && result.tickets.every((t) => kit.filed.includes(t.number));
      const head = fromChat ? (kit.lang === 'zh' ? '这是您在这次对话里刚提交的请求。' : 'This is the request you made in this chat just now. ') : '';
      kit.say(head + result.tickets.map((t) => line(t, kit.lang, kit.tools.context.now)).join('\n'));
      return { done: true };
    }
    if (result.codeSent) {
      kit.frame.challenged = true;
      return { askAgain: true, fresh: true };
    }
    if (result.wrongCode) {
      // Asked again (the second wording) until the engine's limit of two asks, then the other ways in.
      delete kit.frame.facts.proofCode;
      kit.say(`${STATUS_WORDS.wrongCode[kit.lang]}${kit.lang === 'zh' ? '' : ' '}${wrongCodeNext(result.triesLeft, kit.lang)}`);
      return { askAgain: true, retry: (result.triesLeft ?? 0) > 0 };
    }
    if (result.locked) kit.say(STATUS_WORDS.locked[kit.lang]);
    // No such ticket: said plainly, the number dropped, and the number or the phone on the ticket asked for next.
    else if (result.unknown || result.mistyped) {
      kit.say(STATUS_WORDS.notFoundHead[kit.lang]);
      kit.frame.unfound = ticketNumber;
      delete kit.frame.facts.ticketNumber;
      return { askAgain: true };
    }
    // Nothing of theirs in sight: the number, or the phone on the ticket, is asked for next (or
    // said as what to send, when another job of the same message still needs answering).
    else if (!ticketNumber && !kit.frame.opened && !kit.stacked) return { askAgain: true };
    else if (!ticketNumber) kit.say(LOOKUP_WORDS.askNumberOrPhone[kit.lang]);
    else kit.say(STATUS_WORDS.none[kit.lang]);
    return { done: true };
  },
};
