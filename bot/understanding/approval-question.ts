/**
 * A question that asks whether what the customer means to do is all right, put at the end of what
 * they tell: "先不加盐行不行", "用白醋代替可以吗", "就这样用着没事吧", "I'll skip it for a week, is that
 * ok?", "if I use vinegar instead, would that work". The telling part carries the topic; the tail only
 * asks for a yes or no. Without a question mark these read as statements (a fault, or out of scope).
 */

/** The tail that asks for approval, at the end of a clause. */
const APPROVAL_TAIL = new RegExp(
  [
    // 行不行, 好不好, 可不可以, 能不能, 成不成, 要不要紧 … and 行吗, 可以吗, 好吗, 能行吗
    String.raw`(?:行不行|好不好|可不可以|可以不可以|能不能|成不成|妥不妥|要不要紧|碍不碍事|有没有(?:问题|事|影响)|会不会(?:有)?(?:问题|事|影响|坏))[呢啊呀吧嘛]*$`,
    String.raw`(?:行|可以|好|能行|成|妥|ok|OK|靠谱)(?:吗|么|嘛|不)[呢啊呀]*$`,
    // 没事吧, 没问题吧, 可以吧, 不要紧吧: asks to be told it is fine.
    String.raw`(?:没事|没问题|没关系|没影响|可以|行|不要紧|不碍事|不会坏|不会有事|安全)(?:的)?吧[呢啊呀]*$`,
    String.raw`\b(?:is (?:that|it|this) (?:ok|okay|alright|all right|fine|safe|a problem|an issue)|(?:would|will|does|could) (?:that|it|this) (?:work|do|be (?:ok|okay|fine|alright|all right|safe|a problem))|(?:that|it)(?:'s| is) (?:ok|okay|fine|alright),? right|(?:ok|okay|alright|fine),? right|any harm in (?:that|it|doing (?:that|so))|would it hurt)\s*$`,
  ].join('|'),
  'i',
);

/**
 * Whether the clause is little more than the approval tail ("这样行不行", "先不加行不行", "is that ok"):
 * its subject is what was told before it. "我自己买个电机换可以吗" says its own subject.
 */
export function bareApproval(clause: string): boolean {
  const trimmed = clause.replace(/[\s?？。.!！~～]+$/u, '');
  if (!APPROVAL_TAIL.test(trimmed)) return false;
  const rest = trimmed
    .replace(APPROVAL_TAIL, '')
    .replace(/^(?:if|and|so|but|then)\b|[,，\s]+/gi, ' ')
    .trim();
  return /[\u4e00-\u9fff]/.test(rest) ? rest.replace(/[^\u4e00-\u9fff]/g, '').length <= 6 : rest.split(/\s+/).filter(Boolean).length <= 6;
}

/** Whether a clause ends by asking if what it tells is all right. */
export function asksApproval(clause: string): boolean {
  return APPROVAL_TAIL.test(clause.replace(/[\s?？。.!！~～]+$/u, ''));
}
