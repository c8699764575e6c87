/**
 * "扫地机边刷多久换一次，保修吗", "how often does the purifier cartridge need changing — is that
 * covered?": how often a consumable part is replaced, often asked with whether the warranty pays
 * for it. Read by its warranty words alone it got only the warranty periods; both halves are
 * answered (bot/engine/consumable-answer.ts).
 */

import { REPLACED_PART } from './lexicons/consumable-words';

/** A part that wears out and is replaced on a schedule (the one consumables list, lexicons/consumable-words.ts). */
const CONSUMABLE = REPLACED_PART;

/** How often, or when, it is replaced. */
const INTERVAL =
  /(?:多久|多长时间|多少天|几个月|多少个?月|每隔多久|隔多久|几年|什么时候|啥时候)[^，,。？?]{0,8}(?:换|更换)|(?:换|更换)(?:一次|的)?(?:周期|频率)|(?:更换|换)[^，,。？?]{0,4}(?:多久|多长时间|几个月)|\bhow (?:often|frequently|long)\b|\bwhen (?:should|do|must) (?:i|we)\b[^.?!]{0,30}\b(?:replace|change|swap)\w*|\b(?:replacement|change) (?:interval|schedule|frequency)\b/i;

/**
 * The machine itself says a part is due ("净水器提示要换了", "the change-filter light came on"): the
 * same question, asked by the reminder. The purifier's own name stands for its cartridge, which is
 * all it reminds of.
 */
const REMINDER =
  /(?:提示|提醒|显示|报|灯(?:一直)?(?:亮|闪)|(?:亮|闪)(?:了|着)?(?:红|黄)?灯)[^，,。？?]{0,6}(?:换|更换)(?![^，,。？?]{0,3}(?:不了|不上|不进))|换芯(?:提示|提醒|灯)|\b(?:change|replace)[- ]?(?:filter|cartridge) (?:light|reminder|alert|warning|icon|message)\b|\b(?:filter|cartridge) (?:light|reminder|alert|warning|indicator|icon)\b|\b(?:says|telling me|reminds? me|reminding me|asking me|prompting me) (?:to |it'?s time to )?(?:change|replace) (?:the |its )?(?:filters?|cartridges?)\b/i;
const REMINDS_OF = new RegExp(`${CONSUMABLE.source}|净水器|净水机|纯水机|净化器|\\bpurifiers?\\b|\\bwater filter\\b`, 'i');

/** Whether the machine's reminder that a consumable is due is what the message tells or asks about. */
export function remindsToReplace(text: string): boolean {
  return REMINDER.test(text) && REMINDS_OF.test(text);
}

/** Whether the message asks how often a consumable part is replaced. */
export function asksReplaceInterval(text: string): boolean {
  return CONSUMABLE.test(text) && INTERVAL.test(text);
}

/** The consumable the message names, in its words ("滤芯", "main brush"). */
export function consumableNamed(text: string): string | undefined {
  return CONSUMABLE.exec(text)?.[0];
}
