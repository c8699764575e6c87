/**
 * A furious repeat contact: the customer says this is the third (or later) time they have had to
 * reach us, and tells of our failure or shows their anger ("第三次找你们了，约了两回都没人来",
 * "4th time messaging, the tech never turned up, UNACCEPTABLE"). That is a very angry customer in
 * the design's sense (P1: "very angry customer"), whatever the feeling words score, and is answered
 * with an apology before the handoff, never a bare "passing you to a person".
 */
import { missedVisit } from './missed-visit';
import { ASKS_FOR_SENIOR, SENIOR_EN } from './lexicons/senior-person';
import { ESCALATION_THREATS, OVERDUE } from './lexicons/urgency-cues';
import type { Sentiment } from './types';

/** Contacting us for the third time or more: 第三次联系/找/打电话, 打了四次电话, third time contacting, 5th message, called 3 times. */
const THIRD_CONTACT_ZH =
  /第[三四五六七八九十3-9]次(?:联系|找|打(?:电话|过来|进来)?|来问|来催|咨询|投诉|反映|问|催|发消息|留言|给你们)|(?:联系|找|打电话给|打给|催|问|投诉|反映)(?:了)?(?:你们)?(?:[三四五六七八九十3-9]|好几|N|n)(?:次|回|遍)|(?:[三四五六七八九十3-9]|好几)(?:次|回)(?:联系|找|打电话|来问|催)|打了?(?:[三四五六七八九十3-9]|好几)(?:次|回|通|个)电话/;
const THIRD_CONTACT_EN =
  /\b(?:third|fourth|fifth|sixth|3rd|4th|5th|6th|umpteenth|nth)\s+(?:time|message|call|chat|email|attempt)\b|\b(?:contacted|called|rung|rang|phoned|messaged|written to|wrote to|chased|emailed)\s+(?:\w+\s+){0,3}?(?:three|four|five|six|several|multiple|many|\d+)\s+times\b|\b(?:three|four|five|six|\d+)\s+(?:times|calls|messages|emails|chats)\s+(?:now|already|i'?ve|this week|about this)\b/i;

/** Said bare, without the verb: "这已经是第三次了", "都第四回了", "三次了！". */
const THIRD_TIME_BARE_ZH = /(?:第[三四五六七八九十3-9]|[三四五六七八九十3-9])(?:次|回)了/;

/**
 * The same fault back after our repairs: "修了两次又坏了", "维修过两回还是不行", "repaired twice and it's
 * broken again", "fixed three times and still leaking". A failure of ours as plain as a missed visit.
 */
const REPAIRED_AGAIN_ZH = /(?:修|维修|修理|换|上门)(?:了|过)?(?:两|二|三|四|五|几|好几|2|3|4|5)(?:次|回|遍|趟)[^。！!？?]{0,12}(?:又|还是|仍然|依然|照样|还)(?:坏|不|没|漏|出|响|停|是)/;
const REPAIRED_AGAIN_EN =
  /\b(?:repaired|fixed|serviced|mended|looked at|worked on)\s+(?:it\s+)?(?:twice|two times|three times|3 times|\d+ times|several times|multiple times)\b[^.!?]{0,40}\b(?:again|still|same)\b|\b(?:two|three|2|3|several|multiple)\s+(?:repairs|repair visits|engineer visits|technician visits)\b[^.!?]{0,40}\b(?:again|still|same)\b/i;

/** Asking for someone above the desk: 找你们负责人, 叫经理来, 我要找领导; get me a manager, your supervisor. */
const ABOVE_THE_DESK = new RegExp(`${ASKS_FOR_SENIOR.source}|${SENIOR_EN}`, 'i');

/** Our failure told: a visit missed, a promise overdue, nobody answering. */
const FAILED_ZH = /放(?:了)?(?:我|我们)?鸽子|爽约|没(?:人)?(?:来|上门)|没(?:人)?(?:理|管|回)|不(?:理|管)|到底管不管|踢皮球/;
const FAILED_EN =
  /\bno[- ]?show\w*|\bnever (?:came|showed|turned up|called back|rang back)\b|\bdidn'?t (?:show|turn up|come|call back)\b|\bignor\w+|\bnobody (?:came|called|answered|turned up|showed)\b|\bfobbed off\b|\bgiven the run-?around\b/i;

/** Anger this high is very angry on its own (urgency.ts counts it so with shouting). */
export const VERY_ANGRY = 0.85;

export function furiousRepeat(text: string, sentiment: Pick<Sentiment, 'anger' | 'cues' | 'profanity'>): boolean {
  const repairedAgain = REPAIRED_AGAIN_ZH.test(text) || REPAIRED_AGAIN_EN.test(text);
  if (!THIRD_CONTACT_ZH.test(text) && !THIRD_CONTACT_EN.test(text) && !THIRD_TIME_BARE_ZH.test(text) && !repairedAgain) return false;
  const failed = repairedAgain || missedVisit(text) || OVERDUE.test(text) || FAILED_ZH.test(text) || FAILED_EN.test(text);
  const shouting = sentiment.profanity || sentiment.cues.some((c) => c === 'caps' || c.startsWith('!'));
  // (A manager asked for, or a complaint threatened, is the anger said in deeds rather than feeling words.)
  ESCALATION_THREATS.lastIndex = 0;
  const escalating = ABOVE_THE_DESK.test(text) || ESCALATION_THREATS.test(text);
  // A repair that failed again, told with no heat at all ("修了两次还是不行，能换吗"), is no fury by itself.
  if (repairedAgain && !THIRD_CONTACT_ZH.test(text) && !THIRD_CONTACT_EN.test(text) && !THIRD_TIME_BARE_ZH.test(text)) return escalating || shouting || sentiment.anger >= 0.6;
  return failed || escalating || shouting || sentiment.anger >= 0.35;
}
