/**
 * A booked visit that never happened: the engineer did not turn up (once, or again). It is our own
 * failure, not the product's, so it is apologised for plainly (bot/engine/apology.ts) and read as a
 * complaint about the service, never as a new fault to troubleshoot. Also "not even a sorry?": the
 * customer asks for the apology they did not get, and gets it.
 */

/** Who was to come, or the visit itself. */
const WHO_ZH = '(?:师傅|工程师|维修(?:人员|员|工)|安装(?:师傅|工|人员)|上门|预约|约好|约了|约的|说好|你们的人|人家)';
/** That nobody came: said in the same sentence, a clause or two later ("约好上午来，等了一上午也没人来"). */
const NOT_COME_ZH = '(?:没来|没有来|没上门|没到|没出现|没露面|没人来|没见人|不见人|人影|放(?:了)?(?:我|我们)?鸽子|爽约|白等)';
export const MISSED_ZH = new RegExp(`${WHO_ZH}[^。！!?？]{0,24}?${NOT_COME_ZH}|(?:等了|白等)[^。！!?？]{0,12}(?:没人|也没|都没|还没)(?:来|到|上门|出现)`);

export const MISSED_EN =
  /\b(?:no[- ]show|stood (?:me|us) up|(?:nobody|no one|no-one|noone)\s+(?:ever\s+)?(?:came|showed|turned up|arrived|appeared)|(?:technician|tech|engineer|repair\s*(?:man|guy|person|people)|repairer|installer|fitter|he|she|they|someone)\s+(?:\w+\s+){0,6}?(?:didn'?t|did not|never|failed to|hasn'?t|has not|haven'?t|have not)\s+(?:even\s+)?(?:show(?:ed)?|turn(?:ed)? up|come(?!\s+back)|came(?!\s+back)|arrive[d]?|appear(?:ed)?|bother(?:ed)? to come)|(?:waited|waiting)\s+(?:all|the whole)\s+(?:day|morning|afternoon|evening)\b[^.!?]{0,40}\b(?:nobody|no one|never)\b)/i;

/** "师傅还没到，几点来？", "the engineer hasn't come yet, when will he?": still on the way, not missed. */
const STILL_COMING = /还没(?:到|来)|\byet\b/i;
const ASKS_WHEN = /几点|什么时候|啥时候|多久|大概|\bwhen\b|\bwhat time\b|\bhow long\b/i;
/** Unless the wait itself is told as a failure: waited all morning, again, a promise broken. */
const WAIT_TOLD = /等了|白等|一上午|一下午|一整天|一天|又|爽约|鸽子|说好|约好|\b(?:again|never|all (?:day|morning|afternoon)|hours|no[- ]show|stood)\b/i;

export function missedVisit(text: string): boolean {
  if (!MISSED_ZH.test(text) && !MISSED_EN.test(text)) return false;
  return !(STILL_COMING.test(text) && ASKS_WHEN.test(text) && !WAIT_TOLD.test(text));
}

/**
 * "连句道歉都没有", "不该说声对不起吗", "not even a sorry?", "an apology would be nice". "Oh no, sorry" and
 * a reply opening "No sorry, I meant…" are the customer's own apology, not one asked of us.
 */
const ASKS_ZH =
  /(?:连|一)(?:句|声|个)(?:道歉|对不起|抱歉|不好意思)|(?:道歉|对不起|抱歉)(?:都|也)?(?:没有|不会|不说|不讲)|(?:不|不用|不该|不应该|难道不)(?:打算|准备|想|会|肯)?(?:道个?歉|说(?:声|句)?(?:对不起|抱歉))|给(?:我|个)?(?:一个)?道歉|(?:要|得|该)(?:跟我|向我|给我)?道歉|道(?:个|句)?歉(?:很|有那么|就这么|都这么)?难|说(?:句|声)?(?:对不起|抱歉)(?:很|有那么|就这么)?难|说(?:句|声)?(?:对不起|抱歉)会死/;
const ASKS_EN =
  /\b(?:not even (?:a|an|one) (?:sorry|apology)|(?<!(?:^|[.!?,;:]|\boh|\bah|\buh|\bwhoops|\boops)\s*)no sorry|no apology|(?:an |any )?apology (?:would be|might be|is)\b|(?:don'?t|do not|won'?t|can'?t|couldn'?t|aren'?t) (?:you |u )?(?:even )?(?:say sorry|apologi[sz]e|be sorry)|(?:where'?s|where is) (?:my |the |an )?(?:apology|sorry)|(?:i |we )?(?:want|deserve|expect) an apology|(?:(?:are|were) (?:you|u|they)|you'?re|you are|they'?re) (?:not|never) (?:even )?(?:going to|gonna) (?:say sorry|apologi[sz]e)|(?:you |u )?owe (?:me|us) an apology|how about (?:an apology|a sorry|saying sorry)|(?:a|an|one) (?:simple |single )?(?:sorry|apology) (?:is|was) too much)\b/i;

export function asksForApology(text: string): boolean {
  return ASKS_ZH.test(text) || ASKS_EN.test(text);
}
