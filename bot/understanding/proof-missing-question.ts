/**
 * A question about going on without proof of purchase: the receipt or invoice is lost, thrown
 * away or was never kept, and the customer asks what now, or whether the repair is still covered
 * or free (playtest round 15: asked in the middle of a booking it started a second warranty check
 * that asked the date again, or got "no information"). It is a question about the proof-of-purchase
 * rule, not a request to work out the warranty: the engine answers it from that rule
 * (bot/engine/proof-missing-answer.ts) and the booking goes on.
 */

// The paper that proves the purchase, in the words customers use for it.
const PROOF_ZH = '发票|小票|收据|单据|票据|凭证|购物凭证|购买凭证|购机凭证|单子|票';
const PROOF_EN = String.raw`receipts?|invoices?|proof of (?:purchase|payment)|sales slip|till slip|paperwork|purchase (?:record|papers?)|bill`;

// Gone, never had, cannot find: before the paper ("丢了发票", "lost the receipt") or after it ("发票丢了", "receipt is gone").
const GONE_BEFORE_ZH = String.raw`(?:没有|没|无|丢了?|弄丢了?|扔了?|找不到|找不着|找不见|不见了?|没留|没开|没要)(?:了)?`;
const GONE_AFTER_ZH = String.raw`(?:也|都|早就?|早都|已经|好像|应该)?(?:丢了?|弄丢了?|扔了?|没了|没有了?|找不到了?|找不着了?|找不见了?|不见了?|没留|没开|没要|早没了|不在了)`;
const GONE_BEFORE_EN = String.raw`\b(?:no|lost|lose|misplaced|threw (?:out|away)|thrown (?:out|away)|binned|tossed|without|(?:don'?t|dont|do not|didn'?t|did not|never) (?:have|keep|kept|get|got)|(?:can'?t|cant|cannot|couldn'?t) find|(?:haven'?t|have not) got)(?: (?:a|an|the|my|any|our))?`;
const GONE_AFTER_EN = String.raw`(?:\s+(?:is|was|are|were|has|have|'s|got|been)){0,2}\s+(?:gone|lost|missing|thrown (?:out|away)|in the bin|long gone|nowhere)|\s+(?:away|out)\b`;

const MISSING = new RegExp(
  [
    `(?:${GONE_BEFORE_ZH})[^，。,.!！?？]{0,6}?(?:${PROOF_ZH})`,
    `(?:${PROOF_ZH})[^，。,.!！?？]{0,4}?${GONE_AFTER_ZH}`,
    String.raw`${GONE_BEFORE_EN}\s+(?:\w+\s+){0,2}?(?:${PROOF_EN})\b`,
    String.raw`\b(?:${PROOF_EN})\b(?:${GONE_AFTER_EN})`,
    // "小票不知道放哪了", "发票也不知道丢哪儿去了": not found, said as not knowing where it is.
    `(?:${PROOF_ZH})[^，。,.!！?？]{0,4}?(?:也|都)?不(?:知道|晓得|记得)(?:放|丢|扔|塞|搁)?(?:到|在)?哪(?:儿|里)?(?:去)?了?`,
    // "no idea where the receipt is", "can't remember where I put the invoice"
    String.raw`\b(?:no idea|no clue|not sure|(?:don'?t|do not) know|(?:can'?t|cannot|don'?t) remember|forgot) where (?:i (?:put|left|kept) |we (?:put|left|kept) )?(?:the |my |our )?(?:${PROOF_EN})\b`,
    // "threw the receipt away", "tossed the invoice out"
    String.raw`\b(?:threw|thrown|tossed|binned|chucked)\s+(?:(?:the|my|our)\s+)?(?:${PROOF_EN})\s+(?:away|out)\b`,
  ].join('|'),
  'i',
);

// What they ask: still covered, still free, what now, can I still get it repaired.
const ASKS =
  /[?？]|[吗嘛么呢][\s。!！~]*$|怎么办|咋办|怎么弄|怎么处理|怎么算|还能|还可以|能不能|可不可以|行不行|有没有影响|影响|还保|保修|三包|免费|还算|\b(?:can|could|will|would|is|does|do|am|what|how|still)\b[^.!]*\b(?:cover\w*|warrant\w*|free|repair\w*|fix\w*|claim|prove|happens?|now|ok|okay|matter)\b/i;

/** Whether the message asks what happens without the proof of purchase. */
export function asksWithoutProof(text: string): boolean {
  return MISSING.test(text) && ASKS.test(text);
}
