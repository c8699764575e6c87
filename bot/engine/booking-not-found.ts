/**
 * What follows "that number isn't one of ours" (or "no ticket with that number"), while the status
 * flow looks for the customer's earlier booking: the customer chases it ("booked on Saturday,
 * nobody has called"), asks whether we lost it, or asks to book again. Each gets a plain answer and
 * a way on: the lookup by the phone it was booked with (flows/phone-lookup.ts), a new booking, or
 * a person. Never a new repair form for the chase, never "I have no reliable information" for the
 * question, never a complaint handed over for the wish to book again.
 */
import type { Lang } from '../phrases';
import type { Bilingual } from './commands';
import type { EngineState, Frame } from './engine-state';
import { LOOKUP_WORDS } from './flows/phone-lookup';
import { STATUS_WORDS } from './flows/status-flow-words';
import { NUMBER_STILL_NOT_FOUND, NUMBER_STILL_NOT_FOUND_AGAIN } from './number-insisted';

/** The status flow still looking for a ticket without a number of ours (by phone, or before one is given). */
export function lookupUnderWay(state: EngineState): Frame | undefined {
  return state.stack.findLast((f) => f.flow === 'status' && !f.facts.ticketNumber);
}

/** Sorry for the wait (left out when the reply already owns the failure). */
export const WAIT_SORRY: Bilingual = {
  zh: '抱歉，报修以后一直没有下文，让您久等了。',
  en: "I'm sorry you've been left waiting with nothing happening since you booked.",
};

/** The lookup by the phone it was booked with, asked for, with a person as the other way. */
export const LOOK_UP_BY_PHONE: Bilingual = {
  zh: '我按您报修时留的手机号帮您查这一单：请把那个手机号发给我，我往那个手机发个验证码，核实后就能看到它到哪一步了。也可以回复“转人工”，请客服帮您查。',
  en: 'I\'ll look the booking up by the mobile number you gave when you booked: send me that number and I\'ll text a code to it, then I can see where it stands. Or reply "human" and a person will look into it.',
};

/** "Did you lose it?": not found under what was given, why that can be, and the three ways on. */
export function notLostLines(unfound: string | undefined, lang: Lang): string {
  if (lang === 'zh')
    return [
      unfound ? `按 ${unfound} 这个号，我这里确实查不到这一单。` : '我这里暂时还没查到您说的这一单。',
      '这不等于您没报过：如果当时是在商场、门店或者其他渠道（比如电商平台、别的电话）登记的，那边的单号不在我们的售后系统里，我从这里就看不到。可以这样办：',
      '1. 把报修时留的手机号发给我，我按手机号再查一次；',
      '2. 现在直接重新报修，告诉我产品、问题、地址和方便的时间就行，这样做您不会有任何损失；',
      '3. 回复“转人工”，请客服帮您核实。',
    ].join('\n');
  return [
    unfound ? `I've checked, and I can't find it under ${unfound}.` : "I haven't found that booking on my side yet.",
    "That doesn't mean you never booked it: if it was booked through the shop or another channel (an online store, another phone line), their number isn't in our service system, so I can't see it from here. What I can do:",
    '1. look it up by the mobile number you booked with: just send it to me;',
    '2. book the repair again now: tell me the product, the problem, your address and a good time. You lose nothing by doing that;',
    '3. or reply "human" and a person will check it for you.',
  ].join('\n');
}

/** The chase heard once a code went to the phone given: the code is the way in, or a person. */
export const LOOK_UP_BY_PHONE_SENT: Bilingual = {
  zh: '我正在按您给的手机号查这一单：请把短信里的6位验证码发给我，核实后就能看到它到哪一步了。收不到的话，回复“转人工”，请客服帮您查。',
  en: 'I\'m looking the booking up by the phone number you gave: send me the 6-digit code from the text message and I can see where it stands. If it doesn\'t come, reply "human" and a person will look into it.',
};

/** "Did you lose it?" once a code went to the phone given: nothing shows before the code, and why none may come. */
export const NOT_LOST_BY_PHONE: Bilingual = {
  zh: '在您把验证码发给我之前，我这里看不到这个手机号下的工单。如果几分钟内都没收到验证码，可能当时留的是别的号码，或者是在商场、门店等其他渠道登记的，那样我们的售后系统里就查不到。您可以：\n1. 收到验证码后发给我，或者换一个当时可能留的手机号；\n2. 现在直接重新报修，告诉我产品、问题、地址和方便的时间就行，这样做您不会有任何损失；\n3. 回复“转人工”，请客服帮您核实。',
  en: 'Until you send me the code I can\'t see the tickets under that phone. If no code comes within a few minutes, the booking may have been made with another number, or through the shop or another channel, and then it isn\'t in our service system. You can:\n1. send me the code when it comes, or another number you might have given;\n2. book the repair again now: tell me the product, the problem, your address and a good time. You lose nothing by doing that;\n3. or reply "human" and a person will check it for you.',
};

/** Booking again: said so, in one line, before the form's first question. */
export const BOOKING_AGAIN: Bilingual = {
  zh: '好的，这就帮您重新报修。',
  en: "OK, let's book it again now.",
};

/** Whether a reply asked for the phone a booking was made with (so a phone sent next is for the lookup). */
export function askedLookupPhone(reply: string | undefined): boolean {
  if (!reply) return false;
  const asked = [LOOKUP_WORDS.askNumberOrPhone, LOOKUP_WORDS.askPhone, LOOKUP_WORDS.askPhoneAgain, STATUS_WORDS.notFound, NUMBER_STILL_NOT_FOUND, NUMBER_STILL_NOT_FOUND_AGAIN, LOOK_UP_BY_PHONE];
  return (
    asked.some((w) => reply.includes(w.zh) || reply.includes(w.en)) || reply.includes(notLostLines(undefined, 'zh').split('\n')[2]!) || reply.includes(notLostLines(undefined, 'en').split('\n')[2]!)
  );
}
