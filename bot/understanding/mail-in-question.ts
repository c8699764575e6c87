/**
 * Sending a product away to be repaired ("能寄修吗", "可以快递过去修吗", "do you do mail-in repair?",
 * "can I post it to you to be fixed?"): a question about how the repair is done, answered from the
 * mail-in rule. It is no return: the return paragraph answered it in playtest round 15. (Posting a
 * product back for a refund or exchange is the return reading's, which comes first.)
 */
export const MAIL_IN =
  /寄修|邮寄|(?:寄|邮|快递)(?:过去|回去|给你们|到你们|到售后|到维修|到服务)|(?:寄|邮|快递)[^，,。？?]{0,6}(?:修|维修|检测)|\bmail[- ]?in\b|\bby (?:post|mail|courier)\b|\b(?:post|mail|ship|courier|send) (?:it|them|the \w+|my \w+)(?: \w+)? (?:to you|in|away|off)\b|\b(?:post|mail|ship|courier|send)\w* (?:it |them |the \w+ |my \w+ )?(?:\w+ )?(?:to be (?:fixed|repaired)|for (?:a |the )?repair)\b/i;

/** Whether the message asks about sending the product away for repair. */
export function asksMailIn(text: string): boolean {
  return MAIL_IN.test(text);
}
