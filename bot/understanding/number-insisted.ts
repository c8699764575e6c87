/**
 * "我没抄错，短信里就是这个号，你再查查", "I typed it exactly as your text had it, look again": after a
 * ticket number was not found, the customer stands by it. It is no complaint to file and no new
 * problem: the number is still not found, and the other ways in (the phone on the ticket, a person)
 * are offered again (bot/engine/number-insisted.ts).
 */

/** The number said to be right, or said to come from our own message. */
const STANDS_BY_ZH =
  /没(?:有)?(?:输|打|写|填|抄|记|看|发)错|(?:号|号码|单号|工单号|编号)(?:是)?(?:肯定|绝对|确实|明明|就是|都是)?(?:是)?(?:对的|没错|正确|没问题)|(?:就是|明明是|都是)(?:你们)?(?:短信|信息|通知|消息)(?:里|上)?(?:的|发的|给的|写的)?|(?:短信|信息|通知)(?:里|上)(?:就是|写的就是|发的就是|明明)|(?:照着|按着?|从)(?:短信|信息|通知)(?:上|里)?(?:抄|复制|输|打|填)/;
/** Sure of it without naming the number ("确定没错", "真的是对的"): said only after the number was not found, so it is the number. */
const SURE_ZH = /(?:确定|肯定|绝对|确实|真的|保证)(?:是)?(?:对的|没错|正确)/;
/** Asking for the lookup again. */
// (Asked of us: "我再找找" / "我再看看短信" is the customer looking again, not a request.)
const AGAIN_ZH = /(?:你们?|您|帮我|麻烦|请)(?:再|重新|好好)(?:帮我)?(?:查|找|核对|核实|看)|(?<![我咱])(?:再|重新)(?:帮我)?(?:查|核对|核实)(?:查|一下|一遍|一次|下)?/;
/** Asked to look harder ("好好查一下", "麻烦仔细核实下"); the customer's own "我再仔细查查短信" is not asked of us. */
const HARDER_ZH = /(?<!(?:我|咱)(?:再|重新)?)(?:再|重新)?(?:好好|仔细|认真)地?(?:帮我)?(?:查|核对|核实)/;
const STANDS_BY_EN =
  /\b(?:definitely|absolutely|100%|exactly) (?:right|correct)\b|\b(?:that'?s|it'?s|this is|that is|it is) (?:exactly |definitely |literally |precisely )?(?:the (?:exact |same )?(?:number|one|code)|what (?:the|your|you) (?:text|sms|message|e-?mail|sent))\b|\b(?:copied|typed|pasted|entered) it (?:straight |right |exactly |directly |word for word )?(?:from|off|as)\b|\b(?:no|not a) typo\b|\bfrom (?:the|your) (?:text|sms|message)\b|\bwhat (?:the|your) (?:text|sms|message) (?:said|says)\b/i;
/** Sure of it without naming the number ("I'm certain it's correct", "it's definitely right"). */
const SURE_EN =
  /\b(?:i'?m|i am) (?:certain|sure|positive|confident)\b[^.?!]{0,20}\b(?:right|correct|the (?:right|same) (?:number|one))\b|\b(?:it'?s|that'?s|it is|that is|the number is|this number is) (?:definitely |really |absolutely |100% |totally )?(?:right|correct)\b/i;
const AGAIN_EN = /\b(?:check|look|search|try|look it up)\b[^.?!]{0,12}\b(?:again|once more|one more time)\b|\bdouble[- ]?check\b|\bre-?check\b/i;
/** The customer going to look again themselves ("I'll check the text again"). */
const SELF_EN = /\b(?:i'?ll|i will|let me|i'?m going to|we'?ll)\b/i;

/** Whether the message stands by the ticket number that was not found (or asks to look it up again). */
export function insistsOnNumber(text: string): boolean {
  return STANDS_BY_ZH.test(text) || SURE_ZH.test(text) || HARDER_ZH.test(text) || STANDS_BY_EN.test(text) || SURE_EN.test(text) || AGAIN_ZH.test(text) || (AGAIN_EN.test(text) && !SELF_EN.test(text));
}
