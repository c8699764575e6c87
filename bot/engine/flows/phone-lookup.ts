/**
 * Finding the customer's ticket when they have no number ("工单号找不到了，手机号是139…"), for the
 * status and reschedule flows: a code is texted to the phone they say is on the ticket, and what
 * they hear before the code is the same whether or not that phone has tickets. With the code, the
 * phone's open tickets are listed (newest first, at most 3) and the customer picks one. A customer
 * who cannot get the code is offered a person.
 */
import { categoryLabel } from '../../../kernel/lexicon/product-categories';
import { findTicketNumber } from '../../../tickets/ticket-number';
import type { Lang } from '../../phrases';
import { maskMobile } from '../../text/phone-numbers';
import type { CustomerTicketView } from '../../tools/ticket-view';
import type { TicketsByPhoneResult } from '../../tools/tickets-by-phone';
import type { Bilingual } from '../commands';
import type { Facts, Frame } from '../engine-state';
import { problemWords } from '../problem-words';
import { productName } from '../wording';
import { ticketStatusName } from '../ticket-next-contact';
import type { FlowKit, FlowResult, SlotSpec } from './flow';
import { wrongCodeNext } from './code-outcome';
import { STATUS_WORDS } from './status-flow-words';

export const LOOKUP_WORDS = {
  askNumberOrPhone: {
    zh: '这个对话里还没有您的工单。请把工单号发给我（报修短信里以 AS- 开头的编号）；工单号找不到的话，告诉我报修时留的手机号，我往那个手机发个验证码，核实后帮您查。',
    en: "I don't see a ticket for you in this chat yet. Send me the ticket number (it starts with AS-, in the text you got when booking); can't find it? Tell me the mobile number you gave when you booked instead, and I'll text a code to it and look the ticket up once you read it back.",
  },
  askPhone: {
    zh: '报修时留的手机号是多少？我往那个手机发个验证码，核实后帮您查。',
    en: "Which mobile number did you give when you booked? I'll text a code to it and look the ticket up once you read it back.",
  },
  askPhoneAgain: {
    zh: '报修时留的是哪个手机号？发11位号码给我就行，比如 139 1234 5678；有工单号的话直接发工单号也可以。',
    en: 'Which mobile number did you give when booking? Just send the 11 digits, e.g. 139 1234 5678 (or the ticket number, if you have it).',
  },
  noPhone: {
    zh: '没有工单号和手机号的话，我这边没法核实是哪张工单。可以回复“转人工”，客服核实您的身份后帮您查。',
    en: 'Without the ticket number or the phone on it I can\'t check which ticket is yours. Reply "human" and a person will check who you are and find it.',
  },
  codeAgain: STATUS_WORDS.codeAgain,
  notMobile: {
    zh: '验证码只能发到手机上：请告诉我报修时留的11位手机号；如果当时留的是座机，回复“转人工”，客服帮您查。',
    en: 'The code can only go to a mobile: tell me the 11-digit mobile number you gave. If you gave a landline, reply "human" and a person will look it up.',
  },
  unavailable: {
    zh: '这里暂时没法按手机号查工单。可以回复“转人工”，客服核实您的身份后帮您查。',
    en: 'I can\'t look tickets up by phone here right now. Reply "human" and a person will check who you are and find it.',
  },
};

/** What the customer hears when the code goes out: the same whether or not the phone has tickets. */
export function codeSentTo(phone: string): Bilingual {
  const masked = maskMobile(phone);
  return {
    zh: `为了保护您的信息，需要先核实一下：如果这个号码下有工单，验证码已发到 ${masked}，请把短信里的6位数字发给我（10分钟内有效）。`,
    en: `To protect your details I need to check first: if there are tickets under that number, a 6-digit code has just been texted to ${masked}. Please send me the code (valid for 10 minutes).`,
  };
}

/** A lookup by phone is under way: no ticket number, a phone, and no ticket of the customer's own in sight. */
export const byPhone = (facts: Facts): boolean => !facts.ticketNumber && Boolean(facts.phone);

/**
 * The phone asked for when there is no ticket number (and none of the customer's own in this chat);
 * `orNumber` when the number was not asked for before, so either answer does.
 */
export function phoneSlot(knownFrom: SlotSpec['knownFrom'], orNumber = false): SlotSpec {
  const first = orNumber ? LOOKUP_WORDS.askNumberOrPhone : LOOKUP_WORDS.askPhone;
  return { slot: 'phone', required: true, ask: [first, LOOKUP_WORDS.askPhoneAgain], without: LOOKUP_WORDS.noPhone, knownFrom };
}

/**
 * What a person does for a customer whose code never comes, with what the flow was doing:
 * `{ zh: '取消', en: 'cancel the visit for you' }` gives "...客服核实您的身份后帮您取消。".
 */
export function personHelpsWithoutCode(verb: Bilingual): Bilingual {
  return {
    zh: `收不到验证码也有办法：回复“转人工”，客服核实您的身份后帮您${verb.zh}。`,
    en: `If the code doesn't come, reply "human" and a person will check who you are and ${verb.en}.`,
  };
}

/**
 * The texted code asked for, once one was sent (for a ticket of another channel, or to the phone
 * given instead of a number); `ifNoCode` is what the customer hears when it never comes.
 */
export function proofCodeSlot(ifNoCode: Bilingual, knownFrom: SlotSpec['knownFrom'] = (kit) => !kit.frame.challenged): SlotSpec {
  return { slot: 'proofCode', required: true, ask: [STATUS_WORDS.codeSent, STATUS_WORDS.codeAgain], askFor: phoneCodeWording, without: ifNoCode, knownFrom };
}

/** The code's wording when it went to a phone rather than to the phone of a numbered ticket. */
export function phoneCodeWording(facts: Facts): [Bilingual, Bilingual] | undefined {
  return byPhone(facts) ? [codeSentTo(facts.phone!), LOOKUP_WORDS.codeAgain] : undefined;
}

/**
 * One step of the lookup: the tickets once proven, or what the flow returns meanwhile (a code
 * was sent and is asked for, a wrong code, the limits reached).
 */
export async function lookUpByPhone(kit: FlowKit): Promise<{ tickets: CustomerTicketView[] } | { result: FlowResult }> {
  const { frame, facts } = kit;
  const done = (words: Bilingual): { result: FlowResult } => {
    kit.say(words[kit.lang]);
    return { result: { done: true } };
  };
  // Asked twice for the code and none came: the other way in was said already.
  if (frame.challenged && !facts.proofCode) return { result: { done: true } };
  const outcome = await kit.tools.call('findTicketsByPhone', { phone: facts.phone, code: frame.challenged ? facts.proofCode : undefined });
  if (!outcome.ok) return done(LOOKUP_WORDS.notMobile);
  const found = outcome.result as TicketsByPhoneResult;
  if (found.found) return { tickets: found.tickets };
  if (found.notMobile) return done(LOOKUP_WORDS.notMobile);
  if (found.locked) return done(STATUS_WORDS.locked);
  if (found.unavailable) return done(LOOKUP_WORDS.unavailable);
  if (found.wrongCode) {
    delete frame.facts.proofCode;
    kit.say(`${STATUS_WORDS.wrongCode[kit.lang]}${kit.lang === 'zh' ? '' : ' '}${wrongCodeNext(found.triesLeft, kit.lang)}`);
    return { result: { askAgain: true, retry: (found.triesLeft ?? 0) > 0 } };
  }
  frame.challenged = true;
  return { result: { askAgain: true, fresh: true } };
}

/** "2. 海尔电视：没有图像 —— 已受理，等待安排；上门时间：明天上午". */
export function ticketLine(t: CustomerTicketView, lang: Lang, index?: number): string {
  const product = productName({ brand: t.brand, category: t.category }, lang);
  const problem = problemWords(t.symptom);
  const short = problem.length > 24 ? `${problem.slice(0, 23)}…` : problem;
  const visit = t.visitTime ? (lang === 'zh' ? `；上门时间：${t.visitTime}` : `; visit: ${t.visitTime}`) : '';
  const head = index === undefined ? '' : `${index + 1}. `;
  return lang === 'zh'
    ? `${head}${product}：${short}（工单 ${t.number}）—— ${ticketStatusName(t, lang)}${visit}`
    : `${head}${product}: ${short} (ticket ${t.number}) — ${ticketStatusName(t, lang)}${visit}`;
}

/** Keeps the listed tickets on the frame, so the next message can pick one. */
export function offerChoice(kit: FlowKit, tickets: CustomerTicketView[], question: Bilingual): void {
  kit.frame.choices = tickets.map((t) => ({ number: t.number, category: t.category, brand: t.brand }));
  const lines = tickets.map((t, i) => ticketLine(t, kit.lang, i)).join('\n');
  kit.say(`${kit.lang === 'zh' ? '找到这几张进行中的工单：' : 'I found these open tickets:'}\n${lines}\n${question[kit.lang]}`);
  kit.quick(tickets.map((_, i) => String(i + 1)));
}

const ORDINALS: [RegExp, number][] = [
  [/(?:^|第)\s*(?:1|一)\s*(?:个|张|单|条|号)?|\bfirst\b|\b1st\b|#1\b|最新|最近|刚(?:才|刚)?(?:报|约)的|\blatest\b|\bnewest\b|\bmost recent\b/i, 0],
  [/(?:^|第)\s*(?:2|二)\s*(?:个|张|单|条|号)?|\bsecond\b|\b2nd\b|#2\b/i, 1],
  [/(?:^|第)\s*(?:3|三)\s*(?:个|张|单|条|号)?|\bthird\b|\b3rd\b|#3\b/i, 2],
];

/** Which listed ticket the message picks: its number, its place in the list, or its product or brand. */
export function pickTicket(text: string, choices: Frame['choices']): string | undefined {
  const mention = findTicketNumber(text);
  if (mention?.valid) return mention.number;
  const trimmed = text.trim();
  const words = trimmed.toLowerCase();
  const byProduct = choices.filter((c) => {
    const names = [c.category && categoryLabel(c.category, 'zh'), c.category && categoryLabel(c.category, 'en'), c.brand].filter((n): n is string => Boolean(n));
    return names.some((n) => words.includes(n.toLowerCase()));
  });
  if (byProduct.length === 1) return byProduct[0]!.number;
  // A bare place in the list ("2", "第二个", "the second one"); "最后那个" is the oldest listed.
  if (/最后|\blast\b|\boldest\b/i.test(trimmed)) return choices.at(-1)?.number;
  if (trimmed.length <= 20) for (const [pattern, index] of ORDINALS) if (pattern.test(trimmed) && choices[index]) return choices[index].number;
  return undefined;
}
