/**
 * What one question is about, in the few kinds a reply can be checked for (issue 16, "answers"):
 * the warranty, a price or fee, what a display message or light means, compensation. A message
 * that asks two things ("还保吗？内胆多少钱") must get an answer to each; the engine checks the
 * reply it built for each question's kind and answers the one it left out. Also names a question's
 * topic in our own words, so an unanswered one is never quoted back to the customer.
 */
import type { Lang } from '../phrases';

export const QUESTION_TOPICS = ['warranty', 'price', 'meaning', 'compensation', 'other'] as const;
export type QuestionTopic = (typeof QUESTION_TOPICS)[number];

const WARRANTY = /保修|保吗|保不保|还保|在保|过保|保内|质保|三包|包修|warrant|\bcovered\b|\bcover\b|guarantee/i;
const PRICE =
  /多少钱|多少费用|收不收|(?:花|付|掏)钱|价格|价钱|什么价|几块钱|几百|多少块|费用|收费|怎么收|咋收|贵不贵|贵吗|要钱|收钱|花多少|要多少|上门费|人工费|手工费|维修费|配件费|免费|how much|\bfree\b|\bprice|\bcosts?\b|\bfees?\b|\bcharge[sd]?\b|\bpay\b|expensive/i;
const MEANING =
  /什么意思|啥意思|是什么|是啥|代表什么|代表啥|意味着|表示什么|指什么|怎么回事|咋回事|什么情况|\bmean(?:s|ing)?\b|\bstand for\b|what(?:'s| is| are) (?:th(?:is|at|e)|these|those) .{0,30}(?:light|symbol|icon|sign|message|code|display)/i;
const COMPENSATION = /赔偿|赔钱|补偿|赔我|索赔|compensat|reimburs/i;

/** The kind of one question (the first that fits: compensation, warranty, meaning, price). */
export function questionTopic(question: string): QuestionTopic {
  if (COMPENSATION.test(question)) return 'compensation';
  if (WARRANTY.test(question)) return 'warranty';
  if (MEANING.test(question)) return 'meaning';
  if (PRICE.test(question)) return 'price';
  return 'other';
}

/** Words in a reply that show it speaks to the topic (an answer, or the question that leads to one). */
const COVERS: Record<QuestionTopic, RegExp> = {
  warranty: /保修|三包|在保|过保|保内|质保|什么时候买|哪年买|购买时间|warrant|\bcover|when did you buy|purchase date/i,
  // "上门费和人工费可能要收" does not say what they are: a price answer says how much, or who quotes it.
  price: /报价|价格|价钱|收费标准|\d+\s*元|免收|免费|quote|price|\d+\s*CNY|\bfree\b|no charge/i,
  meaning: /一般是|通常是|多为|多是|意思是|表示|说明|指的是|means|usually|typically|indicates|is telling you/i,
  compensation: /赔偿|补偿|compensat/i,
  other: /[\s\S]/,
};

/** Whether a reply speaks to a question of this topic. */
export function replyCovers(topic: QuestionTopic, reply: string): boolean {
  return COVERS[topic].test(reply);
}

const NAMES: Record<QuestionTopic, { zh: string; en: string }> = {
  warranty: { zh: '关于保修', en: 'about the warranty' },
  price: { zh: '关于费用', en: 'about the cost' },
  meaning: { zh: '关于显示或指示灯的意思', en: 'about what the display or light means' },
  compensation: { zh: '关于赔偿', en: 'about compensation' },
  other: { zh: '您问的这一点', en: 'on that point' },
};

/** The topic named in our own words ("关于费用", "about the cost"), never the customer's quoted text. */
export function topicName(topic: QuestionTopic, lang: Lang): string {
  return NAMES[topic][lang];
}
