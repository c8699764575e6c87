/**
 * Whether our last reply ended on an offer to book ("If you like, I can register it for an engineer…",
 * "需要的话我可以帮您登记…", "Shall I book a visit?"). A yes after it answers that offer, not the
 * "did that fix it?" asked before it: the question the customer last saw is the one they answer.
 */

/** An offer to book or register, in our own reply's words (social-replies.ts, wording.ts). */
const OFFERS_BOOKING =
  /(?:我可以|可以帮您|要帮您|要不要我?帮您|需要的话我可以帮您)(?:登记|预约|安排|报修)|\bI can (?:register|book|arrange)\b|\b(?:shall|should) I (?:register|book|arrange)\b|\bwould you like me to (?:register|book|arrange)\b/i;
/** Our closing "did that fix it?": a yes to it says the fix worked. */
const ASKS_VERDICT = /试过之后好了吗|好了吗[？?]?$|\bDid that (?:fix|help)\b/i;

export function lastReplyOffersBooking(lastReply: string | undefined): boolean {
  const lines = (lastReply ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  // (The last line is what was asked; an offer in the steps above it, "if that doesn't fix it, …", is not.)
  const last = lines[lines.length - 1] ?? '';
  return OFFERS_BOOKING.test(last) && !ASKS_VERDICT.test(last);
}

/** Words that take an offer up and nothing more: a yes, a please, the booking verb, a thanks. */
const TAKE_UP =
  /需要|要的|好的|好|行|可以|嗯|麻烦(?:你|您)?了?|帮我|给我|登记|报修|预约|安排|一下|吧|谢谢|那就|就|请|是的|对|\b(?:yes|yeah|yep|yup|sure|ok(?:ay)?|please|pls|thanks?|thank you|go ahead|go on|do (?:it|that|so)|that would be (?:great|good|helpful)|that'?d be (?:great|good|helpful)|register (?:it|me|that)|book (?:it|me|that)|for an engineer|for me)\b/gi;

/** A short message that only takes the offer up ("sure, do that", "需要，登记一下吧", "好的 麻烦了"); a "no" or anything else leaves words over. */
export function takesOfferUp(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 40 && t.replace(TAKE_UP, '').replace(/[\s,，。.!！~、]/g, '') === '';
}
