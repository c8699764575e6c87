/**
 * "退回去的快递费谁出", "do I pay the postage to send the toaster back?": who pays to post a return.
 * A return's words started the return form ("which day did you buy it?") and the question waited;
 * the return-shipping answer says it: a no-reason return is usually posted at the customer's cost
 * unless the seller promised otherwise, a quality fault at the seller's.
 */

/** A return or exchange, or sending it back for one ("寄修" is a repair's, not this). */
const RETURN = /退(?!休|烧|出|步)|换货|无理由|\breturn\w*\b|\brefund\w*\b|\bexchang\w*|\bsend(?:ing)? (?:(?:it|them|\w+) back|back)\b/i;

/** The shipping's cost named: 运费, 邮费, 快递费, postage, shipping. */
const SHIPPING_COST =
  /运费|邮费|快递费|寄费|物流费|运费险|退货险|(?:寄|邮|快递)(?:回去|回来|过去)?的?(?:钱|费用)|\bpostage\b|\bshipping\b|\bfreight\b|\b(?:courier|delivery|post(?:al)?|mailing) (?:fee|cost|charge)s?\b|\breturn label\b/i;

/** Who pays, asked, and the sending it is about. */
const WHO_PAYS =
  /谁(?:出|付|掏|承担|负责|给)|我(?:自己)?(?:出|付|掏)(?:吗|么|嘛)|要(?:我|自己)(?:出|付|掏)|免费|包邮|\bwho (?:pays|covers|foots|picks up)\b|\b(?:do|will|would) i (?:have to |need to )?(?:pay|cover)\b|\bfree\b|\bat (?:my|your) (?:own )?(?:cost|expense)\b/i;
const SENDING = /寄|邮|快递|物流|取件|\bpost\w*|\bship\w*|\bcourier\w*|\bmail\w*|\bsend\w*/i;

/** Whether the message asks who pays the shipping of a return or exchange. */
export function asksReturnShipping(text: string): boolean {
  if (!RETURN.test(text)) return false;
  return SHIPPING_COST.test(text) || (WHO_PAYS.test(text) && SENDING.test(text));
}
