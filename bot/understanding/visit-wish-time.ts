/**
 * A visit asked for with a time beside it ("still no luck, I'd like someone to come out, Tuesday or
 * Wednesday afternoon?", "没用，想叫师傅上门，周四上午方便吗"): the time is the customer's wished
 * time for that visit, to be kept on the booking and said back; it is never a question to look up.
 * `askedVisitTime` (visit-time-question.ts) reads a short message that only asks about a time; this
 * reads the longer one that asks for the visit itself and offers the time with it.
 */
import { asksForVisit } from './visit-asked-for';
import { findVisitTime } from './visit-time';
import { wantsVisit } from './visit-wish';

/** Asking for someone to come, in the ways a wish is said beside a time (besides visit-wish.ts and visit-asked-for.ts). */
const ZH_COME =
  /(?:想|要|得|需要|希望|麻烦|请|找|叫|派|约)(?:个|一个|一位|位)?(?:师傅|工程师|人|售后)(?:来|上门|过来)?|(?:师傅|工程师|人)(?:来|上门|过来)(?:一趟|看看|看一下|修一下|修)?|上门(?:看看|修|维修|检修|处理)/;
const EN_COME =
  /\b(?:i|we)(?:'d| would| want| need)(?: like)?(?: to have| to get)? (?:someone|somebody|an? (?:engineer|technician|tech|repairman)|a visit|you to send)\b|\b(?:someone|somebody|an? (?:engineer|technician|tech|repairman)) (?:to |could |can |should )?(?:come|pop|drop|call) (?:out|over|round|by|and|to)\b|\b(?:come|pop) (?:out|over|round) (?:and|to)\b/i;

/** The wished time when the message asks for a visit and names when ("Tuesday or Wednesday afternoon"). */
export function visitWishTime(text: string): string | undefined {
  if (!(wantsVisit(text) || asksForVisit(text) || ZH_COME.test(text) || EN_COME.test(text))) return undefined;
  return findVisitTime(text);
}
