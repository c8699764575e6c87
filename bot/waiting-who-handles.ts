/**
 * "退款是你们处理还是我自己去找门店？", "will the person sort out the refund or do I go to the
 * shop?": who does what in a refund or exchange while the customer waits for a person. Answered
 * as it works: the person handling the case takes it up with the seller and the brand, says if the
 * item has to be taken in or sent back, and what to have ready. Never refund timing (a different
 * question) and never a promise of the outcome.
 */
import type { Lang } from './phrases';

/** The money or the item going back. */
const SETTLEMENT = /退款|退钱|退货|换货|换新|退换|赔(?:偿|钱)?|\brefund\w*|\bmoney back\b|\breturn(?:ing)?\b|\bexchange\w*|\breplacement\b|\bcompensat\w*/i;
/** Asking who does it: the bot's side or the customer (at the shop, with the seller). */
const WHO =
  /谁(?:来)?(?:处理|负责|办|管|跟进)|(?:你们|客服|人工|他们|那个人|专员)[^。？?！!]{0,8}(?:处理|办理?|负责|搞定|解决|跟进)|还是(?:要)?我(?:自己)?(?:去|找|跑|联系)|(?:要|得|需要)我(?:自己)?(?:去|找|跑|联系)(?:门店|商家|卖家|店里|商场|京东|天猫|淘宝|拼多多)|\bwho (?:handles|deals with|sorts|processes|takes care of|is handling|arranges)\b|\b(?:will|would|does|can|could) (?:the person|they|you|your (?:agent|colleague|staff)|someone|somebody|the agent)\b[^.?!]{0,25}\b(?:sort|handle|deal with|process|arrange|take care of|organi[sz]e)\b|\b(?:do|should|must) i (?:have to |need to )?(?:go|take it|bring it|contact|call|deal with)\b[^.?!]{0,30}\b(?:shop|store|seller|retailer|myself)\b|\bor (?:do|should|must) i\b/i;

export function whoHandlesAsked(text: string): boolean {
  return SETTLEMENT.test(text) && WHO.test(text);
}

export function whoHandlesAnswer(lang: Lang): string {
  return lang === 'zh'
    ? '退款或退换由跟进您的人工客服去和卖家、品牌核对办理，您先不用自己跑门店；如果需要把产品送去或寄回，客服联系您时会说清楚怎么做。请先准备好：发票或订单号、之前的维修单据（如有）、产品和配件，以及故障的照片或视频。'
    : "The person handling your case takes the refund or exchange up with the seller and the brand for you, so you don't need to go to the shop yourself first; if the product has to be taken in or sent back, they will tell you how when they contact you. Have ready: the receipt or order number, any earlier repair records, the product with its accessories, and photos or a video of the fault.";
}
