/**
 * "好 我先翻翻说明书 谢谢", "ok I'll check with my husband first, thanks": the customer steps away for now
 * while the assistant waits on an offer or a question. It is no yes to the offer and no answer to
 * the question; it asks for a short goodbye that leaves the door open (bot/engine/later-close.ts).
 */

const DEFER_ZH =
  /(?:我|那我|那)?先(?:自己)?(?:看看|看一下|看下|翻翻|翻一下|查查|查一下|找找|找一下|问问|问一下|等等|等一下|想想|考虑|研究|商量|试试)|回头再(?:说|联系|找|来|问)|晚点再|晚些再|过会儿?再|改天再|有需要再|需要(?:的话)?再(?:找|联系|来)|先这样吧?[，。!！\s]*(?:谢谢|$)/;
const DEFER_EN =
  /\b(?:i'?ll|i will|let me|i'?m going to|gonna|we'?ll)\s+(?:just\s+|first\s+)?(?:have a\s+|take a\s+)?(?:look|check|find|ask|try|see|think|talk|read|dig|hunt|search|wait|discuss)\b[^?]*?\b(?:first|later|then|for now|thanks?|thank you|and (?:get|come) back)\b|\b(?:i'?ll|i will) (?:get|come) back to you\b|\bmaybe later\b|\bthat'?s all for now\b/i;
const QUESTION = /[?？]|[吗嘛][\s。!！~]*$/;
/**
 * "等一下 我还没试呢", "先别急着约师傅", "hold on, I haven't checked it yet", "don't book anything yet":
 * the customer asks the assistant to pause while they go and try something. Also a step away, said
 * while a booking is being asked for or a fix is being tried; never a "no, still broken".
 */
const HOLD_ZH =
  /(?:先|还)?别(?:急着?|着急)?(?:给我)?(?:报修|约|预约|登记|安排|派|叫)|(?:我)?还没(?:去)?(?:试|看(?![到见])|检查|查看|拧|来得及)|^[\s。，,]*(?:等下|等一下|等等|稍等)[\s。，,!！~]*$|我(?:先|再)?去?(?:看看|看一下|瞧瞧|检查一下|试试|试一下)[\s。.!！~]*$/;
const HOLD_EN =
  /\b(?:haven'?t|have not|didn'?t|did not|not) (?:tried|checked|looked|had a (?:look|chance))\b[^?]{0,30}\byet\b|\b(?:haven'?t|have not) (?:tried|checked|looked at) (?:it|that|them|this)\b|\bdon'?t (?:book|schedule|arrange|file|send)\b[^?]{0,30}\b(?:yet|for now|just yet)\b|^\s*(?:wait|hold on|hang on|one sec(?:ond)?)[\s,.!]*$|\blet me (?:go and |go )?(?:check|look|try|see)\b[^?.!]{0,30}[.!\s]*$/i;

/** Whether the message steps away for now, asking nothing. */
export function defersForNow(text: string): boolean {
  return (DEFER_ZH.test(text) || DEFER_EN.test(text) || HOLD_ZH.test(text) || HOLD_EN.test(text)) && !QUESTION.test(text);
}

/** Whether the message asks the assistant to hold on ("等一下 先别约"): stronger than a question read beside it. */
export function asksToHold(text: string): boolean {
  return (HOLD_ZH.test(text) || HOLD_EN.test(text)) && !QUESTION.test(text);
}
