/**
 * A new product that arrived damaged ("the new washer came with a dent in the side", "刚送到的冰箱门
 * 上有个坑"): a delivery-damage report. It is neither a fault to troubleshoot (a dent has no
 * self-help steps) nor, unless the customer says our crew did it, a complaint about our people
 * (damage-by-us.ts): the 7/15-day exchange and return rules apply, and a photo helps whoever checks it.
 */
import { damageByUs } from './damage-by-us';
import { damagedOnArrival } from './visible-defect';

/** Our crew named as the ones who did it ("送货的把门磕了", "the delivery guys dropped it", "your driver dented it"): a complaint about them instead. */
const OUR_CREW_DID_IT =
  /送货(?:的)?(?:师傅|人|小哥|员|工人)?(?=[^，。,.]{0,4}把)|送货(?:的)?(?:师傅|人|小哥|员|工人)|把[^，。,.]{0,12}(?:撞|磕|碰|摔|砸|划|刮|弄)|\byour (?:guys|people|men|crew|driver|staff)\b|送装师傅|安装师傅|搬运(?:工|的)?|搬(?:上楼|进来|进门|的时候|时)|\b(?:delivery|install\w*) (?:guys?|crew|men|man|driver|team|people|staff)\b|\bdrivers?\b|\bmovers?\b|\bcarr(?:ied|ying) (?:it )?(?:in|up)\b|\bthey (?:dropped|banged|bumped|hit|scratched|dented|knocked)\b/i;

/** The customer's own accident with a new product is no delivery damage ("brand new phone, I dropped it and the screen cracked"). */
const OWN_ACCIDENT =
  /不小心|我自己|孩子|摔(?:了|坏|碎|裂)|掉(?:在)?地上|\bI (?:dropped|knocked|broke|bumped|sat on)\b|\b(?:dropped|slipped|knocked) (?:it|out of|off)\b|\bfell (?:off|out of|on)\b|\bmy (?:kid|son|daughter|dog|cat)\b/i;

/** Whether the message reports a product that arrived damaged, not damage our crew is said to have done. */
export function arrivedDamaged(text: string): boolean {
  if (!damagedOnArrival(text) || OWN_ACCIDENT.test(text)) return false;
  return !(damageByUs(text) && OUR_CREW_DID_IT.test(text));
}
