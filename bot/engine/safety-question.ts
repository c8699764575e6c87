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

/**
 * The power already switched off or the plug already pulled, told as a step taken ("断了电等了半小时
 * 还是显示E4", "pulled the plug for a bit, no change"): what became of the steps, not a question about
 * doing it safely. Said with a hazard at the plug (hot, smoking, wet, sparks), it is still that.
 */
const STEP_TAKEN =
  /断(?:了|过)电|断电[^，。？?]{0,8}?(?:等了|过了|了|后|再|重启|还是|也)|(?:拔|拨)(?:了|过|掉了|下来|下了|出来)|拔掉(?:插头|电源)?(?:后|以后|之后|再)|关(?:了|掉了|过)(?:电|总闸|电闸|空开)|(?:重新|再|又)(?:插|通电|上电|合上|开机)|\b(?:unplugged|pulled (?:the|its) plug|switched (?:it |everything )?off|turned (?:it |everything )?off|powered (?:it )?(?:off|down)|cut the power|flipped the breaker|reset the breaker|plugged (?:it )?back in|(?:off|unplugged) for (?:a |an |\w+ )?(?:minutes?|hours?|while|bit|quarter)|off and (?:back )?on(?: again)?|back on again|(?:did|done|tried|gave it) (?:a |the )?(?:power[- ]?off|power[- ]?cycle|hard reset)|power[- ]?cycled)\b/i;
/** Asking how or whether to do it ("要不要拔", "拔插头安全吗", "should I unplug it?"): then it is the question after all. */
const ASKS_HOW_OR_WHETHER =
  /要不要|该不该|能不能|可不可以|用不用|需不需要|(?:能|可以|要|该|敢|需要|得|必须)(?:先)?(?:拔|断|关|碰|摸)[^，。？?]{0,8}(?:吗|么|嘛)|(?:可以|行|好|安全|没事)(?:吗|么|嘛)|怎么(?:拔|断电|关)|\b(?:should i|shall i|do i (?:need|have) to|can i|is it (?:safe|ok|okay)|how do i|how (?:can|should) i|safe to)\b/i;
/** A hazard at the plug or socket, or smoke, sparks, a shock: then even a step taken is answered with the safety rules. */
const PLUG_HAZARD =
  /(?:插头|插座|插线板|电线|电源线)[^，。？?]{0,6}(?:烫|热|烧|黑|化|湿|焦)|冒烟|火花|打火|漏电|麻手|电到|焦味|糊味|烧焦|\b(?:plug|socket|outlet|cord|cable|wire)s?\b[^.,;?!]{0,20}\b(?:hot|warm|smok\w*|burn\w*|melt\w*|black\w*|wet|spark\w*)\b|\b(?:smok\w*|burning smell|sparks?|sparking|shock\w*)\b/i;

/** The customer told a step they already took with the power, not a question about taking it. */
export function tellsStepTaken(text: string): boolean {
  return STEP_TAKEN.test(text) && !ASKS_HOW_OR_WHETHER.test(text) && !PLUG_HAZARD.test(text) && !WATER.test(text);
}

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
  if (!SAFETY_QUESTION.test(question) || tellsStepTaken(question)) return undefined;
  if (WATER.test(`${about} ${question}`)) return safetyAdviceFor(['water_electric'])[lang];
  return problemOpen ? GENERAL[lang] : undefined;
}
