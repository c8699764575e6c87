/**
 * "要修的话怎么修，送哪里修", "if I get it repaired instead, where do I take it?": how a repair is
 * done and where the product goes. Asked beside a return it got the return rules again, and alone
 * it was read as "where is my parcel" (a ticket lookup). It is the which-way question
 * (visit-or-carry-in-question.ts), answered from the service-way entry, whatever was on the table.
 * The repair is named in the message: "where do I take it?" alone may be a return's drop-off.
 */

/** The repair named: 修, "repair", "fix". */
const REPAIR = /修|\brepair\w*|\bfix\w*/i;

/** How or where, of the repair or of the product going to it. */
const HOW_OR_WHERE =
  /(?:怎么|怎样|如何|咋)(?:去|来)?(?:维)?修|(?:去|到|在|上)哪(?:里|儿|边)?(?:去)?(?:维)?修|哪(?:里|儿|边)(?:能|可以|有)?(?:维)?修|(?:送|拿|带|寄|搬)(?:到|去|过去|给)?哪(?:里|儿|边|个地方)|(?:送|拿|带|寄)(?:去|到)?什么地方|修(?:的话)?(?:是|要|得)?(?:上门|来家里?)(?:还是|吗)|维修(?:的)?(?:流程|方式)|\bwhere (?:do|can|should|would|will|could) (?:i|we) (?:take|bring|send|drop|carry|post|get)\b|\bwhere (?:does|do|would|will|should) (?:it|they) (?:go|get)\b|\bhow (?:would|does|do|will|can|could) (?:a |the )?repairs? (?:work|happen|go|be done)\b|\bhow (?:do|would|can|could|will|should) (?:i|we) get (?:it|them|this|the \w+) (?:repaired|fixed|seen to)\b|\bwhere (?:can|could|do|would) (?:i|we) (?:get|have) (?:it|them|this|the \w+) (?:repaired|fixed)\b|\bwhere (?:is|are|would) (?:it|they) (?:be )?(?:repaired|fixed)\b|\b(?:do|should|would|must) (?:i|we) (?:bring|take|send|post|carry) (?:it|them) (?:somewhere|in|to you|to a)\b/i;

/** Whether the message asks how the repair is done or where the product is taken for it. */
export function asksRepairWay(text: string): boolean {
  return REPAIR.test(text) && HOW_OR_WHERE.test(text);
}
