/**
 * A phone, an order number or an address sent while a return, repair or complaint is collecting
 * its details ("订单号…，手机139…，地址…" right after "shall I register the return?") are that
 * request's details, not a wish to look up tickets under that phone. The lookup by phone (a texted
 * code, phone-lookup.ts) is only for a customer who asks after a ticket or repair that already exists.
 */

/** The jobs that collect a phone, an order or an address of their own. */
const COLLECTING_FLOWS = new Set(['return', 'repair', 'complaint', 'deliveryDamage']);

/**
 * Asking after something already requested: its progress, when someone comes, the ticket itself.
 * ("订单号" alone is no such question: a return quotes the order it is about.)
 */
const ASKS_AFTER_ZH =
  /进度|到哪(?:了|一步)|什么状态|怎么样了|处理得?怎么样|催|怎么还没|还没(?:人|有人)?(?:联系|来|上门|回复|处理|修好|到)|查(?:一下|下)?(?:我的?)?(?:工单|维修单|报修)|(?:之前|上次|已经|前几天|上周)(?:的)?(?:报修|报的|约的|申请的)|什么时候(?:来|上门|到|有人|联系|处理)/;
const ASKS_AFTER_EN =
  /\bstatus\b|\bprogress\b|\bany (?:update|news)\b|\bupdate on\b|\bwhere is (?:my|the)\b|\bhaven'?t (?:heard|had|received)\b|\bstill (?:waiting|no one|nobody)\b|\bwhen (?:is|will) (?:the )?(?:engineer|technician|someone|it)\b|\b(?:existing|earlier|previous|open) (?:ticket|request|repair|booking)\b|\bcheck (?:on )?(?:my|the) (?:ticket|request|repair|booking)\b|\blook (?:up|for) my (?:ticket|request|repair|booking)\b/i;

/** The message asks after a ticket or repair that already exists. */
export function asksAfterExisting(text: string): boolean {
  return ASKS_AFTER_ZH.test(text) || ASKS_AFTER_EN.test(text);
}

/**
 * The message gives the open request its phone, order number or address (a request's flow is open,
 * or the last reply asked for the phone or the address, as after a complaint went to a person), and
 * asks after no existing ticket: nothing to look up.
 */
export function givesRequestDetails(at: { flow?: string; awaiting?: string }, slots: { phone?: string; orderNumber?: string; address?: string; ticketNumber?: string }, text: string): boolean {
  const collecting = (at.flow !== undefined && COLLECTING_FLOWS.has(at.flow)) || at.awaiting === 'phone' || at.awaiting === 'address';
  if (!collecting) return false;
  if (slots.ticketNumber || !(slots.phone || slots.orderNumber || slots.address)) return false;
  return !asksAfterExisting(text);
}
