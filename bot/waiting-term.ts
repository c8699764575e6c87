/**
 * "what is 三包? I'm not Chinese", "三包是什么意思": the one after-sales term a customer meets in
 * our rules, explained in plain words while they wait, not the rule quoted at them again. Only
 * what the published 7/15-day rules and the warranty period say; no new facts.
 */
import type { Lang } from './phrases';
import { SANBAO_QUESTION } from './sanbao-words';

/** The one reader of "what is 三包" (sanbao-words.ts). */
export function termAsked(text: string): boolean {
  return SANBAO_QUESTION.test(text);
}

export function termAnswer(lang: Lang): string {
  return lang === 'zh'
    ? '“三包”就是国家规定的包修、包换、包退：买后7天内出现性能故障，可以选退货、换货或维修；15天内可以换货或维修；在保修期内可以免费维修。它和品牌自己的保修一起算，哪个更长按哪个。'
    : '"三包" (sanbao, the "three guarantees") is China\'s legal after-sales rule: if the product develops a performance fault within 7 days of purchase you can choose a refund, an exchange or a repair; within 15 days, an exchange or a repair; and during the warranty period it is repaired free. A longer brand warranty applies on top of it.';
}
