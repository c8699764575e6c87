/**
 * What the bot says while a conversation is with people. Every message is relayed to the desk
 * (the pipeline queues it); the customer is never left in silence while they wait for a person:
 * danger gets its safety advice at once, a question about the wait or a ticket's status gets the
 * truth, a phone number asked for at the handoff is put on the ticket, a plain question the
 * knowledge base answers is answered, and anything else gets a short word that the person has
 * the message, never the same words twice in a row. Once a person is talking to the customer
 * (mode agent) the bot keeps out of it, but for danger.
 */
import type { Ticket } from '../tickets/ticket';
import type { Availability } from './agent-availability';
import type { TurnUnderstanding } from './brain';
import type { ConversationState } from './conversation';
import { answerWithSource } from './engine/flows/fault-flow';
import { REPEATED_REPAIRS, WANTS_REPLACEMENT } from './engine/after-sales-words';
import { lookUpAnswer, repeatedRepairRule } from './engine/flows/policy-flow';
import { statusName } from './engine/wording';
import { answerSafetyFollowUp, stillSafe } from './engine/safety-follow-up';
import type { SafetyContext } from './engine/safety-context';
import { contactTime, waitUpdate, type BusinessHours } from './honest-wait';
import type { Lang } from './phrases';
import type { ToolBox } from './tools/tool';
import type { CustomerTicketView } from './tools/ticket-view';

export interface WaitingTurn {
  /** The customer's normalised text. */
  text: string;
  understanding: TurnUnderstanding;
  lang: Lang;
  mode: Exclude<ConversationState['mode'], 'bot'>;
  turns: number;
  /** The customer's own tools (ticket status, knowledge search, ticket update), bound to this turn. */
  tools: ToolBox;
  /** The conversation's ticket, when it has one. */
  ticket?: Ticket;
  availability: Availability;
  now: Date;
  /** What the bot said last, so an acknowledgement never repeats it word for word. */
  lastReply?: string;
  /** The bot's recent replies, oldest first: safety advice already given is not given again in full, and is found again when asked about. */
  earlierReplies?: string[];
  hours?: BusinessHours;
  /** The danger this conversation reported, when it did (ConversationState.safety). */
  safety?: SafetyContext;
}

export interface WaitingReply {
  /** Nothing to say (a person is talking to the customer). */
  text?: string;
  /** What the reply was (for the stored meta and tests). */
  kind: 'danger' | 'silent' | 'wait' | 'status' | 'phone' | 'answer' | 'escalated' | 'relayed';
}

const ACKS: Record<Lang, string[]> = {
  zh: ['收到，这条已转给跟进您这个问题的人工客服，他们会在这里回复您。', '这条也已转给人工客服，他们看到后会在这里回复您。', '好的，您补充的内容人工客服都能看到，请留意这里的回复。'],
  en: [
    'Got it. I have passed this to the person handling your case; they will reply here.',
    'That is passed on too; the person handling your case will answer here.',
    'Noted: the person handling your case can see everything you add here, so watch for their reply.',
  ],
};

const URGENT: Record<Lang, string> = {
  zh: '已把这条消息标为紧急转给人工客服，请先按上面的安全提示做。',
  en: 'I have flagged this message as urgent for the person handling your case; please follow the safety advice above first.',
};

/** "还要等多久", "有人吗", "how long", "is anyone there": the customer asks about the wait itself. */
const ABOUT_THE_WAIT =
  /(?:等|要)多久|多长时间|什么时候(?:回复|联系|有人|来)|怎么还没|还没(?:人|回)|有人(?:吗|在吗|没)|人呢|在吗|how long|any(?:one|body) there|when will (?:someone|somebody|an agent|a person|they)|still waiting|are you there/i;
/** Shaped like a question: a plain question may have its answer in the knowledge base. */
const QUESTION = /[?？]|吗[。！!]?\s*$|(?:怎么|怎样|如何|多少|几[年个天]|哪[里儿个些]|什么|是否|能不能|可不可以|要不要|收费)|^\s*(?:how|what|when|where|why|which|can|could|do|does|is|are|will)\b/i;

export async function replyWhileWaiting(turn: WaitingTurn): Promise<WaitingReply> {
  const u = turn.understanding;
  // "can I back up my photos first?", "the power is off, can I take the dishes out?" after safety
  // advice: the question answered from the hazard's rules (bot/engine/safety-follow-up.ts).
  const followUp = answerSafetyFollowUp(turn);
  if (followUp) return followUp;
  if (u.safety) {
    // Danger first, whoever has the conversation; decided by rules, never by a model. Advice already
    // given is not given again in full, and the rest of the turn still happens: a phone number in
    // the same message goes on the ticket.
    const repeated = Boolean(u.safetyAdvice && turn.earlierReplies?.some((r) => r.includes(u.safetyAdvice!)));
    const saved = await savePhone(turn);
    const advice = repeated ? stillSafe(turn) : (u.safetyAdvice ?? '');
    return { kind: 'danger', text: [advice, URGENT[turn.lang], saved ?? ''].filter(Boolean).join('\n') };
  }
  // A person is typing to the customer: the bot does not talk over them.
  if (turn.mode === 'agent') return { kind: 'silent' };

  const saved = await savePhone(turn);
  if (saved) return { kind: 'phone', text: saved };

  if (u.intent === 'ticket_status' || u.slots.ticketNumber) {
    const looked = await turn.tools.call('ticketStatus', { ticketNumber: u.slots.ticketNumber });
    const found = looked.ok ? (looked.result as { found: boolean; tickets: CustomerTicketView[] }) : undefined;
    if (found?.found) return { kind: 'status', text: [...found.tickets.map((t) => statusLine(t, turn)), passedOn(turn.lang)].join('\n') };
  }

  // "找你们经理", "I want a manager TODAY", a threat to go to 12315: said back, and written on the
  // ticket where the desk sees it, not answered with the same "passed on".
  if (ESCALATION.test(turn.text) || u.intent === 'human_request') {
    if (turn.ticket)
      await turn.tools.call('updateTicket', {
        ticketNumber: turn.ticket.number,
        note: `Customer asks for escalation: ${turn.understanding.reasons.join('; ').slice(0, 300) || 'a manager / a person'}`,
      });
    return { kind: 'escalated', text: escalated(turn) };
  }

  if (ABOUT_THE_WAIT.test(turn.text)) {
    return {
      kind: 'wait',
      text: waitUpdate({
        lang: turn.lang,
        availability: turn.availability,
        now: turn.now,
        ticketNumber: turn.ticket?.number,
        firstResponseDue: turn.ticket?.firstResponseDue,
        phoneKnown: true,
        hours: turn.hours,
      }),
    };
  }

  // "修了三次还坏 按三包该给我换新的吧": the repeated-repair rule, while the person checks the record.
  if (WANTS_REPLACEMENT.test(turn.text) && REPEATED_REPAIRS.test(turn.text)) {
    const rule = await repeatedRepairRule({ tools: turn.tools, facts: {} }, turn.lang);
    if (rule) return { kind: 'answer', text: `${answerWithSource(rule, turn.lang)}\n${passedOn(turn.lang)}` };
  }

  if (QUESTION.test(turn.text)) {
    const answer = await lookUpAnswer({ tools: turn.tools, facts: { category: u.slots.category } }, turn.text);
    if (answer) return { kind: 'answer', text: `${answerWithSource(answer, turn.lang)}\n${passedOn(turn.lang)}` };
  }

  return { kind: 'relayed', text: acknowledgement(turn) };
}

/** The phone number of this message put on the ticket that lacked one, and the words saying so. */
async function savePhone(turn: WaitingTurn): Promise<string | undefined> {
  const phone = turn.understanding.slots.phone;
  if (!phone || !turn.ticket || turn.ticket.contactPhone) return undefined;
  // An address given with the phone ("my number is …, address …") goes on the ticket with it.
  const slots = turn.understanding.slots;
  const address = slots.address && !turn.ticket.address ? slots.address : undefined;
  const saved = await turn.tools.call('updateTicket', { ticketNumber: turn.ticket.number, phone, address });
  return saved.ok ? phoneSaved(phone, turn) : undefined;
}

/** Asking for someone more senior, or saying where the complaint will go next. */
const ESCALATION =
  /(主管|经理|领导|负责人|上级|投诉到底|12315|消协|曝光|抖音|微博|小红书|媒体|律师|起诉|\bmanager\b|\bsupervisor\b|\bescalat\w*|\b12315\b|\bweibo\b|\bxiaohongshu\b|\bsocial media\b|\blawyer\b|\bsue\b|\bconsumer (?:association|council|authority)\b)/i;

function escalated(turn: WaitingTurn): string {
  const by = turn.ticket ? contactTime(turn.ticket.firstResponseDue, turn.now, turn.lang, turn.hours) : undefined;
  if (turn.lang === 'zh') return `明白，已在工单${turn.ticket ? ` ${turn.ticket.number} ` : ''}上注明您要求主管处理，并标为优先跟进${by ? `；最迟 ${by} 前会有人联系您` : ''}。`;
  return `Understood. I've noted on ${turn.ticket ? `ticket ${turn.ticket.number}` : 'your case'} that you want a manager to handle this, flagged as a priority${by ? `; someone will contact you by ${by}` : ''}.`;
}

/** A short word that the person has the message, turning through a few wordings so none is said twice in a row. */
function acknowledgement(turn: WaitingTurn): string {
  const options = ACKS[turn.lang];
  for (let i = 0; i < options.length; i++) {
    const candidate = options[(turn.turns + i) % options.length]!;
    if (!turn.lastReply?.includes(candidate)) return candidate;
  }
  return options[0]!;
}

function passedOn(lang: Lang): string {
  return lang === 'zh' ? '（这条消息也已转给人工客服。）' : '(This message has been passed on to the person handling your case too.)';
}

function phoneSaved(phone: string, turn: WaitingTurn): string {
  const shown = /^\d{11}$/.test(phone) ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone;
  const by = turn.ticket ? contactTime(turn.ticket.firstResponseDue, turn.now, turn.lang, turn.hours) : undefined;
  if (turn.lang === 'zh') return `好的，已把电话 ${shown} 记到工单 ${turn.ticket!.number} 上${by ? `，客服会在 ${by} 前打这个号码联系您` : ''}。`;
  return `Thanks, ${shown} is now on ticket ${turn.ticket!.number}${by ? `; someone will call you on it by ${by}` : ''}.`;
}

function statusLine(t: CustomerTicketView, turn: WaitingTurn): string {
  const { lang, now, hours } = turn;
  const open = t.status !== 'resolved' && t.status !== 'closed';
  const waiting = t.status === 'new' || t.status === 'open';
  const contact = contactTime(t.firstResponseDue, now, lang, hours);
  const done = contactTime(t.resolutionDue, now, lang, hours);
  if (lang === 'zh') {
    const next = waiting ? `，最迟 ${contact} 前会有人联系您` : '';
    return `工单 ${t.number}：${statusName(t.status, lang)}${next}${open ? `，预计 ${done} 前处理完` : ''}。`;
  }
  const next = waiting ? `; someone will contact you by ${contact}` : '';
  return `Ticket ${t.number}: ${statusName(t.status, lang)}${next}${open ? `, expected to be done by ${done}` : ''}.`;
}
