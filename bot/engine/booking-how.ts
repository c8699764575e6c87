/**
 * "怎么报修？", "how do I book a repair?", "要怎么约师傅", "what do I need to do to get an engineer
 * out?" asked while a booking is already under way (issue 16, facts). The knowledge base's answer
 * ("tell me the model, what is wrong, your address and a convenient time") asked a customer who had
 * given all of that to say it again. Inside a booking the answer is the booking itself: what we
 * already have is kept, and the form goes on from where it stands (only what is missing is asked).
 */
import type { Lang } from '../phrases';
import type { Facts } from './engine-state';

const HOW_TO_BOOK =
  /(?:怎么|咋|如何|怎样|要怎么|该怎么|在哪|去哪|哪里)(?:样)?(?:才能|可以|能)?(?:报修|预约|约(?:个)?(?:师傅|上门|维修)|叫(?:个)?师傅|申请(?:维修|上门)|安排(?:师傅|上门)|让(?:师傅|人)(?:上门|来))|(?:报修|预约上门|约师傅)(?:要|得|需要)?(?:怎么|咋|如何)(?:弄|办|操作|做|搞)|(?:报修|预约)(?:流程|步骤|方式)|\bhow (?:do|can|should|would) (?:i|we) (?:book|arrange|get|request|schedule|set up|report)\b[^?]{0,40}(?:repair|visit|engineer|technician|someone|appointment|fault|service)|\bhow (?:to|does one) (?:book|arrange|get|request|schedule)\b[^?]{0,40}(?:repair|visit|engineer|technician|someone|appointment)|\bwhat (?:do i|should i|is the way to|'?s the way to)\b[^?]{0,30}(?:book|arrange|get)\b[^?]{0,30}(?:repair|visit|engineer|technician)|\b(?:where|how) (?:do|can) i (?:log|file|raise|open) (?:a |the )?(?:repair|ticket|case|request)|\bhow (?:do|can|should) (?:i|we) (?:actually |just |even |now |then )?(?:book|arrange|schedule|file|submit) (?:it|this|that|one)\b/i;

/** Whether the question asks how to book a repair or a visit. */
export const asksHowToBook = (question: string): boolean => HOW_TO_BOOK.test(question);

/**
 * The reply inside a booking: it is being booked right here, and what was given is kept (named, so
 * the customer sees it). `confirming`: the summary is on the screen, so the one step left is said.
 */
export function bookingUnderWay(facts: Facts, lang: Lang, confirming = false): string {
  const line = underWay(facts, lang);
  if (!confirming) return line;
  return lang === 'zh' ? `${line}上面的信息没问题的话回复“对”，我就提交。` : `${line} If the details above are right, reply "yes" and I will file it.`;
}

function underWay(facts: Facts, lang: Lang): string {
  const zh = lang === 'zh';
  const given = (
    [
      [facts.model, '型号', 'the model'],
      [facts.symptom ?? facts.errorCode, '故障', 'the problem'],
      [facts.address, '地址', 'the address'],
      [facts.phone, '电话', 'the phone number'],
      [facts.preferredTime, '上门时间', 'the visit time'],
    ] as const
  )
    .filter(([value]) => Boolean(value))
    .map(([, nameZh, nameEn]) => (zh ? nameZh : nameEn));
  if (!given.length) return zh ? '就在这里报修就行，我一步步问您。' : "You can book it right here; I'll ask you step by step.";
  return zh ? `就在这里报修就行，您已经告诉我的${given.join('、')}我都记着，不用再说一遍。` : `You're booking it right here: I have ${joinEn(given)} you gave me, no need to repeat them.`;
}

function joinEn(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
