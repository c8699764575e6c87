/**
 * "寄回去的快递费要我掏吗", "换货来回邮费算谁的", "will I be charged for shipping it back?": during a return
 * or an exchange, who pays to send the item back is a question about the rule, answered from the
 * knowledge base; never a complaint to file, an answer to the form's question, nor a yes to an offer.
 */

/** The cost of sending it: postage, freight, the courier's fee. */
const POSTAGE = /运费|邮费|快递费|寄费|物流费|来回(?:的)?费用|\b(?:postage|shipping|freight|courier (?:fee|cost|charge)s?|delivery (?:fee|cost|charge)s?|return label)\b/i;
/** Who pays it: asked outright, or "do I have to", "is it free". */
const WHO_PAYS =
  /谁(?:出|付|掏|承担|负责|给|来出|来付)|(?:算|归)谁|(?:要|得|让|需要)?(?:我|我们|买家|客户)(?:自己)?(?:来)?(?:出|付|掏|承担)|自己(?:出|付|掏|承担)|(?:要|收|需要)(?:钱|费用?)|包邮|免(?:费|运费|邮)|报销|[吗么嘛][\s。!！?？~]*$|[?？]|\b(?:who|whose)\b[^.!?]{0,25}\b(?:pay|pays|cover|covers|bear|bears|foot)\b|\b(?:do|will|would|should|must|have) (?:i|we)\b[^.!?]{0,15}\b(?:pay|cover|be charged)\b|\bcharged?\b|\bfree\b|\bcovered\b|\?/i;

/** Whether the message asks who pays the postage of sending an item back. */
export function asksReturnPostage(text: string): boolean {
  return POSTAGE.test(text) && WHO_PAYS.test(text);
}
