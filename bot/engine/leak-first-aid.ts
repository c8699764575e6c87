/**
 * Stopping a leaking dishwasher, washing machine or water purifier for now, before anyone comes:
 * stop the programme, cut the power safely (at the plug only when the plug, the socket and your
 * hands are dry, otherwise at the breaker), close its water tap, wipe up, and do not run it again
 * until it is checked. Asked while waiting for a person too ("how do I stop it leaking for now?"),
 * where a policy search found installation text instead. Decided by rules, never by a model.
 */
import type { Lang } from '../phrases';
import { categoryName } from './wording';

/** Appliances on the water supply, whose leak a tap stops. */
const ON_THE_WATER_SUPPLY = new Set(['dishwasher', 'washing_machine', 'water_purifier']);
/** Their names, for a message or ticket that names one where the category was not kept. */
const NAMED = /洗碗机|洗衣机|洗烘一体|净水器|\b(?:dish ?washer|washing machine|washer(?:-dryer)?|water (?:purifier|filter))\b/i;

/** Water where it should not be. */
const LEAK =
  /漏水|渗水|滴水|冒水|溢水|往外(?:流|冒|渗|滴)|漏(?:得|了)|淹|(?:一|满)地(?:的)?水|地上(?:全是|都是)?水|\b(?:leak\w*|flood\w*|dripp?\w*|overflow\w*|seep\w*|water (?:on|all over|everywhere|coming out|pouring|under)|puddles?|pool of water)\b/i;

/** Making it stop, now, before anyone comes. */
const STOP_NOW =
  /止住|止水|堵住|不漏|别(?:再)?漏|先怎么办|现在怎么办|该怎么办|怎么处理|先(?:怎么|咋)(?:处理|弄|办)|应急|临时(?:处理|办法)|(?:让|把)(?:它|水)(?:先)?(?:停|止)|\bstop (?:it|the (?:leak\w*|water|dripping|drip|flood\w*)|(?:it )?(?:from )?(?:leak\w*|dripp?\w*))\b|\b(?:for now|in the meantime|meanwhile|until (?:someone|they|the engineer) comes)\b|\bwhat (?:do|should|can) i do\b|\bmake it stop\b|\bemergency\b/i;

/** Whether this product (or, unnamed, what was said of it) is a leaking appliance on the water supply. */
function waterAppliance(category: string | undefined, about: string): boolean {
  return category ? ON_THE_WATER_SUPPLY.has(category) : NAMED.test(about);
}

/**
 * Whether the message asks how to stop the leak for now. `about` is what is known of the problem
 * (the ticket's problem, the customer's earlier messages); `askedBefore` is their message before this
 * one: "it leaks from the bottom of the door" right after asking how to stop it is the same question.
 */
export function leakFirstAidAsked(text: string, category: string | undefined, about: string, askedBefore?: string): boolean {
  const leaking = LEAK.test(text) || LEAK.test(about);
  if (!leaking || !waterAppliance(category, `${about} ${text}`)) return false;
  return STOP_NOW.test(text) || Boolean(askedBefore && STOP_NOW.test(askedBefore) && LEAK.test(text));
}

/** The steps themselves, for a water appliance that leaks (also the fault flow's "safe checks first" when no case matches). */
export function leakFirstAidSteps(category: string | undefined, lang: Lang): string[] {
  const p = category ? categoryName(category, lang) : lang === 'zh' ? '机器' : 'machine';
  return lang === 'zh'
    ? [
        `先按停止（或取消）键让${p}停下来，不要再运行`,
        '断电：插头、插座和手都是干的、脚下没有水，才去拔插头；插座附近有水或拿不准，就先在总电闸（空气开关）断电',
        `关掉给${p}供水的水龙头或角阀（一般在水槽下面或机器后面）`,
        '把地上的水擦干，铺上毛巾，别让水流到插座那边',
        `检查之前先别再用${p}，停了看着不漏了也先别用`,
      ]
    : [
        `Stop the programme (stop or cancel button) so the ${p} is not running`,
        'Cut the power: pull the plug only if the plug, the socket and your hands are dry and you are not standing in water; if there is water near the socket, or you are unsure, switch off at the breaker instead',
        `Close the water tap or valve that feeds the ${p} (usually under the sink or behind the machine)`,
        'Wipe up the water and put towels down, keeping it away from the socket',
        `Don't run the ${p} again until it has been checked, even if the leak seems to stop`,
      ];
}

/** A leak of an appliance on the water supply described in this text. */
export function leakDescribed(text: string, category: string | undefined): boolean {
  return LEAK.test(text) && waterAppliance(category, text);
}

/**
 * The answer to "how do I stop it leaking for now?"; asked again after the steps were given
 * (`given`), the steps in one line, not the list word for word.
 */
export function leakFirstAidAnswer(category: string | undefined, lang: Lang, given = false, lastReply?: string): string {
  const again = leakFirstAidLine(category, lang, true);
  // Asked a third time: the one step that stops the water, in other words, never the last reply again.
  if (given && lastReply?.includes(again)) return tapFirst(category, lang);
  if (given) return again;
  const steps = leakFirstAidSteps(category, lang).map((s, i) => `${i + 1}. ${s}`);
  return [LEAD[lang], ...steps].join('\n');
}

const LEAD: Record<Lang, string> = { zh: '先这样止住漏水：', en: 'To stop the leak for now:' };

/** The steps in one line: said while handing over to a person, or again when asked again. */
export function leakFirstAidLine(category: string | undefined, lang: Lang, again = false): string {
  const p = category ? categoryName(category, lang) : lang === 'zh' ? '机器' : 'machine';
  return lang === 'zh'
    ? `${again ? '还是上面那几步：' : '等待期间先这样止住漏水：'}让${p}停止运行；插头、插座和手都是干的才拔插头，否则在总电闸断电；关掉给它供水的水龙头或角阀；把水擦干；检查之前先别再用。`
    : `${again ? 'The same steps as above: ' : 'While you wait, to stop the leak: '}stop the programme; pull the plug only if the plug, the socket and your hands are dry, otherwise switch off at the breaker; close the water tap or valve that feeds the ${p}; wipe up the water; and don't run it again until it has been checked.`;
}

function tapFirst(category: string | undefined, lang: Lang): string {
  const p = category ? categoryName(category, lang) : lang === 'zh' ? '机器' : 'machine';
  return lang === 'zh'
    ? `真正让水停下来的是关水：把给${p}供水的水龙头或角阀关紧，${p}保持停机断电。漏在门下面还是底下，要工程师拆开检查才能确定，修好之前先别用。`
    : `What actually stops the water is the tap: close the tap or valve that feeds the ${p} fully and keep the ${p} off. Where exactly it leaks (the door seal, underneath) needs the engineer to open it up; until then, please don't run it.`;
}

/** Whether the steps were given in one of these replies. */
export function leakFirstAidGiven(replies: string[] | undefined): boolean {
  return Boolean(replies?.some((r) => r.includes(LEAD.zh) || r.includes(LEAD.en) || r.includes('止住漏水：') || r.includes('to stop the leak:')));
}
