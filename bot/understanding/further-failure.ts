/**
 * "冷冻那边现在也开始化了", "好的 不过下面那层也不凉了", "now the freezer side is going soft too": after the
 * self-help steps, another part of the product failing as well. It says the steps did not fix it (the
 * fault has spread), never "glad it works" because the message opened with "好的"/"ok"; and the new
 * symptom joins the problem the engineer will read (bot/brains/offline/further-failure-commands.ts).
 */

/** A part that stopping is the fault: "也不冷了", "也不转了" (but "也不漏了" is good news, below). */
const ZH_ALSO_FAILING =
  /(?:也|都|同样|跟着)(?:开始|跟着|变得|有点|有些|一起)?(?:不(?:冷|凉|冻|制冷|制热|热|转|亮|工作|出水|加热|排水|脱水|动|启动|开机)|软|化|热|漏|滴|响|坏|停|跳闸|闪|冒|结冰|结霜|臭|有味|发烫|发热|不行)/;
/** The same words when they report a symptom gone: 也不漏了, 也不响了, 也好了, 也正常了. */
const ZH_ALSO_FINE = /(?:也|都)(?:不(?:漏|滴|响|叫|吵|报警|报错|跳闸|闪|冒烟|抖|震|结冰|结霜|臭)了|好了|正常|可以|没问题|没事)/;
/** A further part or "now"/"too" with a failing state in English. */
const EN_FAILING =
  /\b(?:warm|warmer|hot|soft|melting|thawing|defrosting|leaking|dripping|dead|noisy|rattling|buzzing|beeping|flashing|broken|stopped|off|not (?:cold|cooling|freezing|working|heating|draining|spinning|turning on|lighting up))\b|\bgoing (?:soft|warm|off)\b|\bgetting (?:warm|hot|soft)\b/i;
const EN_FURTHER = /\b(?:too|as well|also|now|either|other (?:side|part|one|compartment|door|burner|ring))\b/i;
/** "the other side works too", "fine as well": good news, not a further failure. */
const EN_FINE = /\b(?:works?|working|fine|ok|okay|good|normal|fixed|sorted|back to normal)\b(?![^.!?]{0,20}\b(?:but|except)\b)/i;
/** Warm air back after a heating pause ("blowing hot air again"): the heating restored, not a fridge gone warm. */
const EN_WARM_AGAIN = /\b(?:blowing|pushing|giving out|putting out) (?:warm|hot)(?: air)? again\b|\b(?:warm|hot) air (?:is |was )?(?:coming out |blowing )?(?:again|back)\b/i;
const QUESTION = /[?？]|[吗嘛么][\s。!！~]*$/;

/** Whether the message reports another part failing as well (asked nothing). */
export function furtherFailure(text: string): boolean {
  if (QUESTION.test(text)) return false;
  if (ZH_ALSO_FAILING.test(text) && !ZH_ALSO_FINE.test(text)) return true;
  return EN_FAILING.test(text) && EN_FURTHER.test(text) && !EN_WARM_AGAIN.test(text) && !EN_FINE.test(text.replace(/\b(?:ok|okay)\b[,.!\s]*/i, ''));
}
