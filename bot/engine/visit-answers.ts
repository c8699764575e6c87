/**
 * The answers to questions about how the visit goes (bot/understanding/visit-question.ts), said in
 * our words from what the service does: the engineer calls first to agree the time (the time said
 * when the request is filed, from its own clock, so nothing is promised here that the ticket does
 * not hold), the exact time is agreed on that call, and a landline with its area code reaches the
 * engineer as well as a mobile. A carried-in product (a phone, a laptop, earbuds) gets no visit at
 * all, so it hears its own way: a call to arrange the drop-off or mail-in.
 */
import type { Lang } from '../phrases';
import type { VisitQuestion } from '../understanding/visit-question';
import type { Facts } from './engine-state';
import { carriedIn } from './wording';

type Answer = { zh: string; en: string };

const VISITED: Record<Exclude<VisitQuestion, 'noMobile'>, Answer> = {
  callFirst: {
    zh: '会的。提交后工程师会先给您打电话，跟您约好具体上门时间再过来，不会不打招呼就上门；最晚什么时候来电，提交时我会告诉您。',
    en: "Yes. Once the request is filed, the engineer calls you first to agree the visit time, and only comes then, never unannounced; I'll tell you by when they will call when I file it.",
  },
  howSoon: {
    zh: '提交后我会告诉您工程师最晚什么时候给您打电话；具体哪天上门在那通电话里跟您约，您方便的时间（比如周末、晚上）现在告诉我也行，我一并记上。',
    en: "When I file it I'll tell you by when the engineer will call you; the visit day is agreed on that call. If you have a preferred time (a weekend, an evening), tell me and I'll note it.",
  },
  repairTime: {
    zh: '修多长时间要看工程师上门检查的结果，我这里没法提前说准，不想给您说错；要是得换配件，工程师检查后会告诉您大概要多久。',
    en: "How long the repair takes depends on what the engineer finds, so I can't tell you beforehand and won't guess; if a part has to be ordered, the engineer will tell you how long after checking.",
  },
  stayHome: {
    zh: '不用一整天在家等。工程师上门前会先打电话跟您约好时间段，到时候家里有人开门、能说明情况就行；白天不方便的话，也可以约周末或晚上。',
    en: 'No need to wait in all day. The engineer calls first to agree a time slot with you; someone just needs to be home to let them in then. If daytime is hard, a weekend or evening slot can be asked for.',
  },
  // Which part is needed is only known once the engineer has looked, so whether it is on hand is not promised.
  parts: {
    zh: '配件不用您自己准备。工程师上门先检查确认是哪里坏了，需要换配件由他们负责；如果当时手上没有，会订好配件再约时间来换，我这里没法提前保证第一次上门就能修好。保修期内配件免费；保修期外换配件会先报价，您同意才换。',
    en: "You don't need to get any parts yourself. The engineer checks it first to find what is faulty, and any part needed comes from us; if it isn't on hand at the first visit, it is ordered and a time agreed to fit it, so I can't promise it is fixed on the first visit. Parts are free within the warranty; outside it, you're told the price first and it's only fitted if you agree.",
  },
};

const CARRIED: Record<Exclude<VisitQuestion, 'noMobile'>, Answer> = {
  callFirst: {
    zh: '会的。这类产品不上门维修：提交后客服会先给您打电话，告诉您最近的官方服务中心，或者帮您安排寄修。',
    en: 'Yes. This kind of product is not repaired at home: once it is filed, our staff call you with the nearest official service centre, or to arrange a mail-in repair.',
  },
  howSoon: {
    zh: '这类产品不上门维修，是送到官方服务中心或寄修，什么时候送由您安排；提交后我会告诉您客服最晚什么时候给您打电话。',
    en: "This kind of product is not repaired at home: it goes to an official service centre or by mail-in, whenever suits you; when I file it I'll tell you by when our staff will call.",
  },
  repairTime: {
    zh: '修多长时间要看服务中心检测的结果，我这里没法提前说准，不想给您说错；检测后服务中心会告诉您大概要多久。',
    en: "How long the repair takes depends on what the service centre finds, so I can't tell you beforehand and won't guess; they'll tell you after inspecting it.",
  },
  stayHome: {
    zh: '不用在家等：这类产品不上门维修，是您送到官方服务中心或者寄修，时间您自己安排。',
    en: 'No need to wait at home: this kind of product is not repaired at home; you take it to an official service centre or mail it in, when it suits you.',
  },
  parts: {
    zh: '配件不用您自己准备。这类产品不上门维修，是送到官方服务中心或寄修，检测后需要的配件由服务中心负责。保修期内配件免费；保修期外换配件会先报价，您同意才换。',
    en: "You don't need to get any parts yourself. This kind of product is not repaired at home: it goes to an official service centre or by mail-in, and any part it needs is handled there. Parts are free within the warranty; outside it, you're told the price first and it's only fitted if you agree.",
  },
};

const LANDLINE: Answer = {
  zh: '没有手机也可以留座机，请带上区号，比如 010-8888 6666，我们会打这个号码跟您约时间。',
  en: "A landline is fine too: give it with the area code, e.g. 010-8888 6666, and we'll call that number to arrange things.",
};
const NO_TEXT_NEEDED: Answer = {
  zh: '报修不需要收短信验证码，留一个能打通的电话就行。',
  en: 'Booking a repair needs no text message or code: a number we can call is all it takes.',
};
const TEXTS = /短信|验证码|\b(?:texts?|sms|messages?)\b/i;

const LANDLINE_TAKEN: Answer = {
  zh: '座机可以，这个号码我记下了，我们会打它跟您约时间。',
  en: "A landline is fine: I've noted that number and we'll call it to arrange things.",
};

/** The answer to a visit question for this product, in the customer's language; `phoneGiven`: the same message gave a number. */
export function visitAnswer(kind: VisitQuestion, facts: Facts, lang: Lang, question: string, phoneGiven = false): string {
  // "座机行吗？010-…": the landline given with the question is the answer already.
  if (kind === 'noMobile' && phoneGiven && facts.phone) return LANDLINE_TAKEN[lang];
  if (kind === 'noMobile') return TEXTS.test(question) ? `${NO_TEXT_NEEDED[lang]}${lang === 'zh' ? '' : ' '}${LANDLINE[lang]}` : LANDLINE[lang];
  return (carriedIn(facts.category) ? CARRIED : VISITED)[kind][lang];
}
