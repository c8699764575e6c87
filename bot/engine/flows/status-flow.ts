/**
 * Ticket status (进度查询): the customer's own tickets only; the ticketStatus tool enforces it.
 * A ticket filed on another channel is shown after the customer reads back the one-time code that
 * was sent to the phone on that ticket. What the customer hears before the code is the same
 * whether or not the ticket exists, so asking tells a stranger nothing.
 */
import { TICKET_NUMBER_EXAMPLE } from '../../../tickets/ticket-number';
import type { Lang } from '../../phrases';
import type { TicketStatusResult } from '../../tools/ticket-status';
import type { CustomerTicketView } from '../../tools/ticket-view';
import { promiseTime, statusName } from '../wording';
import type { FlowKit, FlowSpec } from './flow';

function line(t: CustomerTicketView, lang: Lang, now: Date): string {
  const open = t.status !== 'resolved' && t.status !== 'closed';
  // Not yet picked up: when someone will call is what the customer is waiting for.
  const waiting = t.status === 'new' || t.status === 'open';
  if (lang === 'zh') {
    const next = waiting ? `，工程师会在 ${promiseTime(t.firstResponseDue, lang, undefined, now)} 前联系您` : '';
    return `工单 ${t.number}：${statusName(t.status, lang)}${next}${open ? `，预计 ${promiseTime(t.resolutionDue, lang, undefined, now)} 前处理完` : ''}。`;
  }
  const next = waiting ? `; the engineer will contact you by ${promiseTime(t.firstResponseDue, lang, undefined, now)}` : '';
  return `Ticket ${t.number}: ${statusName(t.status, lang)}${next}${open ? `, expected to be done by ${promiseTime(t.resolutionDue, lang, undefined, now)}` : ''}.`;
}

/** What the status flow says at each step of a proof (the security eval reads replies by them). */
export const STATUS_WORDS = {
  codeSent: {
    zh: '为了保护您的信息，需要先核实一下：如果这张工单是您报的，并且报修时留了手机号，我们已经给那个手机发了一条6位数字的验证码，请把验证码发给我（10分钟内有效）。',
    en: 'To protect your details, I need to check first: if this ticket is yours and you left a phone number on it, we have just texted a 6-digit code to that phone. Please send me the code (valid for 10 minutes).',
  },
  codeAgain: {
    zh: '请把短信里的6位数字验证码发给我，例如 123456。',
    en: 'Please send me the 6-digit code from the text message, e.g. 123456.',
  },
  noCode: {
    zh: '没有验证码也没关系：可以打开报修时短信里的工单链接查看进度，或者转人工客服帮您核实身份后查询。',
    en: 'No code? You can open the ticket link from the text message you got when you reported it, or ask for a person to check who you are and look it up.',
  },
  wrongCode: {
    zh: '这个验证码不对（或者已经过期了）。',
    en: "That code isn't right (or it has expired).",
  },
  locked: {
    zh: '这个对话里核对失败的次数太多了，为了保护工单信息，请一小时后再试，或者转人工客服帮您核实。',
    en: 'There have been too many failed checks from this chat. To protect ticket details, please try again in an hour, or ask for a person to help.',
  },
  resent: {
    zh: '好的，已重新申请发送验证码到这张工单上留的手机（几分钟内只会发一次，之前那条如果收到了仍然有效）。收到后把6位数字发给我；如果那个手机号已经不用了，可以回复“转人工”，客服核实身份后帮您查。',
    en: 'OK, I\'ve asked for the code to be sent again to the phone on that ticket (it goes at most once every few minutes, and an earlier code still works if it arrives). Send me the 6 digits when you get it; if you no longer use that phone, reply "human" and a person will check who you are and look it up.',
  },
  mistyped: {
    zh: '这个工单号好像有一位写错了，请对照短信或报修记录核对一下再发给我。',
    en: 'That ticket number seems to have a character wrong. Please check it against your text message or receipt and send it again.',
  },
  none: {
    zh: `这个对话里还没有您的工单。请把工单号发给我（像 ${TICKET_NUMBER_EXAMPLE} 这样），我帮您查。`,
    en: `I don't see a ticket for you in this chat yet. Send me the ticket number (like ${TICKET_NUMBER_EXAMPLE}) and I'll look it up.`,
  },
};

/** "没收到验证码", "能再发一次吗", "I never got the code": the customer asks for the code again. */
export const RESEND_CODE =
  /(?:没|没有|未|还没)(?:收到|接到|看到|来)|收不到|再发|重发|重新发|再来一[个条次]|\bresend\b|\bsend (?:it|the code|a code|another(?: one)?|me (?:another|a new)(?: one| code)?) ?(?:again)?\b|\b(?:didn'?t|did not|haven'?t|have not|never) (?:get|got|receive|received)\b|\b(?:another|a new) code\b|\bno (?:text|sms|code) (?:came|arrived|yet)\b|\bnot (?:received|arrived)\b/i;

/**
 * Asks for the code to be texted again (the ticketStatus tool keeps its abuse limits: within the
 * resend gap nothing new is sent and the live code stays valid), with a person as the other way in.
 * The answer is the same whether or not the ticket exists.
 */
export async function resendCode(kit: FlowKit): Promise<void> {
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
    {
      slot: 'proofCode',
      required: true,
      ask: [STATUS_WORDS.codeSent, STATUS_WORDS.codeAgain],
      without: STATUS_WORDS.noCode,
      // Asked only once a code has been sent for a ticket of another channel.
      knownFrom: (kit) => !kit.frame.challenged,
    },
  ],
  async finish(kit) {
    const { ticketNumber, proofCode } = kit.facts;
    // Asked twice for the code and none came: the flow ends with the other ways in (said already).
    if (kit.frame.challenged && !proofCode) return { done: true };
    const outcome = await kit.tools.call('ticketStatus', { ticketNumber, code: kit.frame.challenged ? proofCode : undefined });
    const result: TicketStatusResult = outcome.ok ? (outcome.result as TicketStatusResult) : { found: false, tickets: [] };
    if (result.found) {
      kit.say(result.tickets.map((t) => line(t, kit.lang, kit.tools.context.now)).join('\n'));
      return { done: true };
    }
    if (result.codeSent) {
      kit.frame.challenged = true;
      return { askAgain: true, fresh: true };
    }
    if (result.wrongCode) {
      // Asked again (the second wording) until the engine's limit of two asks, then the other ways in.
      delete kit.frame.facts.proofCode;
      kit.say(STATUS_WORDS.wrongCode[kit.lang]);
      return { askAgain: true };
    }
    if (result.locked) kit.say(STATUS_WORDS.locked[kit.lang]);
    else if (result.mistyped) kit.say(STATUS_WORDS.mistyped[kit.lang]);
    else kit.say(STATUS_WORDS.none[kit.lang]);
    return { done: true };
  },
};
