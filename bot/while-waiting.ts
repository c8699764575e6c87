/**
 * What the bot says while a conversation is with people. Every message is relayed to the desk
 * (the pipeline queues it); the customer is never left in silence while they wait for a person:
 * danger gets its safety advice at once; new facts (a phone, an address, a model) go on the ticket
 * and are said back; a status question gets the ticket's status; the questions of the message
 * are answered as outside a handoff (bot/waiting-answers.ts: a code's case with its safe steps, a
 * policy, what is on the ticket, when someone will call, a utility's number), followed by one
 * short line that the person has the message; a question with no answer here is said so, naming
 * it (bot/honest-wait.ts); anything else gets a short word that the person has the message, never
 * the same words twice in a row. No form is started while waiting. Once a person is talking to
 * the customer (mode agent) the bot keeps out of it, but for danger.
 */
import { MANAGER_DEMAND, demandsHeard, demandsIn, demandsNote } from './engine/demands-heard';
import { ticketStatusName } from './engine/ticket-next-contact';
import { answerSafetyFollowUp, cutOffAsked, stillSafe } from './engine/safety-follow-up';
import { complaintHeard, complaintHeardIn, complaintIn, complaintNote, complaintStillHeard, mergedComplaint, type ComplaintParts } from './engine/complaint-heard';
import { contactTime, noAnswerWhileWaiting, someoneAvailable, waitPromisedBy, waitUpdate } from './honest-wait';
import { answerWhileWaiting } from './waiting-answers';
import { lookUpAnswer } from './engine/flows/policy-flow';
import { answerWithSource } from './engine/flows/fault-flow';
import { hoursClashAnswer, hoursClashAsked } from './waiting-hours-clash';
import { contactAsked } from './waiting-contact';
import { contactWindowIn, windowNote, windowNoted } from './waiting-contact-window';
import { unusablePhoneInPassing } from './engine/phone-unusable';
import { phoneAlreadyOnTicket, saveNewFacts } from './waiting-ticket-facts';
import type { Lang } from './phrases';
import type { CustomerTicketView } from './tools/ticket-view';
import type { WaitingTurn } from './waiting-turn';
import { notePassedOn, passOnAsked } from './waiting-pass-on';
import { chasedHeard, presenceWhileWaiting } from './waiting-chased';
import { chasingFrustration } from './understanding/chasing-frustration';
import { isPresenceCheck } from './understanding/presence-check';
import { asksForVisit } from './understanding/visit-asked-for';
import { visitRequested } from './engine/visit-requested';
import { askedForSorry, ownFailureSorry } from './engine/own-failure-sorry';
import { upsetHeard, upsetWhileWaiting } from './waiting-upset';
import { codeReadBack, earlierTicketAnswer } from './waiting-earlier-ticket';
import { foreignReference } from './understanding/foreign-reference';
import type { TicketStatusResult } from './tools/ticket-status';
import { asksAfterExisting } from './understanding/details-for-request';
import { repairsRuleWhileWaiting } from './waiting-repairs-rule';
import { jobQuestion } from './understanding/job-questions';
import { jobQuestionAnswer, questionsNote } from './engine/job-question-answers';
import { queuedPhoneNoted } from './waiting-queued-contact';
import { ESCALATION } from './understanding/escalation-asked';
import { withSafetyReminder } from './waiting-safety-reminder';
import { movedSooner } from './waiting-moved-sooner';
import { ABOUT_THE_WAIT, CHAT_WAIT } from './understanding/wait-question';

export type { WaitingTurn } from './waiting-turn';

export interface WaitingReply {
  /** Nothing to say (a person is talking to the customer). */
  text?: string;
  /** What the reply was (for the stored meta and tests). */
  kind: 'danger' | 'silent' | 'wait' | 'status' | 'phone' | 'answer' | 'escalated' | 'unanswered' | 'relayed';
  /** A new wait told in minutes: when it runs out (kept as ConversationState.waitPromisedBy). */
  waitPromisedBy?: string;
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

/** The urgent flag alone, when the reply already points to the safety advice above. */
const URGENT_ONLY: Record<Lang, string> = {
  zh: '已把这条消息标为紧急转给人工客服。',
  en: 'I have flagged this message as urgent for the person handling your case.',
};

/** The reply while waiting, with the danger's one safety step kept in it (bot/waiting-safety-reminder.ts). */
export async function replyWhileWaiting(turn: WaitingTurn): Promise<WaitingReply> {
  return withSafetyReminder(await replyFor(turn), turn);
}

async function replyFor(turn: WaitingTurn): Promise<WaitingReply> {
  const u = turn.understanding;
  // A person holds the chat: what they are handling (the danger already reported, whether it can be
  // used again, anything else) is theirs to answer; the bot answering it too can say the opposite
  // of the person in the same second. Only a new danger, or the reported one back or worse, gets
  // the safety advice, which is decided by rules and never contradicts keeping safe.
  if (turn.mode === 'agent') return dangerOnly(turn);
  // "can I back up my photos first?", "the power is off, can I take the dishes out?" after safety
  // advice: the question answered from the hazard's rules (bot/engine/safety-follow-up.ts).
  const followUp = answerSafetyFollowUp(turn);
  if (followUp) {
    // (A phone number sent with the question still goes on the ticket, and is said back.)
    const saved = await saveNewFacts(turn.ticket, u, turn.tools, turn.lang, promiseOf(turn));
    // An inspection visit wanted once it is safe: on the ticket, for the person who books the time.
    if (followUp.note && turn.ticket) await turn.tools.call('updateTicket', { ticketNumber: turn.ticket.number, note: followUp.note });
    // The message's other questions (when someone calls, the warranty, where it is repaired) each get their own answer too.
    const others = followUp.rest ? await answerWhileWaiting({ ...turn, text: followUp.rest }) : undefined;
    // "冰箱里的肉怎么办": what to keep, move or throw away is the knowledge base's food case, said after the safety answer.
    const known = followUp.lookUp ? await lookUpAnswer({ tools: turn.tools, facts: { category: turn.ticket?.category ?? u.slots.category } }, followUp.lookUp) : undefined;
    const fromCase = known?.answer && !turn.earlierReplies?.some((r) => r.includes(known.answer!)) ? answerWithSource(known, turn.lang) : undefined;
    const text = [followUp.text, fromCase, saved, ...(others?.lines ?? [])].filter(Boolean).join('\n');
    return { kind: followUp.kind, text };
  }
  if (u.safety) {
    // Danger first; decided by rules, never by a model. Advice already
    // given is not given again in full, and the rest of the turn still happens: a phone number in
    // the same message goes on the ticket, and a question asked with it ("电池鼓包算不算质量问题")
    // is answered after the advice.
    const repeated = Boolean(u.safetyAdvice && turn.earlierReplies?.some((r) => r.includes(u.safetyAdvice!)));
    const saved = await saveNewFacts(turn.ticket, u, turn.tools, turn.lang, promiseOf(turn));
    const advice = repeated ? stillSafe(turn) : (u.safetyAdvice ?? '');
    // ("要不要拔插头" is answered by the advice itself, never by a knowledge-base case about a working appliance.)
    const answers = cutOffAsked(turn.text) ? undefined : await answerWhileWaiting(turn);
    // The danger named again inside another question ("鼓包这个算质量问题吗"), its advice given before:
    // the question gets its answer, not the advice again, unless the danger is said to be back or worse.
    if (repeated && answers?.lines.length && !dangerAgain(turn.text))
      return { kind: 'answer', text: [movedSooner(turn) ?? '', saved ?? '', ...answers.lines, passedOn(turn)].filter(Boolean).join('\n') };
    // "Please keep following the safety advice above" is said once: the urgent line then only says it is flagged.
    const urgent = repeated ? URGENT_ONLY[turn.lang] : URGENT[turn.lang];
    return { kind: 'danger', text: [advice, urgent, movedSooner(turn) ?? '', saved ?? '', ...(answers?.lines ?? [])].filter(Boolean).join('\n') };
  }
  // New facts (a phone, an address, a model) go on the ticket and are said back; the rest of the message is still answered.
  // (A handoff with no ticket has its own clock: that is the promise.)
  const due = turn.ticket?.firstResponseDue ?? turn.handoffDue;
  const promise = due ? contactTime(due, turn.now, turn.lang, turn.hours) : undefined;
  const moved = movedSooner(turn);
  const saved = turn.ticket ? await saveNewFacts(turn.ticket, u, turn.tools, turn.lang, moved ? undefined : promise) : queuedPhoneNoted(u, turn.lang, promise);
  // "07700 900123" (a number as dialled abroad): why it cannot go on the ticket, said at once rather than found out later.
  const unusable = u.slots.phone ? undefined : unusablePhoneInPassing(turn.text, turn.lang);
  // "8点以后别打", "I'm only home after 7pm": on the ticket for whoever calls, said back as a time.
  // "are they really going to ring me at 2am?" doubts a call, it names no time to call: no window noted.
  const job = jobQuestion(turn.text);
  const window = job === 'nightCall' ? undefined : await noteContactWindow(turn);
  const lines: string[] = [moved, saved, unusable, window].filter((l): l is string => Boolean(l));
  let kind: WaitingReply['kind'] = saved ? 'phone' : window ? 'answer' : 'relayed';
  // A missed visit owned, and "not even a sorry?" answered with the apology (bot/engine/own-failure-sorry.ts).
  const sorry = ownFailureSorry(turn.text, turn.lang, turn.lastReply);
  // (With the next step: on the ticket that they are upset, and when the person will contact them; bot/waiting-upset.ts.)
  if (sorry && askedForSorry(turn.text)) return { kind: 'answer', text: [...lines, await upsetHeard(turn, moved ? undefined : promise, sorry)].join('\n') };

  // "能直接换新的吗", "will they see what I told you?", "was it cancelled?": about the job itself, answered as a person
  // would, before the ticket's own status or the opening hours could be read as the answer (bot/engine/job-question-answers.ts).
  // (A ticket number in the message asks after that ticket: the status lookup below answers.)
  const answered = job && !u.slots.ticketNumber && !codeReadBack(turn) ? await jobQuestionAnswer(job, { tools: turn.tools, lang: turn.lang, text: turn.text, waiting: true }) : undefined;
  if (answered) {
    if (answered.note && turn.ticket) await turn.tools.call('updateTicket', { ticketNumber: turn.ticket.number, note: answered.note });
    return { kind: 'answer', text: [...lines, answered.text, passedOn(turn)].join('\n') };
  }

  // A code read back for an earlier ticket looked up here: the same lookup, with the code (bot/waiting-earlier-ticket.ts).
  const proving = codeReadBack(turn);
  const asked = proving?.ticketNumber ?? u.slots.ticketNumber;
  let lookup: TicketStatusResult | undefined;
  // (A number not in our format is not a question about the handoff ticket: it is said not to be ours, below.)
  // ("订单号…，手机139…" to "could you leave a phone?": details for the ticket, said back above, not a status question.)
  const detailsOnly = Boolean(saved) && !asksAfterExisting(turn.text);
  // "我的工单到哪了" on a handoff queued without a ticket: none was needed; where the message is, and when.
  if (u.intent === 'ticket_status' && !asked && !turn.ticket && turn.handoffDue && !detailsOnly) {
    const by = contactTime(turn.handoffDue, turn.now, turn.lang, turn.hours);
    const where =
      turn.lang === 'zh'
        ? `这次转人工没有另开工单：您的消息都在客服那里，最迟 ${by} 前会有人联系您。`
        : `No ticket was needed for this: your messages are with our team, and someone will contact you by ${by}.`;
    // "我的退款什么时候到账" asked this way still hears when money arrives, as it does beside a ticket's status below.
    const money = MONEY_QUESTION.test(turn.text) ? await answerWhileWaiting(turn) : undefined;
    return { kind: 'status', text: [...lines, where, ...(money?.lines ?? [])].join('\n') };
  }
  if ((u.intent === 'ticket_status' && !foreignReference(turn.text) && !detailsOnly) || asked) {
    const looked = await turn.tools.call('ticketStatus', proving ?? { ticketNumber: u.slots.ticketNumber });
    const found = looked.ok ? (looked.result as TicketStatusResult) : undefined;
    lookup = found;
    if (found?.found) {
      // Asked again with nothing changed: said as no change, not the same reply twice running.
      const status = found.tickets.map((t) => statusLine(t, turn));
      const unchanged = status.every((l) => turn.lastReply?.includes(l));
      const lead = unchanged ? (turn.lang === 'zh' ? '和刚才一样，还没有新进展：' : 'No change since a moment ago:') : '';
      // "我的退款什么时候到账": the ticket's status does not say when money arrives; the refund rule does.
      const money = MONEY_QUESTION.test(turn.text) ? await answerWhileWaiting(turn) : undefined;
      return { kind: 'status', text: [...lines, lead, ...status, ...(money?.lines ?? []), passedOn(turn)].filter(Boolean).join('\n') };
    }
  }
  // An earlier ticket's number that needs the code first, does not check out, or is not ours at all: said so, never a bare "noted".
  const earlier = await earlierTicketAnswer(turn, asked, lookup);
  if (earlier) return { kind: 'status', text: [...lines, earlier, passedOn(turn)].join('\n') };

  // "please pass on: …": the items written on the ticket and said back, so the customer knows what the person will read (bot/waiting-pass-on.ts).
  if (passOnAsked(turn.text) && !QUESTION_ONLY.test(turn.text)) {
    const noted = await notePassedOn(turn.ticket, turn.text, turn.tools, turn.lang, moved ? undefined : promise);
    if (noted) return { kind: 'relayed', text: [moved, noted].filter(Boolean).join('\n') };
  }
  // "你们就会说会联系", "I've called four times": heard, and the next step made concrete on the ticket (bot/waiting-chased.ts).
  // (Repairs that did not hold, with a new unit wanted: the 三包 rule is said beside the chasing or the manager, waiting-repairs-rule.ts.)
  const repairsRule = await repairsRuleWhileWaiting(turn);
  if (chasingFrustration(turn.text) && !ESCALATION.test(turn.text)) {
    return { kind: 'escalated', text: [...lines, await chasedHeard(turn.ticket, turn.text, turn.tools, turn.lang, moved ? undefined : promise), ...repairsRule].join('\n') };
  }
  // "你们师傅能来吗", "can someone come today, grandma is freezing": the visit asked for on the ticket, urgent when someone is at risk (bot/engine/visit-requested.ts).
  if (turn.ticket && asksForVisit(turn.text)) {
    const visit = await visitRequested({ ticketNumber: turn.ticket.number, text: turn.text, tools: turn.tools, lang: turn.lang, category: turn.ticket.category, promise: moved ? undefined : promise });
    if (visit) return { kind: 'answer', text: [...lines, visit].join('\n') };
  }
  // "hello?", "在吗": we are here, and where things stand; never the canned "no reliable answer".
  if (isPresenceCheck(turn.text) && !lines.length && !ABOUT_THE_WAIT.test(turn.text)) {
    const here = presenceWhileWaiting(turn.ticket, turn.lang, promise);
    if (!turn.lastReply?.includes(here)) return { kind: 'wait', text: here };
  }

  // A complaint (the engineer, damage to the home, who pays for it): heard in our words, written on
  // the ticket for the person, compensation left to them; never "no reliable answer" to "谁赔".
  const complained = await heardComplaint(turn);
  if (complained) lines.push(complained);
  // (The complaint line says its own sorry: one apology, not two.)
  else if (sorry) lines.unshift(sorry);

  // "找你们经理", "I want a manager TODAY", a threat to go to 12315: said back, and written on the
  // ticket where the desk sees it, not answered with the same "passed on".
  // (Only words asking for someone senior are said back as such: "记一下改到周二" read as wanting a
  // person is not a request for a manager, and the customer must never hear one was noted.)
  const senior = ESCALATION.test(turn.text);
  if (senior) {
    if (turn.ticket)
      await turn.tools.call('updateTicket', {
        ticketNumber: turn.ticket.number,
        note: `Customer asks for escalation: ${turn.understanding.reasons.join('; ').slice(0, 300) || 'a manager'}`,
      });
    // A complaint, a replacement or a refund demanded beside the manager: on the ticket and said back too.
    const others = demandsIn(turn.text).filter((d) => d !== MANAGER_DEMAND);
    if (others.length && turn.ticket) {
      await turn.tools.call('updateTicket', { ticketNumber: turn.ticket.number, note: demandsNote(others) });
      return { kind: 'escalated', text: [...lines, escalated(turn, true), demandsHeard(others, turn.lang, turn.ticket.number), ...repairsRule].join('\n') };
    }
    return { kind: 'escalated', text: [...lines, escalated(turn, true), ...repairsRule].join('\n') };
  }

  // "修了三次还坏 按三包该给我换新的吧": the repeated-repair rule, while the person checks the record.
  if (repairsRule.length) return { kind: 'answer', text: [...lines, ...repairsRule, passedOn(turn)].join('\n') };

  if (complained) return { kind: 'answer', text: [...lines, passedOn(turn)].join('\n') };

  // "气死我了", "worst service ever": an apology and the next step, not only "passed on" (bot/waiting-upset.ts).
  // (A missed visit's own sorry already said here is the apology; a question asked in anger is still answered.)
  if (upsetWhileWaiting(turn) && !ABOUT_THE_WAIT.test(turn.text)) {
    const heard = await upsetHeard(turn, moved ? undefined : promise, sorry && lines.includes(sorry) ? '' : undefined);
    const answers = await answerWhileWaiting(turn);
    return { kind: 'answer', text: [...lines, heard, ...(answers?.lines ?? [])].filter(Boolean).join('\n') };
  }

  // "不是说没人在线吗，又说8点到20点上班？": the two said again as one plain account, with the contact-by time.
  if (hoursClashAsked(turn.text, turn.earlierReplies))
    return {
      kind: 'wait',
      text: [...lines, hoursClashAnswer({ lang: turn.lang, now: turn.now, availability: turn.availability, ticket: turn.ticket, handoffDue: turn.handoffDue, hours: turn.hours })].join('\n'),
    };

  // The questions of the message, answered as outside a handoff (cases, policies, the ticket, the
  // promise); "还要等多久" is about the wait itself, never a warranty period.
  // (A question about a person coming to this chat, with someone online, is the wait in minutes, not the contact-by day.)
  const chatWait = CHAT_WAIT.test(turn.text) && someoneAvailable({ availability: turn.availability, now: turn.now, hours: turn.hours });
  const aboutTheWait = ABOUT_THE_WAIT.test(turn.text) && (!contactAsked(turn.text) || chatWait);
  const answers = aboutTheWait ? undefined : await answerWhileWaiting(turn);
  if (answers?.lines.length) {
    lines.push(...answers.lines);
    kind = 'answer';
  } else if (ABOUT_THE_WAIT.test(turn.text) && !(promise && saved?.includes(promise))) {
    // (A number sent with "when will they call?" was said back with the time: that is the answer, not said twice.)
    const facts = {
      lang: turn.lang,
      availability: turn.availability,
      now: turn.now,
      ticketNumber: turn.ticket?.number,
      firstResponseDue: turn.ticket?.firstResponseDue ?? turn.handoffDue,
      phoneKnown: true,
      hours: turn.hours,
    };
    return { kind: 'wait', text: [...lines, waitUpdate({ ...facts, promisedBy: turn.waitPromisedBy })].join('\n'), waitPromisedBy: waitPromisedBy(facts) };
  } else if (answers?.asked && !saved && !window) {
    // Asked, and nothing here answers it: said so plainly, naming the question, for the person to answer.
    // (Written on the ticket too, so the question is not lost in the relayed messages.)
    if (turn.ticket) await turn.tools.call('updateTicket', { ticketNumber: turn.ticket.number, note: questionsNote([answers.question || turn.text]) });
    return { kind: 'unanswered', text: noAnswerWhileWaiting(answers.question, turn.lang, turn.turns, turn.lastReply) };
  }
  if (lines.length) return { kind, text: [...lines, passedOn(turn)].join('\n') };
  // The number sent again: said to be on the ticket already, not "passed on" as if it were news.
  const known = phoneAlreadyOnTicket(turn.ticket, u.slots.phone, turn.lang, promise);
  if (known && !turn.lastReply?.includes(known)) return { kind: 'phone', text: known };
  // Asking again for a person ("人工呢", "I still want an agent"): they are with people already, and when.
  if (u.intent === 'human_request') return { kind: 'escalated', text: askedAgainForPerson(turn) };
  // "谢谢", "ok thanks": thanked back, with the time they are waiting for.
  const thanked = u.intent === 'thanks_bye' && THANKS.test(turn.text) && turn.ticket ? thankedBack(turn) : undefined;
  if (thanked && !turn.lastReply?.includes(thanked)) return { kind: 'relayed', text: thanked };
  return { kind: 'relayed', text: acknowledgement(turn) };
}

/** With a person holding the chat: the safety advice for a new danger, and nothing else. */
function dangerOnly(turn: WaitingTurn): WaitingReply {
  const u = turn.understanding;
  if (!u.safety || !u.safetyAdvice) return { kind: 'silent' };
  const repeated = Boolean(turn.earlierReplies?.some((r) => r.includes(u.safetyAdvice!)));
  if (repeated && !dangerAgain(turn.text)) return { kind: 'silent' };
  return { kind: 'danger', text: [repeated ? stillSafe(turn) : u.safetyAdvice, repeated ? URGENT_ONLY[turn.lang] : URGENT[turn.lang]].join('\n') };
}

/** The time the customer can take a call, written on the ticket and said back; undefined when the message names none. */
async function noteContactWindow(turn: WaitingTurn): Promise<string | undefined> {
  const window = turn.ticket ? contactWindowIn(turn.text) : undefined;
  if (!window || !turn.ticket) return undefined;
  const noted = await turn.tools.call('updateTicket', { ticketNumber: turn.ticket.number, note: windowNote(window) });
  return noted.ok ? windowNoted(window, turn.lang, turn.ticket.number, turn.lastReply) : undefined;
}

/** The complaint of this message (with what the ticket already says of it) said back and noted, or undefined when it makes none. */
async function heardComplaint(turn: WaitingTurn): Promise<string | undefined> {
  const now = complaintIn(turn.text);
  if (!now) return undefined;
  const heard = complaintHeardIn(turn.earlierReplies);
  // What was heard before: on the ticket's problem, or (the ticket keeps the fault only) in our own words when we heard it.
  const before = (turn.ticket ? complaintIn(turn.ticket.symptom) : undefined) ?? (heard ? earlierComplaint(turn.earlierReplies) : undefined);
  // A loss named in passing by a calm customer is not a complaint to file: the engineer, a question of who pays, anger, or one heard before is.
  if (!now.engineer && !now.whoPays && !before && !heard && turn.understanding.sentiment > -0.2) return undefined;
  const parts = mergedComplaint(now, before);
  const by = promiseOf(turn);
  // Written on the ticket once, and again only when something new is told (the engineer, what was damaged).
  if (turn.ticket && (!heard || now.engineer || now.damaged.length)) await turn.tools.call('updateTicket', { ticketNumber: turn.ticket.number, note: complaintNote(parts) });
  if (!heard) return complaintHeard(parts, turn.lang, turn.ticket?.number, by);
  // Something new told of the engineer (late as well, rude too): heard as that, not as the old complaint asked again.
  const told = now.conduct.filter((k) => !before?.conduct.includes(k));
  if (told.length) return complaintHeard({ ...now, conduct: told }, turn.lang, turn.ticket?.number, by);
  const again = complaintStillHeard(parts, turn.lang, turn.ticket?.number, by);
  return turn.lastReply?.includes(again) ? complaintHeard(parts, turn.lang, turn.ticket?.number, by) : again;
}

function earlierComplaint(replies: string[] | undefined): ComplaintParts | undefined {
  for (const reply of [...(replies ?? [])].reverse()) {
    if (!complaintHeardIn([reply])) continue;
    const parts = complaintIn(reply);
    if (parts) return parts;
  }
  return undefined;
}

/** When someone will contact the customer, as every waiting reply says it. */
function promiseOf(turn: WaitingTurn): string | undefined {
  // (A handoff with no ticket has its own clock.)
  const due = turn.ticket?.firstResponseDue ?? turn.handoffDue;
  return due ? contactTime(due, turn.now, turn.lang, turn.hours) : undefined;
}

/** The danger said to be back, still there or worse: its advice is said again. */
const DANGER_AGAIN =
  /又|还在|还是|仍然|更(?:大|浓|重|严重|厉害|烫)|越来越|再次|重新|冒烟|起火|着火|烧起来|\b(?:again|still|worse|back|now (?:it'?s )?(?:smoking|burning|sparking)|smoke|fire|flames?)\b/i;
function dangerAgain(text: string): boolean {
  return DANGER_AGAIN.test(text);
}

/** A message that is only a question ("can you tell me when they call?"): the pass-on words there ask, they do not pass anything on. */
const QUESTION_ONLY = /^(?:can|could|would) you (?:tell|let) (?:me|us)\b|^(?:能|可以)?(?:告诉|跟)我/i;

/** A question about money coming back, asked as a status question. */
const MONEY_QUESTION = /退款|退钱|到账|钱(?:什么时候|啥时候|多久)|\brefund|\bmoney back\b|\bget (?:my|the) money\b/i;

function escalated(turn: WaitingTurn, senior: boolean): string {
  const by = promiseOf(turn);
  const on = turn.ticket ? ` ${turn.ticket.number} ` : '';
  if (turn.lang === 'zh') {
    return senior
      ? `明白，已在工单${on}上注明您要求主管处理，并标为优先跟进${by ? `；最迟 ${by} 前会有人联系您` : ''}。`
      : `好的，您的对话已经在人工客服这边${on ? `（工单${on.trim()}）` : ''}，${by ? `最迟 ${by} 前会有人联系您，` : ''}这里说的他们都能看到。`;
  }
  return senior
    ? `Understood. I've noted on ${turn.ticket ? `ticket ${turn.ticket.number}` : 'your case'} that you want a manager to handle this, flagged as a priority${by ? `; someone will contact you by ${by}` : ''}.`
    : `You're already with our staff${turn.ticket ? ` (ticket ${turn.ticket.number})` : ''}${by ? `; someone will contact you by ${by}` : ''}, and they see everything you write here.`;
}

/**
 * Asked for a person again after being told they are with people: the same sentence twice reads
 * as a machine not listening. Say it was heard, that no more questions will be asked, and the one
 * thing that makes the call happen sooner (a number to ring) when the ticket has none.
 */
function askedAgainForPerson(turn: WaitingTurn): string {
  const first = escalated(turn, false);
  if (!turn.lastReply?.includes(first)) return first;
  const by = promiseOf(turn);
  // (With no ticket, a phone given is on the customer's record.)
  const needsPhone = turn.ticket ? !turn.ticket.contactPhone : !turn.phoneOnRecord;
  if (turn.lang === 'zh') {
    return [
      `明白，您要直接跟人说，我不再问您问题了。${turn.ticket ? `工单 ${turn.ticket.number} 已在人工客服的队列里` : '已在人工客服的队列里'}${by ? `，最迟 ${by} 前会有人联系您` : ''}。`,
      needsPhone ? '留一个手机号的话，客服可以直接打电话给您。' : '',
    ].join('');
  }
  return [
    `Understood: you want a person, so I'll stop asking questions. ${turn.ticket ? `Ticket ${turn.ticket.number} is in our staff's queue` : "You're in our staff's queue"}${by ? ` and someone will contact you by ${by}` : ''}.`,
    needsPhone ? ' If you leave a phone number, they can call you directly.' : '',
  ].join('');
}

/** Thanks in so many words ("好的" and "嗯" only acknowledge, and get the word that the person has the message). */
const THANKS = /谢|辛苦|\bthanks?\b|\bthank you\b|\bthx\b|\bcheers\b|\bappreciate/i;

function thankedBack(turn: WaitingTurn): string {
  const by = contactTime(turn.ticket!.firstResponseDue, turn.now, turn.lang, turn.hours);
  return turn.lang === 'zh'
    ? `不客气。人工客服最迟 ${by} 前会联系您（工单 ${turn.ticket!.number}），有新情况随时在这里说。`
    : `You're welcome. The person handling your case will contact you by ${by} (ticket ${turn.ticket!.number}); write here any time if anything changes.`;
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

/** The one short line that the person has the message too, in another wording when the last reply used the first. */
const PASSED_ON: Record<Lang, [string, string]> = {
  zh: ['（这条消息也已转给人工客服。）', '（人工客服也能看到这条消息。）'],
  en: ['(This message has been passed on to the person handling your case too.)', '(The person handling your case sees this message too.)'],
};

function passedOn(turn: Pick<WaitingTurn, 'lang' | 'lastReply'>): string {
  const [first, second] = PASSED_ON[turn.lang];
  return turn.lastReply?.includes(first) ? second : first;
}

function statusLine(t: CustomerTicketView, turn: WaitingTurn): string {
  const { lang, now, hours } = turn;
  const open = t.status !== 'resolved' && t.status !== 'closed';
  const waiting = t.status === 'new' || t.status === 'open';
  // Nobody has looked at a waiting ticket yet: when it will be done is a promise no one made.
  const doneBy = open && !waiting;
  const contact = contactTime(t.firstResponseDue, now, lang, hours);
  const done = contactTime(t.resolutionDue, now, lang, hours);
  if (lang === 'zh') {
    const next = waiting ? `，最迟 ${contact} 前会有人联系您` : '';
    return `工单 ${t.number}：${ticketStatusName(t, lang)}${next}${doneBy ? `，预计 ${done} 前处理完` : ''}。`;
  }
  const next = waiting ? `; someone will contact you by ${contact}` : '';
  return `Ticket ${t.number}: ${ticketStatusName(t, lang)}${next}${doneBy ? `, expected to be done by ${done}` : ''}.`;
}
