/**
 * Questions about how the wait goes on, asked while waiting for a person: when someone will call,
 * whether they will still call by a time, whether people work weekends, whether an engineer can
 * come on a given day. Answered from the one promise rule (the ticket's SLA inside business hours,
 * `contactTime`), the same words each time; a day or time the customer wants goes on the ticket
 * for the person who arranges the visit. No visit day is promised here: only the person can.
 */
import { ruledOutTime } from './understanding/visit-time';
import type { Ticket } from '../tickets/ticket';
import { BUSINESS_HOURS } from './engine/wording';
import type { Availability } from './agent-availability';
import { contactTime, withinBusinessHours, type BusinessHours } from './honest-wait';
import type { Lang } from './phrases';
import type { ToolBox } from './tools/tool';
import { maskedPhone } from './waiting-ticket-facts';

const DAY = /(?:今天|明天|后天|大后天|周末|(?:这|下)?(?:周|星期|礼拜)[一二三四五六日天末]|\d{1,2}[月号日]|\b(?:today|tomorrow|weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b)/i;
const HOUR = /(?:(?:上午|下午|中午|晚上|傍晚|早上)\s*\d{0,2}\s*(?:点半?|:\d{2})?|\d{1,2}\s*(?:点半?|:\d{2})|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b(?:morning|afternoon|evening|noon|lunchtime)\b)/i;
/** Someone contacting, calling, coming, working. */
const CONTACT_ACT =
  /联系|打电话|打给|回电|来电|回复|上门|来(?:修|人|看|家)?|派人|上班|休息|放假|营业|有人|\b(?:call|calls|calling|ring|phone|contact|reach|reply|come|coming|visit|work|working|open|available|send)\b/i;
/** Asking about it: a question word or a question mark. */
const ASKS = /[?？]|吗|么|没有|不会|能不能|可不可以|会不会|什么时候|几点|哪天|多久|\b(?:when|what time|which day|will|would|can|could|do|does|is|are|still)\b/i;
/** People at work on a day (weekends, holidays), rather than a contact. */
const WORKING = /上班|休息|放假|营业|工作日|节假日|\bwork(?:ing)?\b|\bopen\b|\bbusiness hours\b|\bholidays?\b/i;
/** The engineer's visit, rather than a call. */
const VISIT = /上门|来(?:修|家|人)?(?:吗|么|不)|能来|\b(?:come|coming|visit|visits)\b|\bis \w+ possible\b/i;

export interface ContactQuestion {
  /** A day or time the customer named, to go on the ticket. */
  wanted?: string;
  aboutWork: boolean;
  aboutVisit: boolean;
}

/**
 * The customer offering a time: when they are free or at home, when they would like the call or the
 * visit ("明天下午我在家", "能不能周六来", "I'm free after 6", "can they come on Saturday").
 * A time named only inside a question about the desk's hours ("周末上班吗") or their own day
 * ("明天要上班") is no offer.
 */
const OFFERS =
  /方便|有空|在家|家里有人|(?:我|家里)(?:都|一直)?在(?!线)|最好|希望|想(?:约|要|让|请)|约(?:在|到)|改(?:到|成|在)|安排在|(?:能不能|可不可以|可以|能)[^，,。？?]{0,8}(?:来|上门|打)|(?:来|上门|打(?:给我|电话)?)(?:吗|么|不)|\b(?:i'?m|i am|we'?re|we are|i'?ll be|i will be) (?:free|available|home|in|around|back)\b|\b(?:free|available)\b|\bprefer\b|\bwould like\b|\b(?:can|could|will) (?:they|you|someone|somebody|the engineer|an engineer|a technician) (?:come|call|ring|visit)\b|\bsuits? me\b/i;

/** "会联系我吗", "will someone call me by 3pm": a time for the call to them is a wish for it. */
const CONTACT_ME = /(?:联系|打(?:电话)?(?:给)?|回电(?:话)?(?:给)?)我|\b(?:call|ring|phone|contact|reach|text) me\b/i;

/** Asking who will be in touch: the day in it is when they expect the call, not a time they offer. */
const ASKS_WHO = /谁|哪位|\bwho\b/i;

/** The days and hours named in the message, in order. */
function timesSaid(text: string): string[] {
  const found = [...text.matchAll(new RegExp(DAY.source, 'gi')), ...text.matchAll(new RegExp(HOUR.source, 'gi'))];
  return found.sort((a, b) => a.index - b.index).map((m) => m[0].trim());
}

/**
 * A time they are busy ("我下午有会", "tomorrow morning I'm at work") is no time to call: the busy words
 * may follow the time itself or the next time named with it ("明天上午要开会": 明天 too).
 */
function busyThen(text: string, time: string): boolean {
  if (ruledOutTime(text, time)) return true;
  const after = text.slice(text.indexOf(time) + time.length);
  const next = timesSaid(after)[0];
  return next !== undefined && /^\s*$/.test(after.slice(0, after.indexOf(next))) && ruledOutTime(text, time + after.slice(0, after.indexOf(next)) + next);
}

/** Whether the message asks when or whether someone will be in touch (or at work, or come); undefined otherwise. */
export function contactAsked(text: string, botSaid: string[] = []): ContactQuestion | undefined {
  const timed = DAY.test(text) || HOUR.test(text) || /什么时候|多久|几点|哪天|\bwhen\b|\bwhat time\b|\bwhat hours\b|\bhow long\b/i.test(text);
  if (!timed || !CONTACT_ACT.test(text) || !ASKS.test(text)) return undefined;
  // Only a time the customer offers goes on the ticket; one they quote back from our replies ("你说的
  // 8点到20点") is a question about what we said, and "noted: 8点 / 20点" would be nonsense.
  // ("明天谁打给我", "who is going to call me tomorrow?" ask who and when, and offer no time.)
  const wish = OFFERS.test(text) || VISIT.test(text) || (CONTACT_ME.test(text) && !ASKS_WHO.test(text));
  const said = wish && !(WORKING.test(text) && !VISIT.test(text) && !OFFERS.test(text)) ? timesSaid(text).filter((t) => !quotedBack(t, botSaid) && !busyThen(text, t)) : [];
  const wanted = [...new Set(said)].join(' / ') || undefined;
  return { wanted, aboutWork: WORKING.test(text), aboutVisit: VISIT.test(text) };
}

/** A day or time that one of our replies named already ("8点" after "8:00–20:00", "18:17"). */
function quotedBack(time: string, botSaid: string[]): boolean {
  const hour = new RegExp(HOUR.source, 'i').test(time) ? /\d{1,2}/.exec(time)?.[0] : undefined;
  if (hour) return botSaid.some((r) => new RegExp(`(?<!\\d)0?${Number(hour)}(?::\\d{2}|点)`).test(r));
  return botSaid.some((r) => r.toLowerCase().includes(time.toLowerCase()));
}

export interface ContactFacts {
  ticket?: Ticket;
  now: Date;
  lang: Lang;
  hours?: BusinessHours;
  tools: ToolBox;
  /** Who is at the desk now: "we work 8–20" said inside those hours with nobody free says why nobody answers. */
  availability?: Availability;
  /** A phone number this message gave (put on the ticket in this same turn, and said back with the time). */
  phoneGiven?: string;
  /** A handoff with no ticket: when a person is due to answer (ConversationState.handoffDue). */
  handoffDue?: string;
  /** With no ticket: a number is on the customer's record for the person who calls. */
  phoneOnRecord?: boolean;
}

/** The answer: the promise (always the same rule), the desk's hours when asked, and a wanted day noted for the person. */
export async function contactAnswer(q: ContactQuestion, f: ContactFacts): Promise<string> {
  const zh = f.lang === 'zh';
  const hours = f.hours ?? BUSINESS_HOURS;
  const parts: string[] = [];
  if (q.aboutWork) parts.push(workLine(f, hours));
  const by = f.ticket ? contactTime(f.ticket.firstResponseDue, f.now, f.lang, hours) : undefined;
  const known = f.ticket?.contactPhone ?? f.phoneGiven;
  const phone = known ? maskedPhone(known) : undefined;
  // A number just put on the ticket was said back with the time in this reply: the time is not said twice.
  const justSaved = Boolean(f.phoneGiven && !f.ticket?.contactPhone);
  if (by && !justSaved) {
    if (zh) parts.push(`您的工单 ${f.ticket!.number} 最迟 ${by} 前会有人${phone ? `打 ${phone} ` : ''}联系您${phone ? '' : '（留个手机号，客服就能直接打给您）'}。`);
    else parts.push(`On ticket ${f.ticket!.number}, someone will contact you${phone ? ` on ${phone}` : ''} by ${by}${phone ? '' : ' (leave a phone number and they can call you directly)'}.`);
  }
  // A handoff with no ticket keeps its own clock: the same promise, without a ticket number that does not exist.
  const queuedBy = !f.ticket && f.handoffDue ? contactTime(f.handoffDue, f.now, f.lang, hours) : undefined;
  if (queuedBy && !f.phoneGiven) {
    const reachable = f.phoneOnRecord;
    if (zh) parts.push(`客服最迟 ${queuedBy} 前会联系您${reachable ? '' : '（留个手机号，客服就能直接打给您）'}。`);
    else parts.push(`Someone will contact you by ${queuedBy}${reachable ? '' : ' (leave a phone number and they can call you directly)'}.`);
  }
  // With no ticket the message itself reaches the person: what they asked for is said back as passed on.
  if (q.wanted && !f.ticket && f.handoffDue) parts.push(zh ? `您说的“${q.wanted}”客服会看到，会尽量照您说的时间联系。` : `They will see that you asked for "${q.wanted}" and will try to keep to it.`);
  if (q.wanted && f.ticket) {
    const noted = await f.tools.call('updateTicket', { ticketNumber: f.ticket.number, note: `Customer asks about / would like: ${q.wanted}` });
    if (noted.ok) {
      if (q.aboutVisit)
        parts.push(
          zh
            ? `上门的具体日子由跟进的客服跟您约定，您说的“${q.wanted}”我已经记在工单上了。`
            : `The visit day is agreed with you by the person handling your case; I've put "${q.wanted}" on the ticket for them.`,
        );
      else parts.push(zh ? `您说的“${q.wanted}”我已经记在工单上，客服会看到。` : `I've put "${q.wanted}" on the ticket so they see it.`);
    }
  }
  return parts.join(zh ? '' : ' ');
}

/** The desk's hours, and, asked inside them with nobody free, that nobody is free right now: one consistent account. */
function workLine(f: ContactFacts, hours: BusinessHours): string {
  const zh = f.lang === 'zh';
  const line = zh ? `人工客服每天 ${hours.open}:00–${hours.close}:00 上班，周末也在。` : `Our agents work every day, weekends included, ${hours.open}:00–${hours.close}:00 China time.`;
  const nobodyFree = f.availability && !f.availability.unseenDesks && f.availability.online === 0 && withinBusinessHours(f.now, hours);
  if (!nobodyFree) return line;
  return zh ? `${line}现在就在上班时间，只是此刻客服都在忙，还没有空闲的人能接您。` : `${line} It is within those hours now; everyone is just busy at this moment.`;
}

/** "一定要让人给我打电话", "给我回个电话", "make sure someone calls me", "call me back please". */
const CALL_ME =
  /(?:给|跟|和)我(?:打|回|来)(?:个|一个|一下)?电话|打(?:个|一个)?电话(?:给|过来给)我|打(?:给|过来给)我|(?:电话|打电话)(?:联系|通知|告诉)我|打我(?:的)?(?:电话|手机)|(?:回|来)(?:个|一个)?电话|回电|电话回访|致电|\bcall me\b|\bcall (?:me )?back\b|\bgive me a (?:call|ring|phone call)\b|\bring me\b|\bphone me\b|\b(?:someone|somebody|they|you|an? (?:agent|person|engineer))\b[^.?!]{0,30}\bcalls? me\b|\bcall-?back\b/i;
/** "别打电话", "don't call me, I'm at work": not a call-back request. */
const NO_CALL = /(?:不要|别|不用|不必|甭)[^，,。.]{0,4}(?:打|回)?(?:个)?电话|\b(?:don'?t|do not|no need to|please don'?t|never) (?:call|ring|phone)\b|\bno calls?\b/i;

/** Whether the message asks to be called rather than answered in the chat. */
export function callBackWanted(text: string): boolean {
  return CALL_ME.test(text) && !NO_CALL.test(text);
}

/**
 * The answer to "make sure someone calls me": the call-back number the ticket holds (masked) and the
 * promised time, or, with none on it, a request for one. The wish is noted on the ticket (the
 * customer asked for it), and the customer is never told the person "will answer here".
 */
export async function callBackAnswer(f: ContactFacts & { phoneInMessage?: boolean; lastReply?: string }): Promise<string | undefined> {
  if (!f.ticket) return undefined;
  const zh = f.lang === 'zh';
  const by = contactTime(f.ticket.firstResponseDue, f.now, f.lang, f.hours ?? BUSINESS_HOURS);
  await f.tools.call('updateTicket', { ticketNumber: f.ticket.number, note: 'Customer asks to be called back by phone, not answered in the chat' });
  // A number sent in the same message was said back with the time already ("…会打这个号码联系您").
  if (f.phoneInMessage) return zh ? '已在工单上注明您要电话联系，不用一直守着这里。' : "I've noted on the ticket that you want a phone call, so you don't need to watch this chat.";
  const phone = f.ticket.contactPhone ? maskedPhone(f.ticket.contactPhone) : undefined;
  const said = phone
    ? zh
      ? [
          `好的，会给您打电话：工单 ${f.ticket.number} 上的回电号码是 ${phone}，最迟 ${by} 前客服会打这个号码联系您，不用一直守着这里。要换号码的话直接把新号码发给我。`,
          `放心，已在工单上注明要电话联系：最迟 ${by} 前会打 ${phone} 找您。`,
        ]
      : [
          `Yes, you'll get a call: the call-back number on ticket ${f.ticket.number} is ${phone}, and someone will call you on it by ${by}, so you don't need to keep watching this chat. If it should be another number, just send it here.`,
          `Noted on the ticket that you want a call: someone will ring ${phone} by ${by}.`,
        ]
    : zh
      ? [
          `好的，会安排电话联系您。工单 ${f.ticket.number} 上还没有电话号码，请把手机号发给我，我马上记上，最迟 ${by} 前客服会打给您。`,
          `要打电话的话还差一个号码：把手机号发给我，我记到工单 ${f.ticket.number} 上，最迟 ${by} 前会打给您。`,
        ]
      : [
          `Sure, a call it is. There is no phone number on ticket ${f.ticket.number} yet: send me your mobile number and I'll add it, and someone will call you on it by ${by}.`,
          `For a call I still need a number: send it here and I'll put it on ticket ${f.ticket.number}; someone will call you by ${by}.`,
        ];
  return said.find((s) => !f.lastReply?.includes(s)) ?? said[0];
}
