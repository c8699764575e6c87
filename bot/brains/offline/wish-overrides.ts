/**
 * The customer's wish read over the words that look like something else (issue 16, intents):
 * - a routine-care question ("要不要定期排污", "how often should I descale") is a question to answer,
 *   never a fault to troubleshoot;
 * - damage our own people did (an installer's scratch, a delivery dent, an engineer's mess) is a
 *   complaint about the service, never a fault questionnaire;
 * - a booked visit changed ("原定明天上午上门，能改一下吗") is a reschedule, and one called off
 *   ("上门取消吧", "cancel the appointment") is the cancel-visit job, not a new repair nor a bare "OK".
 * Applied last to the rules' commands, so each reading replaces the one it corrects and nothing else.
 */
import type { TurnInput } from '../../brain';
import type { Command } from '../../engine/commands';
import { top, type EngineState } from '../../engine/engine-state';
import { careTask } from '../../understanding/care-question';
import { arrivedDamaged } from '../../understanding/arrival-damage';
import { wantsPartInstead } from '../../understanding/part-instead';
import { damageByUs } from '../../understanding/damage-by-us';
import { CANCEL_WORD, cancelsBooking, cancelsNamedVisit, cancelsVisit } from '../../understanding/visit-cancel';
import { wantsToBuy } from '../../understanding/buy-wish';
import { upkeepVisit, wantsVisit } from '../../understanding/visit-wish';
import { changesBooking, bookedVisitNamed, isOldSlot } from '../../understanding/booking-change';
import { visitQuestion } from '../../understanding/visit-question';
import { othersComplaintAbout, passesOnComplaint } from '../../understanding/others-complaint';
import { classifyIntent } from '../../understanding/intent';
import { extractSlots } from '../../understanding/slots';
import { faultWords } from '../../engine/problem-words';

const drop = (commands: Command[], unwanted: (c: Command) => boolean) => {
  for (let i = commands.length - 1; i >= 0; i--) if (unwanted(commands[i]!)) commands.splice(i, 1);
};

/** Jobs a misreading starts: a fault, a repair form, a status lookup, a complaint or a return. */
const isJobStart = (c: Command) => c.kind === 'start' && !c.facts;

export function applyWishes(turn: TurnInput, state: EngineState, commands: Command[], question: () => string): void {
  const text = turn.text.trim();
  const from = text.slice(0, 120);
  const frame = top(state);
  const u = turn.understanding;
  if (u.safety || commands.some((c) => c.kind === 'danger' || c.kind === 'human')) return;
  // A visit being moved is a booked visit, even while its ticket is still being looked for.
  const moving = frame?.flow === 'reschedule';
  // Asking to cancel a visit says it was booked (in another chat, by phone...): unless a visit is being set up
  // here right now, where "取消预约" calls off that booking form, not one already made.
  const settingUpVisit = state.filed.length === 0 && frame !== undefined && ['repair', 'fault'].includes(frame.flow);
  // (A ticket number named in this chat that found nothing here is still a booking: made by phone or elsewhere.)
  const booked =
    state.filed.length > 0 || turn.openTickets.length > 0 || Boolean(state.unfound) || bookedVisitNamed(text) || moving || cancelsNamedVisit(text) || (cancelsBooking(text) && !settingUpVisit);

  // Calling off a booked visit: the cancel-visit job, with the reason said (if any) kept for the ticket.
  // "那就取消吧" while a reschedule looks for the ticket calls off the visit, not the reschedule request.
  const cancelling = booked && frame?.flow !== 'cancelVisit' && (cancelsVisit(text) || (CANCEL_WORD.test(text) && (!frame || moving)));
  if (cancelling && (!frame || frame.stage !== 'collect' || !['repair', 'return'].includes(frame.flow) || cancelsVisit(text))) {
    drop(commands, (c) => isJobStart(c) || ['cancel', 'declineVisit', 'ask', 'outOfScope', 'deny', 'affirm', 'fixed', 'notFixed'].includes(c.kind) || (c.kind === 'set' && c.slot === 'symptom'));
    commands.push({ kind: 'start', flow: 'cancelVisit', from });
    // Moving turned to calling off: the ticket number already found missing is not asked for again.
    if (moving && !frame.facts.ticketNumber && (state.asks['reschedule:ticketNumber'] ?? 0) > 0) commands.push({ kind: 'skip', slot: 'ticketNumber', from });
    return;
  }

  // Changing a booked visit without naming what to ("能改一下吗", "can we change that?"): a reschedule.
  if (booked && frame?.flow !== 'reschedule' && frame?.flow !== 'cancelVisit' && changesBooking(text, state.lastReply) && !commands.some((c) => c.kind === 'start' && c.flow === 'reschedule')) {
    drop(commands, (c) => isJobStart(c) || ['ask', 'outOfScope', 'cancel', 'declineVisit'].includes(c.kind) || (c.kind === 'set' && c.slot === 'symptom'));
    commands.push({ kind: 'start', flow: 'reschedule', from });
  }
  // Moving the visit: a time named as the booking ("原定明天上午", "booked for Friday afternoon") is the old
  // one, and with no new time in this message the time given at booking is never taken as the new one.
  if (commands.some((c) => c.kind === 'start' && c.flow === 'reschedule') && frame?.flow !== 'reschedule') {
    drop(commands, (c) => c.kind === 'set' && c.slot === 'preferredTime' && isOldSlot(text, c.value));
    if (state.contact.preferredTime && !commands.some((c) => c.kind === 'set' && c.slot === 'preferredTime')) commands.push({ kind: 'correct', slot: 'preferredTime', value: '', from });
    return;
  }

  // Buying a part, an accessory or a new one: where to buy and whether it is covered, never a repair form.
  // (Questions alone, with no job started, are each answered by the question path: "滤芯多久换？你们卖吗？".)
  if (wantsToBuy(text) && (frame ? ['fault', 'repair'].includes(frame.flow) : commands.some(isJobStart) || !commands.some((c) => c.kind === 'ask'))) {
    drop(commands, (c) => isJobStart(c) || ['ask', 'outOfScope', 'notFixed', 'deny', 'cancel'].includes(c.kind) || (c.kind === 'set' && c.slot === 'symptom'));
    // The repair or troubleshooting on the table is dropped (engine.ts closes it without a word when a question comes with it).
    if (frame) commands.push({ kind: 'cancel', from });
    // Asked as where to buy, so the where-to-buy entry answers it (the fault words would find a repair case).
    const where = /[\u4e00-\u9fff]/.test(text) ? '配件、耗材在哪里买' : 'where to buy parts and consumables';
    commands.push({ kind: 'ask', question: where, from });
    return;
  }

  // Asking for a visit after any answer (a care tip, a how-to): the booking starts with what is known.
  if (wantsVisit(text) && frame?.flow !== 'repair') {
    const booking = commands.find((c) => c.kind === 'start' && c.flow === 'repair');
    // (A question about the visit asked with it, "if I book it, how soon can they come?", is still answered.)
    const aboutVisit = Boolean(visitQuestion(text));
    drop(commands, (c) => (isJobStart(c) && c !== booking) || (c.kind === 'ask' && !aboutVisit) || ['outOfScope', 'notFixed', 'deny', 'declineVisit'].includes(c.kind));
    if (!booking) commands.push({ kind: 'start', flow: 'repair', from });
    // An upkeep visit has no fault to describe: what it is for is the problem written on the booking.
    const known = state.stack.some((f) => f.facts.symptom) || commands.some((c) => c.kind === 'set' && c.slot === 'symptom');
    if (upkeepVisit(text) && !known) commands.push({ kind: 'set', slot: 'symptom', value: /[\u4e00-\u9fff]/.test(text) ? '上门保养（日常维护）' : 'maintenance visit (routine care)', from });
    return;
  }

  // "just send me the part instead" after an arrival defect was heard, or with it in one message ("the shelf came
  // cracked, can you post me a new one"): the part request it is (part-request-flow.ts), the defect and the wish
  // in the customer's words; never a return they did not want, nor a repair with a visit they did not ask for.
  const partAfterDefect = frame && ['deliveryDamage', 'return'].includes(frame.flow) && wantsPartInstead(text);
  const partWithDefect = (!frame || frame.stage === 'collect') && frame?.flow !== 'partRequest' && arrivedDamaged(text) && wantsPartInstead(text);
  if (partAfterDefect || partWithDefect) {
    drop(commands, (c) => isJobStart(c) || ['ask', 'outOfScope', 'deny', 'affirm', 'cancel', 'declineVisit', 'notFixed'].includes(c.kind) || (c.kind === 'set' && c.slot === 'symptom'));
    // (A fault or return being asked about is dropped for the part; after the delivery-damage answer the part follows it.)
    if (frame && !partAfterDefect) commands.push({ kind: 'cancel', from });
    const defect = partAfterDefect ? (frame.facts.symptom ?? '') : '';
    const what = [defect, text].filter(Boolean).join(' / ').slice(0, 200);
    commands.push({ kind: 'start', flow: 'partRequest', from }, { kind: 'set', slot: 'symptom', value: what, from });
    return;
  }

  // A new product that arrived damaged: the delivery-damage report (the 7/15-day options, a photo, the request
  // offered), never a fault case, the delivery or invoice rules, nor the return questions before it is heard.
  if (arrivedDamaged(text) && (!frame || (frame.stage === 'collect' && ['fault', 'return'].includes(frame.flow)))) {
    drop(commands, (c) => isJobStart(c) || ['ask', 'outOfScope', 'notFixed', 'deny', 'cancel'].includes(c.kind) || (c.kind === 'set' && c.slot === 'symptom'));
    if (frame) commands.push({ kind: 'cancel', from });
    commands.push({ kind: 'start', flow: 'deliveryDamage', from }, { kind: 'set', slot: 'symptom', value: text.slice(0, 300), from });
    return;
  }

  // Damage our people did: a complaint about the service, heard and filed, never a fault to troubleshoot.
  if (damageByUs(text) && !frame) {
    drop(commands, (c) => isJobStart(c) || ['ask', 'outOfScope', 'notFixed', 'deny'].includes(c.kind));
    commands.push({ kind: 'start', flow: 'complaint', from });
    return;
  }

  // A neighbour's, landlord's or family member's complaint passed on: the product's problem they complained of is
  // what to help with, not a complaint about us to hand over ("物业说楼下投诉我家外机滴水").
  const about = passesOnComplaint(text) ? othersComplaintAbout(text) : undefined;
  if (about && !frame && (faultWords(about) || classifyIntent(about, extractSlots(about)).intent === 'fault_report') && classifyIntent(about, extractSlots(about)).intent !== 'complaint') {
    drop(commands, (c) => (c.kind === 'start' && !c.facts && ['complaint', 'fault', 'repair'].includes(c.flow)) || (c.kind === 'set' && c.slot === 'symptom') || c.kind === 'outOfScope');
    commands.push({ kind: 'start', flow: 'fault', from }, { kind: 'set', slot: 'symptom', value: about.slice(0, 300), from });
    return;
  }

  // A routine-care question: answered as a question (from a care entry or honestly not), never a fault case.
  if (careTask(text) && !commands.some((c) => c.kind === 'cancel')) {
    drop(
      commands,
      (c) =>
        (c.kind === 'start' && !c.facts && ['fault', 'repair', 'complaint', 'status'].includes(c.flow)) ||
        (c.kind === 'set' && c.slot === 'symptom') ||
        c.kind === 'outOfScope' ||
        c.kind === 'notFixed',
    );
    if (!commands.some((c) => c.kind === 'ask')) commands.push({ kind: 'ask', question: question(), from });
  }
}
