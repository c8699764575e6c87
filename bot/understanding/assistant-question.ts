/**
 * Questions about the assistant itself: what it can do ("那你能干啥", "what can you do then?"), and
 * what it is ("你是不是AI", "aren't you a bot?"). After a refusal, "what can you do?" got the same
 * refusal again, and "are you an AI?" a promise that an engineer would answer it. The first is
 * answered with what the assistant does, the second honestly: an automated assistant, not a person.
 */

/** What the assistant can do or is for. */
const ABILITIES =
  /你(?:们)?(?:都|到底|究竟)?(?:能|会|可以)(?:帮(?:我|忙)?)?(?:干|做|处理|办)?(?:点|些)?(?:什么|啥|哪些事?)(?=[\s?？!！。,，呢呀啊吗]|$)|你(?:都|到底)?(?:能|会)干(?:嘛|吗)|你(?:有|还有)(?:什么|啥)用|你是干(?:什么|啥|嘛)的|(?:能|可以)帮(?:我)?(?:做|干|办)?(?:些)?(?:什么|啥)|\bwhat (?:else )?(?:can|could|do) you (?:do|help(?: me)? with|offer|handle)\b(?! (?:about|with|to)\b)|\bwhat are you (?:for|good for|able to do|here for)\b|\bhow (?:can|could) you help\b|\bwhat do you do\b|\bwhat is this (?:chat|service) for\b/i;

/** Whether the assistant is a person, a program or an AI. */
const IDENTITY =
  /你(?:到底|究竟)?(?:是不是|是)(?:个|一个)?(?:真人|机器人|人工智能|ai|程序|自动回复|电脑|机器|人)(?:吗|么|嘛|吧|啊|呀|呢)?|(?:是|是不是)(?:真人|机器人|人工智能|ai)(?:吗|吧|在回)|(?:机器人|ai|真人)(?:在)?回(?:复|答)的?(?:吗|吧)|\bare(?:n'?t| not)? you (?:an? |just an? |actually an? |really an? )?(?:ai|a\.i\.|bot|robot|human|real person|real|person|machine|chat ?bot|computer|program|automated)\b|\bam i (?:talking|chatting|speaking) (?:to|with) (?:an? )?(?:ai|bot|robot|human|real person|person|machine|computer)\b|\bis this (?:an? )?(?:ai|bot|robot|automated|real person|human|machine)\b/i;

export type AssistantQuestion = 'abilities' | 'identity';

/** Which question about the assistant the message asks, if any (what it is wins: it is the one to answer honestly). */
export function assistantQuestion(text: string): AssistantQuestion | undefined {
  if (IDENTITY.test(text)) return 'identity';
  if (ABILITIES.test(text)) return 'abilities';
  return undefined;
}
