/**
 * The conversation engine: applies one message's commands to the conversation and decides the
 * reply, whichever brain produced the commands. It owns conversation repair, so flows never
 * repeat it: danger first, a person on request, corrections, cancelling, digressions answered
 * and the flow resumed, skipping, "did that help?", and the rules that hold everywhere: no slot
 * asked more than twice (the second ask is worded differently; then the flow goes on without it
 * and says so) and no reply repeating the previous one word for word.
 */
import { chinaTimeNote } from './china-time-note';
import { asksOwnRule } from '../understanding/own-rule-question';
import { demandsAfterRepairs } from './after-sales-words';
import { asksReplacementOrRefund, demandsAfterRepairsIn, pressesDemandAfterRepairs, repairsNote } from './demand-after-repairs';
import { demandsHeard, demandsIn, demandsNote, demandsPassedOn } from './demands-heard';
import { asksWithoutProof } from '../understanding/proof-missing-question';
import { asksWhichProof } from '../understanding/proof-kind-question';
import { proofMissingAnswer } from './proof-missing-answer';
import { wantsRepairInstead } from './repair-instead';
import { jobQuestion } from '../understanding/job-questions';
import { jobQuestionAnswer, questionWrittenDown, questionsNote } from './job-question-answers';
import { asksRepairWay } from '../understanding/repair-way-question';
import { ownRuleAnswer } from './own-rule-answers';
import type { BrainReply, TurnInput } from '../brain';
import type { Lang } from '../phrases';
import type { HandoffResult } from '../tools/hand-off';
import { chasesEarlierCase, holdsServiceRequest } from './service-request-held';
import { lookupGivenUp } from './lookup-given-up';
import type { ToolBox } from '../tools/tool';
import { first, has, isContactSlot, PROBLEM_SLOTS, type Bilingual, type Command, type FlowName, type SlotName } from './commands';
import { factsOf, frameSchema, readEngineState, top, type EngineState, type Frame } from './engine-state';
import { FLOWS, type FlowKit, type FlowResult } from './flows';
import { lookUpAnswer, stepAnswering } from './flows/policy-flow';
import { CODE_STILL_MISSING, RESEND_CODE, RESENT_MARK, resendCode } from './flows/status-flow';
import { codeOutcomeAnswer, codeOutcomeAsked } from './flows/code-outcome';
import { FEEDBACK_QUESTION, answerWithSource, dropFeedbackQuestion } from './flows/fault-flow';
import { BUSINESS_HOURS, carriedIn, categoryName } from './wording';
import { waitingSafetyNotes } from './waiting-safety-case';
import type { KnowledgeHit } from '../knowledge-search';
import { addedFault } from './problem-added';
import { vagueFault } from './vague-fault';
import { detailsAfterAnswer, problemWithDetails } from './details-after-answer';
import { asksAboutDays, asksReturnDays, isReturnFrame, returnDaysAnswer } from './return-days';
import { asksToRegister } from './flows/return-flow';
import { changedWish, wishChangeLine, wishIn } from './return-wish';
import { answersOnlyWithDate, verdictAskedAgain } from './verdict-pending';
import { answersProblemAsked, factsBeforeProblem, factsNotedAskProblem, toldAProblem } from './facts-before-problem';
import { verdictAskedPlainly, verdictUnclear } from './verdict-unclear';
import { faultWords } from './problem-words';
import { answerSafetyQuestion } from './safety-question';
import { defrostFearAnswer } from './defrost-fear';
import { withoutFearedHazards } from '../understanding/feared-hazards';
import { answerSafetyFollowUp, dangerTopicAnswer } from './safety-follow-up';
import { warmLaundryAnswer } from './warm-laundry';
import { madeSafeAnswer } from './made-safe-answer';
import { metalArcingAnswer } from './microwave-arcing-part';
import { swollenBatteryAnswer, swollenBatteryStillUse } from './swollen-battery-answer';
import { dangerMadeSafe } from '../understanding/danger-made-safe';
import { swellingOnly } from '../understanding/swelling-only';
import { leakDescribed, leakFirstAidLine } from './leak-first-aid';
import { partWarrantyAnswer } from './part-warranty';
import { partAfterVerdict } from './part-after-verdict';
import { LATER, LATER_AGAIN, LATER_UNFILED } from './later-close';
import { asksToHold, defersForNow } from '../understanding/defers-for-now';
import { handlesItElsewhere } from '../understanding/handles-it-elsewhere';
import { elsewhereGoodbye } from './elsewhere-goodbye';
import { putsVisitOff } from '../understanding/visit-put-off';
import { VISIT_PUT_OFF } from './visit-put-off';
import { NUMBER_STILL_NOT_FOUND, NUMBER_STILL_NOT_FOUND_AGAIN, saidNumberNotFound } from './number-insisted';
import { insistsOnNumber } from '../understanding/number-insisted';
import { mentionsProofOfPurchase } from '../understanding/proof-of-purchase-mention';
import { PROOF_NOTED } from './proof-noted';
import { thanksForPastRepair } from '../understanding/past-repair-thanks';
import { PAST_REPAIR_THANKS } from './past-repair-thanks';
import { asksReturnPostage } from '../understanding/return-postage-question';
import { caseLineFor, caseLineReply, findCase } from './case-follow-up';
import { neglectedStep, neglectedStepReply } from './neglected-step';
import { neglectTold } from '../understanding/neglect-told';
import { asksAboutStepThing } from './step-question-concepts';
import { energySourceIn } from '../understanding/energy-source';
import { mergeNumberedComponents } from '../understanding/slots/address-components';
import { contradictsWorking, mergeWorking, workingPartsIn } from './case-premise';
import { energyChanged, energyNoted } from './energy-said';
import { deviceWords, stopUsingLine } from '../understanding/safety-script';
import { deviceOf } from './safety-context';
import { cancelled, handingOver, noAnswerToQuestion, resuming, SOCIAL } from './social-replies';
import { complaintHeard, complaintIn, complaintNote } from './complaint-heard';
import { careTask } from '../understanding/care-question';
import { damageByUs } from '../understanding/damage-by-us';
import { repairFeeBack } from '../understanding/repair-fee-back';
import { careUnknown } from './care-unknown';
import { warrantyAgain } from './warranty-again';
import { withoutRepeatedBlocks } from './reply-dedupe';
import { withOneVoice } from './one-voice';
import { describedInstead, negatesWordsOf, rejectsCase } from './case-rejected';
import { offerOf, readOfferReply } from './offer-memory';
import { LIQUID_TITLE } from './flows/liquid-first';
import { pastSpill } from '../understanding/past-spill';
import { noRepairWords, offerAgainFor } from './service-way';
import { deniesFault, elsewhereReply, elsewhereTopic, withoutElsewhere } from '../understanding/elsewhere';
import { asksIfFiled, asksWhatNext } from '../understanding/filed-check';
import { backToProblem } from '../understanding/back-to-problem';
import { filedConfirmation, notConfirmedYet, notFiledYet } from './filed-check';
import { takeOpenFault } from './fault-carried';
import { BOOKED_FROM_DETAILS, givesBookingFacts, isVisitOffer, offerWaiting } from './offer-taken-by-facts';
import { onlyAVisitTime } from './not-a-problem';
import { openProblem, problemAbout, stepsAgain } from './back-to-problem';
import { unusablePhone } from './phone-unusable';
import { swapCode } from './code-swap';
import { changesLine, notedLine } from './changes-line';
import { askWholeAddress, isUnplacedAddressPart } from './whole-address-ask';
import { amendFiled, isAmendable } from './filed-amend';
import { afterFilingReply } from './after-filing';
import { handoffSummary } from './handoff-summary';
import { productGuessLine } from './product-guess-line';
import { selfChecksAnswer } from './self-checks-answer';
import { asksForSelfChecks } from '../understanding/self-check-question';
import { isPresenceCheck } from '../understanding/presence-check';
import { asksCodeMeaning } from '../understanding/code-meaning-question';
import { codeMeaningReply } from './case-meaning';
import { asksForLoanUnit } from '../understanding/loan-request';
import { LOAN_NOTE, loanAnswer } from './loan-answer';
import { askedVisitTime } from '../understanding/visit-time-question';
import { visitWishTime } from '../understanding/visit-wish-time';
import { visitTimeNote } from './visit-time-note';
import { insteadOfRepeat, onlyAcknowledges, repeats, type Standing } from './no-repeat';
import { splitQuestions } from '../understanding/question-split';
import { asksInstalling } from './entry-topics';
import { asksNewInstall } from '../understanding/new-install';
import { assistantQuestion } from '../understanding/assistant-question';
import { answerOneQuestion } from './one-answer';
import { withMessageProduct } from './message-product';
import { asksHowToBook, bookingUnderWay } from './booking-how';
import { questionTopic, replyCovers, topicName } from './question-topic';
import { answeredBefore } from './answered-before';
import { answerDetail } from './answer-detail';
import { meaningAnswer } from './meaning-answer';
import { asksIfRepairFree, repairFeeAnswer } from './repair-fee';
import { repairOrReplaceQuery, WORTH_REPAIRING } from '../understanding/repair-or-replace';
import { faultCoverLine } from './warranty-verdict';
import { asksChargeOfThisRepair, asksServiceFee, NAMES_VISIT, visitQuestion } from '../understanding/visit-question';
import { visitAnswer } from './visit-answers';
import { serviceFeeEntry } from './service-way';
import { saysYesToSummary } from '../understanding/summary-yes';
import { factsForQuestion, otherProductHeading } from './question-product';
import { apologyDue, oneApology } from './apology';
import { afterSorryNext, askedForSorry, ownFailureSorry } from './own-failure-sorry';
import { keepMissing, misreadSorry, missedTwice } from './mistake-owned';
import { chasingOnTicket, chasingWithoutTicket } from './chasing-heard';
import { visitOnFiled } from './visit-requested';
import { asksForVisit } from '../understanding/visit-asked-for';
import { plainQuestion } from '../understanding/plain-question';
import { askedFirst } from './asked-first';
import { travelAnswer } from './travel-answer';
import { asksAboutTravelling } from '../understanding/travel-question';
import { asksServiceAbroad } from '../understanding/service-abroad-question';
import { serviceAbroadAnswer } from './service-abroad-answer';
import { countrySaidIn } from '../text/customer-country';
import { asksToInstallThemselves } from '../understanding/self-install-question';
import { asksOursBesideDelivery } from '../understanding/question-beside-delivery';
import { chasingFrustration } from '../understanding/chasing-frustration';
import { pointsOutMistake } from '../understanding/mistake-pointed-out';
import { askedAgainReply } from './asked-again';
import { asksSomething as asksInWords } from '../understanding/question-clause';
import { partWorksLine, problemLeftLines, readFixReport } from './problem-left';
import {
  allToldWork,
  bothBookedLine,
  bothStillAskedLine,
  factsPerProductLine,
  nextBookingLine,
  oneWorksOtherBookedLine,
  otherProductAskedLine,
  productsToldWith,
  toldTogether,
} from './other-product-left';
import { factsPerProduct, type ProductPart } from '../understanding/facts-per-product';
import { dayKey } from '../../tickets/ticket-number';
import { onlyReproachesService } from '../understanding/service-reproach';
import { reproachNoJob, reproachOnTicket, reproachSorry } from './reproach-heard';
import { askedLookupPhone, BOOKING_AGAIN, LOOK_UP_BY_PHONE, LOOK_UP_BY_PHONE_SENT, lookupUnderWay, NOT_LOST_BY_PHONE, notLostLines, WAIT_SORRY } from './booking-not-found';
import { chasesEarlierBooking, nothingSince } from '../understanding/booking-unheard-of';
import { foreignReference } from '../understanding/foreign-reference';
import { notOurNumber } from './not-our-number';
import { asksIfBookingLost } from '../understanding/booking-lost-question';
import { asksToBookAgain, asksWhetherToBookAgain } from '../understanding/book-again';
import { furiousRepeat, VERY_ANGRY } from '../understanding/furious-repeat';
import { visitConditionsIn, withoutConditions, type VisitCondition } from '../understanding/visit-condition';
import { repairsRuleLines } from './repairs-rule-lines';
import { visitConditionsHeard, visitConditionsNote } from './visit-conditions-heard';
import { askedAgainAfterYes } from './yes-to-question';
import { optionalLeft, yesEndsOptionalAsks } from './optional-yes';
import { onlyAReturnWish } from './wish-only-problem';
import { paidRepairHeard } from './paid-repair-heard';
import { agreesToPay } from '../understanding/pays-for-repair';

export interface EngineTurn {
  commands: Command[];
  turn: TurnInput;
  tools: ToolBox;
}

/** The parts of one reply, in order. */
class ReplyParts {
  parts: string[] = [];
  readonly citations: string[] = [];
  quickReplies?: string[];
  handedOff = false;
  /** "I can't answer that" lines that do not name what: left out when the reply answers from the knowledge base (one-voice.ts). */
  readonly unnamedUnanswered = new Set<string>();
  say(text: string): void {
    if (text) this.parts.push(text);
  }
  sayUnanswered(text: string): void {
    this.unnamedUnanswered.add(text);
    this.say(text);
  }
  get empty(): boolean {
    return this.parts.length === 0;
  }
}

const FLOW_STEPS_PER_TURN = 4;
/** Wanting to buy something ("你们卖吗", "where can I buy one"). */
const WANTS_TO_BUY = /卖|(?<!购)买(?![的了过])|\bbuy\b|\bsell\b|\bwhere can i get\b/i;
const QUICK = new Set<FlowName>(['status', 'policy']);
/** Facts that describe the product or problem rather than book a visit. */
const DESCRIBING: SlotName[] = ['category', 'brand', 'symptom', 'errorCode'];
/** Commands that answer "did that help?" or leave the problem: with one of them, fault words are no new details. */
const VERDICTS = new Set<Command['kind']>(['fixed', 'notFixed', 'affirm', 'deny', 'cancel', 'human', 'ask', 'danger', 'bye', 'thanks']);
/** An address part that names a place (a city, a district, a road) starts a new address; one without is the rest of the old one. */
const PLACE_WORDS = /[省市区县镇乡路街道]|\b(?:road|street|avenue|district|city)\b/i;
/** Facts about the product itself, carried from one job to the next in the same conversation. */
const PRODUCT_FACTS = ['category', 'brand', 'model', 'purchaseDate', 'saleChannel'] as const satisfies readonly SlotName[];

export class ConversationEngine {
  private readonly state: EngineState;
  private readonly out = new ReplyParts();
  private readonly lang: Lang;
  /** The customer said our last answer missed: the question is not read as one about the case just given. */
  private reasked = false;
  /** Whether this turn's reply resumes a flow it interrupted ("回到刚才的报修"). */
  private resumeNote = false;
  /** An offer this message did not answer: it stands again when the message turns out to hold nothing else. */
  private lapsed?: Frame;
  /** The slot whose question a side question interrupted this turn: asked again, but the aside is no failed answer. */
  private aside?: string;
  /** The customer changed a return to an exchange (or back) in this message. */
  private wishChanged?: Frame['returnWish'];

  /** This message asked again what was asked before (asked-again.ts): the question it asked stays the one remembered. */
  private askedAgain = false;

  /** The visit offer the last message set aside for a question (offer-taken-by-facts.ts): read once, this turn. */
  private readonly offerLeft?: Frame;

  /** The replies before this turn, kept apart so a reply built twice (a question found unanswered) is compared with them, not with itself. */
  private readonly previous: { lastReply?: string; replyBefore?: string; rephrased: number };

  /** Conditions said with the yes to a restated repair ("quote me first", "call before coming"): noted once it is filed. */
  private readonly conditions: VisitCondition[] = [];

  constructor(private readonly t: EngineTurn) {
    this.state = readEngineState(t.turn.conversation.state.policy);
    this.lang = t.turn.replyLanguage;
    // "对，先报价再决定修不修", "yes, only if it's free": a condition with the yes is an instruction for
    // the engineer. Its words are no question to look up, no call for a person ("ring me first") and
    // no turning down ("收费就算了"): only the yes is read, and the condition is said back once filed.
    const confirming = top(this.state);
    if (confirming?.stage === 'confirm' && confirming.flow === 'repair' && confirming.ticketType !== 'warranty_claim' && (has(t.commands, 'affirm') || saysYesToSummary(t.turn.text))) {
      this.conditions = visitConditionsIn(t.turn.text);
      if (this.conditions.length && !asksInWords(withoutConditions(t.turn.text))) {
        const read = t.commands.filter((c) => !['ask', 'human', 'cancel', 'deny'].includes(c.kind));
        this.t = { ...t, commands: has(read, 'affirm') ? read : [...read, { kind: 'affirm', from: t.turn.text }] };
      }
    }
    // "哦对，暑假洒过点奶茶" at "shall I register a repair?": the "对" agrees with nothing offered; the
    // spill long over is answered at the offer (turn), never taken as a yes to the repair.
    if (confirming?.flow === 'fault' && confirming.stage === 'offer' && LIQUID_TITLE.test(t.turn.text) && pastSpill(t.turn.text)) {
      this.t = { ...t, commands: t.commands.filter((c) => c.kind !== 'affirm' && !(c.kind === 'start' && c.flow === 'repair')) };
    }
    // "can somebody repair it over here?" from abroad asks whether we can, not for a booking: a question, answered as one.
    if (this.asksServiceAbroad(t.turn.text) && !has(this.t.commands, 'danger')) {
      const kept = this.t.commands.filter((c) => !(c.kind === 'start' && c.flow === 'repair') && c.kind !== 'affirm' && c.kind !== 'ask');
      this.t = { ...this.t, commands: [...kept, { kind: 'ask', question: t.turn.text, from: t.turn.text }] };
    }
    this.previous = { lastReply: this.state.lastReply, replyBefore: this.state.replyBefore, rephrased: this.state.rephrased };
    this.offerLeft = this.state.offerLeft;
    this.state.offerLeft = undefined;
  }

  async run(): Promise<BrainReply> {
    const dateBefore = factsOf(this.state).purchaseDate;
    const previous = this.state.lastReply;
    // "要不还是换一台吧", "could I exchange it instead?": a return's change of mind, remembered before the turn reads it.
    const open = top(this.state);
    const wish = open && isReturnFrame(open) ? changedWish(open, this.t.turn.text) : undefined;
    if (open && wish) open.returnWish = this.wishChanged = wish;
    let reply = await this.turn();
    // A question is never acknowledged with an empty "好的" / "OK. Anything else?": it is answered, or the customer hears that it cannot be and what comes next.
    if (this.asksSomething() && onlyAcknowledges(reply.text, this.acknowledgements())) {
      this.out.parts = [];
      await this.answerLeftOver();
      return this.done();
    }
    // Two questions in one message ("还保吗？内胆多少钱"): the one the reply left out is answered too.
    if (await this.answerMissedQuestions()) reply = this.done();
    // The change of mind acknowledged first, in one line; the request it began with names what was wanted.
    const now = top(this.state);
    if (now && isReturnFrame(now) && !now.returnWish) now.returnWish = wishIn(this.t.turn.text);
    // "请帮我登记退货" before the day was given: remembered, so the rules end in the summary rather than "shall I register?".
    if (now && now.flow === 'return' && now.stage === 'collect' && asksToRegister(this.t.turn.text)) now.registerAsked = true;
    if (wish) {
      this.out.parts.unshift(wishChangeLine(wish, this.lang));
      reply = this.done();
    }
    // A purchase date changed ("等下 是2024年3月买的"): the warranty is decided again and said now.
    const frame = top(this.state);
    const dateNow = frame && factsOf(this.state, frame).purchaseDate;
    if (!frame || !dateBefore || !dateNow || dateNow === dateBefore) return reply;
    // (For a return or exchange the days decide, not the warranty: "signed 8 days ago: past 7, within 15".)
    const line = isReturnFrame(frame) ? await returnDaysAnswer(this.kit(frame)) : await warrantyAgain(this.kit(frame));
    if (!line || this.out.parts.includes(line)) return reply;
    // Before the restated request or the question still open, so the reply ends with what to answer.
    const beforeLast = frame.stage === 'confirm' || (frame.stage === 'collect' && this.state.awaiting);
    this.out.parts.splice(beforeLast ? Math.max(0, this.out.parts.length - 1) : this.out.parts.length, 0, line);
    this.state.lastReply = previous;
    return this.done();
  }

  private async turn(): Promise<BrainReply> {
    const { commands } = this.t;
    // "我说的是送货 不是坏了": troubleshooting begun on a misreading of a delivery question is dropped at once.
    const misread = top(this.state);
    const elsewhereAsk = commands.some((c) => c.kind === 'ask' && elsewhereTopic(c.question));
    if (misread?.flow === 'fault' && elsewhereAsk && !has(commands, 'start') && (deniesFault(this.t.turn.text) || !misread.caseId)) {
      this.state.stack.pop();
      this.state.awaiting = undefined;
    }
    // "冰箱是海尔的 洗衣机小天鹅", "the oven works again, the dishwasher doesn't": each product told together gets its
    // own news (before the frame on top is read: the product said to be still broken is the one the turn is about).
    if (await this.productsToldApart(commands)) return this.done();
    const frame = top(this.state);
    // "电热水器" said once holds for the conversation: no gas case or gas warning for it later.
    const energyBefore = this.state.energy;
    this.state.energy = energySourceIn(this.t.turn.text) ?? this.state.energy;
    this.state.working = mergeWorking(this.state.working, this.t.turn.text);

    // Whatever else the turn does, the facts it carries are kept: a phone typed while hearing
    // safety advice, or with "转人工", is never asked for again.
    const given = commands.filter((c): c is Extract<Command, { kind: 'set' | 'correct' }> => c.kind === 'set' || c.kind === 'correct');
    const danger = first(commands, 'danger');
    if (danger || has(commands, 'human')) for (const c of given) this.assign(c.slot, c.value, c.kind === 'correct');
    if (danger) {
      // "Do not use the phone", not "the appliance": said with the device the danger is about.
      const safety = this.t.turn.conversation.state.safety;
      // "…it smoked, can I leave the warm clothes in it?": asked with the danger, answered with it.
      const laundry = warmLaundryAnswer(this.t.turn.text, safety?.kinds ?? [], this.lang);
      if (laundry) this.out.say(laundry);
      await this.handOff('safety', stopUsingLine(safety ? deviceOf(safety) : deviceWords({}))[this.lang]);
      return this.done();
    }
    // Sparks in a microwave told with the metal that made them: arcing, answered here, no person needed (microwave-arcing-part.ts).
    const metalArcing = metalArcingAnswer(this.t.turn.text, this.lang);
    if (metalArcing && !top(this.state)) {
      this.out.say(metalArcing);
      return this.done();
    }
    // Sparks, smoke or a burning smell the customer already ended by cutting the power, nothing burning: the steps, the cause and a repair offer, no person (made-safe-answer.ts).
    if (dangerMadeSafe(this.t.turn.text) && !top(this.state)) {
      for (const c of given) this.assign(c.slot, c.value, c.kind === 'correct');
      const over = this.t.turn.conversation.state.safety;
      this.state.madeSafe = true;
      this.out.say(madeSafeAnswer(this.t.turn.text, over ? deviceOf(over) : deviceWords({}), this.lang));
      // "…switched it off, should I take the hot clothes out?": asked with it, answered with it.
      const laundry = warmLaundryAnswer(this.t.turn.text, over?.kinds ?? [], this.lang);
      if (laundry) this.out.say(laundry);
      return this.done();
    }
    // A swollen battery and nothing worse: the service-centre answer after the safety advice, no person (swollen-battery-answer.ts).
    if (swellingOnly(this.t.turn.text) && !top(this.state)) {
      // The phone or laptop named stays known, so "is the battery covered?" gets its own warranty terms.
      for (const c of given) this.assign(c.slot, c.value, c.kind === 'correct');
      const swollen = this.t.turn.conversation.state.safety;
      this.out.say(swollenBatteryAnswer(swollen ? deviceOf(swollen) : deviceWords({}), this.lang));
      return this.done();
    }
    const stillUse = this.t.turn.understanding.safety ? undefined : swollenBatteryStillUse(this.t.turn.conversation.state.safety?.kinds, this.t.turn.text, this.lang);
    if (stillUse) {
      this.out.say(stillUse);
      return this.done();
    }
    // A question about the swollen battery kept with the bot ("can I back up my photos first?"): the same answer as while waiting for a person.
    const batteryOnly = this.t.turn.conversation.state.safety?.kinds;
    const batteryFollowUp =
      ((batteryOnly?.length === 1 && batteryOnly[0] === 'battery') || this.state.madeSafe) && !top(this.state)
        ? answerSafetyFollowUp({
            text: this.t.turn.text,
            lang: this.lang,
            understanding: this.t.turn.understanding,
            lastReply: this.previous.lastReply,
            earlierReplies: [this.previous.replyBefore, this.previous.lastReply].filter((r): r is string => Boolean(r)),
            safety: this.t.turn.conversation.state.safety,
          })
        : undefined;
    // (What is left over is said beside it, "the battery is at 50%": a question there goes on to the flow instead.)
    if (batteryFollowUp && !/[?？吗呢]/.test(batteryFollowUp.rest ?? '')) {
      this.out.say(batteryFollowUp.text);
      return this.done();
    }
    // "算了 我自己打热线问" while a booking we cannot find is chased, or "I'll ring your helpline myself": a polite close, no person called, nothing filed (lookup-given-up.ts).
    const givenUp = lookupGivenUp(this.state, this.t.turn.text, commands);
    if (givenUp) {
      this.state.stack = [];
      this.state.awaiting = undefined;
      this.out.say(givenUp[this.lang]);
      return this.done();
    }
    // Once a request is filed here and nothing else is open, the ticket is the context: the visit,
    // "still broken", corrections, "is it still on?", a goodbye are all about it (bot/engine/after-filing.ts).
    const filedLast = this.state.filed.at(-1);
    // ("will he ring me first?" reads like a call for a person, but asks about the visit.)
    if (filedLast && !top(this.state) && (!has(commands, 'human') || visitQuestion(this.t.turn.text))) {
      const after = await afterFilingReply({
        tools: this.t.tools,
        lang: this.lang,
        ticketNumber: filedLast,
        text: this.t.turn.text,
        commands,
        facts: factsOf(this.state),
        awaiting: this.state.awaiting,
      });
      this.state.awaiting = after?.awaiting;
      if (after) {
        this.out.say(after.text);
        return this.done();
      }
    }
    // A missed visit is our failure, and "not even a sorry?" asks for the apology: said before anything else, the handoff included (own-failure-sorry.ts).
    // (A complaint being filed says its own sorry: one apology, not two.)
    const complaintStarts = commands.some((c) => c.kind === 'start' && c.flow === 'complaint');
    // (Unless a person is asked for too: the handoff comes first and the complaint's own sorry is never said.)
    const owned = complaintStarts && !askedForSorry(this.t.turn.text) && !has(commands, 'human') ? undefined : ownFailureSorry(this.t.turn.text, this.lang, this.state.lastReply);
    if (owned) this.out.say(owned);
    if (owned && askedForSorry(this.t.turn.text) && !commands.some((c) => c.kind === 'start' || c.kind === 'human' || c.kind === 'set')) {
      this.out.say(afterSorryNext(this.lang));
      return this.done();
    }
    // "师傅来了两趟还是坏" before, "不修了 给我换新的 不然投诉" now: a complaint under the two-repairs rule,
    // handed over and filed, never a question answered mid-form (demand-after-repairs.ts).
    if (
      asksReplacementOrRefund(this.t.turn.text) &&
      !has(commands, 'human') &&
      !has(commands, 'cancel') &&
      !has(commands, 'danger') &&
      !commands.some((c) => c.kind === 'start' && c.flow === 'complaint')
    ) {
      const earlier = (await this.t.turn.earlier?.().catch(() => [])) ?? [];
      const said = earlier.filter((m) => m.role === 'customer').map((m) => m.text);
      if (pressesDemandAfterRepairs(this.t.turn.text, said, this.t.turn.understanding.anger ?? 0)) {
        await this.handOff('angry');
        return this.done();
      }
    }
    if (has(commands, 'human')) {
      // "第三次找你们了 师傅两回都没来 转人工": a furious repeat contact is handed over with an apology
      // (the angry handoff's own), unless our failure was just owned in so many words: one sorry.
      const u = this.t.turn.understanding;
      const furious = furiousRepeat(this.t.turn.text, { anger: u.anger ?? 0, cues: [], profanity: false }) || (u.anger ?? 0) >= VERY_ANGRY;
      await this.handOff(furious && !owned ? 'angry' : 'customer_request');
      return this.done();
    }
    // "上次师傅修好了 用着挺好 来说声谢谢": thanked back and closed; no symptom asked, nothing filed (past-repair-thanks.ts).
    // (Its words may read as a visit question or a fault; the detector already rules out a question and a fault back.)
    if (thanksForPastRepair(this.t.turn.text) && !has(commands, 'danger') && !commands.some((c) => c.kind === 'start' && ['status', 'reschedule', 'cancelVisit', 'return'].includes(c.flow))) {
      this.state.stack = [];
      this.state.awaiting = undefined;
      this.out.say(PAST_REPAIR_THANKS[this.lang]);
      return this.done();
    }
    // "订单在淘宝能查到" while the repair form asks when it was bought: the proof is noted and its date asked for (proof-noted.ts).
    const askedDate = top(this.state)?.flow === 'repair' && this.state.awaiting === 'purchaseDate';
    if (
      askedDate &&
      mentionsProofOfPurchase(this.t.turn.text) &&
      !this.state.lastReply?.includes(PROOF_NOTED[this.lang]) &&
      !commands.some((c) => ((c.kind === 'set' || c.kind === 'correct') && c.slot !== 'saleChannel') || ['ask', 'start', 'danger', 'cancel', 'skip'].includes(c.kind))
    ) {
      // ("淘宝买的" beside it is where it was bought: kept.)
      for (const c of commands) if (c.kind === 'set' || c.kind === 'correct') this.assign(c.slot, c.value, c.kind === 'correct');
      this.out.say(PROOF_NOTED[this.lang]);
      return this.done();
    }
    // "短信里就是这个号 再查查", "that's exactly what the text said": the number is still not found, the other ways
    // in are offered again, and nothing is filed (insisting is no complaint; number-insisted.ts).
    if (
      saidNumberNotFound(this.state.lastReply) &&
      insistsOnNumber(this.t.turn.text) &&
      !commands.some((c) => (c.kind === 'set' || c.kind === 'correct') && ['ticketNumber', 'phone', 'proofCode'].includes(c.slot)) &&
      !has(commands, 'danger')
    ) {
      this.out.say(this.vary(NUMBER_STILL_NOT_FOUND, NUMBER_STILL_NOT_FOUND_AGAIN));
      return this.done();
    }
    // After "that number isn't one of ours": the booking chased, "did you lose it?", "book it again", or the phone for the lookup (booking-not-found.ts).
    if (await this.bookingNotFound(commands)) return this.done();
    // The same question asked again in this chat: not a new contact, and not proof the answer was wrong (asked-again.ts).
    // ("还要我从头再说一遍吗" asks whether the person needs it told again, job-questions.ts: not this.)
    if (top(this.state)?.stage !== 'confirm' && !has(commands, 'cancel') && !jobQuestion(this.t.turn.text)) {
      const again = await askedAgainReply({
        text: this.t.turn.text,
        lang: this.lang,
        lastReply: this.previous.lastReply,
        replyBefore: this.previous.replyBefore,
        lastQuestion: this.state.lastQuestion,
        tools: this.t.tools,
        facts: factsOf(this.state),
      });
      if (again) {
        this.askedAgain = true;
        if (again.cite) this.out.citations.push(again.cite);
        this.out.say(again.text);
        return this.done();
      }
    }
    // "That's not what I asked": a short sorry and the answer again; a second miss in a row goes to a colleague, saying why (mistake-owned.ts).
    // ("还要我从头再说一遍吗" asks whether the person needs it told again, job-questions.ts: no mistake pointed out.)
    const missed = pointsOutMistake(this.t.turn.text) && !jobQuestion(this.t.turn.text) && top(this.state)?.stage !== 'confirm' && !has(commands, 'cancel');
    if (missed && missedTwice(this.state.lastReply)) {
      await this.handOff('stuck', keepMissing(this.lang));
      return this.done();
    }
    // (Only with the question to answer again: a fault named instead is the case rejected below, in its own words.)
    // "你们就会说会联系", "I've chased this three times": heard, with the concrete next step, never looked up as a question (chasing-heard.ts).
    // (A number or an address sent with it is taken by the flow as usual; the problem's own words are no fact to keep.)
    if (chasingFrustration(this.t.turn.text) && !has(commands, 'cancel') && !commands.some((c) => (c.kind === 'set' || c.kind === 'correct') && !DESCRIBING.includes(c.slot))) {
      this.out.parts = this.out.parts.filter((p) => p !== SOCIAL.sorry[this.lang]);
      const filed = this.state.filed.at(-1);
      const line = filed ? await chasingOnTicket(this.t.tools, filed, this.t.turn.text, this.lang) : undefined;
      this.out.say(line ?? chasingWithoutTicket(this.t.turn.text, this.lang));
      if (!filed) this.state.chasedEarlier = true;
      return this.done();
    }
    // "你们就这服务态度？", "is this how you treat customers?": a short sorry and the next step in motion, never a knowledge answer (reproach-heard.ts).
    // (The reproach read as the problem's own words, where the problem was asked, is no fact to keep.)
    if (
      onlyReproachesService(this.t.turn.text) &&
      // ("fixed twice and STILL not cooling, I want a refund, this is ridiculous": the demand under the two-repairs rule is the message, complaint-flow.ts.)
      !demandsAfterRepairs(this.t.turn.text) &&
      !has(commands, 'cancel') &&
      !has(commands, 'danger') &&
      !commands.some((c) => (c.kind === 'set' || c.kind === 'correct') && !DESCRIBING.includes(c.slot))
    ) {
      await this.reproachHeard();
      return this.done();
    }
    const reasked = missed && has(commands, 'ask');
    this.reasked = reasked;
    if (reasked) this.out.say(misreadSorry(this.lang));

    // An upset or let-down customer hears that first, once, before anything else is asked of them (bot/engine/apology.ts).
    // (Not at the confirmation step, where "写错了" is the customer correcting themselves.)
    const confirming = top(this.state)?.stage === 'confirm';
    // (Damage our people did is apologised for in its own words, bot/engine/damage-heard.ts: one apology, not two.)
    // (So is damage a new product arrived with, in the delivery-damage reply, and a paid repair that did not hold.)
    const damageComplaint =
      (commands.some((c) => c.kind === 'start' && c.flow === 'complaint') && (damageByUs(this.t.turn.text) || repairFeeBack(this.t.turn.text))) ||
      commands.some((c) => c.kind === 'start' && c.flow === 'deliveryDamage');
    if (apologyDue(this.t.turn.understanding) && !confirming && !damageComplaint && !this.state.lastReply?.includes(SOCIAL.sorry[this.lang])) this.out.say(SOCIAL.sorry[this.lang]);
    // "油烟剂不吸了": the product guessed from the slip is said back as a question, and the reply goes on with it.
    const u = this.t.turn.understanding;
    const guessed = u.categoryGuessedFrom ? u.slots.category : undefined;
    if (guessed && commands.some((c) => c.kind === 'set' && c.slot === 'category' && c.value === guessed)) this.out.say(productGuessLine(guessed, this.lang) ?? '');
    const allStarts = commands.filter((c): c is Extract<Command, { kind: 'start' }> => c.kind === 'start');
    // Another problem of the same message, with its own facts: answered after the first one.
    const otherProblems = allStarts.filter((s) => s.facts);
    const starts = allStarts.filter((s) => !s.facts);
    // A message that starts something new about a problem already being handled adds to it instead.
    const newStarts = starts.filter((s) => this.startsSomethingNew(s.flow, commands));
    // A visit turned down is not offered again until the customer asks for one.
    if (has(commands, 'declineVisit')) this.state.declined = true;
    if (allStarts.some((s) => s.flow === 'repair')) this.state.declined = false;
    // The warranty question is answered and the date only offered: "谢谢", "不用了", "no thanks" close it, never "cancelled" or the offer pressed again.
    if (frame && this.leavesDateOffer(frame, commands, newStarts.length > 0)) {
      this.state.stack.pop();
      this.state.awaiting = undefined;
      this.out.say(SOCIAL[has(commands, 'bye') ? 'bye' : has(commands, 'thanks') && !has(commands, 'cancel') && !has(commands, 'deny') ? 'thanks' : 'noThanks'][this.lang]);
      return this.done();
    }
    // "ok I'll raise the return on the marketplace myself, thanks": a goodbye with the one pointer for where they go, no form.
    const place = handlesItElsewhere(this.t.turn.text);
    if (place && !commands.some((c) => ['danger', 'human'].includes(c.kind))) {
      // (Nothing open is pressed on them, nor called unfiled: they chose to go there instead.)
      this.state.stack = [];
      this.state.awaiting = undefined;
      this.out.say(elsewhereGoodbye(place, this.lang));
      return this.done();
    }
    // "好 我先翻翻说明书 谢谢" with an offer or a question open: a short goodbye; the state is kept for their return.
    // (Also while a fix is being tried: "我去看看" is no "still broken", and no booking starts.)
    if (
      frame &&
      (frame.stage === 'offer' || frame.stage === 'collect' || frame.stage === 'feedback') &&
      defersForNow(this.t.turn.text) &&
      // ("先别约 我还没检查" reads as a question about checks too: the wait is what was said.)
      !commands.some((c) => ['set', 'correct', 'danger', 'human', 'fixed'].includes(c.kind) || (c.kind === 'ask' && !asksToHold(this.t.turn.text)))
    ) {
      // (A booking started and not filed is said so, as when the customer says goodbye.)
      const unfiled = this.state.stack.some((f) => f.flow === 'repair' || (f.flow === 'return' && f.stage !== 'offer'));
      const later = this.state.lastReply?.includes(LATER[this.lang]) ? LATER_AGAIN[this.lang] : LATER[this.lang];
      this.out.say(unfiled ? `${LATER_UNFILED[this.lang]}${this.lang === 'zh' ? '' : ' '}${SOCIAL.leftUnfiled[this.lang]}` : later);
      return this.done();
    }
    // Buying, not repairing ("我没说要修，我是想买", bot/brains/offline/wish-overrides.ts): the job closes without a word, the question is answered below.
    if (has(commands, 'cancel') && has(commands, 'ask') && this.state.stack.length === 1 && (frame?.flow === 'fault' || frame?.flow === 'repair')) {
      this.state.stack.pop();
      this.state.awaiting = undefined;
    } else if (has(commands, 'cancel')) return this.cancel(commands);
    // "对的" to "what is the address?", "yes that's all right" to "do you know the model?": no answer and no
    // goodbye; the question is asked again in other words, with an example (yes-to-question.ts), once.
    // With everything a visit needs already given, a yes to an optional question ("知道型号吗？" — "信息没问题")
    // is the customer confirming: the optional questions end and the details are restated (optional-yes.ts).
    if (frame?.stage === 'collect' && this.state.awaiting) {
      const slots = FLOWS[frame.flow].slots;
      const facts = factsOf(this.state, frame);
      if (yesEndsOptionalAsks(slots, facts, this.state.awaiting, this.t.turn.text, commands, this.lang)) {
        frame.skipped.push(...optionalLeft(slots, facts, frame));
        this.state.awaiting = undefined;
        await this.advance();
        return this.done();
      }
    }
    const againAfterYes = frame?.stage === 'collect' && this.state.awaiting ? askedAgainAfterYes(this.state.awaiting, this.t.turn.text, commands, this.lang) : undefined;
    if (againAfterYes && !this.state.lastReply?.includes(againAfterYes)) {
      this.out.say(againAfterYes);
      return this.done();
    }
    // "thanks, bye": the customer is leaving. Whatever was open closes, and they hear whether
    // anything was left unfiled, never "cancelled" for a job that was done.
    if (has(commands, 'bye') && !newStarts.length && !commands.some((c) => c.kind === 'set' || c.kind === 'ask')) return this.leave();

    const facts = commands.filter((c): c is Extract<Command, { kind: 'set' | 'correct' }> => c.kind === 'set' || c.kind === 'correct');
    const asked = first(commands, 'ask');

    // Address, phone or a time sent while a visit is on offer (or just after a question set it aside): the booking starts with them.
    const offered = givesBookingFacts(commands) ? offerWaiting(this.state, this.offerLeft) : undefined;
    if (offered) {
      this.state.stack = [...this.state.stack.slice(0, this.state.stack.indexOf(offered) + 1).filter((f) => f !== offered), offered];
      this.state.awaiting = undefined;
      this.out.say(BOOKED_FROM_DETAILS[this.lang]);
      await this.takeOffer(offered, commands);
      return this.done();
    }

    // "能借我一台用吗" with no job open (after filing, or first thing): the loan answer, never a rule the words find.
    if (asked && !frame && asksForLoanUnit(asked.question)) {
      await this.loanRequest();
      return this.done();
    }
    // "提交成功了吗", "did it go through?" after filing: the ticket's number and what happens next, never a search.
    const lastFiled = this.state.filed.at(-1);
    if (lastFiled && frame?.stage !== 'confirm' && !facts.length && !newStarts.some((s) => s.flow !== 'status') && (asksIfFiled(this.t.turn.text) || (!frame && asksWhatNext(this.t.turn.text)))) {
      const line = await filedConfirmation(this.t.tools, lastFiled, this.lang);
      if (line) {
        this.state.stack = this.state.stack.filter((f) => f.flow !== 'status');
        this.out.say(line);
        return this.done();
      }
    }
    // "要是压缩机坏了要自己掏钱吗" right after the warranty verdict: that part's computed cover, not a new fault to describe.
    if (frame?.flow === 'warranty' && frame.stage === 'offer' && !facts.some((c) => c.slot === 'purchaseDate' || c.slot === 'category') && !has(commands, 'danger')) {
      const cover = await partAfterVerdict({ tools: this.t.tools, facts: factsOf(this.state, frame), lang: this.lang }, this.t.turn.text);
      if (cover) {
        this.out.say(cover);
        return this.done();
      }
    }
    // "免费吗", "do I have to pay?" once a repair is filed: the fee for that ticket's product, which its
    // warranty decides (a date said with it counts), never another rule the fee words happen to find.
    const product = this.state.product;
    const saidDate = facts.find((c) => c.slot === 'purchaseDate')?.value;
    if (
      lastFiled &&
      !frame &&
      product.category &&
      facts.every((c) => c.slot === 'purchaseDate') &&
      !newStarts.some((s) => s.flow !== 'policy' && s.flow !== 'warranty') &&
      asksIfRepairFree(this.t.turn.text)
    ) {
      if (saidDate) product.purchaseDate = saidDate;
      const line = await repairFeeAnswer(this.t.tools, { category: product.category, brand: product.brand, purchaseDate: product.purchaseDate }, this.lang);
      if (line) {
        this.out.say(line);
        return this.done();
      }
    }
    // "师傅能来吗", "can someone come today, grandma is cold" once a repair is filed: the visit asked for on that ticket, urgent when someone is at risk (visit-requested.ts).
    // (Only a phone, an address or a time sent with it is a change of the booking: "my 85-year-old mum" is no purchase date to keep.)
    if (
      lastFiled &&
      !frame &&
      !facts.some((c) => c.slot === 'phone' || c.slot === 'address' || c.slot === 'preferredTime') &&
      !newStarts.some((s) => s.flow !== 'repair' && s.flow !== 'status') &&
      asksForVisit(this.t.turn.text)
    ) {
      const line = await visitOnFiled(this.t.tools, lastFiled, this.t.turn.text, this.lang);
      if (line) {
        this.state.stack = [];
        this.out.say(line);
        return this.done();
      }
    }
    // "提交了吗" before anything was filed, mid-form: not yet, and the form goes on.
    if (!lastFiled && frame?.stage === 'collect' && (frame.flow === 'repair' || frame.flow === 'return') && !facts.length && !newStarts.length && asksIfFiled(this.t.turn.text)) {
      this.out.say(notFiledYet(this.lang));
      await this.advance();
      return this.done();
    }
    // "行 收费就收费", "quote me first, then I'll decide" mid-form: heard, kept for the ticket, how a paid repair is charged said once, and the form goes on (paid-repair-heard.ts).
    if (frame?.stage === 'collect' && frame.flow === 'repair' && frame.ticketType !== 'warranty_claim' && !newStarts.length && !has(commands, 'danger') && (await this.paidRepairHeard(frame, facts)))
      return this.done();
    // "这样就报上了吗", "am I booked?" at the summary: not yet, and the yes it waits for is said again.
    if (frame?.stage === 'confirm' && !facts.length && !has(commands, 'affirm') && asksIfFiled(this.t.turn.text)) {
      this.out.say(notConfirmedYet(this.lang));
      this.confirmAgain(frame);
      return this.done();
    }
    // "那刚才那个问题呢", "ok and the noise?": back to the open problem's thread, whatever side topic came between.
    const open = openProblem(this.state);
    const sameFacts = open && facts.every((c) => c.slot === 'symptom' || !open.facts[c.slot as 'brand'] || open.facts[c.slot as 'brand'] === c.value);
    // ("tried that and the other thing, no dice" gives the steps' outcome: that verdict is the answer, not a pointer back.)
    const verdictGiven = has(commands, 'notFixed') || has(commands, 'fixed');
    if (open && sameFacts && !verdictGiven && !newStarts.some((s) => s.flow !== 'fault' || s.facts) && backToProblem(this.t.turn.text, problemAbout(this.state, open))) {
      await this.backTo(open);
      return this.done();
    }

    // "那换货 不要修", "帮我登记换货" during troubleshooting or a repair form: an exchange or
    // return is asked for instead of the repair, with what is known of the product and problem.
    const instead = newStarts.find((s) => s.flow === 'return');
    if (frame && instead && (frame.flow === 'fault' || (frame.flow === 'repair' && frame.ticketType !== 'warranty_claim'))) {
      this.replaceTop('return');
      for (const c of facts) this.assign(c.slot, c.value, c.kind === 'correct');
      await this.advance();
      return this.done();
    }

    // "验证码对了吗", "did the code work?": what happened to the code, from what we last said (code-outcome.ts), never "can't confirm".
    const codeOutcome = codeOutcomeAsked(this.t.turn.text) && !this.t.turn.understanding.slots.phone ? codeOutcomeAnswer(this.state.lastReply, this.lang, this.state.replyBefore) : undefined;
    if (codeOutcome && !/\d{6}/.test(this.t.turn.text)) {
      this.out.say(codeOutcome);
      if ((frame?.flow === 'status' || frame?.flow === 'reschedule') && frame.challenged) this.state.awaiting = 'proofCode';
      return this.done();
    }
    // "还是没收到验证码，再发一次" while the status check waits for its code: sent again, a person
    // offered, whatever else the words look like ("还是没…" is no new fault here).
    // (Said again after a resend, it is not sent a third time: another number or a person is the way on.)
    if ((frame?.flow === 'status' || frame?.flow === 'reschedule') && frame.challenged && !frame.facts.proofCode && RESEND_CODE.test(this.t.turn.text)) {
      if (this.state.lastReply && RESENT_MARK.test(this.state.lastReply) && !/再发|重发|重新发|\bresend\b|\bsend (?:it|the code|another|a new)/i.test(this.t.turn.text))
        this.out.say(CODE_STILL_MISSING[this.lang]);
      else await resendCode(this.kit(frame));
      this.state.asks[`${frame.flow}:proofCode`] = 1;
      this.state.awaiting = 'proofCode';
      return this.done();
    }
    // "报修"/"预约" after self-help or an offered visit takes up that offer, with the fault known.
    // A question about the visit ("上门要我付钱吗") is answered first, and the offer stands.
    if (frame && (frame.stage === 'offer' || frame.stage === 'feedback') && newStarts.length === 1 && newStarts[0]!.flow === 'repair' && asked && !facts.length) {
      await this.digress(asked.question);
      // (Said again after an answer about the visit itself, so the customer knows the one word that books it.)
      if (frame.stage === 'offer' && visitQuestion(asked.question)) this.out.say(this.offerAgain(frame));
      return this.done();
    }
    // (Also while troubleshooting still asks what is wrong: "ok book it then" books with what it knows.)
    if (frame && (frame.stage === 'offer' || frame.stage === 'feedback' || (frame.flow === 'fault' && frame.stage === 'collect')) && newStarts.length === 1 && newStarts[0]!.flow === 'repair') {
      this.replaceTop('repair');
      for (const c of facts) this.assign(c.slot, c.value, c.kind === 'correct');
      await this.advance();
      return this.done();
    }
    // "that's not it", "没漏油啊 是吸力变小": the case given is not theirs. It is never offered again, and the
    // fault is looked up again from what they say now (or from what they said before, without that case).
    const onGivenCase = Boolean(frame && frame.flow === 'fault' && frame.caseId && (frame.stage === 'feedback' || frame.stage === 'offer') && !newStarts.some((s) => s.flow !== 'fault'));
    if (
      frame?.caseId &&
      onGivenCase &&
      !has(commands, 'cancel') &&
      !reasked &&
      (rejectsCase(this.t.turn.text, frame.caseTitle) || contradictsWorking(frame.caseTitle ?? '', workingPartsIn(this.t.turn.text)))
    ) {
      this.state.rejectedCases.push(frame.caseId);
      const now = describedInstead(this.t.turn.text, frame.caseTitle);
      // Nothing new said, and what was denied is the problem's own words: searching them again only finds another guess.
      const problem = factsOf(this.state, frame).symptom;
      frame.symptomDenied = !now && Boolean(problem && negatesWordsOf(this.t.turn.text, problem));
      for (const c of facts) if (c.slot !== 'symptom') this.assign(c.slot, c.value, c.kind === 'correct');
      if (now) this.assign('symptom', now, true);
      frame.caseId = undefined;
      frame.caseTitle = undefined;
      frame.stage = 'collect';
      frame.clarified = 1;
      await this.advance();
      return this.done();
    }
    // "是电的，不是燃气的" after a case written for both kinds: the case is given again with only the lines for their kind.
    // (Not when the product itself was corrected, "不是热水器，是燃气灶": its new answer says all, below.)
    const productCorrected = facts.some((c) => c.kind === 'correct' && c.slot === 'category' && c.value);
    // (Not when it works now: "燃气阀没开到底，拧开就有热水了" names the gas in passing, the fix is the news.)
    if (frame && onGivenCase && energyChanged(energyBefore, this.state.energy) && !productCorrected && !has(commands, 'fixed')) {
      this.out.say(energyNoted(this.state.energy!, this.lang));
      frame.caseId = undefined;
      frame.caseTitle = undefined;
      frame.stage = 'collect';
      frame.clarified = 1;
      await this.advance();
      return this.done();
    }
    // New symptom words after an answer ("屏幕黑的，有声音"), no verdict on the steps: matched again with the product known.
    // (A product or brand corrected is its own change, said back as one: not new details of the old product.)
    const details =
      frame?.flow === 'fault' &&
      frame.caseId &&
      !productCorrected &&
      (frame.stage === 'feedback' || frame.stage === 'offer') &&
      !newStarts.some((s) => s.flow !== 'fault') &&
      !commands.some((c) => VERDICTS.has(c.kind))
        ? detailsAfterAnswer(factsOf(this.state, frame).symptom ?? frame.caseTitle ?? '', this.t.turn.text)
        : undefined;
    if (frame && details) {
      for (const c of facts) if (c.slot !== 'symptom') this.assign(c.slot, c.value, c.kind === 'correct');
      frame.facts.symptom = problemWithDetails(factsOf(this.state, frame).symptom, details);
      frame.rematch = { from: frame.caseId!, words: details };
      frame.caseId = undefined;
      frame.caseTitle = undefined;
      frame.problems = [];
      frame.stage = 'collect';
      frame.clarified = 1;
      await this.advance();
      return this.done();
    }
    // The product or problem corrected after self-help or an offer ("不是空调，是除湿机"): looked up again for the right one.
    const recheck = facts.filter((c) => c.kind === 'correct' && c.value && DESCRIBING.includes(c.slot));
    if (frame && frame.flow === 'fault' && (frame.stage === 'feedback' || frame.stage === 'offer') && recheck.length && !newStarts.length) {
      for (const c of facts) this.assign(c.slot, c.value, c.kind === 'correct');
      // The change said back in one line before the answer for it ("已按您说的改好：故障码 E7。").
      const line = changesLine(
        this.lang,
        factsOf(this.state, frame),
        recheck.map((c) => c.slot),
      );
      if (line) this.out.say(line);
      frame.stage = 'collect';
      frame.clarified = 0;
      await this.advance();
      return this.done();
    }
    // "洗衣机", then "海尔的", then a model, before any problem is told: each kept and said back, and
    // the problem asked, never the opening menu nor a visit offered for nothing (facts-before-problem.ts).
    const factsAlone = factsBeforeProblem(frame, commands, factsOf(this.state, frame), this.t.turn.text);
    if (factsAlone.length) {
      const before = factsOf(this.state, frame);
      for (const c of facts) if (c.slot !== 'symptom') this.assign(c.slot, c.value, c.kind === 'correct');
      // (Words that told no fault are not kept as the problem: the problem told next is the problem.)
      const held = frame ? frame.facts : this.state.pending;
      if (!toldAProblem(held.symptom)) delete held.symptom;
      const now = factsOf(this.state, top(this.state));
      // (Only what is new is said back: the product told two messages ago is not "noted" again.)
      this.out.say(
        factsNotedAskProblem(
          this.lang,
          now,
          factsAlone.filter((slot) => now[slot] !== before[slot]),
        ),
      );
      return this.done();
    }
    if ((!frame || frame.flow === 'fault') && answersProblemAsked(this.state.lastReply, commands, this.t.turn.text)) {
      if (!frame) this.push('fault');
      this.assign('symptom', this.t.turn.text);
      await this.advance();
      return this.done();
    }
    // What the top flow was waiting for comes first: a yes, a no, "it works", a correction.
    if (frame && !newStarts.length) {
      // At the confirmation any fact is a change; after self-help or an offer only booking facts
      // (model, date, phone, address) say the customer is booking ("冰箱是海尔的" only describes).
      // (Where it was bought, said with a question after self-help, "is the online order screenshot ok?", books nothing either.)
      const booking = frame.stage === 'confirm' ? facts : facts.filter((c) => !DESCRIBING.includes(c.slot) && !(frame.stage === 'feedback' && c.slot === 'saleChannel'));
      const handled = await this.answerStage(frame, commands, booking.length > 0);
      if (handled) return this.done();
    }

    const named = facts.find((c) => c.slot === 'category')?.value;
    // Several jobs in one message: the quick answers (status, a policy) go on top and run first,
    // then the job that needs the customer's replies.
    const quickFirst = [...newStarts].sort((a, b) => Number(QUICK.has(a.flow)) - Number(QUICK.has(b.flow)));
    // A question on top of a form ("22年买的 过保了吗" while booking) still gives the form its facts.
    if (quickFirst.length && frame && (frame.stage === 'collect' || frame.stage === 'confirm') && !(named && frame.facts.category && named !== frame.facts.category)) {
      for (const c of facts) if (!isContactSlot(c.slot) && (c.kind === 'correct' || !frame.facts[c.slot])) frame.facts[c.slot] = c.value;
    }
    if (quickFirst.length) {
      // Facts of the message belong to every job it starts ("冰箱不制冷了，另外工单到哪了").
      for (const c of facts) if (!isContactSlot(c.slot)) this.state.pending[c.slot] = c.value;
      for (const s of quickFirst) this.push(s.flow, undefined, named);
      this.state.pending = {};
    }
    for (const c of facts) this.assign(c.slot, c.value, c.kind === 'correct');
    if (has(commands, 'skip')) this.skip(first(commands, 'skip')!.slot);
    // "oh wait no, it was 2023" while the phone is asked: the fact given earlier is changed, said so
    // in one line, and the open question stands as first asked (the aside is not a failed answer).
    // A correction once the request is filed amends that ticket and says so; the form is not reopened.
    const late = !frame && !newStarts.length && this.state.filed.length ? facts.filter((c) => c.kind === 'correct' && c.value && isAmendable(c.slot)) : [];
    if (late.length) {
      const now = { ...factsOf(this.state), ...Object.fromEntries(late.map((c) => [c.slot, c.value])) };
      const changed = late.map((c) => c.slot).filter(isAmendable);
      this.out.say(await amendFiled({ tools: this.t.tools, lang: this.lang, ticketNumber: this.state.filed.at(-1)!, facts: now, changed }));
    }
    const amended = frame?.stage === 'collect' ? facts.filter((c) => c.kind === 'correct' && c.value && c.slot !== this.state.awaiting) : [];
    if (frame && amended.length) {
      const line = changesLine(
        this.lang,
        factsOf(this.state, frame),
        amended.map((c) => c.slot),
      );
      if (line) this.out.say(line);
      const key = this.state.awaiting && `${frame.flow}:${this.state.awaiting}`;
      if (key && this.state.asks[key]) this.state.asks[key] -= 1;
    }
    // "any weekday except Wednesday" while the model is asked: the time is kept and said back before the
    // next question, so the customer sees it was taken (a form's questions are not asked over for it).
    const aside =
      frame?.flow === 'repair' &&
      frame.stage === 'collect' &&
      this.state.awaiting &&
      this.state.awaiting !== 'preferredTime' &&
      this.state.awaiting !== 'address' &&
      facts.length === 1 &&
      facts[0]!.slot === 'preferredTime' &&
      facts[0]!.kind === 'set' &&
      // (A question about the time, "后天上午可以上门吗", is answered with the day instead.)
      !asked;
    if (frame && aside) {
      const line = notedLine(this.lang, factsOf(this.state, frame), ['preferredTime']);
      if (line) this.out.say(line);
    }

    const current = top(this.state);
    // "微波炉不加热了，哦不是微波炉，是烤箱": a product or brand taken back in the message that named it is
    // said back in one line (with the problem as told of the one meant), so the customer sees it was taken.
    const switchedNow = !frame && current ? facts.filter((c) => c.kind === 'correct' && c.value && (c.slot === 'category' || c.slot === 'brand' || c.slot === 'symptom')) : [];
    const switchLine = switchedNow.length
      ? notedLine(
          this.lang,
          factsOf(this.state, current),
          switchedNow.map((c) => c.slot),
        )
      : undefined;
    if (switchLine) this.out.say(switchLine);
    if (asked && current && !newStarts.some((s) => s.flow === 'policy')) {
      const awaited = this.state.awaiting;
      const before = this.out.parts.length;
      await this.digress(asked.question);
      this.resumeNote = current.stage !== 'feedback' && current.stage !== 'offer';
      if (current.stage === 'collect' && awaited && !facts.some((c) => c.slot === awaited)) this.aside = awaited;
      // At the summary the answer is followed by the one step left: a question never files it.
      // (Unless the answer is the one just given: the customer is going round, and the repeat rule offers the ways out.)
      // ("啊？", "huh?" ask nothing of their own: the repeat rule answers them with the ways out.)
      const fresh = this.out.parts.slice(before).some((p) => !this.previous.lastReply?.includes(p));
      if (current.stage === 'confirm' && top(this.state) === current && fresh && !wordless(asked.question)) this.confirmAgain(current);
    }
    // "在吗" in the middle of a form: someone is here, and the form goes on.
    if (current?.stage === 'collect' && !asked && has(commands, 'greeting') && isPresenceCheck(this.t.turn.text)) this.out.say(this.lang === 'zh' ? '在的。' : "Yes, I'm here.");
    if (current) await this.advance();
    else if (asked && this.asksServiceAbroad(asked.question)) this.out.say(serviceAbroadAnswer(this.lang));
    else if (asked && asksAboutTravelling(asked.question)) {
      // "can I take it on the train?" right after a visit or carry-in was offered: the carrier's rule, and the offer stands.
      this.out.say(travelAnswer(this.lang));
      if (this.lapsed) {
        this.state.stack.push(this.lapsed);
        this.out.say(this.offerAgain(this.lapsed));
      }
    } else if (asked && this.elsewhere(asked.question)) {
      this.out.say(SOCIAL.anythingElse[this.lang]);
    } else if (asked && visitQuestion(asked.question)) {
      this.out.say(visitAnswer(visitQuestion(asked.question)!, this.lapsed ? factsOf(this.state, this.lapsed) : factsOf(this.state), this.lang, asked.question));
      // Asked about the visit just offered ("how soon could someone be here?"): answered, and the offer stands.
      if (this.lapsed) {
        this.state.stack.push(this.lapsed);
        this.out.say(this.offerAgain(this.lapsed));
      }
    } else if (asked && asksToInstallThemselves(asked.question) && (await this.answeredFirst(asked.question))) {
      // "I'll wire the heater in myself, ok?": the installation rule's answer, before any "is it safe" reading.
    } else if (asked && this.safetyAnswer(asked.question, this.lapsed ? (factsOf(this.state, this.lapsed).symptom ?? '') : '', Boolean(this.lapsed))) {
      // "要不要拔插头？" with no problem on the table: the safety rule, not a policy search. Asked
      // right after a visit was offered for a problem, it is about that problem, and the offer stands.
      if (this.lapsed) {
        this.state.stack.push(this.lapsed);
        this.out.say(this.offerAgain(this.lapsed));
      }
    } else if (asked && questionsIn(asked.question, this.t.turn.redactedText).length > 1 && !plainQuestion(asked.question)) {
      // (One plain question told with its fault, "门打不开 全是水 怎么放水", is one question: plain-question.ts.)
      await this.answerEach(questionsIn(asked.question, this.t.turn.redactedText));
    } else if (asked) {
      this.push('policy');
      this.assign('symptom', asked.question);
      await this.advance();
      // A question about the repair just offered ("修一下大概多少钱"): answered, and the offer stands, so the
      // details sent next book it (the offer lapsed only to read the question afresh).
      if (!top(this.state) && this.lapsed && ['price', 'warranty'].includes(questionTopic(asked.question))) {
        this.state.stack.push(this.lapsed);
        this.out.say(this.offerAgain(this.lapsed));
      }
    }
    if (otherProblems.length) await this.answerOtherProblems(otherProblems);
    // ("你是AI吧" in the middle of a job: answered as asked; the job waits on the stack for the next message.)
    const aboutAssistant = has(commands, 'chitchat') && Boolean(assistantQuestion(this.t.turn.text));
    if (this.out.empty && (aboutAssistant || !(await this.stayInFlow(commands)))) this.social(commands);
    return this.done();
  }

  /**
   * A message the flow on the table could not use ("派人来看看" mid-form, "???", something off
   * the point): the flow's current step is said again in other words, never the opening menu.
   */
  private async stayInFlow(commands: Command[]): Promise<boolean> {
    if (has(commands, 'fixed') || has(commands, 'bye') || has(commands, 'thanks')) return false;
    if (!top(this.state) && this.lapsed) this.state.stack.push(this.lapsed);
    const frame = top(this.state);
    if (!frame) return false;
    const before = this.out.parts.length;
    // "在吗" after self-help or an offer: someone is here; nothing was misunderstood.
    const here = has(commands, 'greeting') && isPresenceCheck(this.t.turn.text);
    if (here) this.out.say(this.lang === 'zh' ? '在的。' : "Yes, I'm here.");
    else if (frame.stage === 'confirm' || frame.stage === 'collect') this.out.say(SOCIAL.notClear[this.lang]);
    if (frame.stage === 'confirm') this.confirm(frame);
    else if (frame.stage === 'feedback' && !(await this.neglectAnswered(frame))) this.out.say(this.vary(SOCIAL.heardFeedback, SOCIAL.heardFeedbackAgain));
    else if (frame.stage === 'offer') this.out.say(this.offerAgain(frame));
    else await this.advance();
    if (this.out.parts.length > before + (here || frame.stage === 'confirm' || frame.stage === 'collect' ? 1 : 0)) return true;
    this.out.parts.length = before;
    return false;
  }

  /**
   * The other problems of a message that named several: each gets its own job with its own facts
   * and its own answer, under a heading, and the customer is asked once whether the steps helped.
   */
  private async answerOtherProblems(problems: Extract<Command, { kind: 'start' }>[]): Promise<void> {
    // Another product's problem beside the first (other-product-left.ts): marked, so neither is dropped when the other is booked or fixed.
    const first = top(this.state);
    for (const problem of problems) {
      const before = this.out.parts.length;
      const together = Boolean(first && first.flow === 'fault' && problem.flow === 'fault' && problem.facts?.category && problem.facts.category !== first.facts.category);
      if (together) first!.toldWith = true;
      this.state.stack.push(frameSchema.parse({ flow: problem.flow, facts: { ...problem.facts }, toldWith: together || undefined }));
      const heading = categoryName(problem.facts?.category, this.lang);
      this.out.say(this.lang === 'zh' ? `另外，${heading}的问题：` : `And the ${heading}:`);
      await this.advance();
      // One "did that help?" for both answers: the earlier one loses its own.
      if (this.out.parts.length > before + 1) for (let i = 0; i < before; i++) this.out.parts[i] = dropFeedbackQuestion(this.out.parts[i]!);
    }
  }

  /**
   * Facts or verdicts for the products told together, in one message ("冰箱是海尔的 洗衣机小天鹅",
   * "the oven works again but the dishwasher doesn't", a model for each): each goes to its own
   * product's job (other-product-left.ts), never all to the one on top, and the other product's name
   * is no new fault. The commands that belonged to the products are taken out of the turn; true
   * when the turn is answered here.
   */
  private async productsToldApart(commands: Command[]): Promise<boolean> {
    const frame = top(this.state);
    if (!frame?.toldWith || has(commands, 'cancel') || has(commands, 'human') || has(commands, 'danger')) return false;
    const told = toldTogether(this.state, frame);
    if (told.length < 2) return false;
    const parts = factsPerProduct(this.t.turn.text, dayKey(this.t.tools.context.now, BUSINESS_HOURS.timeZone));
    const jobOf = (part: ProductPart): Frame | undefined => told.find((f) => f.facts.category === part.category);
    // (A product that is none of them is something new: read as usual.)
    if (!parts.length || parts.some((p) => !jobOf(p))) return false;
    const withFacts = parts.filter((p) => p.brand || p.model || p.purchaseDate);
    const judging = frame.flow === 'fault' && (frame.stage === 'feedback' || frame.stage === 'offer');
    const judged = judging ? parts.filter((p) => p.verdict) : [];
    const fixed = judged.filter((p) => p.verdict === 'fixed').map((p) => jobOf(p)!);
    const broken = told.filter((f) => !fixed.includes(f) && judged.some((p) => p.verdict === 'notFixed' && jobOf(p) === f));
    // Only the one on top spoken of, or one other said to work ("冰箱好了"): the usual path has it.
    if (!withFacts.some((p) => jobOf(p) !== frame) && judged.length < 2 && !broken.some((f) => f !== frame)) return false;
    for (const part of withFacts) {
      const job = jobOf(part)!;
      for (const slot of ['brand', 'model', 'purchaseDate'] as const) {
        const value = part[slot];
        if (!value) continue;
        if (job === frame) this.assign(slot, value, true);
        else job.facts[slot] = value;
      }
    }
    // "冰箱还是不行" while the washer's answer was the last: the fridge is the one to book, so it goes on top.
    if (broken.length === 1 && !fixed.length && broken[0] !== frame) this.state.stack = [...this.state.stack.filter((f) => f !== broken[0]), broken[0]!];
    const onTop = top(this.state)!;
    // What belonged to the products was placed above; the problem's own words stay as told (a verdict is no new symptom).
    for (let i = commands.length - 1; i >= 0; i--) {
      const c = commands[i]!;
      // (Any other fact of a product, a code or where it was bought, cannot be told apart in the whole message: none goes to the wrong one.)
      const productFact = (c.kind === 'set' || c.kind === 'correct') && !isContactSlot(c.slot) && (c.slot !== 'category' || parts.length > 1 || c.value !== onTop.facts.category);
      if (productFact || (c.kind === 'start' && c.flow === 'fault')) commands.splice(i, 1);
    }
    const noted = factsPerProductLine(withFacts, this.lang);
    if (noted) this.out.say(noted);
    if (fixed.length && broken.length) {
      // One works, the other does not: the good news taken, and the one left booked at once (in the order told, when more are left).
      this.state.stack = this.state.stack.filter((f) => !fixed.includes(f));
      const next = broken[0]!;
      for (const f of broken.slice(1)) f.stillBroken = true;
      this.state.stack = [...this.state.stack.filter((f) => f !== next), next];
      this.out.say(oneWorksOtherBookedLine(fixed, next, this.lang));
      this.replaceTop('repair', undefined, next);
      for (const c of commands) if ((c.kind === 'set' || c.kind === 'correct') && isContactSlot(c.slot)) this.assign(c.slot, c.value, c.kind === 'correct');
      await this.advance();
      return true;
    }
    if (fixed.length > 1) {
      // Each named as working: none is asked about again; one told with them and not named still is.
      this.state.stack = this.state.stack.filter((f) => !fixed.includes(f));
      this.out.say(SOCIAL.glad[this.lang]);
      const left = told.find((f) => !fixed.includes(f));
      if (left) {
        left.stage = 'feedback';
        this.out.say(otherProductAskedLine(left, this.lang));
      }
      return true;
    }
    // A verdict, a question or booking facts besides: the usual path goes on with what is left.
    const more = commands.some((c) => ['fixed', 'notFixed', 'ask', 'set', 'correct', 'start', 'deny', 'skip'].includes(c.kind) || (c.kind === 'affirm' && onTop.stage !== 'feedback'));
    if (more) return false;
    if (onTop.stage === 'feedback') this.out.say(bothStillAskedLine(told, this.lang));
    else if (onTop.stage === 'offer') this.out.say(this.offerAgain(onTop));
    else if (onTop.stage === 'confirm') this.confirmAgain(onTop);
    else await this.advance();
    return true;
  }

  /**
   * Whether the message only turns down or thanks for the offer to work out the warranty from a
   * date (the period itself was said with the offer): no fact, no question, no new job in it.
   */
  private leavesDateOffer(frame: Frame, commands: Command[], starts: boolean): boolean {
    if (frame.flow !== 'warranty' || this.state.awaiting !== 'purchaseDate' || starts) return false;
    if (commands.some((c) => c.kind === 'set' || c.kind === 'correct' || c.kind === 'ask' || c.kind === 'human' || c.kind === 'danger')) return false;
    return has(commands, 'thanks') || has(commands, 'bye') || has(commands, 'cancel') || (has(commands, 'deny') && !has(commands, 'affirm'));
  }

  /** Whether `start(flow)` opens a new job rather than restating the one on top. */
  private startsSomethingNew(flow: FlowName, commands: Command[]): boolean {
    const frame = top(this.state);
    if (!frame) return true;
    // The same job again ("yes please, return and refund" to the return offer) is an answer to it.
    if (frame.flow === flow && frame.stage !== 'feedback') return false;
    // While a repair form is being filled, fault words describe the same problem, unless they
    // name another product.
    if ((frame.flow === 'repair' || frame.flow === 'fault') && flow === 'fault') {
      const category = commands.find((c): c is Extract<Command, { kind: 'set' }> => c.kind === 'set' && c.slot === 'category')?.value;
      return Boolean(category && frame.facts.category && category !== frame.facts.category);
    }
    if (frame.flow === 'repair' && flow === 'repair') return false;
    // "对 是换货不是退货" while the return claim is being confirmed is that claim, not a new one.
    if (frame.flow === 'repair' && frame.ticketType === 'warranty_claim' && flow === 'return') return false;
    // "上门取件吧", "can you pick it up": while a return or exchange is being asked about or filed,
    // a visit or collection word is how the item goes back, not a repair form; only a wish for a repair is.
    // ("if I get it repaired instead, where do I take it?" asks how a repair goes: answered, the return offer kept.)
    if (frame.flow === 'return' && flow === 'repair') return wantsRepairInstead(this.t.turn.text) && !asksRepairWay(this.t.turn.text);
    return true;
  }

  /** Handles the answer to what the top frame waits for; true when the turn needs nothing else. */
  private async answerStage(frame: Frame, commands: Command[], gaveFacts: boolean): Promise<boolean> {
    const yes = has(commands, 'affirm');
    const no = has(commands, 'deny');
    switch (frame.stage) {
      case 'feedback': {
        // "嗯", "ok", "?" alone is no verdict: the question again, plainer, with its two answers (verdict-unclear.ts).
        const unclear = verdictUnclear(this.t.turn.text);
        // ("什么意思？" after a code's case asks what the code means: answered from its case, not taken as lost.)
        const asksTheCode = unclear === 'puzzled' && Boolean(factsOf(this.state, frame).errorCode) && /意思|\bmean/i.test(this.t.turn.text);
        if (unclear && !asksTheCode && !has(commands, 'fixed') && !has(commands, 'notFixed')) {
          this.out.say(verdictAskedPlainly(unclear, factsOf(this.state, frame).category, this.lang));
          return true;
        }
        // Two problems were answered together and one works now: the other is brought up, not closed.
        const report = readFixReport(frame.problems, this.t.turn.text, has(commands, 'fixed') || (yes && !no), has(commands, 'notFixed') || (no && !yes));
        if (report) {
          const { left } = report;
          frame.problems = [];
          frame.caseId = left.caseId;
          frame.caseTitle = left.title;
          frame.facts.symptom = left.said;
          if (report.stillBroken) {
            // "遥控好使了 漏水还是那样": good news taken, and the one still broken goes on to a visit below.
            this.out.say(partWorksLine(this.lang));
            // (The message as a whole is not the symptom: the one still broken is.)
            commands = commands.filter((c) => !((c.kind === 'set' || c.kind === 'correct') && c.slot === 'symptom'));
          } else {
            this.out.say(problemLeftLines(left, this.lang, factsOf(this.state, frame).category).join('\n'));
            if (!left.steps.length) {
              frame.stage = 'offer';
              frame.offer = 'visit';
            }
            return true;
          }
        }
        // "ok, how much would a repair be?" is a question, not a report that it works; nor is "哦对 屏幕上显示E4,
        // 买了两年多了": a yes leading new facts adds to what was told.
        if (has(commands, 'fixed') || (yes && !has(commands, 'notFixed') && !has(commands, 'ask') && !gaveFacts)) {
          const others = productsToldWith(this.state, frame);
          // "冰箱好了" when the microwave's answer was the last: the fridge is the one that works, the microwave is asked about.
          const namedFixed = others.find((f) => commands.some((c) => c.kind === 'set' && c.slot === 'category' && c.value === f.facts.category && c.value !== frame.facts.category));
          if (namedFixed && !allToldWork(this.t.turn.text)) {
            this.state.stack = this.state.stack.filter((f) => f !== namedFixed);
            this.out.say(SOCIAL.glad[this.lang]);
            this.out.say(otherProductAskedLine(frame, this.lang));
            return true;
          }
          this.state.stack.pop();
          // "都好了": every product told together works; one "好了" leaves the other one asked about.
          if (others.length && allToldWork(this.t.turn.text)) this.state.stack = this.state.stack.filter((f) => !others.includes(f));
          this.out.say(SOCIAL.glad[this.lang]);
          const next = top(this.state);
          if (next && others.includes(next)) this.out.say(otherProductAskedLine(next, this.lang));
          return true;
        }
        // "去年春天买的" (or "前年..不对 去年春天买的") to "did that help?": a date, no verdict. It is kept and
        // said so, and the question is asked again; a "不对"/"no wait" inside it takes a date back, it is no "no".
        if (answersOnlyWithDate(commands, this.t.turn.text)) {
          for (const c of commands) if (c.kind === 'set' || c.kind === 'correct') this.assign(c.slot, c.value, c.kind === 'correct');
          const noted = notedLine(this.lang, factsOf(this.state, frame), ['purchaseDate']);
          if (noted) this.out.say(noted);
          this.out.say(verdictAskedAgain(this.lang));
          return true;
        }
        // "no, I only want to know if it's normal": not a request for a visit.
        if ((has(commands, 'notFixed') || no) && this.state.declined) {
          this.state.stack.pop();
          if (has(commands, 'ask')) return false;
          this.out.say(noRepairWords(factsOf(this.state, frame).category)[this.lang]);
          return true;
        }
        if (has(commands, 'notFixed') || no) {
          this.out.say((carriedIn(factsOf(this.state, frame).category) ? SOCIAL.notFixedCarryIn : SOCIAL.notFixed)[this.lang]);
          // "都不行" after two products' answers: both are booked, one after the other (other-product-left.ts).
          // (A message naming only this product says nothing of the other: that one is asked about after.)
          const named = commands.filter((c): c is Extract<Command, { kind: 'set' }> => c.kind === 'set' && c.slot === 'category').map((c) => c.value);
          const alsoBroken = productsToldWith(this.state, frame).filter((f) => !named.length || named.includes(f.facts.category ?? ''));
          if (alsoBroken.length) {
            // Booked in the order told: the first told lies lowest and is booked first, the others after it.
            const told = this.state.stack.filter((f) => f === frame || alsoBroken.includes(f));
            const firstTold = told[0]!;
            for (const f of told) if (f !== firstTold) f.stillBroken = true;
            this.state.stack = [...this.state.stack.filter((f) => f !== firstTold), firstTold];
            this.out.say(bothBookedLine(firstTold, told[1]!, this.lang));
            // "两个都还是不行" speaks of both: it is no product's problem, nor does a product named in it move the first booking.
            commands = commands.filter((c) => !((c.kind === 'set' || c.kind === 'correct') && (c.slot === 'symptom' || c.slot === 'category')));
          }
          // "不方便去网点，能寄过去修吗": the question beside the "no" is answered before the repair form goes on.
          const beside = first(commands, 'ask');
          if (beside) await this.digress(beside.question);
          this.replaceTop('repair');
          for (const c of commands) if (c.kind === 'set' || c.kind === 'correct') this.assign(c.slot, c.value, c.kind === 'correct');
          await this.advance();
          return true;
        }
        // Model, date, phone or address after self-help: the customer is booking the visit.
        if (gaveFacts) {
          this.replaceTop('repair');
          for (const c of commands) if (c.kind === 'set' || c.kind === 'correct') this.assign(c.slot, c.value, c.kind === 'correct');
          await this.advance();
          return true;
        }
        if (this.saysMoreAboutIt(commands)) {
          if (!(await this.neglectAnswered(frame))) this.out.say(this.vary(SOCIAL.heardFeedback, SOCIAL.heardFeedbackAgain));
          return true;
        }
        return false;
      }
      case 'offer': {
        // The answer is read against what was offered: "需要 帮我登记换货" takes a return registration.
        const reply = readOfferReply(offerOf(frame), this.t.turn.text, commands, this.t.turn.understanding.slots);
        // "哦对，暑假洒过点奶茶" at the offer: a spill long over is answered with whether it is covered (never a yes), and the offer stands.
        // (The fault is read again with the spill, as the fault flow reads a spill told with the fault: liquid-first.ts.)
        if (frame.flow === 'fault' && LIQUID_TITLE.test(this.t.turn.text) && pastSpill(this.t.turn.text)) {
          this.replaceTop('fault');
          await this.advance();
          return true;
        }
        // A date alone to "shall I book a visit?" after self-help: kept and said so, and the offer stands.
        if (frame.flow === 'fault' && answersOnlyWithDate(commands, this.t.turn.text)) {
          for (const c of commands) if (c.kind === 'set' || c.kind === 'correct') this.assign(c.slot, c.value, c.kind === 'correct');
          const noted = notedLine(this.lang, factsOf(this.state, frame), ['purchaseDate']);
          if (noted) this.out.say(noted);
          this.out.say(this.offerAgain(frame));
          return true;
        }
        // An exchange instead of the refund asked about (or the other way): registered as that at once.
        if (this.wishChanged && frame.flow === 'return') {
          await this.takeOffer(frame, commands);
          return true;
        }
        // "寄回去运费谁出" at the offer to register the return: answered, and the offer stands (no days said again, no yes read).
        const postage = isReturnFrame(frame) && !gaveFacts && asksReturnPostage(this.t.turn.text) ? first(commands, 'ask') : undefined;
        if (postage) {
          await this.digress(postage.question);
          this.out.say(this.offerAgain(frame));
          return true;
        }
        // "要修的话送哪里修", "where would I take it for a repair?" at the return offer: how a repair goes, answered
        // (the service-way entry), and the return offer stands; neither the return rules again nor a repair form.
        if (isReturnFrame(frame) && !gaveFacts && asksRepairWay(this.t.turn.text)) {
          if (!(await this.repairWayAnswer(frame, this.t.turn.redactedText))) await this.digress(first(commands, 'ask')?.question ?? this.t.turn.redactedText);
          this.out.say(this.offerAgain(frame));
          return true;
        }
        // "就超了一天 还能退吗", "is it too late for a refund?" at the return offer, nothing new given: a question,
        // not a yes; the days counted and the rule they leave are said, and the offer stands.
        const days = !gaveFacts && isReturnFrame(frame) && asksReturnDays(this.t.turn.text) && this.asksSomething() ? await returnDaysAnswer(this.kit(frame)) : undefined;
        if (days) {
          this.out.say(days);
          this.out.say(this.offerAgain(frame));
          return true;
        }
        if (reply === 'accept' && !has(commands, 'ask')) {
          await this.takeOffer(frame, commands);
          return true;
        }
        if (reply === 'decline' && offerOf(frame) === 'registerReturn' && !has(commands, 'ask')) {
          this.state.stack.pop();
          this.out.say((has(commands, 'bye') ? SOCIAL.bye : SOCIAL.noThanks)[this.lang]);
          return true;
        }
        if (has(commands, 'declineVisit') && offerOf(frame) !== 'registerReturn') {
          this.state.stack.pop();
          if (has(commands, 'ask')) return false;
          this.out.say(noRepairWords(factsOf(this.state, frame).category)[this.lang]);
          return true;
        }
        if (yes && !no && !has(commands, 'ask')) {
          await this.takeOffer(frame, commands);
          return true;
        }
        // "那意思是退不了只能换？" holds a 不 but asks a question: it is not turning the offer down.
        if ((no && !has(commands, 'ask')) || has(commands, 'thanks') || has(commands, 'bye')) {
          this.state.stack.pop();
          this.out.say((has(commands, 'bye') ? SOCIAL.bye : SOCIAL.noThanks)[this.lang]);
          return true;
        }
        // A return question answered again with what changed (门店买的, the date): the rule for them now.
        if (frame.flow === 'return' && (gaveFacts || has(commands, 'ask')) && !has(commands, 'notFixed')) {
          for (const c of commands) if (c.kind === 'set' || c.kind === 'correct') this.assign(c.slot, c.value, c.kind === 'correct');
          frame.stage = 'collect';
          await this.advance();
          return true;
        }
        // "那E4到底是什么故障" after the code was declined: answered (the meaning depends on the brand), and the visit offer stands.
        const codeQuestion = first(commands, 'ask');
        if (codeQuestion && !gaveFacts && asksCodeMeaning(this.t.turn.text, factsOf(this.state, frame).errorCode)) {
          await this.digress(codeQuestion.question);
          return true;
        }
        // The brand or product the troubleshooting asked for, given after the offer ("美的"): looked up again with it.
        const described = commands.filter((c): c is Extract<Command, { kind: 'set' | 'correct' }> => (c.kind === 'set' || c.kind === 'correct') && DESCRIBING.includes(c.slot) && c.slot !== 'symptom');
        if (frame.flow === 'fault' && described.some((c) => c.value && frame.facts[c.slot as 'brand'] !== c.value) && !has(commands, 'notFixed')) {
          for (const c of described) this.assign(c.slot, c.value, true);
          frame.stage = 'collect';
          await this.advance();
          return true;
        }
        if (gaveFacts || has(commands, 'notFixed')) {
          this.replaceTop(FLOWS[frame.flow].accepts ?? 'repair');
          return false;
        }
        // More about the same problem ("烟道口没堵啊"): heard, and the offer stands, in other words.
        if (this.saysMoreAboutIt(commands)) {
          this.out.say(this.offerAgain(frame));
          return true;
        }
        // Something else: the offer lapses and the message is read afresh (and stands again if the message holds nothing else).
        this.lapsed = this.state.stack.pop();
        return false;
      }
      case 'confirm': {
        // "派人来看看" while a booking is being confirmed asks for what is on the table: a yes.
        // A question is never a yes ("那怎么报修？", "will they call first?"): it is answered and the summary stands.
        // ("好的，师傅来之前会打电话吧", "ok, so they'll call first, right?": an acknowledgement in front of a
        // question is no yes; "对，提交吧，师傅会先打电话吗" says yes in so many words and files.)
        if (has(commands, 'ask') && has(commands, 'affirm') && !saysYesToSummary(this.t.turn.text)) commands = commands.filter((c) => c.kind !== 'affirm');
        const asking = has(commands, 'ask') && !has(commands, 'affirm');
        const yes = has(commands, 'affirm') || (!asking && commands.some((c) => c.kind === 'start' && c.flow === frame.flow && !c.facts));
        // An address part that fits nowhere in the address kept: the whole address is asked for, once (whole-address-ask.ts).
        if (commands.some(isUnplacedAddressPart)) {
          this.out.say(askWholeAddress(this.lang));
          this.state.awaiting = 'address';
          return true;
        }
        if (gaveFacts) {
          const before: Partial<Record<SlotName, string>> = { ...factsOf(this.state, frame) };
          for (const c of commands) if (c.kind === 'set' || c.kind === 'correct') this.assign(c.slot, c.value, c.kind === 'correct');
          // "改好就提交", "fix that then yes": the changes are in, and the yes files it.
          if (has(commands, 'affirm') && !no) {
            // The filed message names what was changed, so the customer hears the correction went in.
            const changed = commands.flatMap((c) => (c.kind === 'set' || c.kind === 'correct' ? [c.slot] : []));
            const line = changesLine(this.lang, factsOf(this.state, frame), changed);
            if (line) this.out.say(line);
            const category = factsOf(this.state, frame).category;
            const filedBefore = this.state.filed.length;
            await this.apply(frame, await FLOWS[frame.flow].finish(this.kit(frame)));
            if (this.state.filed.length > filedBefore) {
              await this.conditionsOnTicket(category, frame.conditions);
              await this.openQuestionsOnTicket(frame);
            }
          } else {
            // A fact changed at the restated request is said back in one line before the new summary
            // ("已按您说的改好：地址 成都市武侯区…"), so the customer sees the change went in, then confirms again.
            // (A value given in place of one on the summary, "oops wrong number, it's 139…", is a change too.)
            const after = factsOf(this.state, frame);
            const corrected = commands.flatMap((c) =>
              (c.kind === 'correct' && c.value) || (c.kind === 'set' && c.slot !== 'symptom' && before[c.slot] && before[c.slot] !== after[c.slot]) ? [c.slot] : [],
            );
            const line = corrected.length ? changesLine(this.lang, factsOf(this.state, frame), corrected) : undefined;
            if (line) this.out.say(line);
            // "电话改成139…，师傅会先打电话吗": the change is shown, and the question answered before it.
            const question = first(commands, 'ask');
            if (question) await this.digress(question.question);
            this.confirm(frame);
          }
          return true;
        }
        if (yes && !no) {
          // "对，那要不要拔电？": the yes files it, and the question is answered too.
          const question = first(commands, 'ask');
          if (question) await this.digress(question.question);
          const category = factsOf(this.state, frame).category;
          const filedBefore = this.state.filed.length;
          await this.apply(frame, await FLOWS[frame.flow].finish(this.kit(frame)));
          if (this.state.filed.length > filedBefore) {
            await this.conditionsOnTicket(category, frame.conditions);
            await this.openQuestionsOnTicket(frame);
          }
          return true;
        }
        if (no) {
          this.out.say(SOCIAL.whatToChange[this.lang]);
          return true;
        }
        return false;
      }
      default:
        return false;
    }
  }

  /**
   * A message that only adds detail to the problem on the table: no new job, no question, no
   * answer word, nothing to cancel. It is heard, not read as a new request.
   */
  private saysMoreAboutIt(commands: Command[]): boolean {
    const moves = commands.filter((c) => c.kind !== 'set');
    return moves.every((c) => c.kind === 'chitchat' || c.kind === 'outOfScope') && this.t.turn.text.trim().length > 2;
  }

  /**
   * While the status flow looks for a booking it could not find by the number given (or just asked
   * for the phone it was booked with): the booking chased is looked up by phone, never a new repair
   * form; "did you lose it?" hears plainly why it may not show and the ways on; "book it again" is
   * the repair form with the facts given, never a complaint handed over; a phone sent is for the
   * lookup, whatever the last line asked. True when the turn is answered.
   */
  private async bookingNotFound(commands: Command[]): Promise<boolean> {
    const text = this.t.turn.text;
    const waiting = lookupUnderWay(this.state);
    if (this.state.filed.length || has(commands, 'human') || has(commands, 'danger') || (!waiting && !askedLookupPhone(this.state.lastReply))) return false;
    // (Moving or calling off a visit asks for the phone in the same words: "再约一次" there is that visit's business.)
    if (this.state.stack.some((f) => f.flow === 'reschedule' || f.flow === 'cancelVisit')) return false;
    const facts = commands.filter((c): c is Extract<Command, { kind: 'set' | 'correct' }> => c.kind === 'set' || c.kind === 'correct');
    // A ticket number or a code sent with it: the status flow looks that up as usual.
    if (facts.some((c) => c.slot === 'ticketNumber' || c.slot === 'proofCode')) return false;
    if (asksToBookAgain(text)) {
      this.state.stack = this.state.stack.filter((f) => f.flow !== 'status');
      this.state.awaiting = undefined;
      // (Irritation said beside the wish is heard in one line; it is no complaint to hand over.)
      if (apologyDue(this.t.turn.understanding)) this.out.say(SOCIAL.sorry[this.lang]);
      this.out.say(BOOKING_AGAIN[this.lang]);
      const named = facts.find((c) => c.slot === 'category')?.value;
      this.push('repair', undefined, named);
      for (const c of facts) if (c.slot !== 'ticketNumber' && c.slot !== 'proofCode') this.assign(c.slot, c.value, c.kind === 'correct');
      await this.advance();
      return true;
    }
    const phone = facts.some((c) => c.slot === 'phone');
    const lost = asksIfBookingLost(text) || asksWhetherToBookAgain(text);
    const chased = !lost && chasesEarlierBooking(text);
    const forms = ['repair', 'return', 'reschedule', 'cancelVisit'];
    const phoneForLookup = phone && this.state.awaiting !== 'phone' && (!forms.includes(top(this.state)?.flow ?? '') || askedLookupPhone(this.state.lastReply));
    // "短信一直没来" once a code went out is about the code, not the booking: sent again (or other ways) further on.
    if (!phone && waiting?.challenged && RESEND_CODE.test(text)) return false;
    if (!lost && !chased && !phoneForLookup) return false;
    // The lookup on top (made afresh when the last reply asked for the phone and the flow had ended).
    if (waiting) this.state.stack = this.state.stack.filter((f) => f !== waiting);
    this.state.stack.push(waiting ?? frameSchema.parse({ flow: 'status' }));
    const lookup = top(this.state)!;
    lookup.opened = true;
    // The product said with it is kept for a booking made again later; the chase's words are no problem to file.
    for (const c of facts) if (c.slot !== 'symptom' && c.slot !== 'ticketNumber' && c.slot !== 'proofCode') this.assign(c.slot, c.value, c.kind === 'correct');
    if (chased && nothingSince(text) && !this.out.parts.some((p) => /^(?:非常|很)?抱歉|sorry/i.test(p))) this.out.say(WAIT_SORRY[this.lang]);
    // Another system's number said with it: not ours, said so (as the status flow does; "did you lose it?" names it anyway).
    const foreign = foreignReference(text);
    if (foreign) lookup.unfound = foreign;
    if (foreign && !lost) this.out.say(notOurNumber(foreign, this.lang));
    if (phone) {
      // (Another phone than the one a code went to: that proof starts afresh.)
      lookup.challenged = false;
      delete lookup.facts.proofCode;
      await this.advance();
      return true;
    }
    // A code already sent to a phone: that code is what is waited for.
    const codeOut = lookup.challenged && Boolean(factsOf(this.state, lookup).phone);
    if (lost) this.out.say(codeOut ? NOT_LOST_BY_PHONE[this.lang] : notLostLines(lookup.unfound, this.lang));
    else this.out.say(codeOut ? LOOK_UP_BY_PHONE_SENT[this.lang] : LOOK_UP_BY_PHONE[this.lang]);
    const slot = codeOut ? 'proofCode' : 'phone';
    this.state.awaiting = slot;
    this.state.asks[`status:${slot}`] = Math.max(1, this.state.asks[`status:${slot}`] ?? 0);
    return true;
  }

  /** The offer taken up: a return or exchange registered as such, a repair or visit booked, a person called. */
  private async takeOffer(frame: Frame, commands: Command[]): Promise<void> {
    const offer = offerOf(frame);
    if (offer === 'person') {
      await this.handOff('customer_request');
      return;
    }
    if (offer === 'registerReturn') this.replaceTop('return', 'warranty_claim');
    else this.replaceTop(frame.flow === 'return' || offer === 'bookRepair' ? 'repair' : (FLOWS[frame.flow].accepts ?? 'repair'));
    this.state.declined = false;
    // The product talked about is the one the request is for ("电饭煲" said before the return question).
    const taken = top(this.state)!;
    for (const k of PRODUCT_FACTS) if (!taken.facts[k] && this.state.product[k]) taken.facts[k] = this.state.product[k];
    // A yes to an offer describes nothing: "ok then yes, register an exchange" is no reason for the return.
    for (const c of commands) if ((c.kind === 'set' || c.kind === 'correct') && c.slot !== 'symptom') this.assign(c.slot, c.value, c.kind === 'correct');
    await this.advance();
  }

  /** The offer on the table said again in other words: the choices, then the way out; a visit turned down is not pressed. */
  /** The apology for our service, then what is already under way: the chat's ticket, the question the job waits on, or how to start. */
  private async reproachHeard(): Promise<void> {
    this.out.parts = this.out.parts.filter((p) => p !== SOCIAL.sorry[this.lang]);
    this.out.say(reproachSorry(this.lang));
    const frame = top(this.state);
    const filed = this.state.filed.at(-1);
    if (!frame && filed) {
      this.out.say((await reproachOnTicket(this.t.tools, filed, this.lang)) ?? reproachNoJob(this.lang));
      return;
    }
    if (!frame) this.out.say(reproachNoJob(this.lang));
    else if (frame.stage === 'confirm') this.confirm(frame);
    else if (frame.stage === 'offer') this.out.say(this.offerAgain(frame));
    else if (frame.stage === 'feedback') this.out.say(verdictAskedAgain(this.lang));
    else await this.advance();
  }

  private offerAgain(frame: Frame): string {
    const offer = offerOf(frame);
    const category = factsOf(this.state, frame).category;
    if (this.state.declined && (offer === 'visit' || offer === 'bookRepair')) return noRepairWords(category)[this.lang];
    const [once, again] = offerAgainFor(offer, category);
    return this.vary(once, again);
  }

  /** The first wording, or the second when the last reply already said the first. */
  private vary(first: Bilingual, second: Bilingual): string {
    return this.state.lastReply?.includes(first[this.lang]) ? second[this.lang] : first[this.lang];
  }

  /** Works the top flow forward: ask what is missing, restate, or finish. */
  private async advance(): Promise<void> {
    for (let step = 0; step < FLOW_STEPS_PER_TURN; step++) {
      const frame = top(this.state);
      if (!frame || frame.stage !== 'collect') return;
      const spec = FLOWS[frame.flow];
      const kit = this.kit(frame);
      if (!frame.opened && spec.opening) await spec.opening(kit);
      const facts = factsOf(this.state, frame);
      let asking = false;
      for (const slot of spec.slots) {
        if (facts[slot.slot] || frame.skipped.includes(slot.slot) || slot.knownFrom?.(kit)) continue;
        const key = `${frame.flow}:${slot.slot}`;
        // A side question asked instead of the answer is no failed answer: it does not count towards giving up.
        // (Only a needed slot: an optional one asked once is passed over as before, "型号" is not pressed.)
        const aside = this.aside === slot.slot && step === 0 && slot.required;
        const times = (this.state.asks[key] ?? 0) - (aside && this.state.asks[key] ? 1 : 0);
        // A number given that cannot be called back is never passed over in silence: why, then the question again.
        const why = slot.slot === 'phone' && this.state.awaiting === 'phone' ? unusablePhone(this.t.turn.text, this.lang) : undefined;
        if (why) this.out.say(why);
        if (times >= (slot.required ? 2 : 1)) {
          frame.skipped.push(slot.slot);
          // Said when a needed answer never came, so the customer knows what happens instead.
          if (slot.required) this.out.say((slot.withoutFor?.(facts) ?? slot.without)[this.lang]);
          continue;
        }
        if (this.resumeNote && frame.opened) this.out.say(resuming(spec.title, this.lang));
        this.resumeNote = false;
        frame.opened = true;
        if (times === 0 && slot.lead) await slot.lead(kit);
        const wordings = slot.askFor?.(facts, this.t.turn.text) ?? slot.ask;
        // Asked again after an aside: in the other words when the last reply already had these.
        const index = aside && this.previous.lastReply?.includes(wordings[Math.min(times, 1)]![this.lang]) ? 1 - Math.min(times, 1) : Math.min(times, 1);
        this.out.say(wordings[index]![this.lang]);
        this.state.asks[key] = times + 1;
        this.state.awaiting = slot.slot;
        asking = true;
        break;
      }
      if (asking) return;
      this.state.awaiting = undefined;
      if (spec.confirm && (spec.confirms?.(kit) ?? true)) {
        this.confirm(frame);
        return;
      }
      const before = this.state.stack.length;
      const filedBefore = this.state.filed.length;
      const result = await spec.finish(kit);
      // A number that found nothing outlives its frame: a later request about that ticket is passed on with it.
      if (frame.unfound) this.state.unfound = frame.unfound;
      // (Filed without a summary to confirm: the questions kept while it was taken go on its ticket.)
      if (this.state.filed.length > filedBefore) await this.openQuestionsOnTicket(frame);
      // A flow that needs something more from the customer (a code sent by SMS) asks for it now.
      if ('askAgain' in result) {
        frame.opened = true;
        // A new question (a new code was sent): its asks are counted afresh.
        if (result.fresh) for (const slot of spec.slots) delete this.state.asks[`${frame.flow}:${slot.slot}`];
        // A wrong code with tries left: asked again (in the second wording), not given up on after two asks.
        if (result.retry) this.state.asks[`${frame.flow}:proofCode`] = 1;
        continue;
      }
      await this.apply(frame, result);
      // The flow it handed over to has already been worked forward inside apply: going on here would ask its question twice.
      if ('next' in result) return;
      // A flow handed over to another (fault -> repair): keep going with the new one.
      if (this.state.stack.length < before || top(this.state) === frame) return;
    }
  }

  private confirm(frame: Frame): void {
    frame.stage = 'confirm';
    frame.opened = true;
    this.state.awaiting = undefined;
    const kit = this.kit(frame);
    this.out.say(FLOWS[frame.flow].confirm!(kit));
  }

  private async apply(frame: Frame, result: FlowResult): Promise<void> {
    frame.opened = true;
    if ('askAgain' in result) return;
    if ('done' in result) {
      // A return or exchange just filed is the request: another copy of it lower on the stack (asked
      // for twice) is not confirmed again, or the customer reads "registered, number …" and "reply
      // yes to file it" in one reply.
      const filedClaim = frame.ticketType === 'warranty_claim';
      this.state.stack = this.state.stack.filter((f) => f !== frame && !(filedClaim && isClaim(f)));
      const below = top(this.state);
      if (below && frame.toldWith && below.toldWith && below.flow === 'fault' && below.stillBroken) {
        // The other product told with this one, said not fixed either: its booking goes on with the same contact facts.
        this.out.say(nextBookingLine(below, this.lang));
        this.replaceTop('repair', undefined, below);
        // Its own model and purchase date are asked afresh: what was asked was the first product's.
        for (const slot of PROBLEM_SLOTS) delete this.state.asks[`repair:${slot}`];
        await this.advance();
      } else if (below && frame.toldWith && below.toldWith && below.flow === 'fault' && (below.stage === 'feedback' || below.stage === 'offer')) {
        this.out.say(otherProductAskedLine(below, this.lang));
        below.stage = 'feedback';
      } else if (below && below.stage === 'collect') {
        this.resumeNote = true;
        await this.advance();
      } else if (below && below.stage === 'confirm') {
        if (below.opened) this.out.say(resuming(FLOWS[below.flow].title, this.lang));
        this.confirm(below);
      }
      return;
    }
    if ('stage' in result) {
      frame.stage = result.stage;
      frame.offer = result.offer;
      // Troubleshooting asked for more about the fault: the next words describe it ("水箱一直是空的").
      if (frame.flow === 'fault' && result.stage === 'collect') this.state.awaiting = 'symptom';
      return;
    }
    if ('next' in result) {
      this.replaceTop(result.next, result.ticketType, frame);
      await this.advance();
      return;
    }
    await this.handOff(result.handoff);
  }

  /** The open problem taken up again: the side jobs above it close, and its step is said again under a heading. */
  private async backTo(open: Frame): Promise<void> {
    this.state.stack = this.state.stack.slice(0, this.state.stack.indexOf(open) + 1);
    this.state.awaiting = undefined;
    const words = faultWords(factsOf(this.state, open).symptom ?? '') ?? categoryName(factsOf(this.state, open).category, this.lang);
    this.out.say(this.lang === 'zh' ? `回到您刚才说的问题${words ? `（${words}）` : ''}：` : `Back to your problem${words ? ` (${words})` : ''}:`);
    if (open.stage === 'confirm') return this.confirm(open);
    // The steps just given are pointed to, not said again word for word; given longer ago, they are looked up and said again.
    const recent = [this.previous.lastReply, this.previous.replyBefore].some((r) => open.caseTitle && r?.includes(open.caseTitle));
    if (open.flow === 'fault' && open.stage === 'feedback' && recent) return this.out.say(stepsAgain(open.caseTitle!, this.lang));
    if (open.flow === 'fault' && (open.stage === 'feedback' || open.stage === 'offer') && !recent) open.stage = 'collect';
    if (open.stage === 'offer') this.out.say(this.offerAgain(open));
    else await this.advance();
  }

  /** Says the safe way to act when the question is about the plug, the power or the water; true when it did. */
  private safetyAnswer(question: string, about: string, problemOpen = true): boolean {
    // After a swollen battery or a gas smell: its own questions first ("can I post it in?" is never a mail-in repair).
    const answer =
      dangerTopicAnswer(question, this.t.turn.conversation.state.safety, this.lang, this.previous.lastReply) ?? answerSafetyQuestion(question, `${about} ${this.t.turn.text}`, this.lang, problemOpen);
    if (answer) this.out.say(answer);
    return Boolean(answer);
  }

  /** "滤网半年没洗过" after the steps: the step for that part is pointed to (neglected-step.ts); true when one was. */
  private async neglectAnswered(frame: Frame): Promise<boolean> {
    if (!frame.caseId || !neglectTold(this.t.turn.text)) return false;
    const facts = factsOf(this.state, frame);
    const hit = await findCase(this.t.tools, frame.caseId, [facts.errorCode, facts.symptom].filter(Boolean).join(' '), facts.category);
    const found = hit && neglectedStep(this.t.turn.text, hit.steps, this.lang);
    if (!found) return false;
    this.out.citations.push(hit.id);
    this.out.say(neglectedStepReply(found, this.lang));
    return true;
  }

  private async caseFollowUp(frame: Frame, question: string): Promise<boolean> {
    const facts = factsOf(this.state, frame);
    const hit = await findCase(this.t.tools, frame.caseId!, [facts.errorCode, facts.symptom].filter(Boolean).join(' '), facts.category);
    const found = hit && caseLineFor(question, hit, this.lang);
    if (!found) return false;
    // "where is it? and do I need a bucket?": one step says both; quoted once, it answers both.
    if (this.out.parts.some((part) => part.includes(found.line.replace(/[。；.;]$/, '')))) return true;
    this.out.citations.push(hit.id);
    // (Whether the line answers is judged on the whole message: "can't find the door, what goes under it?" asks both.)
    this.out.say(caseLineReply(found, this.lang, `${question}\n${this.t.turn.redactedText}`));
    return true;
  }

  /** A delivery, order, shop-invoice or new-product price question: where it is done is said; true when it was one. */
  /** A question about service outside mainland China, in a place it names or "here" from a customer known to be abroad. */
  private asksServiceAbroad(question: string): boolean {
    const country = countrySaidIn(this.t.turn.text) ?? this.t.turn.conversation.state.country;
    return asksServiceAbroad(question, country !== undefined && country !== 'CN');
  }

  private elsewhere(question: string): boolean {
    // ("没开发票，订单截图行吗" asks what proves the purchase for the warranty, not how to get an invoice from the shop.)
    // ("还没到货，安装收费吗": the delivery is the context; installing and its cost are ours to answer.)
    const topic = asksWhichProof(question) || asksOursBesideDelivery(question) ? undefined : elsewhereTopic(question);
    if (topic) this.out.say(elsewhereReply(topic, this.lang, Boolean(this.state.lastReply?.includes(elsewhereReply(topic, this.lang)))));
    return Boolean(topic);
  }

  /** This message gave a wished visit time that the booking keeps: only then is it said back as noted. */
  private timeKept(): boolean {
    return this.t.commands.some((c) => c.kind === 'set' && c.slot === 'preferredTime');
  }

  /** A side question answered; a message asking several things gets one answer each, in the order asked. */
  private async digress(question: string): Promise<void> {
    // "anything I can check myself, like the filter?" about the fault on the table: its case's checks (self-checks-answer.ts).
    if (await this.selfChecks(question)) return;
    const questions = questionsIn(question, this.t.turn.redactedText);
    // "can't find the invoice, will you still fix it for free?" is one question: split, its second half forgets the invoice.
    // (Nor is "does someone come out, or do I take it in?": its halves alone ask neither way, own-rule-answers.ts.)
    if (questions.length < 2 || asksWithoutProof(question) || asksWhichProof(question) || asksOwnRule(question, factsOf(this.state, top(this.state)).category)) return this.digressOne(question);
    const frame = top(this.state);
    // "can you send someone round, maybe Monday afternoon?": the visit asked for and its time are one request, said
    // back once as the wished time (visit-wish-time.ts); only the other questions beside it are answered one by one.
    const wished = this.timeKept() ? visitWishTime(question) : undefined;
    if (wished) this.out.say(visitTimeNote(wished, factsOf(this.state, frame).category, this.lang, this.t.tools.context.now));
    for (const one of wished ? questions.filter((q) => !q.includes(wished) && !visitWishTime(`${q} ${wished}`)) : questions) {
      // "flashing H, what does it mean?" with the fault just told: its case, found next, is the answer.
      // So is "能修吗？多久能来？" beside a fault just told: troubleshooting and the visit offer answer it.
      if (frame?.flow === 'fault' && frame.stage === 'collect' && ['meaning', 'other'].includes(questionTopic(one))) continue;
      const before = this.out.parts.length;
      await this.digressOne(one, true);
      this.shortenRepeats(before, one);
    }
  }

  /** `several`: one of the message's questions, so an unanswered one is named by its topic. */
  private async digressOne(question: string, several = false): Promise<void> {
    const frame = top(this.state)!;
    // "can I take it on a plane like this?": the carrier's rule, said plainly, then the job goes on (travel-answer.ts).
    if (asksAboutTravelling(question)) {
      this.out.say(travelAnswer(this.lang));
      // (Asked while the steps are being tried: the question they were left with comes back, or the job stalls there.)
      if (frame.flow === 'fault' && frame.stage === 'feedback') this.out.say(FEEDBACK_QUESTION[this.lang]);
      return;
    }
    // "can it be fixed over here?" from abroad: what a mainland product's warranty and our visits cover there (service-abroad-answer.ts).
    if (this.asksServiceAbroad(question)) {
      this.out.say(serviceAbroadAnswer(this.lang));
      if (frame.flow === 'fault' && frame.stage === 'feedback') this.out.say(FEEDBACK_QUESTION[this.lang]);
      return;
    }
    if (await this.selfChecks(question)) return;
    // "修的时候能借我一台吗": no loan promised; written on the ticket when there is one (loan-answer.ts).
    if (asksForLoanUnit(question)) return this.loanRequest();
    // "能直接换新的吗", "will the engineer see what I told you?", "was it cancelled?": about the job itself, answered as a person would (job-question-answers.ts).
    if (await this.jobQuestionAnswered(frame, question)) return;
    // "要拿盆接水吗", "do I need a towel?" during self-help: the case's own step says it, before any general answer (step-question-concepts.ts).
    if (frame.caseId && asksAboutStepThing(question) && !factsForQuestion(factsOf(this.state, frame), question).otherProduct && (await this.caseFollowUp(frame, question))) return;
    // "要是修的话送哪里修" while a return is asked about: the service way, which the return rules do not say.
    if (isClaim(frame) && asksRepairWay(question) && (await this.repairWayAnswer(frame, question))) return;
    // "我自己接气管行吗", "过保了修要多少钱", "边刷多久换", "能上门取吗" (a phone): answered from their own rule first (asked-first.ts).
    // (A return's pickup is the return rules'.)
    const first = isClaim(frame) ? undefined : await askedFirst({ tools: this.t.tools, facts: factsOf(this.state, frame), lang: this.lang, lookUp: lookUpAnswer }, question);
    if (first) {
      this.out.citations.push(first.id);
      return this.out.say(first.text);
    }
    // "师傅来之前会打电话吗", "do I have to stay in all day?": how the visit goes, in our words (visit-answers.ts).
    // (A delivery or an order is another's business first, "几天能到货", unless the visit is named: "上门最早哪天能到".)
    const visit = visitQuestion(question);
    if (!(visit && NAMES_VISIT.test(question)) && this.elsewhere(question)) return;
    const phoneGiven = this.t.commands.some((c) => (c.kind === 'set' || c.kind === 'correct') && c.slot === 'phone');
    if (visit) return this.out.say(visitAnswer(visit, factsOf(this.state, frame), this.lang, question, phoneGiven));
    // "就超了一天 还能退吗" with a return on the table: the days counted from the date given, and the rule they leave.
    const days = isReturnFrame(frame) && asksAboutDays(question) ? await returnDaysAnswer(this.kit(frame)) : undefined;
    if (days) return this.out.say(days);
    // "明天下午能来吗" inside a booking: the preferred time, taken; the exact time is agreed by phone.
    // (Also a visit asked for with a time beside it, after self-help: "…I'd like someone out, Tuesday afternoon?", visit-wish-time.ts.)
    const when = askedVisitTime(question) ?? (this.timeKept() ? visitWishTime(question) : undefined);
    if (when) return this.out.say(visitTimeNote(when, factsOf(this.state, frame).category, this.lang, this.t.tools.context.now));
    // "怎么报修？" inside a booking: it is being booked here; what was given is kept, and the form goes on (bot/engine/booking-how.ts).
    if (['repair', 'fault'].includes(frame.flow) && asksHowToBook(question)) return this.out.say(bookingUnderWay(factsOf(this.state, frame), this.lang));
    // "is it going to explode?" beside an outdoor unit steaming while it heats: no, it is defrost water (defrost-fear.ts).
    const fear = defrostFearAnswer(question, this.t.turn.text, this.lang);
    if (fear) return this.out.say(fear);
    if (this.safetyAnswer(question, factsOf(this.state, frame).symptom ?? '')) return;
    // "这个代码什么意思" about the code on the table: its meaning, from the case given for it.
    const code = factsOf(this.state, frame).errorCode;
    if (code && asksCodeMeaning(question, code))
      return this.out.say(codeMeaningReply(code, factsOf(this.state, frame).category, frame.caseId ? frame.caseTitle : undefined, this.lang, factsOf(this.state, frame).brand));
    // A question about another product is looked up for that product, under its name (question-product.ts).
    const about = factsForQuestion(factsOf(this.state, frame), question);
    // A question about a step of the case just given is answered from that case.
    if (frame.caseId && !this.reasked && !about.otherProduct && (await this.caseFollowUp(frame, question))) return;
    // "发票丢了还保吗" mid-booking: the proof-of-purchase rule, with the date already given; nothing asked again.
    if (asksWithoutProof(question) || asksWhichProof(question)) {
      const proof = await proofMissingAnswer(this.t.tools, factsOf(this.state, frame).purchaseDate, this.lang, true, question);
      if (proof) {
        this.out.citations.push(proof.id);
        return this.out.say(proof.text);
      }
    }
    // "电机还保吗": both periods and which applies to the part, from the warranty rules.
    // (Asked inside the warranty question, whose own offer asks for the date: not asked twice.)
    const cover = await partWarrantyAnswer({ tools: this.t.tools, facts: factsOf(this.state, frame), lang: this.lang }, question, { asksDate: frame.flow !== 'warranty' });
    if (cover) return this.out.say(cover);
    // "那个闪的灯是什么意思": what the screen or light means, from the case that describes it.
    const meaning =
      questionTopic(question) === 'meaning'
        ? await meaningAnswer({ tools: this.t.tools, facts: factsOf(this.state, frame), lang: this.lang, energy: this.state.energy }, question, frame.caseId)
        : undefined;
    if (meaning) {
      this.out.citations.push(meaning.id);
      return this.out.say(meaning.text);
    }
    // "is there a fee to check it?": the fee rule for the way this product is serviced (a visit, or the service centre).
    const answer =
      (await this.serviceFee(question, about.facts.category, frame.flow === 'repair' && !about.otherProduct)) ??
      (await lookUpAnswer({ tools: this.t.tools, facts: about.facts }, asksOursBesideDelivery(question) ? withoutElsewhere(question) : question));
    if (answer) {
      this.out.citations.push(answer.id);
      if (about.otherProduct) this.out.say(otherProductHeading(about.otherProduct, this.lang));
      this.out.say(answerWithSource(answer, this.lang));
      // "…太贵就买新的": the cost, and then whether it is worth repairing at all.
      const worth = WORTH_REPAIRING.test(this.t.turn.redactedText) ? await lookUpAnswer({ tools: this.t.tools, facts: factsOf(this.state, frame) }, repairOrReplaceQuery(this.lang)) : undefined;
      if (worth && worth.id !== answer.id && !this.out.citations.includes(worth.id)) {
        this.out.citations.push(worth.id);
        this.out.say(answerWithSource(worth, this.lang));
      }
    } else {
      const step = await stepAnswering({ tools: this.t.tools, facts: factsOf(this.state, frame), energy: this.state.energy }, question, this.lang);
      if (step) {
        this.out.citations.push(step.id);
        this.out.say(step.text);
        return;
      }
      // A routine-care question with no care entry: the manual and a person, honestly (bot/engine/care-unknown.ts).
      // (Not a question about the case just given, "热电偶怎么清洁": that is the repair's, for an engineer.)
      if (careTask(question) && !frame.caseId) this.out.say(careUnknown(this.lang, factsOf(this.state, frame).category));
      // In a form or a request being filed: the question is written down for the person who answers it, and said so.
      else if (await this.questionWrittenDown(frame, question)) return;
      else if (several) this.noAnswerSaid(question);
      else this.out.sayUnanswered(noAnswerToQuestion(this.lang, frame.stage === 'feedback' || frame.stage === 'offer'));
    }
  }

  /** The self-checks of the fault on the table, when the customer asks what they can check themselves; true when given. */
  private async selfChecks(question: string): Promise<boolean> {
    const frame = top(this.state);
    // (The whole message is read: "before that, anything I can check myself, like a filter?" reaches here as its last clause.)
    if (!frame || !['fault', 'repair'].includes(frame.flow) || !(asksForSelfChecks(question) || asksForSelfChecks(this.t.turn.redactedText))) return false;
    const answer = await selfChecksAnswer(this.t.tools, factsOf(this.state, frame), frame.caseId, this.lang);
    if (!answer) return false;
    this.out.citations.push(answer.id);
    this.out.say(answer.text);
    return true;
  }

  /** A question answered from its own rule (asked-first.ts), with no job open; true when it was. */
  private async answeredFirst(question: string): Promise<boolean> {
    const answer = await askedFirst({ tools: this.t.tools, facts: withMessageProduct(factsOf(this.state), this.t.turn.redactedText), lang: this.lang, lookUp: lookUpAnswer }, question);
    if (!answer) return false;
    this.out.citations.push(answer.id);
    this.out.say(answer.text);
    return true;
  }

  /** Several questions with no job open: one answer each, in the order asked. */
  private async answerEach(questions: string[]): Promise<void> {
    const kit = { tools: this.t.tools, facts: withMessageProduct(factsOf(this.state), this.t.turn.redactedText), lang: this.lang, energy: this.state.energy };
    // "边刷多久换？保修吗", "换电池怎么弄 能上门取吗": one question in two halves, answered whole from its own rule (asked-first.ts).
    const all = questions.join(' ');
    // ("can't find the invoice. still under warranty?": the proof rule answers both halves.)
    // (Buying asked beside it, "多久换？你们卖吗？", is a question of its own: each is answered.)
    const whole = asksWithoutProof(all)
      ? await proofMissingAnswer(this.t.tools, kit.facts.purchaseDate, this.lang, false)
      : WANTS_TO_BUY.test(all)
        ? undefined
        : await askedFirst({ ...kit, lookUp: lookUpAnswer }, all, { whole: true });
    if (whole) {
      this.out.citations.push(whole.id);
      return this.out.say(whole.text);
    }
    // ("还没送来，安装要钱吗": the delivery half is the context of the installation question, not a question for the shop.)
    const beside = asksOursBesideDelivery(this.t.turn.redactedText);
    for (const question of questions) {
      const before = this.out.parts.length;
      if (beside && elsewhereTopic(question) === 'delivery' && !asksOursBesideDelivery(question)) continue;
      if (this.elsewhere(question) || this.safetyAnswer(question, '', false)) continue;
      const answer = await answerOneQuestion(kit, question);
      if (answer?.id) this.out.citations.push(answer.id);
      if (answer) this.out.say(answer.text);
      else this.noAnswerSaid(question);
      this.shortenRepeats(before, question);
    }
  }

  /** `noAnswerOn` said; a line naming no topic ("on that point") is an unnamed one (one-voice.ts). */
  private noAnswerSaid(question: string): void {
    const line = this.noAnswerOn(question);
    if (questionTopic(question) === 'other') this.out.sayUnanswered(line);
    else this.out.say(line);
  }

  /** One question of several that nothing answers: named in our own words, with who answers it. */
  private noAnswerOn(question: string): string {
    const topic = topicName(questionTopic(question), this.lang);
    return this.lang === 'zh'
      ? `${topic}，我这里没有确切的资料，不想给您说错：工程师或客服联系您时会一并答复。`
      : `${topic[0]!.toUpperCase()}${topic.slice(1)}, I have no reliable information and won't guess: the engineer or our staff will answer it when they contact you.`;
  }

  /** The fee rule for how this product is serviced, when the question asks what checking it or a visit costs. */
  /** `booking`: a repair is being booked, so "要收钱吗" with nothing named asks what this repair costs. */
  /**
   * How a repair goes for this product (at home, or taken or posted in), from the service-way entry
   * (own-rule-answers.ts): asked beside a return, whose own questions skip those answers. True when said.
   */
  private async repairWayAnswer(frame: Frame, question: string): Promise<boolean> {
    const way = await ownRuleAnswer(this.t.tools, factsOf(this.state, frame).category, question, this.lang);
    if (!way) return false;
    this.out.citations.push(way.id);
    this.out.say(way.text);
    return true;
  }

  private async serviceFee(question: string, category: string | undefined, booking = false): Promise<KnowledgeHit | undefined> {
    const asksFee = asksServiceFee(question) || (booking && asksChargeOfThisRepair(question));
    const entry = category && asksFee && !asksInstalling(question) ? serviceFeeEntry(category, this.lang) : undefined;
    if (!entry) return undefined;
    const result = await this.t.tools.call('searchKnowledge', { query: entry.query });
    const hits = result.ok ? (result.result as { hits: KnowledgeHit[] }).hits : [];
    return hits.find((h) => h.id === entry.id && h.answer);
  }

  /** The summary still waits for a yes: the one step left, in other words than the last reply's. */
  private confirmAgain(frame: Frame): void {
    const line = this.lang === 'zh' ? '上面的信息没问题的话回复“对”，我就提交；要改哪项直接告诉我。' : 'If the details above are right, reply "yes" and I will file it; or tell me what to change.';
    if (this.out.parts.some((p) => p.includes(line))) return;
    if (this.previous.lastReply?.includes(line)) this.confirm(frame);
    else this.out.say(line);
  }

  /** Answers added since `from` that the customer already had in full: one line pointing back instead. */
  private shortenRepeats(from: number, question: string): void {
    const earlier = [this.previous.lastReply, this.previous.replyBefore].filter((t): t is string => Boolean(t));
    const added = this.out.parts.splice(from);
    for (const part of added) {
      // Said already in this reply (two questions that one rule answers): once is enough.
      if (answeredBefore(part, this.out.parts, 'other', this.lang)) continue;
      this.out.parts.push(answeredBefore(part, earlier, questionTopic(question), this.lang) ?? part);
    }
  }

  /**
   * The questions of a message the reply built so far left out (a warranty question started the
   * warranty check and the part's price was dropped): each answered on its own, in the order asked,
   * before the question the reply ends on. True when anything was added.
   */
  private async answerMissedQuestions(): Promise<boolean> {
    // A handoff's reply is the person's to follow up (the waiting answers take the questions after it).
    if (this.out.handedOff || has(this.t.commands, 'danger') || this.out.empty) return false;
    const questions = questionsIn(this.t.turn.redactedText, this.t.turn.redactedText);
    if (questions.length < 2) return false;
    const said = this.out.parts.join('\n');
    // A reply that only asks when it was bought has not yet said what the cover is for.
    const dateAsk = this.state.awaiting === 'purchaseDate';
    // What the cover is for ("在保修期内免费维修") says nothing of what a part or a visit costs.
    const cover = faultCoverLine(this.lang, factsOf(this.state).category);
    const checked = (topic: ReturnType<typeof questionTopic>) =>
      dateAsk && topic === 'warranty' ? said.replace(this.out.parts[this.out.parts.length - 1]!, '') : topic === 'price' ? said.replace(cover, '') : said;
    const missed = questions.filter((q) => questionTopic(q) !== 'other' && !replyCovers(questionTopic(q), checked(questionTopic(q))));
    if (!missed.length) return false;
    const frame = top(this.state);
    const kit = { tools: this.t.tools, facts: withMessageProduct(factsOf(this.state, frame), this.t.turn.redactedText), lang: this.lang, energy: this.state.energy };
    const added: string[] = [];
    for (const question of missed) {
      const answer = await answerOneQuestion(kit, question, { dateAsked: dateAsk });
      if (answer?.id) this.out.citations.push(answer.id);
      const text = answer ? (answeredBefore(answer.text, [this.previous.lastReply ?? '', this.previous.replyBefore ?? '', said], answer.topic, this.lang) ?? answer.text) : this.noAnswerOn(question);
      if (!answer && questionTopic(question) === 'other') this.out.unnamedUnanswered.add(text);
      if (!this.out.parts.includes(text) && !added.includes(text)) added.push(text);
    }
    if (!added.length) return false;
    // The reply's own question to the customer ("什么时候买的？") stays last, where it is answered.
    const last = this.out.parts[this.out.parts.length - 1]!;
    const at = /[?？]\s*$/.test(last) || (this.state.awaiting && top(this.state)?.stage === 'collect') ? this.out.parts.length - 1 : this.out.parts.length;
    this.out.parts.splice(at, 0, ...added);
    return true;
  }

  private async cancel(commands: Command[]): Promise<BrainReply> {
    const frame = this.state.stack.pop();
    this.state.awaiting = undefined;
    // An offer declined ("不用了" to a return offered) closes politely: nothing the customer started is "cancelled".
    // (Fixed while a booking was being filled in: the customer hears it is not filed. Said fixed again
    // with thanks once everything is closed: a thanks, not the same "glad" again.)
    // (A visit put off while it was being booked: nothing was booked, and they can come back; visit-put-off.ts.)
    const putOff = frame?.flow === 'repair' && frame.stage !== 'offer' && has(commands, 'declineVisit') && putsVisitOff(this.t.turn.text);
    const closing = has(commands, 'fixed')
      ? frame && ['repair', 'return'].includes(frame.flow) && frame.stage !== 'offer'
        ? SOCIAL.gladNotFiled[this.lang]
        : !frame && (has(commands, 'thanks') || has(commands, 'bye')) && [SOCIAL.glad, SOCIAL.gladNotFiled].some((line) => this.state.lastReply?.includes(line[this.lang]))
          ? SOCIAL[has(commands, 'bye') ? 'bye' : 'thanks'][this.lang]
          : SOCIAL.glad[this.lang]
      : putOff
        ? VISIT_PUT_OFF[this.lang]
        : frame?.stage === 'offer'
          ? SOCIAL.noThanks[this.lang]
          : frame
            ? (FLOWS[frame.flow].calledOff?.[this.lang] ?? cancelled(FLOWS[frame.flow].title, this.lang))
            : cancelled(undefined, this.lang);
    this.out.say(closing);
    const below = top(this.state);
    if (below) {
      this.resumeNote = true;
      if (below.stage === 'collect') await this.advance();
      else if (below.stage === 'confirm') this.confirm(below);
    } else if (!has(commands, 'thanks') && !has(commands, 'bye') && closing !== SOCIAL.noThanks[this.lang] && !putOff) {
      // ("有需要随时找我" already says it: not asked again right after.)
      this.out.say(SOCIAL.anythingElse[this.lang]);
    }
    return this.done();
  }

  private leave(): BrainReply {
    const unfinished = this.state.stack.some((f) => f.flow === 'repair' || (f.flow === 'return' && f.stage !== 'offer'));
    this.state.stack = [];
    this.state.awaiting = undefined;
    if (unfinished) this.out.say(SOCIAL.leftUnfiled[this.lang]);
    this.out.say(SOCIAL.bye[this.lang]);
    return this.done();
  }

  private skip(slot: SlotName | undefined): void {
    const frame = top(this.state);
    const target = slot ?? (this.state.awaiting as SlotName | undefined);
    if (!frame || !target || frame.skipped.includes(target)) return;
    frame.skipped.push(target);
    const spec = FLOWS[frame.flow].slots.find((s) => s.slot === target);
    if (spec) this.out.say((spec.withoutFor?.(factsOf(this.state, frame)) ?? spec.without)[this.lang]);
  }

  private async handOff(reason: HandoffResult['reason'], note?: string): Promise<void> {
    const u = this.t.turn.understanding;
    const facts = factsOf(this.state);
    // The whole conversation says what the problem is, not the message that asked for a person:
    // the facts of every flow on the stack and every earlier message of the customer's.
    const known = { ...this.state.product, ...this.state.pending, ...Object.assign({}, ...this.state.stack.map((f) => f.facts)), ...facts } as typeof facts;
    const earlier = (await this.t.turn.earlier?.().catch(() => [])) ?? [];
    const said = [...earlier.filter((m) => m.role === 'customer').map((m) => m.text), this.t.turn.redactedText];
    const brief = handoffSummary(known, said, this.lang);
    // A request about a ticket whose number found nothing here (flows/unfound-ticket-request.ts) leads the summary: it is what the person acts on.
    const unfound = this.state.unfound;
    const passedOn = unfound ? this.state.stack.map((f) => f.facts.symptom).find((s) => s?.includes(unfound)) : undefined;
    // A case filed before and chased now (its number, a visit that never came): the person takes that case up, with what is demanded.
    // (A complaint or a replacement demanded on the way is a request of its own, filed as one: only a bare demand for a person or a manager goes with the earlier case.)
    // (So is a new unit or the money back demanded after repairs that did not hold, told in any messages: demand-after-repairs.ts.)
    const complained = said.some((m) => demandsIn(m).some((d) => d.en === 'a formal complaint' || d.en === 'a replacement')) || demandsAfterRepairsIn(said);
    const chasedCase = chasesEarlierCase(this.state) && !complained;
    const demanded = chasedCase ? demandsIn(this.t.turn.text) : [];
    // (How often it was repaired before a new unit was demanded is what the person checks first: demand-after-repairs.ts.)
    const repairs = repairsNote(said);
    const summary = [brief.summary.length >= 2 ? brief.summary : u.intent, ...(repairs && !brief.summary.includes(repairs) ? [repairs] : []), ...(demanded.length ? [demandsNote(demanded)] : [])].join(
      '；',
    );
    const result = await this.t.tools.call('handOff', {
      reason,
      summary: passedOn ? `${passedOn}；${summary}`.slice(0, 900) : summary.slice(0, 900),
      phone: facts.phone,
      address: [facts.address, facts.preferredTime].filter(Boolean).join(' / ').slice(0, 300) || undefined,
      category: brief.category,
      brand: brief.brand,
      model: known.model,
      // A bare request for a person files no ticket; one with a service request in it does (service-request-held.ts).
      request: holdsServiceRequest(this.state, this.t.turn.text),
      earlier: chasedCase,
    });
    this.out.handedOff = result.ok;
    // The angry handoff apologises in its own words: one apology, not two.
    if (reason === 'angry') this.out.parts = this.out.parts.filter((p) => p !== SOCIAL.sorry[this.lang]);
    // A handoff that did not happen is never announced as done ("passed to our staff"), only said honestly.
    this.out.say(result.ok ? (note ?? (await this.complaintOnTicket(reason, result.result)) ?? handingOver(reason, this.lang)) : SOCIAL.handoffFailed[this.lang]);
    // Waiting for a person must not wait on safety: a leak, a burning smell or a tripping breaker
    // described on the way gets its case's safety notes now ("先断电关水").
    if (reason === 'customer_request') for (const line of await this.safetyWhileWaiting()) this.out.say(line);
    // "修了两回还不行，给我换新的": the 三包 rule on repeated repairs, said whichever way they are handed over (repairs-rule-lines.ts).
    if (result.ok && demandsAfterRepairsIn(said)) await this.repairsRule();
    // (A money or policy exception handed over has had its own "staff decide this" line.)
    if (result.ok && (reason === 'customer_request' || reason === 'angry')) await this.demandsOnTicket(result.result);
    this.state.stack = [];
    this.state.awaiting = undefined;
  }

  /** Consent to pay or a condition on the repair told mid-form: said back and remembered (paid-repair-heard.ts); false when the message has neither. */
  private async paidRepairHeard(frame: Frame, facts: Extract<Command, { kind: 'set' | 'correct' }>[]): Promise<boolean> {
    const text = this.t.turn.text;
    const conditions = visitConditionsIn(text);
    const pays = agreesToPay(text);
    if (!conditions.length && !pays) return false;
    // (A question left beside it, "先报价吧，大概多少钱？", is answered by the question's own path.)
    if (asksInWords(withoutConditions(text)) && !pays) return false;
    for (const c of facts) this.assign(c.slot, c.value, c.kind === 'correct');
    const money = pays || conditions.some((c) => c !== 'callFirst');
    this.out.say(paidRepairHeard({ conditions, agreesToPay: pays, termsSaid: Boolean(frame.feeTermsSaid), category: factsOf(this.state, frame).category, lang: this.lang }));
    frame.conditions = [...new Set([...frame.conditions, ...conditions])];
    if (money) frame.feeTermsSaid = true;
    await this.advance();
    return true;
  }

  /** The rule on repeated repairs, unless this reply already says it (the complaint flow may have). */
  private async repairsRule(): Promise<void> {
    const rule = await repairsRuleLines(this.t.tools, this.lang);
    if (!rule || this.out.parts.some((p) => p.includes(rule.lines[0]!))) return;
    this.out.citations.push(rule.cite);
    for (const line of rule.lines) this.out.say(line);
  }

  /** Conditions said with the yes ("quote first", "call before coming"): on the ticket just filed, and said back. */
  private async conditionsOnTicket(category: string | undefined, told: VisitCondition[] = []): Promise<void> {
    // (Conditions told while the form was filled are kept on the frame; those said with the yes, here.)
    const conditions = [...new Set([...told, ...this.conditions])];
    const ticket = this.state.filed.at(-1);
    if (!conditions.length || !ticket) return;
    const noted = await this.t.tools.call('updateTicket', { ticketNumber: ticket, note: visitConditionsNote(conditions) });
    if (noted.ok) this.out.say(visitConditionsHeard(conditions, category, this.lang, ticket));
  }

  /** A question about the job itself (a new one instead, the person taking over, an earlier booking, a night call): answered; true when it was. */
  private async jobQuestionAnswered(frame: Frame, question: string): Promise<boolean> {
    const kind = jobQuestion(question) ?? jobQuestion(this.t.turn.redactedText);
    // (A return or exchange on the table has its own rules for "a new one": the return flow answers it.)
    if (!kind || (kind === 'replacement' && isClaim(frame))) return false;
    const answer = await jobQuestionAnswer(kind, { tools: this.t.tools, lang: this.lang, text: this.t.turn.redactedText, waiting: false });
    if (!answer) return false;
    this.out.citations.push(...answer.citations);
    this.out.say(answer.text);
    if (answer.note) await this.noteForPerson(frame, answer.note);
    return true;
  }

  /** A question nothing answers, asked while a request is being taken: written down for the person; true when it was. */
  private async questionWrittenDown(frame: Frame, question: string): Promise<boolean> {
    // (Only a request that ends in a ticket, or one already filed, has somewhere to write it.)
    const taking = ['repair', 'return', 'complaint', 'reschedule', 'cancelVisit', 'deliveryDamage'].includes(frame.flow) || this.state.filed.length > 0;
    if (!taking || frame.stage === 'feedback' || frame.stage === 'offer') return false;
    const filed = await this.noteForPerson(frame, questionsNote([question]));
    this.out.sayUnanswered(questionWrittenDown(this.lang, filed));
    return true;
  }

  /** Written on the ticket filed in this conversation, or kept on the frame until the request is filed; true when on a ticket now. */
  private async noteForPerson(frame: Frame, note: string): Promise<boolean> {
    const ticket = this.state.filed.at(-1);
    if (ticket && (await this.t.tools.call('updateTicket', { ticketNumber: ticket, note })).ok) return true;
    frame.openQuestions = [...new Set([...frame.openQuestions, note])];
    return false;
  }

  /** The questions kept while the form was filled, on the ticket just filed. */
  private async openQuestionsOnTicket(frame: Frame): Promise<void> {
    const ticket = this.state.filed.at(-1);
    if (!frame.openQuestions.length || !ticket) return;
    await this.t.tools.call('updateTicket', { ticketNumber: ticket, note: frame.openQuestions.join('\n') });
    frame.openQuestions = [];
  }

  /** A loan unit asked for: said honestly, and noted on the filed ticket for the person handling it. */
  private async loanRequest(): Promise<void> {
    const ticket = this.state.filed.at(-1);
    const noted = ticket ? (await this.t.tools.call('updateTicket', { ticketNumber: ticket, note: LOAN_NOTE })).ok : false;
    this.out.say(loanAnswer(this.lang, noted ? ticket : undefined));
  }

  /** An angry complaint handed over: what went wrong named back in our words and written on the ticket (bot/engine/complaint-heard.ts). */
  private async complaintOnTicket(reason: HandoffResult['reason'], handed: unknown): Promise<string | undefined> {
    const parts = reason === 'angry' ? complaintIn(this.t.turn.text) : undefined;
    const ticket = (handed as { ticket?: { number?: string } } | undefined)?.ticket?.number;
    if (!parts || !ticket) return undefined;
    await this.t.tools.call('updateTicket', { ticketNumber: ticket, note: complaintNote(parts) });
    return complaintHeard(parts, this.lang);
  }

  /** Demands made with the request for a person (a complaint, a replacement, a manager): on the ticket and said back (bot/engine/demands-heard.ts). */
  private async demandsOnTicket(handed: unknown): Promise<void> {
    const demands = demandsIn(this.t.turn.text);
    const ticket = (handed as { ticket?: { number?: string } } | undefined)?.ticket?.number;
    // Handed over with no new ticket (an earlier case chased): the demand went with the handoff.
    if (demands.length && !ticket) this.out.say(demandsPassedOn(demands, this.lang));
    if (!demands.length || !ticket) return;
    await this.t.tools.call('updateTicket', { ticketNumber: ticket, note: demandsNote(demands) });
    this.out.say(demandsHeard(demands, this.lang, ticket));
  }

  /** The safety notes of the case this message's fault matches, if it describes one. */
  private async safetyWhileWaiting(): Promise<string[]> {
    const facts = factsOf(this.state);
    // A leaking dishwasher or washer: how to stop the leak for now, not a note from a case about its filter.
    const category = facts.category ?? this.t.turn.understanding.slots.category;
    if (leakDescribed(this.t.turn.redactedText, category)) return [leakFirstAidLine(category, this.lang)];
    const described = this.t.turn.understanding.intent === 'fault_report' || this.t.turn.understanding.secondaryIntents.includes('fault_report');
    if (!described || !(facts.category ?? this.t.turn.understanding.slots.category)) return [];
    const query = [facts.brand, facts.category ?? this.t.turn.understanding.slots.category, facts.errorCode, this.t.turn.redactedText].filter(Boolean).join(' ');
    const result = await this.t.tools.call('searchKnowledge', { query: query.slice(0, 500) });
    const hits = result.ok ? (result.result as { hits: KnowledgeHit[] }).hits : [];
    // Only a note about the fault they described, from that product's case (bot/engine/waiting-safety-case.ts).
    const fits = waitingSafetyNotes(hits, { ...facts, category: (facts.category ?? this.t.turn.understanding.slots.category)! }, this.t.turn.redactedText, this.state.energy);
    if (!fits) return [];
    this.out.citations.push(fits.id);
    return [(this.lang === 'zh' ? '等待期间请先注意：' : 'While you wait: ') + fits.notes.join(this.lang === 'zh' ? '；' : '; ')];
  }

  private social(commands: Command[]): void {
    const say = (k: keyof typeof SOCIAL) => this.out.say(SOCIAL[k][this.lang]);
    // ("没事了 谢谢" after "glad it works" was already said: a thanks, not the same line again.)
    const gladSaid = [SOCIAL.glad, SOCIAL.gladNotFiled, VISIT_PUT_OFF].some((line) => this.state.lastReply?.includes(line[this.lang]));
    if (has(commands, 'fixed') && !(gladSaid && (has(commands, 'thanks') || has(commands, 'bye')))) say('glad');
    else if (has(commands, 'bye')) say('bye');
    else if (has(commands, 'thanks')) say('thanks');
    else if (has(commands, 'outOfScope')) say(this.state.lastReply?.includes(SOCIAL.outOfScope[this.lang]) ? 'outOfScopeAgain' : 'outOfScope');
    else if (has(commands, 'greeting')) say(isPresenceCheck(this.t.turn.text) ? 'here' : 'greeting');
    // "你是AI吧": what the assistant is, honestly; "what can you do?": what it does.
    else say(assistantQuestion(this.t.turn.text) === 'identity' ? 'whoAmI' : 'help');
  }

  /** A new job starts with the product already talked about, unless this message names another. */
  private push(flow: FlowName, ticketType?: Frame['ticketType'], named?: string): void {
    const known = this.state.product;
    const same = !named || !known.category || named === known.category;
    const carried = same ? { ...known } : {};
    const frame = frameSchema.parse({ flow, facts: { ...carried, ...this.state.pending }, ticketType });
    this.state.stack.push(frame);
    // "ok fix it" after a warranty or cost question: the fault told at the start is the repair's problem.
    takeOpenFault(this.state, frame);
  }

  /** The top flow becomes another, carrying its problem facts (fault -> repair keeps the fault). */
  private replaceTop(flow: FlowName, ticketType?: Frame['ticketType'], from: Frame | undefined = top(this.state)): void {
    const facts = from ? { ...from.facts } : {};
    this.state.stack = this.state.stack.filter((f) => f !== from);
    // What the customer already said they cannot give ("不知道型号") is not asked again by the next job.
    const frame = frameSchema.parse({ flow, facts, ticketType, skipped: from ? [...from.skipped] : [], returnWish: from?.returnWish, toldWith: from?.toldWith });
    this.state.stack.push(frame);
    // (A repair taken up from a warranty answer's offer: the troubleshooting below it gives its fault.)
    takeOpenFault(this.state, frame);
  }

  /**
   * Puts a fact where it belongs. The problem's description is kept from the message that gave
   * it: "还是不行" later adds nothing to it, unless the customer corrects it.
   */
  private assign(slot: SlotName, value: string, correction = false): void {
    if (isContactSlot(slot)) {
      // (The empty address correction only asks for the whole address: it never wipes the one kept.)
      if (slot === 'address' && !value) return;
      // "地址后面还有 丰德国际2栋1803": the rest of the address is added, not put in its place.
      const before = this.state.contact.address;
      // (Numbered parts it already has, "3栋402" after "…小区3栋", are merged by component, never written twice.)
      if (slot === 'address' && before && !correction && !value.includes(before) && !before.includes(value) && !PLACE_WORDS.test(value))
        value = mergeNumberedComponents(before, value) ?? `${before}${this.lang === 'zh' ? '' : ', '}${value}`;
      this.state.contact[slot] = value;
      return;
    }
    const frame = top(this.state);
    const facts = frame ? frame.facts : this.state.pending;
    // Another ticket number than the one (or the phone) a code went out for: that proof starts afresh.
    // (The same number sent again with no code is asked afresh too: the tool then checks the lockout, as for any new proof.)
    if (slot === 'ticketNumber' && frame?.challenged && (frame.facts.ticketNumber !== value || !/(?<!\d)\d{6}(?!\d)/.test(this.t.turn.text))) {
      frame.challenged = false;
      delete frame.facts.proofCode;
    }
    if (slot === 'symptom' && !correction) {
      // Only the fault is the problem: "我要报修", "???你到底有没有登记", "seriously?" never become it.
      // (Nor is a fear beside it, "吓得以为着火了": nothing of what the product does, feared-hazards.ts.)
      const fault = faultWords(withoutFearedHazards(value));
      // (Nor is when they are free, "下午都在家", whichever brain read it as the problem: not-a-problem.ts.)
      if (!fault || onlyAVisitTime(value)) return;
      // Another fault sentence about the same problem ("水箱一直是空的") is joined to it; a restatement is not.
      // (What is kept may still hold the words around the fault: compared by its fault alone.)
      // (A problem that only asked for a return, "I want to exchange my TV", gives way to the fault told after it: wish-only-problem.ts.)
      const before = facts.symptom && !onlyAReturnWish(facts.symptom) && (faultWords(facts.symptom) ?? facts.symptom);
      // Later messages add only a new symptom, once: never a question, a complaint or the fault said again.
      // (A problem told only as "broken" takes whatever the customer then says it does, whole: the details are the problem.)
      const added = before ? (vagueFault(before) && !vagueFault(fault) ? fault : addedFault(before, value)) : fault;
      if (before && !added) value = before;
      // A problem already long keeps what it has rather than being cut in the middle of a word.
      else value = before ? (before.length + added!.length < 300 ? `${before}${/[\u4e00-\u9fff]/.test(added!) ? '；' : '; '}${added}` : before) : fault;
    }
    // Another code than the one in the problem's words: the old code goes from them, not both kept.
    if (slot === 'errorCode' && facts.errorCode && facts.symptom) facts.symptom = swapCode(facts.symptom, facts.errorCode, value);
    facts[slot] = value;
    if ((PRODUCT_FACTS as readonly string[]).includes(slot)) {
      // Another product named: what was known of the last one no longer applies.
      if (slot === 'category' && this.state.product.category && this.state.product.category !== value) {
        this.state.product = {};
        this.state.energy = energySourceIn(this.t.turn.text);
        this.state.working = workingPartsIn(this.t.turn.text);
      }
      this.state.product[slot as (typeof PRODUCT_FACTS)[number]] = value;
    }
  }

  private kit(frame: Frame): FlowKit {
    const facts = factsOf(this.state, frame);
    // Facts a flow fills in (a category found from the case) land on the frame.
    const live = new Proxy(facts, {
      set: (target, key, value) => {
        (target as Record<string, unknown>)[key as string] = value;
        if (!isContactSlot(key as SlotName)) (frame.facts as Record<string, unknown>)[key as string] = value;
        return true;
      },
    });
    return {
      lang: this.lang,
      facts: live,
      frame,
      turn: this.t.turn,
      tools: this.t.tools,
      filed: this.state.filed,
      unfound: frame.unfound ?? this.state.stack.findLast((f) => f.unfound)?.unfound ?? this.state.unfound,
      energy: this.state.energy,
      booking: this.state.stack.some((f) => f !== frame && f.flow === 'repair'),
      declined: this.state.declined,
      stacked: this.state.stack.indexOf(frame) > 0,
      rejectedCases: this.state.rejectedCases,
      working: this.state.working,
      say: (text) => this.out.say(text),
      quick: (options) => (this.out.quickReplies = options),
      cite: (id) => this.out.citations.push(id),
      cited: (id) => this.out.citations.includes(id),
      saidBefore: (text) => Boolean(text && this.state.lastReply?.includes(text)),
      previousReply: this.state.lastReply,
      saysNow: (text) => Boolean(text && this.out.parts.some((part) => part.includes(text))),
    };
  }

  /** Whether the customer's message asks something (a digression read, or a question mark, 吗, 么). */
  private asksSomething(): boolean {
    // ("what can you do?" is answered by what the assistant does: that reply is no bare acknowledgement.)
    if (has(this.t.commands, 'chitchat') && assistantQuestion(this.t.turn.text)) return false;
    return has(this.t.commands, 'ask') || /[?？]|[吗么呢][\s。!！]*$/.test(this.t.turn.text.trim());
  }

  /** Replies that only acknowledge, whatever was said. */
  private acknowledgements(): string[] {
    return [cancelled(undefined, this.lang), SOCIAL.noThanks[this.lang], SOCIAL.anythingElse[this.lang], SOCIAL.thanks[this.lang], SOCIAL.help[this.lang]];
  }

  /** The question of a message that got only an acknowledgement: looked up, or said plainly to be unanswered here, with the next step. */
  private async answerLeftOver(): Promise<void> {
    const question = (first(this.t.commands, 'ask')?.question ?? this.t.turn.redactedText).slice(0, 300);
    if (this.safetyAnswer(question, '', Boolean(top(this.state)))) return;
    const answer = await lookUpAnswer({ tools: this.t.tools, facts: factsOf(this.state) }, question);
    if (answer) {
      this.out.citations.push(answer.id);
      this.out.say(answerWithSource(answer, this.lang));
      return;
    }
    // The topic in our own words ("关于费用"), never the customer's text quoted back.
    const topic = topicName(questionTopic(question), this.lang);
    this.out.say(this.lang === 'zh' ? `${topic}，我这里没有确切的资料，不想给您说错。` : `${topic[0]!.toUpperCase()}${topic.slice(1)}, I don't have reliable information and won't guess.`);
    this.out.say(
      this.lang === 'zh'
        ? '可以回复“转人工”请客服确认；如果需要维修或安装，我也可以帮您登记，工程师联系您时一并说明。'
        : 'Reply "human" and a person will confirm it; if you need a repair or installation, I can register it and the engineer will explain when they call.',
    );
  }

  /** Where the conversation stands, for saying something other than a repeat. */
  private standing(): Standing {
    const stage = top(this.state)?.stage;
    return stage ?? 'none';
  }

  private done(): BrainReply {
    const voiced = withOneVoice(this.out.parts, this.out.unnamedUnanswered, this.out.citations.length > 0);
    let text = withoutRepeatedBlocks(oneApology(voiced, this.lang)).join('\n');
    // Never the same words again (issue 16): the reply that would repeat one of the last two changes what it does instead.
    // (A question answered with part of what was said before, "退不了只能换？" -> the rule again, is an answer; the same words whole are not.)
    const same = (earlier?: string) => repeats(text, earlier) && (!this.asksSomething() || text.trim() === earlier?.trim());
    // A follow-up the answer just given already speaks to ("so that one goes sooner? our water is murky"):
    // the sentences that speak to it, quoted back, rather than the whole again or a menu (answer-detail.ts).
    const detail =
      (same(this.previous.lastReply) || same(this.previous.replyBefore)) && (this.asksSomething() || asksInWords(this.t.turn.text))
        ? answerDetail(text, this.t.turn.redactedText, this.lang)
        : undefined;
    if (detail && ![this.previous.lastReply, this.previous.replyBefore].some((e) => e?.includes(detail))) text = detail;
    else if (same(this.previous.lastReply) || same(this.previous.replyBefore)) {
      const frame = top(this.state);
      const slot = frame?.stage === 'collect' && this.state.awaiting ? FLOWS[frame.flow].slots.find((s) => s.slot === this.state.awaiting) : undefined;
      const second = slot ? (slot.askFor?.(factsOf(this.state, frame), this.t.turn.text) ?? slot.ask)[1][this.lang] : undefined;
      const ask = second && !this.previous.lastReply?.includes(second) ? second : undefined;
      text = insteadOfRepeat(this.standing(), this.lang, this.previous.rephrased, ask, text);
      this.state.rephrased = this.previous.rephrased + 1;
    } else if (text) this.state.rephrased = 0;
    // A customer abroad hears whose clock a promised time is on (china-time-note.ts).
    const clock = chinaTimeNote(text, factsOf(this.state).phone, this.lang);
    if (clock) text = `${text}\n${clock}`;
    this.state.replyBefore = this.previous.lastReply;
    this.state.lastReply = text;
    // An offer set aside for a question and not said again stays open for the next message's booking facts.
    const left = this.lapsed && !this.state.stack.includes(this.lapsed) && isVisitOffer(this.lapsed);
    this.state.offerLeft = left ? this.lapsed : undefined;
    // The question to answer again when the customer says only that they have asked already.
    const asked = first(this.t.commands, 'ask')?.question ?? (this.asksSomething() || asksInWords(this.t.turn.text) || this.out.citations.length ? this.t.turn.redactedText : undefined);
    if (asked && !this.askedAgain) this.state.lastQuestion = asked.slice(0, 300);
    return { text, policy: this.state, citations: this.out.citations, quickReplies: this.out.quickReplies };
  }
}

export function runEngine(turn: EngineTurn): Promise<BrainReply> {
  return new ConversationEngine(turn).run();
}

/** A "question" with no words of its own: an interjection or a bare "what?". */
function wordless(question: string): boolean {
  return !/[\u4e00-\u9fff]{2,}|[a-z]{3,}/i.test(question.replace(/[啊呃嗯哈哦噢诶欸]|什么|啥|\b(?:huh|what|eh|hmm+|sorry|pardon)\b/gi, ''));
}

/** The questions of a message, one per answer; installing a new appliance ("who installs it and is it free?") is one topic the installation rules answer whole. */
function questionsIn(text: string, message: string): string[] {
  return asksNewInstall(message) ? [text] : splitQuestions(text);
}

/** A return or exchange request (the return flow, or a claim form carried over from it). */
function isClaim(frame: Frame): boolean {
  return frame.flow === 'return' || frame.ticketType === 'warranty_claim';
}
