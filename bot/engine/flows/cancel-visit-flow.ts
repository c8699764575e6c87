/**
 * Cancelling a booked visit (取消上门): which visit is said back and confirmed, the request is put
 * on that ticket for the desk and the engineer, and the customer hears honestly what happens next.
 * The bot may not change a ticket's status (bot/tools/update-ticket.ts), so it never says the
 * visit "is cancelled": the desk confirms it, and an engineer who calls first is simply told.
 * A reason is asked for once, with the confirmation, and never insisted on. The ticket is found
 * as a reschedule finds it (reschedule-flow.ts): filed here, the customer's own, or by the phone.
 */
import type { CustomerTicketView } from '../../tools/ticket-view';
import { cannotVerify } from '../../understanding/cannot-verify';
import { visitReason } from '../../understanding/visit-cancel';
import type { Bilingual } from '../commands';
import { productName, promiseTime } from '../wording';
import type { FlowKit, FlowSpec } from './flow';
import { personHelpsWithoutCode, phoneSlot, proofCodeSlot } from './phone-lookup';
import { ticketInSight, whichTicket } from './reschedule-flow';
import { onlyUnfound, passUnfoundRequest } from './unfound-ticket-request';

const ASK_TICKET: [Bilingual, Bilingual] = [
  {
    zh: '请把要取消上门的工单号发给我（报修短信里以 AS- 开头的编号）；找不到的话，告诉我报修时留的手机号也行。',
    en: "Which ticket is the visit you want to cancel? Send me its number (it starts with AS-, in the text we sent), or the mobile number you gave when booking if you can't find it.",
  },
  {
    zh: '工单号在报修成功的短信里，形如 AS-20260101-XXXX；找不到的话，发报修时留的手机号给我也行。',
    en: "The number is in the text we sent when you booked, like AS-20260101-XXXX; if you can't find it, send me the mobile number you gave instead.",
  },
];

/** The ticket known without a lookup: named, filed in this chat, or the customer's only open one. */
const knownTicket = (kit: FlowKit): string | undefined => kit.facts.ticketNumber ?? kit.filed.at(-1) ?? (kit.turn.openTickets.length === 1 ? kit.turn.openTickets[0] : undefined);

/** Words of the phone or the texted code: without them, "工单号找不到" / "I can't find the ticket number" lost only the number. */
const PHONE_OR_CODE = /手机|电话|短信|验证码|\b(?:phone|mobile|cell|code|text|sms|message)\b/i;

/**
 * The customer says the ticket cannot be proved (no code, phone forgotten, or no number once the phone was
 * tried) and none is known: a person takes it. A lost number alone is not that: the phone on the ticket is asked.
 */
const unprovable = (kit: FlowKit): boolean => !knownTicket(kit) && cannotVerify(kit.turn.text) && (PHONE_OR_CODE.test(kit.turn.text) || Boolean(kit.facts.phone) || kit.frame.challenged);

export const cancelVisitFlow: FlowSpec = {
  name: 'cancelVisit',
  title: { zh: '取消上门申请', en: 'request to cancel the visit' },
  // Not "the request to cancel is cancelled": nothing was touched, so the visit stands as booked.
  calledOff: { zh: '好的，那就不取消了，上门安排照旧。', en: "OK, I won't cancel it; the visit stays as it was booked." },
  slots: [
    {
      slot: 'ticketNumber',
      required: true,
      ask: ASK_TICKET,
      without: { zh: '没关系，用报修时留的手机号也能查到。', en: 'No problem: the phone number on the ticket finds it too.' },
      knownFrom: (kit) => ticketInSight(kit) || Boolean(kit.facts.phone) || unprovable(kit) || onlyUnfound(kit),
    },
    {
      ...phoneSlot((kit) => ticketInSight(kit) || Boolean(kit.facts.ticketNumber) || unprovable(kit) || onlyUnfound(kit)),
      // Not the lookup's "reply human": without number or phone the cancel request goes to a person at once (unverified).
      without: { zh: '手机号也想不起来的话没关系。', en: "That's all right if you can't remember the phone number either." },
    },
    proofCodeSlot(personHelpsWithoutCode({ zh: '取消', en: 'cancel the visit for you' }), (kit) => !kit.frame.challenged || unprovable(kit)),
  ],
  // Which visit is said back before anything is written: a customer with two tickets hears which one.
  confirms: (kit) => Boolean(knownTicket(kit)),
  confirm(kit) {
    const number = knownTicket(kit)!;
    const reason = visitReason(kit.turn.text) ?? kit.frame.facts.symptom;
    // Kept on the frame (as its problem words) for the note written when the customer says yes.
    if (reason) kit.frame.facts.symptom = reason;
    const why = reason
      ? ''
      : kit.lang === 'zh'
        ? '方便的话顺便说一下原因（比如已经好了、时间不合适），不说也没关系。'
        : "If you like, tell me why (it works again, the time doesn't suit...); you don't have to.";
    return kit.lang === 'zh'
      ? `跟您确认一下：要取消的是工单 ${number} 的上门维修，对吗？回复“对”我就登记取消。${why}`
      : `Just to check: you want to cancel the visit for ticket ${number}? Reply "yes" and I'll put the cancellation on it. ${why}`.trim();
  },
  async finish(kit) {
    if (onlyUnfound(kit)) {
      const reason = visitReason(kit.turn.text) ?? kit.frame.facts.symptom;
      const note = `客户要求取消上门${reason ? `，原因：「${reason}」` : ''}，请核实后取消派工 / Customer asks to cancel the visit${reason ? ` (reason: "${reason}")` : ''}`;
      return passUnfoundRequest(kit, { zh: '取消上门', en: 'cancel the visit' }, note);
    }
    if (unprovable(kit)) return unverified(kit);
    const found = await whichTicket(kit);
    if (typeof found !== 'string') return 'done' in found ? unverified(kit) : found;
    return cancelOn(kit, found);
  },
};

/**
 * No ticket could be found (no number, no phone, or the code never came): said plainly, and the cancel
 * request goes to a person with what is known, so the visit is still called off; never a repair form.
 */
function unverified(kit: FlowKit) {
  kit.frame.facts.symptom = `客户要求取消已预约的上门，但未能核实工单 / Customer asks to cancel a booked visit; the ticket could not be verified${kit.frame.facts.symptom ? ` (${kit.frame.facts.symptom})` : ''}`;
  kit.say(
    kit.lang === 'zh'
      ? '没有工单号和验证码，我这边核实不了是哪一张工单，所以不能直接登记取消。我把您的取消要求连同聊天记录转给人工客服：客服核实身份后会帮您取消上门，并联系您确认；如果在那之前工程师打电话来，直接告诉他不用来了就行。'
      : "Without the ticket number or the code I can't check which ticket it is, so I can't put the cancellation on it myself. I'm passing your cancel request and this chat to a person: they will check who you are, call off the visit and contact you to confirm. If the engineer calls before then, just tell them not to come.",
  );
  return { handoff: 'stuck' as const };
}

async function cancelOn(kit: FlowKit, number: string) {
  const zh = kit.lang === 'zh';
  // The reason, in the customer's words, from this message or the one that asked to cancel (kept as the frame's problem words).
  const reason = visitReason(kit.turn.text) ?? kit.frame.facts.symptom;
  const note = `客户要求取消上门${reason ? `，原因：「${reason}」` : ''}，请核实后取消派工。Customer asks to cancel the visit${reason ? ` (reason: "${reason}")` : ''}; please confirm and call off the engineer.`;
  const result = await kit.tools.call('updateTicket', { ticketNumber: number, note });
  if (!result.ok) {
    kit.say(
      zh ? `工单 ${number} 需要人工核对后才能取消，我把您的取消要求转给人工客服。` : `Ticket ${number} needs a person to check it before the visit can be called off; I'm passing your request on.`,
    );
    return { handoff: 'stuck' as const };
  }
  const ticket = result.result as CustomerTicketView;
  const product = ticket.category || ticket.brand ? productName({ brand: ticket.brand, category: ticket.category }, kit.lang) : '';
  const by = ticket.firstResponseDue ? promiseTime(ticket.firstResponseDue, kit.lang, undefined, kit.tools.context.now) : '';
  kit.frame.choices = [];
  kit.say(
    zh
      ? `已在工单 ${ticket.number}${product ? `（${product}）` : ''}上登记了取消上门的要求。我这边不能直接撤销派工，客服${by ? `会在 ${by} 前` : '会尽快'}核实并取消，工程师也会看到；如果在那之前工程师打电话来，直接告诉他不用来了就行。以后需要维修，随时找我重新约。`
      : `I've put your request to cancel the visit on ticket ${ticket.number}${product ? ` (${product})` : ''}. I can't call off the engineer myself: our staff will confirm the cancellation${by ? ` by ${by}` : ' soon'}, and the engineer will see it too. If the engineer calls before then, just tell them not to come. Whenever you need a repair again, I can book a new visit.`,
  );
  return { done: true as const };
}
