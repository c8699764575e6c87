/**
 * A question about acting safely on the problem at hand ("要不要拔插头？", "should I turn off the
 * water?", "is it safe to touch it?"). The knowledge base has no passage for it, and "no exact
 * information" is the wrong answer to a customer standing near water and a socket: the safety rules
 * answer it, decided by rules, never by a model.
 */
import { safetyAdviceFor } from '../understanding/lexicons/safety';
import type { Lang } from '../phrases';

/** The plug, the power, the water, the gas valve, touching or mopping up. */
export const SAFETY_QUESTION =
  /(?:拔|插)(?:掉|下)?(?:插头|电源)|断电|关(?:掉)?(?:电|总闸|电闸|空开|水|阀|燃气|煤气)|(?:能|可以|要不要|该不该|敢)[^，。？?]{0,6}(?:碰|摸|拖|擦|处理|清理)|\b(?:unplug|switch(?:ed)? off|turn(?:ed)? off|breaker|fuse ?box|power off|shut off|water supply|stop ?cock|valve|(?:safe to|can i|should i|ok to) touch|mop|clean (?:it )?up)\b/i;

/** Water where it should not be: a leak, a flood, a puddle. */
const WATER = /漏水|渗水|溢水|冒水|积水|一地|地上[^，。]{0,4}水|泡水|进水|\b(?:leak\w*|flood\w*|puddles?|overflow\w*|water (?:on|all over|everywhere)|wet floor)\b/i;

const GENERAL: Record<Lang, string> = {
  zh: '安全起见：手是干的、插头和插座不烫不湿，就可以拔掉插头；插头发烫、冒烟、有水，或您拿不准，就先在总电闸（空气开关）断电，再处理。断电后先不要再用，等检查过再说。',
  en: 'To be safe: if your hands are dry and the plug and socket are neither hot nor wet, you can unplug it. If the plug is hot, smoking or wet, or you are unsure, switch off at the breaker first. Once it is off, leave it off until it has been checked.',
};

/**
 * The safe answer to a question about acting on the problem, or undefined when the message does
 * not ask one. `about` is what is known of the problem (its description, this message); with no
 * problem on the table (`problemOpen` false) only water near electrics is answered this way.
 */
export function answerSafetyQuestion(question: string, about: string, lang: Lang, problemOpen = true): string | undefined {
  if (!SAFETY_QUESTION.test(question)) return undefined;
  if (WATER.test(`${about} ${question}`)) return safetyAdviceFor(['water_electric'])[lang];
  return problemOpen ? GENERAL[lang] : undefined;
}
