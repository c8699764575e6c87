/**
 * Asking to book the repair again, once the earlier booking cannot be found: "那干脆重新给我报一个",
 * "再约一次吧", "just put a new request in then", "fine, rebook it". The repair form, with whatever
 * facts come with it; never a complaint to hand over for the irritation said beside it
 * (bot/engine/booking-not-found.ts). "Do I have to book again?" asks, and is answered instead.
 */

// (Not "重新约个时间", "再约个日子": that moves a visit, bot/understanding/visit-change.ts.)
const AGAIN_ZH = /(?:再|重新)(?:帮我|给我|帮忙)?(?:报|约|预约|登记|安排|派|下(?=一?单)|提交|申请|开(?=一?单))(?!.{0,2}(?:时间|日子|改|到))|(?:再|重新)(?:来|弄|做)(?:一|个)(?:单|次)|补报|重报/;
const AGAIN_EN =
  /\b(?:book|log|file|register|raise|submit|make|put|place|open|start|schedule|arrange|set up)\b[^.?!]{0,30}\b(?:again|afresh|anew|a new (?:one|booking|request|repair|ticket|job|visit|appointment)|another (?:one|booking|request|ticket|job|visit|appointment)|(?:new|fresh) (?:booking|request|ticket|job|visit|appointment))\b|\bre-?book(?:ing|ed)?\b|\bre-?(?:submit|log|file|register)\b|\bredo (?:the|my) (?:booking|request)\b/i;
/** Asking whether they must, not asking for it. */
const ONLY_ASKS =
  /(?:要不要|需不需要|需要|是不是要|还得|还要|难道要|必须|得)(?:我)?(?:再|重新)|\b(?:do|would|will|shall|must|should)\s+(?:i|we)\s+(?:have to|need to|need|must|really)?\s*(?:book|log|file|register|rebook|re-book|submit|start|put)\b|\b(?:have|need) to (?:book|rebook|re-book|log|file|start)\b[^.?!]*\?/i;

export function asksToBookAgain(text: string): boolean {
  return (AGAIN_ZH.test(text) || AGAIN_EN.test(text)) && !ONLY_ASKS.test(text);
}

/** "要重新报吗", "do I have to book again?": whether they must, asked. */
export function asksWhetherToBookAgain(text: string): boolean {
  return (AGAIN_ZH.test(text) || AGAIN_EN.test(text)) && ONLY_ASKS.test(text);
}
