/**
 * What the customer is told about the wait for a person, from what is true now: with someone
 * online, the expected wait from how long pickups have taken lately and how many are ahead; with
 * nobody online or outside business hours, when someone will contact them (the ticket's SLA, as a
 * time inside business hours) and a request for a phone number when none is known. It never
 * says "马上" or "right away" unless someone is online.
 */
import type { Availability } from './agent-availability';
import { BUSINESS_HOURS, promiseTime } from './engine/wording';
import type { Lang } from './phrases';
import { QUESTION_TOPICS, questionTopic, topicName } from './engine/question-topic';

export interface BusinessHours {
  open: number;
  close: number;
  timeZone: string;
}

/** A pickup estimate when the desk has no history yet: a few minutes per conversation ahead. */
const DEFAULT_PICKUP_MS = 4 * 60_000;
/** Up to this, with nobody ahead, "马上" is the truth. */
const IMMEDIATE_MS = 2 * 60_000;

export interface WaitFacts {
  lang: Lang;
  availability: Availability;
  now: Date;
  ticketNumber?: string;
  /** The ticket's first-response deadline (its SLA). */
  firstResponseDue?: string;
  /** A number to call is on the ticket or the customer's record. */
  phoneKnown: boolean;
  hours?: BusinessHours;
}

export function withinBusinessHours(now: Date, hours: BusinessHours = BUSINESS_HOURS): boolean {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: hours.timeZone, hour: '2-digit', hour12: false }).format(now)) % 24;
  return hour >= hours.open && hour < hours.close;
}

/** Whether a person can be expected now: someone has the desk open, inside business hours. */
export function someoneAvailable(facts: Pick<WaitFacts, 'availability' | 'now' | 'hours'>): boolean {
  return facts.availability.online > 0 && withinBusinessHours(facts.now, facts.hours);
}

/** When someone will contact the customer: the one promise rule (`promiseTime`), as of now. */
export function contactTime(dueIso: string, now: Date, lang: Lang, hours: BusinessHours = BUSINESS_HOURS): string {
  return promiseTime(dueIso, lang, hours, now);
}

/**
 * The expected wait with someone online: the recent median pickup, and one more round per the
 * online people for everyone who has to be taken before a person frees up for this customer
 * (those ahead, and this customer, beyond the free ones).
 */
export function expectedWaitMs(availability: Availability): number {
  const per = availability.typicalPickupMs ?? DEFAULT_PICKUP_MS;
  const free = availability.free ?? availability.online;
  const need = availability.waiting + 1;
  const rounds = free >= need ? 0 : Math.ceil((need - free) / Math.max(1, availability.online));
  // A round that waits for a busy person to finish with someone takes a conversation's length, never
  // less than the fallback estimate, however quickly free people have picked up lately.
  return per + rounds * Math.max(per, DEFAULT_PICKUP_MS);
}

/** "马上" is the truth: a person is free, nobody is ahead, and pickups are quick. */
function immediate(availability: Availability): boolean {
  return (availability.free ?? availability.online) > availability.waiting && expectedWaitMs(availability) <= IMMEDIATE_MS;
}

/**
 * When the wait just told runs out (ISO), kept with the conversation so a later question about the
 * wait can own a promise that has passed; undefined when no wait in minutes was told.
 */
export function waitPromisedBy(facts: Pick<WaitFacts, 'availability' | 'now' | 'hours'>): string | undefined {
  if (!someoneAvailable(facts)) return undefined;
  const wait = immediate(facts.availability) ? IMMEDIATE_MS : expectedWaitMs(facts.availability);
  return new Date(facts.now.getTime() + wait).toISOString();
}

/** Owning a wait told earlier that has run out, before the new estimate. */
const LONGER_THAN_SAID: Record<Lang, string> = {
  zh: '抱歉，让您等得比我说的久了。',
  en: 'Sorry, this is taking longer than I said. ',
};

/** The line said when a conversation is handed to people. */
export function handoffPromise(facts: WaitFacts): string {
  return someoneAvailable(facts) ? onlineWait(facts) : contactPromise(facts);
}

/** The same truth, asked for again while waiting ("还要等多久？"); a wait told before that has run out is owned first. */
export function waitUpdate(facts: WaitFacts & { promisedBy?: string }): string {
  const overdue = Boolean(facts.promisedBy && Date.parse(facts.promisedBy) < facts.now.getTime());
  const sorry = overdue ? LONGER_THAN_SAID[facts.lang] : '';
  // (Once a promise has been missed, "马上" is not said again: the estimate is in minutes.)
  if (someoneAvailable(facts)) return sorry + onlineWait(facts, overdue);
  return sorry + waitWithNobody(facts);
}

function waitWithNobody(facts: WaitFacts): string {
  const by = facts.firstResponseDue ? contactTime(facts.firstResponseDue, facts.now, facts.lang, facts.hours) : undefined;
  const hours = facts.hours ?? BUSINESS_HOURS;
  const outside = !withinBusinessHours(facts.now, hours);
  // With a desk whose presence cannot be seen, "nobody is free" may be untrue: only the promise is said.
  const head = outside ? outsideHoursLine(facts.lang, hours) : facts.availability.unseenDesks ? '' : nobodyFreeLine(facts.lang, hours);
  if (facts.lang === 'zh') return `${head}您的消息都已转给客服，${by ? `最迟 ${by} 前会有人联系您` : '他们会在这里回复您'}。`;
  return `${head}Everything you wrote has been passed on; ${by ? `someone will contact you by ${by}` : 'they will reply here'}.`;
}

/**
 * Inside business hours with nobody free: said together with the hours, so "nobody is online" and
 * "we work 8–20" never reach the customer as two claims that contradict each other.
 */
export function nobodyFreeLine(lang: Lang, hours: BusinessHours = BUSINESS_HOURS): string {
  return lang === 'zh'
    ? `人工客服每天 ${hours.open}:00–${hours.close}:00 值班，只是此刻没有空闲的客服能接您。`
    : `Our agents work ${hours.open}:00–${hours.close}:00 China time every day, but none of them is free to take your chat at this moment. `;
}

/** Outside business hours: why nobody answers now. */
export function outsideHoursLine(lang: Lang, hours: BusinessHours = BUSINESS_HOURS): string {
  return lang === 'zh' ? `现在不在人工客服的服务时间（每天 ${hours.open}:00–${hours.close}:00）。` : `Our agents work ${hours.open}:00–${hours.close}:00 China time, so nobody is online right now. `;
}

function onlineWait(facts: WaitFacts, noImmediate = false): string {
  const { online, waiting } = facts.availability;
  const allBusy = facts.availability.free === 0;
  const wait = expectedWaitMs(facts.availability);
  const now = !noImmediate && immediate(facts.availability);
  const ticket = facts.ticketNumber;
  if (facts.lang === 'zh') {
    const ref = ticket ? `（工单号 ${ticket}）` : '';
    if (now) return `现在有客服在线，马上会在这里回复您${ref}。`;
    const busy = allBusy ? (online === 1 ? '，正在接待别的客户' : '，都在接待别的客户') : '';
    return `现在有 ${online} 位客服在线${busy}${waiting ? `，您前面还有 ${waiting} 位客户在等` : ''}，预计约 ${spanZh(wait)}内会有客服在这里回复您${ref}。`;
  }
  const ref = ticket ? ` (ticket ${ticket})` : '';
  if (now) return `An agent is online and will reply here right away${ref}.`;
  const people = online === 1 ? '1 agent is' : `${online} agents are`;
  const busy = allBusy ? (online === 1 ? ', helping another customer' : ', all helping other customers') : '';
  const ahead = waiting ? `, ${waiting} customer${waiting === 1 ? '' : 's'} ahead of you` : '';
  return `${people} online now${busy}${ahead}; expect a person to reply here within about ${spanEn(wait)}${ref}.`;
}

function contactPromise(facts: WaitFacts): string {
  const hours = facts.hours ?? BUSINESS_HOURS;
  const outside = !withinBusinessHours(facts.now, hours);
  const by = facts.firstResponseDue ? contactTime(facts.firstResponseDue, facts.now, facts.lang, hours) : undefined;
  const ticket = facts.ticketNumber;
  if (facts.lang === 'zh') {
    // With a desk whose presence cannot be seen, "nobody is online" may be untrue: only the promise is said.
    const why = outside ? outsideHoursLine('zh', hours) : facts.availability.unseenDesks ? '' : nobodyFreeLine('zh', hours);
    // With no ticket (a bare request for a person) no number is named: the message is with the team.
    const recorded = ticket ? `您的问题已记录在工单 ${ticket}` : '您的消息已转给我们的客服团队';
    const when = by ? `，客服会在 ${by} 前${facts.phoneKnown ? '按您留的电话' : ''}联系您` : '，客服上线后会联系您';
    const ask = facts.phoneKnown ? '' : '方便留一个手机号吗？客服会打这个号码找您。';
    return `${why}${recorded}${when}，您在这里的留言也都会转给客服。${ask}`;
  }
  const why = outside ? outsideHoursLine('en', hours) : facts.availability.unseenDesks ? '' : nobodyFreeLine('en', hours);
  const recorded = ticket ? `Your request is recorded as ticket ${ticket}` : 'Your message is with our team';
  const when = by ? `; someone will contact you${facts.phoneKnown ? ' on the phone number you gave' : ''} by ${by}` : '; someone will contact you once they are in';
  const ask = facts.phoneKnown ? '' : ' Could you leave a phone number so they can call you?';
  return `${why}${recorded}${when}. Anything you write here is passed on to them.${ask}`;
}

function spanZh(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return minutes < 60 ? `${minutes} 分钟` : `${Math.ceil(minutes / 60)} 小时`;
}

function spanEn(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}

/** Words that promise a person at once ("马上为您转接", "right away"). */
const HASTY = /马上|立刻|立即|即刻|稍等片刻|right away|immediately|straight away|in a moment|shortly/i;
const PERSON = /人工|客服|专员|同事|工作人员|agent|person|colleague|staff|human|someone/i;

/**
 * Drops sentences of a brain's reply that promise a person at once when nobody is there to keep
 * that promise (a model may write "马上为您转接人工客服"). Safety advice is not the brain's text
 * and is never passed through here.
 */
export function withoutHastyPromise(text: string): string {
  const sentences = text.split(/(?<=[。！!？?\n])|(?<=\.\s)/);
  return sentences
    .filter((s) => !(HASTY.test(s) && PERSON.test(s)))
    .join('')
    .trim();
}

/**
 * How to say "I don't have that; the person will answer it", turned through so no two replies in a
 * row are the same. The topic is named in our words ("关于费用", "about the cost"), never the
 * customer's text quoted back: a clipped quote ("? ? where to take it") reads as mockery.
 */
const NO_ANSWER: Record<Lang, ((topic: string) => string)[]> = {
  zh: [
    (t) => `${t}，我这里没有确切的资料，不乱说；跟进您的人工客服会回答这个问题。`,
    (t) => `${t}我查不到可靠的答案，已经把这个问题留给人工客服，他们会答复您。`,
    (t) => `${t}，我在这里没法确认，人工客服看到后会专门回答您。`,
  ],
  en: [
    (t) => `I don't have a reliable answer ${t}, so I won't guess; the person handling your case will answer it.`,
    (t) => `That isn't something I can confirm from here (${t}); I've left the question for the person handling your case.`,
    (t) => `I have nothing reliable to tell you ${t} myself; the person handling your case will see the question and answer it.`,
  ],
};

/**
 * The honest reply to a question the bot has no answer for while a person has the case: it says
 * what was asked, that there is no answer here, and that the person will answer; never the same
 * sentence as the last reply.
 */
export function noAnswerWhileWaiting(question: string, lang: Lang, turns: number, lastReply?: string): string {
  const topic = topicName(questionTopic(question), lang);
  const options = NO_ANSWER[lang];
  for (let i = 0; i < options.length; i++) {
    const template = options[(turns + i) % options.length]!;
    if (!sameShape(template, lang, lastReply)) return template(topic);
  }
  return options[0]!(topic);
}

/** The same template as the last reply, whatever the topic (the customer would see the same sentence again). */
function sameShape(template: (topic: string) => string, lang: Lang, lastReply: string | undefined): boolean {
  if (!lastReply) return false;
  return QUESTION_TOPICS.some((t) => lastReply.includes(template(topicName(t, lang))));
}
