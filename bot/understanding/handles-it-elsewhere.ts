/**
 * "ok I'll raise the return on the marketplace myself, thanks", "周末我自己拿去官方售后点问问": the
 * customer will sort it out somewhere else, themselves. It is no return or repair to start here and
 * no question to answer: it asks for a short goodbye with the one pointer that helps where they are
 * going (bot/engine/elsewhere-goodbye.ts). Which place decides the pointer: the shop or platform for
 * an online order's return, an official service centre (or mail-in) for a repair or a check.
 */

export type ElsewherePlace = 'seller' | 'serviceCentre';

/** Doing it themselves: 自己 / 自行, "myself", "on my own". */
const SELF_ZH = /自己|自行|亲自/;
const SELF_EN = /\b(?:myself|ourselves|on my own|my ?self)\b/i;
/** Going to do it, not asking whether they may: "我自己去…", "I'll … myself". */
const WILL_ZH = /(?:自己|自行|亲自)(?:去|拿|带|送|找|联系|跟|和|在|到|申请|提交|发起|退|换|处理|搞定|弄|问)/;
const WILL_EN = /\b(?:i'?ll|i will|i'?m going to|i'?m gonna|gonna|we'?ll|we will|i can|i'?d rather)\b/i;

/** The shop or platform the order was placed with, or its return. */
const SELLER_ZH = /平台|商家|卖家|店家|网店|店铺|京东|淘宝|天猫|拼多多|苏宁|抖音|订单|退货|退款|退换/;
const SELLER_EN = /\b(?:marketplace|platform|seller|retailer|shop|store|amazon|ebay|order|refund|return)\b/i;
/** An official service centre, a repair point, the brand itself. */
const SERVICE_ZH = /官方|售后点|售后网点|网点|服务中心|服务点|维修点|维修店|门店|专卖店|体验店|厂家|寄修|送修/;
const SERVICE_EN = /\b(?:service (?:centre|center|point)|repair (?:shop|centre|center)|official|the brand|manufacturer|walk-?in|carry-?in|mail-?in)\b/i;

/** A question or a request to us after all ("我自己去网点行吗?", "can I take it myself?"). */
const ASKS = /[?？]|[吗嘛][\s。!！~]*$|\b(?:can i|could i|should i|do i|may i)\b/i;

/** Where the customer will sort it out themselves, when the message says so and asks nothing. */
export function handlesItElsewhere(text: string): ElsewherePlace | undefined {
  if (ASKS.test(text)) return undefined;
  const zh = SELF_ZH.test(text) && WILL_ZH.test(text);
  const en = SELF_EN.test(text) && WILL_EN.test(text);
  if (!zh && !en) return undefined;
  // (A service centre named wins over a shop word: "拿去官方门店" is the repair side.)
  if (SERVICE_ZH.test(text) || SERVICE_EN.test(text)) return 'serviceCentre';
  if (SELLER_ZH.test(text) || SELLER_EN.test(text)) return 'seller';
  return undefined;
}
