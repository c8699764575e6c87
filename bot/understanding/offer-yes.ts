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
