/**
 * "算了 我自己打你们热线问吧", "I'll just ring your helpline myself": the customer leaves to phone us
 * themselves. It names the hotline or customer service, so it reads like a request for a person,
 * but it asks nothing of us: it is closed politely, never handed over and never filed
 * (bot/engine/lookup-given-up.ts). A call they already made ("打了热线没人接") or a call asked of
 * us ("让客服给我打电话") is not this.
 */

/** The customer, later or instead, phoning the hotline / service line / us. */
const ZH =
  /(?:我|那我|我还是|我就)?(?:自己|直接|还是|回头|等会儿?|待会儿?|晚点|晚些|改天|明天)(?:再|去|就)?(?:打|拨|致电)(?:一下|个|一个)?(?:你们的?|官方的?|售后的?|厂家的?)?(?:热线|400|客服电话|售后电话|服务电话|客服|售后|电话)|我(?:再|去|就)?(?:打|拨)(?:一下|个)?(?:你们的?|官方的?|厂家的?)?(?:热线|400|客服电话|售后电话)(?:问|查|说)/;
const EN =
  /\b(?:i'?ll|i will|i'?m (?:going to|gonna)|let me|i'?d rather|i can|i'?ll just|i guess i'?ll)\s+(?:just\s+|simply\s+|go\s+(?:and\s+)?)?(?:call|ring|phone|dial|contact)\s+(?:up\s+)?(?:(?:your|the|you guys'?)\s+)?(?:hotline|helpline|help line|call cent(?:er|re)|customer (?:service|support|care)|service (?:line|number|cent(?:er|re))|support (?:line|number)|(?:them|you(?: guys)?|the company)\s+(?:myself|directly|instead|then|tomorrow|later))/i;

/** A call the customer made already, or asks us to make: not leaving to call. */
const NOT_LEAVING = /打(?:了|过)|拨(?:了|过)|给我打|电话(?:给我|过来)|(?:让|叫|请|麻烦)[^，。,.]{0,6}(?:打|拨)|联系我|\b(?:call|ring|phone) me\b|\bcalled\b|\brang\b/i;

export function callsUsInstead(text: string): boolean {
  return (ZH.test(text) || EN.test(text)) && !NOT_LEAVING.test(text);
}
