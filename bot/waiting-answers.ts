/**
 * The questions a customer asks while waiting for a person, answered the way the bot answers them
 * outside a handoff, from the same places: a question about acting safely from the safety rules,
 * a fault or error code from its knowledge case (safe steps first), a policy from the approved
 * answers, what is on the ticket from the ticket, when someone will call from the one promise
 * rule, a utility's number from where it really is. No form is started and nothing is booked: the
 * person handling the case does that; offers to book ("要帮您预约上门吗？") are left out.
 */
import type { Ticket } from '../tickets/ticket';
import type { TurnInput } from './brain';
import { frameSchema, readEngineState } from './engine/engine-state';
import { answerWithSource, dropFeedbackQuestion, faultFlow } from './engine/flows/fault-flow';
import type { FlowKit } from './engine/flows/flow';
import { lookUpAnswer, stepAnswering } from './engine/flows/policy-flow';
import { answerSafetyQuestion } from './engine/safety-question';
import { leakFirstAidAnswer, leakFirstAidAsked, leakFirstAidGiven } from './engine/leak-first-aid';
import { energySourceIn } from './understanding/energy-source';
import { questionClause } from './understanding/question-clause';
import { asksRepairCost } from './understanding/repair-cost-question';
import { asksInstalling } from './engine/entry-topics';
import { repairFeeRule } from './engine/repair-fee-rule';
import type { Lang } from './phrases';
import { utilityAsked, utilityNumberAnswer } from './utility-numbers';
import { callBackAnswer, callBackWanted, contactAnswer, contactAsked } from './waiting-contact';
import { contactWindowIn } from './waiting-contact-window';
import { factsAskedAbout, ticketFactsLine } from './waiting-ticket-facts';
import { meanwhileAnswer, meanwhileAsked } from './waiting-meanwhile';
import { serviceWayAnswer, serviceWayAsked } from './waiting-service-way';
import { termAnswer, termAsked } from './waiting-term';
import { whoHandlesAnswer, whoHandlesAsked } from './waiting-who-handles';
import { dryingAsked, dryingNo, wetDevice, wetDeviceAnswer } from './waiting-wet-device';
import { repairFeeWhileWaiting, warrantyAskedWhileWaiting, warrantyWhileWaiting } from './waiting-warranty';
import type { WaitingTurn } from './waiting-turn';

/** Shaped like a question: a plain question may have its answer in the knowledge base. */
export const QUESTION =
  /[?？]|[吗么嘛呢][。！!]?\s*$|吗(?=[，,。\s])|(?:怎么|怎样|如何|多少|几[年个天点]|哪[里儿个些天]|什么|啥|是否|能不能|可不可以|可以吗|行不行|要不要|有没有|会不会|是不是|收费)|^\s*(?:how|what|when|where|why|which|who|can|could|do|does|did|is|are|will|would|should|may)\b/i;

export interface WaitingAnswers {
  /** What was answered, in order. */
  lines: string[];
  /** The knowledge entries the answers come from. */
  citations: string[];
  /** Whether the message asked anything (an unanswered question gets an honest "I don't have that"). */
  asked: boolean;
  /** The part that asks, for saying what was asked. */
  question: string;
}

export async function answerWhileWaiting(turn: WaitingTurn): Promise<WaitingAnswers> {
  const { text, lang, ticket } = turn;
  const question = questionClause(text);
  const facts = factsAskedAbout(text);
  // (A time for calls, "8点以后别打", is noted on its own with the time said back: not noted again as a wish.)
  const asking = contactAsked(text, turn.earlierReplies);
  const contact = asking && contactWindowIn(text) ? { ...asking, wanted: undefined } : asking;
  const utility = utilityAsked(text);
  // "一定要让人给我打电话": the call-back number and time, unless the message asks when (answered above with both).
  const callBack = !contact && callBackWanted(text);
  const meanwhile = meanwhileAsked(text);
  // A wet phone or laptop: "can I keep using it", "what now", "hair dryer or rice?" get the wet-device answer.
  const category = turn.understanding.slots.category ?? ticket?.category ?? talkedAbout(turn);
  const wet = wetDevice(category, ticket, text, turn.earlierReplies, turn.customerSaid) && (dryingAsked(text) || Boolean(meanwhile && (meanwhile.meanwhile || meanwhile.stillUse)));
  // A leaking dishwasher or washer "for now": stop it, power off safely, close its tap, wipe up (never installation text).
  const told = turn.customerSaid?.filter((m) => m !== text) ?? [];
  const leak = leakFirstAidAsked(text, category, `${ticket?.symptom ?? ''} ${told.join(' ')}`, told.at(-1))
    ? leakFirstAidAnswer(category, lang, leakFirstAidGiven(turn.earlierReplies), turn.lastReply)
    : undefined;
  const asked = Boolean(leak) || QUESTION.test(text) || facts.length > 0 || whoHandlesAsked(text) || termAsked(text) || Boolean(contact || utility || callBack || meanwhile || wet);
  const out: WaitingAnswers = { lines: [], citations: [], asked, question };
  if (!asked && !turn.understanding.slots.errorCode) return out;

  if (facts.length && ticket) out.lines.push(ticketFactsLine(ticket, facts, lang));
  if (contact) {
    const said = await contactAnswer(contact, {
      ticket,
      now: turn.now,
      lang,
      hours: turn.hours,
      tools: turn.tools,
      availability: turn.availability,
      phoneGiven: turn.understanding.slots.phone,
      handoffDue: turn.handoffDue,
      phoneOnRecord: turn.phoneOnRecord,
    });
    if (said) out.lines.push(said);
  }
  if (utility) out.lines.push(utilityNumberAnswer(utility, lang));
  if (callBack) {
    const said = await callBackAnswer({ ticket, now: turn.now, lang, hours: turn.hours, tools: turn.tools, phoneInMessage: Boolean(turn.understanding.slots.phone), lastReply: turn.lastReply });
    if (said) out.lines.push(said);
  }

  // "what is 三包? I'm not Chinese": the term in plain words, not the rule quoted again.
  if (termAsked(text)) out.lines.push(termAnswer(lang));

  // "will they sort out the refund or do I go to the shop?": who does what, not when the money arrives.
  if (whoHandlesAsked(text)) {
    const who = whoHandlesAnswer(lang);
    out.lines.push(said(turn, who) ? askedAgain(who, lang) : who);
  }

  // Acting safely on the problem at hand: the safety rules answer, whatever the knowledge base holds.
  const safe = leak ?? answerSafetyQuestion(question, `${ticket?.symptom ?? ''} ${text}`, lang, true);
  if (safe) out.lines.push(safe);

  // "这段时间怎么办", "can I still use it", "要修多久": the wait's own questions, each answered.
  const before = out.lines.length;
  if (wet && !safe) {
    const drying = dryingAsked(text);
    const whole = wetDeviceAnswer(category, lang, false);
    // Told already: a drying question gets its no and why; "can I use it" again gets the gist.
    if (said(turn, whole)) out.lines.push(drying ? dryingNo(lang, category) : askedAgain(whole, lang));
    else out.lines.push(wetDeviceAnswer(category, lang, drying));
  } else if (meanwhile && !safe) out.lines.push(...meanwhileAnswer(meanwhile, turn));
  // "还在保修期吗", "will it be free": the warranty worked out from the product and the date, not the exclusions list.
  // "免费吗", "do I have to pay?" with no date: the fee for the ticket's product, which its warranty decides.
  // ("三包是什么" asks what the word means, not whether this product is covered.)
  const cover = termAsked(text)
    ? undefined
    : warrantyAskedWhileWaiting(text, Boolean(turn.understanding.purchase || turn.understanding.slots.purchaseDate))
      ? await warrantyWhileWaiting(turn)
      : await repairFeeWhileWaiting(turn);
  if (cover && !said(turn, cover)) out.lines.push(cover);
  else if (cover) out.lines.push(askedAgain(cover, lang));

  // "Do I bring it in or do you collect it?": how this product is repaired (service centre or mail-in, or an engineer at home).
  if (serviceWayAsked(text)) {
    const way = serviceWayAnswer(turn.understanding.slots.category ?? ticket?.category ?? talkedAbout(turn), lang);
    if (way && !said(turn, way)) out.lines.push(way);
  }

  // A code or a fault asked about: its case, as outside a handoff (not a fact or contact question).
  if (!facts.length && !contact && !utility && !callBack && out.lines.length === before) {
    const fault = await faultAnswer(turn, ticket, lang);
    if (fault) {
      out.lines.push(fault.text);
      out.citations.push(...fault.citations);
    }
  }

  // "修这个大概多少钱", "what will the repair cost?": the repair fee rule, never the installation fees (repair-cost-question.ts).
  if (!out.lines.length && asksRepairCost(text) && !asksInstalling(text)) {
    const rule = await repairFeeRule(turn.tools, turn.understanding.slots.category ?? ticket?.category ?? talkedAbout(turn), lang);
    if (rule?.answer) {
      out.lines.push(said(turn, rule.answer) ? askedAgain(rule.answer, lang) : answerWithSource(rule, lang));
      out.citations.push(rule.id);
    }
  }

  // A policy or how-to question, when nothing more specific answered it.
  if (!out.lines.length && asked) {
    const category = turn.understanding.slots.category ?? ticket?.category ?? talkedAbout(turn);
    const answer = await lookUpAnswer({ tools: turn.tools, facts: { category } }, question);
    if (answer && !said(turn, answer.answer)) {
      out.lines.push(answerWithSource(answer, lang));
      out.citations.push(answer.id);
    } else if (answer) {
      // Asked again ("how much will it cost then?"): the gist once more, in other words, never the same reply twice running.
      out.lines.push(askedAgain(answer.answer ?? '', lang));
      out.citations.push(answer.id);
    } else {
      const step = await stepAnswering({ tools: turn.tools, facts: { category }, energy: energySourceIn(`${ticket?.symptom ?? ''} ${text}`) }, question, lang);
      if (step) {
        out.lines.push(waitingWords(step.text));
        out.citations.push(step.id);
      }
    }
  }
  return out;
}

/** The product the conversation was about before the handoff (the ticket of a bare "转人工" names none). */
function talkedAbout(turn: WaitingTurn): string | undefined {
  return readEngineState(turn.tools.context.conversation.state.policy).product.category;
}

/** Already said in one of the last replies: not quoted again in full. */
function said(turn: WaitingTurn, text: string | undefined): boolean {
  return Boolean(text && turn.earlierReplies?.some((r) => r.includes(text)));
}

/** An answer given a moment ago, asked for again: its first sentence, and who confirms the rest. */
function askedAgain(answer: string, lang: Lang): string {
  const first = /^[^。！？.!?]+[。！？.!?]/.exec(answer.trim())?.[0] ?? answer;
  return lang === 'zh'
    ? `和上面说的一样：${first}具体到您这台，人工客服联系您时会再确认。`
    : `As above: ${first.charAt(0).toLowerCase()}${first.slice(1)} The person handling your case will confirm it for your own product when they contact you.`;
}

/** Offers to book or to pass on, which the person now handling the case decides, taken out of a case's reply. */
const OFFER_LINE = /我可以帮您安排|which I can arrange|^\s*Shall I|要帮您(?:预约上门|登记送修)吗|Shall I (?:book a visit|register a repair)[^.?]*\?|我可以帮您转人工确认|I can pass it to a person/;
function waitingWords(reply: string): string {
  return dropFeedbackQuestion(reply)
    .split('\n')
    .map((line) =>
      line
        .replace(/\s*(?:要帮您(?:预约上门|登记送修)吗？|Shall I (?:book a visit|register a repair for you)\?)/, '')
        .replace(/[；，]?\s*拿不准的话，我可以帮您转人工确认。/, '。')
        .replace(/[;,]?\s*if unsure, I can pass it to a person\./, '.'),
    )
    .filter((line) => line.trim() && !OFFER_LINE.test(line))
    .join('\n')
    .replace(/。。/g, '。');
}

interface FaultAnswer {
  text: string;
  citations: string[];
}

/**
 * The fault case for a code or a described fault in this message, with the ticket's product where
 * the message names none ("E15 是什么意思" about the dishwasher on the ticket). Only a case's steps
 * or an honest "no information on that code" count; a clarifying question is not asked while waiting.
 */
async function faultAnswer(turn: WaitingTurn, ticket: Ticket | undefined, lang: Lang): Promise<FaultAnswer | undefined> {
  const u = turn.understanding;
  const fault = u.intent === 'fault_report' || u.secondaryIntents.includes('fault_report');
  if (!u.slots.errorCode && !fault) return undefined;
  const named = u.slots.category;
  const same = !named || !ticket?.category || named === ticket.category;
  const known = {
    category: named ?? ticket?.category ?? talkedAbout(turn),
    brand: u.slots.brand ?? (same ? ticket?.brand : undefined),
    model: u.slots.model ?? (same ? ticket?.model : undefined),
    errorCode: u.slots.errorCode,
    symptom: u.slots.errorCode ? undefined : questionClause(turn.text),
  };
  const facts = Object.fromEntries(Object.entries(known).filter(([, v]) => v)) as Partial<Record<keyof typeof known, string>>;
  const out: string[] = [];
  const citations: string[] = [];
  const kit: FlowKit = {
    lang,
    facts,
    frame: frameSchema.parse({ flow: 'fault', facts, clarified: 1 }),
    turn: turnInput(turn),
    tools: turn.tools,
    say: (t) => out.push(t),
    quick: () => undefined,
    cite: (id) => citations.push(id),
    cited: (id) => citations.includes(id),
    saidBefore: (t) => said(turn, t),
    energy: energySourceIn(`${ticket?.symptom ?? ''} ${turn.text}`),
    filed: [],
    booking: true,
    declined: true,
    stacked: false,
  };
  const result = await faultFlow.finish(kit);
  // A description nothing matched gets no "no fix found, shall I book?" here: the question goes to the person.
  if (!citations.length && !u.slots.errorCode) return undefined;
  if ('stage' in result && result.stage === 'collect') return undefined;
  const text = waitingWords(out.join('\n'));
  if (!text || said(turn, text)) return undefined;
  return { text, citations };
}

/** The turn as a flow reads it: this message, understood, in the conversation it belongs to. */
function turnInput(turn: WaitingTurn): TurnInput {
  return {
    text: turn.text,
    redactedText: turn.text,
    understanding: turn.understanding,
    replyLanguage: turn.lang,
    conversation: turn.tools.context.conversation,
    history: [],
    attachments: [],
    openTickets: turn.ticket ? [turn.ticket.number] : [],
  };
}
