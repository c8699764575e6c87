/**
 * "订单在淘宝上能查到", "购买记录我手机里有", "I can forward you the order email": in the middle of a
 * repair or a fault, an order, a receipt or a screenshot named in passing is the customer's proof of
 * purchase (what matters of it is the purchase date), not a question about where a ticket stands.
 * The word 订单/order alone used to start the ticket-status lookup ("no ticket in this chat yet").
 * Asking after a job still needs its own words: 进度, 到哪了, 有人来吗, a ticket number, "any update".
 */

/** The proof itself: an order, a receipt or invoice, a screenshot or record of the purchase. */
const PROOF =
  /订单|下的单|下单|购买记录|购物记录|网购记录|付款记录|支付记录|交易记录|发票|收据|小票|凭证|截图|截屏|\b(?:orders?|receipts?|invoices?|proof of (?:purchase|payment)|purchase (?:history|record)|confirmation (?:e-?mail|text|message)|screenshots?|order (?:number|no\.?|id|e-?mail|confirmation|history))\b/i;

/**
 * Asking after a job or a delivery: where it stands, when someone comes, a change to an order. These
 * keep their own readings (the status flow, the shop's own order desk).
 */
const ASKS_AFTER =
  /进度|到哪|什么时候(?:来|到|上门|安排|有人)|有人(?:来|联系)吗|还没(?:来|到|人|有人|联系)|怎么还没|催|工单|维修单|查(?:一下|下|询|看)?(?:我的)?(?:订单|工单|物流|快递|进度|状态)|(?:订单|物流|快递)(?:状态|进度|到哪)|物流|快递|取消|修改|改(?:地址|订单)|退款|\b(?:status|any (?:news|update)|update on|where(?:'s| is) (?:my|the)|when (?:will|is|does)|has anyone|is (?:someone|anyone|the engineer) coming|track(?:ing)?|deliver(?:y|ed)|shipped|cancel|change|refund)\b/i;

/** Whether the message names a proof of purchase it holds, and asks after no job or order with it. */
export function mentionsProofOfPurchase(text: string): boolean {
  return PROOF.test(text) && !ASKS_AFTER.test(text);
}
