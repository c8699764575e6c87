/**
 * What the assistant offered the customer and is waiting to hear yes or no to: registering a
 * return or exchange, booking a repair, an engineer's visit, or a person. The customer answers the
 * offer, not the words in isolation: "需要 帮我登记换货" to "需要我帮您登记退换货申请吗？" is a yes,
 * whatever else it holds ("不用上门 直接换货吧" turns down a visit but takes the exchange).
 */
import { has, type Bilingual, type Command } from './commands';
import { SOCIAL } from './social-replies';
import { globalPattern } from '../../kernel/text/global-pattern';
import { givesRequestDetails } from './request-details';
import type { Slots } from '../understanding/types';

export const OFFERS = ['registerReturn', 'bookRepair', 'visit', 'person'] as const;
export type Offer = (typeof OFFERS)[number];

/** Words that name each offered action, in both languages. */
const NAMES: Record<Offer, RegExp> = {
  registerReturn:
    /(登记|申请|办理|提交|换货|退货|退换|退款|换新|换(?:吧|呗|了吧|掉|一台|一个|个新|台新|新的)|(?:就|直接|给我|帮我)(?:退|换)|退(?:吧|呗|了吧|掉)|\bregister\w*|\bfile\b|\bexchange\w*|\breturn\w*|\brefund\w*|\breplace\w*|\bswap\b|\bgo ahead\b|\bprocess it\b)/i,
  bookRepair: /(报修|维修|预约|修(?:吧|呗|一下|理)|约(?:个)?(?:师傅|时间)|安排|上门|\bbook\w*|\brepair\w*|\bfix it\b|\bengineer\b|\btechnician\b|\bvisit\b|\bgo ahead\b)/i,
  visit:
    /(上门|报修|维修|预约|修(?:吧|呗|一下|理)|约(?:个)?(?:师傅|时间)|派(?:个)?(?:人|师傅)|安排|(?:过来|来)(?:看|修)|送修|寄修|\bbook\w*|\brepair\w*|\bvisit\b|\bengineer\b|\btechnician\b|\bsend (?:someone|somebody)|\bcome (?:over|and|to)\b|\bgo ahead\b)/i,
  person: /(人工|客服|真人|专员|\bhuman\b|\bagent\b|\bperson\b|\bsomeone real\b|\bstaff\b)/i,
};

/** The same words made global once, to walk every mention (an offer is weighed on most turns). */
const EVERY_NAME = Object.fromEntries(OFFERS.map((offer) => [offer, globalPattern(NAMES[offer])])) as Record<Offer, RegExp>;

/** A negation just before the action word: "不用登记", "不想换了", "don't register it", "no exchange". */
const NEGATED_BEFORE = /(?:不|没|别|无需|先不|暂时不|不用|不要|不需要|不想|\bdon'?t\b|\bdo not\b|\bno\b|\bnot\b|\bnever\b|\bwithout\b)\s*(?:\w+\s+){0,2}$/i;

/** Plain acceptances a lexicon of answers may not count as yes: "需要", "要的", "麻烦你了", "yes please". */
const TAKES_IT =
  /^(?:[嗯恩哦噢好行对是]*[\s,，。!！]*)?(?:需要|要|要的|需要的|要啊|需要啊|要呀|需要呀|要吧|麻烦(?:你|您)?了?|辛苦(?:你|您)?了?|好呀|好啊|行啊|可以啊|可以呀|那就这样|那(?:就)?麻烦了?|\byes\b|\byeah\b|\byep\b|\bsure\b|\bok(?:ay)?\b|\bplease\b|\bgo ahead\b|\bdo it\b|\bsounds good\b)/i;

/** Turning the offer down in so many words ("不用了", "先不", "no thanks"). */
const TURNS_DOWN = /^(?:[嗯恩哦噢]*[\s,，。]*)?(?:不用|不需要|不要|先不|暂时不|算了|不了|\bno\b|\bnope\b|\bnot now\b|\bnah\b|\bno thanks\b|\bmaybe later\b)/i;

/** The offered action named in the message, not negated; a named action negated counts as a no. */
function named(offer: Offer, text: string): 'yes' | 'no' | undefined {
  let verdict: 'yes' | 'no' | undefined;
  for (const m of text.matchAll(EVERY_NAME[offer])) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (NEGATED_BEFORE.test(before)) verdict ??= 'no';
    else return 'yes';
  }
  return verdict;
}

export type OfferReply = 'accept' | 'decline' | undefined;

/**
 * How a message answers the offer on the table: the offered action named (not negated) or a plain
 * yes takes it; the action named with a "not", or a plain no, turns it down; anything else is not
 * an answer to the offer (a question, a fact, something new).
 */
export function readOfferReply(offer: Offer, text: string, commands: readonly Command[], slots: Pick<Slots, 'orderNumber'> = {}): OfferReply {
  const said = text.trim();
  const action = named(offer, said);
  if (action === 'yes') return 'accept';
  if (action === 'no') return 'decline';
  if (TURNS_DOWN.test(said) || has(commands, 'cancel') || (has(commands, 'deny') && !has(commands, 'affirm'))) return 'decline';
  if (offer !== 'registerReturn' && offer !== 'person' && has(commands, 'declineVisit')) return 'decline';
  if (has(commands, 'affirm') || TAKES_IT.test(said)) return 'accept';
  // "订单号…，手机139…，地址…" or "order 8881…, model BL-500" to "shall I register it?": details only the request needs, so a yes.
  if (offer === 'registerReturn' && givesRequestDetails(commands, slots)) return 'accept';
  return undefined;
}

/** The offer a flow left waiting when it did not name one: troubleshooting offers a visit. */
export function offerOf(frame: { flow: string; offer?: Offer }): Offer {
  return frame.offer ?? (frame.flow === 'return' ? 'registerReturn' : 'visit');
}

const L = (zh: string, en: string): Bilingual => ({ zh, en });

/** The offer said again when the customer's message did not answer it: first with the choices, then with the way out. */
export const OFFER_AGAIN: Record<Offer, [Bilingual, Bilingual]> = {
  registerReturn: [
    L('要登记退换货申请的话，回复“登记”；不需要的话回复“不用了”。', 'To register the return or exchange request, reply "register"; if not, reply "no thanks".'),
    L(
      '您可以：1. 回复“登记”，我记下退换货申请；2. 回复“不用了”；3. 回复“转人工”，请客服直接处理。',
      'You can: 1. reply "register" and I will record the request; 2. reply "no thanks"; 3. reply "human" and a person will handle it.',
    ),
  ],
  bookRepair: [
    L('要预约维修的话，回复“预约”；不需要的话回复“不用了”。', 'To book the repair, reply "book"; if not, reply "no thanks".'),
    L('您可以：1. 回复“预约”，我来登记维修；2. 回复“不用了”；3. 回复“转人工”找客服。', 'You can: 1. reply "book" and I will arrange the repair; 2. reply "no thanks"; 3. reply "human" for a person.'),
  ],
  visit: [SOCIAL.heardOffer, SOCIAL.heardOfferAgain],
  person: [
    L('要转人工客服的话，回复“转人工”；不需要的话回复“不用了”。', 'To talk to a person, reply "human"; if not, reply "no thanks".'),
    L('您可以回复“转人工”找客服，或者直接告诉我还需要什么帮助。', 'Reply "human" for a person, or just tell me what else you need.'),
  ],
};
