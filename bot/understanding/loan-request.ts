/**
 * Asking to borrow a unit while their own is being repaired ("修的这几天能借台取暖器给我吗", "有没有
 * 备用机", "can you lend me a fan until it's fixed?", "do you give a loaner phone?"). It is a request
 * to the service, not a question about using their own appliance: read as "can I use my heater" it
 * got the heater's safety advice (playtest round 15).
 */
const LOAN =
  /(?:能|可以|可不可以|能不能|给|先)?借(?:我|给我|俺|我们)?(?:用)?(?:一|个|台|部|只|下)|借用|备用机|周转机|代用机|替换机|\blend (?:me|us)\b|\bloan(?:er| (?:me|us|unit|phone|device|machine|one))\b|\bborrow\b|\bcourtesy (?:phone|unit|device|machine)\b|\b(?:temporary|spare|stand-?in|substitute) (?:unit|phone|device|machine|heater|fridge|fan|one)\b/i;

/** Not a loan: "借口", "借记卡", "借钱"; a loan asked of us needs the request words above. */
const NOT_LOAN = /借口|借记|借钱|借款|借贷|借条/;

/** Whether the message asks the service to lend a unit. */
export function asksForLoanUnit(text: string): boolean {
  return LOAN.test(text) && !NOT_LOAN.test(text);
}
