/**
 * "Will a payment record do?", "没发票 订单截图行吗", "can you check it by the serial number?": which
 * proof of purchase counts when the invoice is not at hand. It is a question about the proof rule,
 * answered from the knowledge base's proof-of-purchase policy (bot/engine/proof-missing-answer.ts),
 * never "I can't help with that" nor a ticket lookup because an order is named. The sibling
 * proof-missing-question.ts reads "the receipt is lost, what now?"; this one reads the other proof
 * offered in its place.
 */

// Proof the customer offers instead of the invoice.
const OTHER_PROOF =
  /付款记录|支付记录|转账记录|交易记录|消费记录|扣款记录|刷卡记录|下单记录|账单|流水|微信支付|支付宝|付款截图|支付截图|订单截图|截图|截个图|截屏|订单记录|订单号|购买记录|网购记录|电子发票|保修卡|序列号|SN码|机身码|条码|出厂日期|\b(?:payment (?:record|history|screenshot|confirmation)|bank statement|card statement|card (?:payment|charge|transaction)s?|banking app|transaction (?:record|history)|bank (?:transfer|record)|transfer record|wechat pay|alipay|paypal|order (?:screenshot|confirmation|history|record|number|email)|screenshot of (?:the|my) order|confirmation email|e-?invoice|electronic invoice|warranty card|serial (?:number|no\.?)|s\/?n\b|production date|manufacture date)/i;

// What makes it a question about proof: the invoice or the warranty it is for.
const PROOF_CONTEXT = /发票|小票|收据|凭证|保修|三包|证明|\b(?:receipts?|invoices?|proof|warranty|guarantee|covered|cover)\b/i;

// Asked whether it will do: "行吗", "算不算", "can you check by".
const ASKS =
  /[?？]|[吗嘛么][\s。!！~]*$|(?:好使|管用|有用|能用|可以|算数|作数|认|行|中|成)不[\s。!！~]*$|行不行|可不可以|能不能|算不算|可以吗|能用吗|管用吗|认不认|有用吗|\b(?:will|would|does|do|can|could|is|are)\b[^.!]*\b(?:do|work|count|ok|okay|enough|accept\w*|valid|fine|check|look (?:it )?up|use|prove)\b/i;

// A record of the payment is offered for one thing only, proving the purchase: asked about alone
// ("微信支付记录有 能用吗" after saying the invoice is lost), it needs no invoice word beside it.
const PAYMENT_RECORD =
  /付款记录|支付记录|转账记录|交易记录|消费记录|扣款记录|付款截图|支付截图|银行流水|刷卡记录|下单记录|网购记录|购买记录|\b(?:payment (?:record|history|screenshot|confirmation)|bank statement|card statement|card (?:payment|charge|transaction)s?|banking app|transaction (?:record|history)|bank (?:transfer|record)s?|transfer records?|credit card (?:record|statement))\b/i;

/**
 * Whether the message names a proof the customer has in place of the invoice ("支付宝里有记录",
 * "I've got the card statement"): said beside a warranty question, the warranty answer says it counts.
 * (Not the serial number or production date: those prove no purchase.)
 */
export function namesOtherProof(text: string): boolean {
  return (OTHER_PROOF.test(text) || PAYMENT_HELD.test(text)) && !/序列号|SN码|机身码|条码|出厂日期|生产日期|\bserial\b|\bs\/?n\b|\bproduction date\b|\bmanufactur\w* date\b/i.test(text);
}

// "支付宝里有记录", "微信上能查到付款", "the payment's in my banking app": a payment record said in the customer's own words.
const PAYMENT_HELD =
  /(?:支付宝|微信|银行卡?|信用卡|手机银行|淘宝|京东|拼多多|天猫)[^，。,.!！?？]{0,6}(?:有|能查到|查得到|还在|留着)[^，。,.!！?？]{0,4}(?:记录|账单|付款|扣款|订单)|\b(?:payment|purchase|order)\b[^.!?]{0,20}\b(?:in|on) my (?:banking app|bank app|statement|account|email|history)\b/i;

/** Whether the message asks if another proof than the invoice will do (or can be looked up by). */
export function asksWhichProof(text: string): boolean {
  return OTHER_PROOF.test(text) && (PROOF_CONTEXT.test(text) || PAYMENT_RECORD.test(text)) && ASKS.test(text);
}
