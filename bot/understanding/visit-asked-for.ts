/**
 * Asking whether someone can come ("你们师傅能来吗", "能不能派个人过来看看", "can your engineer come
 * out?", "could someone come today?"), as a side question once a ticket exists. It is a request
 * for a visit, and answered as one (bot/engine/visit-requested.ts), never with "I can't confirm
 * that here". Also: whether the customer asks for today, and whom the cold or the wait puts at risk.
 */
import { VULNERABLE } from './lexicons/urgency-cues';

const ZH_ASK =
  /(?:师傅|工程师|维修(?:的|员|人员)?|你们|售后)(?:今天|明天)?(?:能不能|可不可以|会不会)(?:今天|马上|现在|尽快|早点|快点|早一点|快一点|提前)?(?:过来|上门|来)|(?:师傅|工程师|维修(?:的|员|人员)?|你们|人|售后)(?:今天|明天|马上|现在|尽快)?(?:能|可以|会|能不能|可不可以|会不会)(?:今天|马上|现在|尽快|早点|快点|早一点|快一点|提前)?(?:过来|上门|来)(?:家里|一趟|一下|看看|看一下|修|修一下)?(?:吗|么|嘛|不|没|啊|呀|[?？])|(?:能|可以|能不能|可不可以)(?:今天|马上|现在|尽快)?(?:派|叫|安排)(?:个|一个|位|一位)?(?:人|师傅|工程师)(?:过来|上门|来)?|(?:派|叫|安排)(?:个|一个)?(?:人|师傅|工程师)(?:过来|上门|来)?(?:看看|修)?(?:吗|么|行不行|可以吗)/;
const EN_ASK =
  /\b(?:can|could|will|would|when can|when will|is|are)\s+(?:your|an|the|a|one of your|some|any)?\s*(?:engineers?|technicians?|techs?|repair ?(?:man|person)|someone|somebody|anyone|anybody|person)\s+(?:(?:please|actually|at least|be able to|able to|going to|available to|free to)\s+)?(?:come|visit|pop|drop|call round|be sent|get here|make it|coming)\b|\b(?:can|could|will) you (?:please )?send (?:an? |your |the )?(?:engineer|technician|tech|someone|somebody|anyone)\b|\bis (?:anyone|anybody|someone|somebody|an engineer) (?:coming|able to come)\b/i;

/** "…or do I send it in?", "还是我寄过去": how it is repaired is asked, not a visit (bot/waiting-service-way.ts). */
const OR_SEND = /\bor (?:do|should|must|can) (?:i|we)\b|\bor (?:is it|it'?s) (?:mail|post|carry)|还是(?:我|要我)?(?:自己)?(?:寄|送|拿)/i;

export function asksForVisit(text: string): boolean {
  return (ZH_ASK.test(text) || EN_ASK.test(text)) && !OR_SEND.test(text);
}

/** When the visit is wanted: "今天", "today", "right now" (today), or "尽快", "sooner", "asap" (soon). */
export function wantedWhen(text: string): 'today' | 'soon' | undefined {
  if (/今天|今儿|今晚|马上|现在就|\btoday\b|\btonight\b|\bright (?:now|away)\b/i.test(text)) return 'today';
  if (/尽快|越快越好|早点|快点|提前|\bsooner\b|\bearlier\b|\basap\b|\bas soon as (?:possible|you can)\b|\burgent\w*/i.test(text)) return 'soon';
  return undefined;
}

/** Cold with no heating, or no hot water, in the customer's words ("冻得受不了", "freezing", "no heating"). */
const COLD = /冻|冷得|太冷|好冷|没(?:有)?暖气|没(?:有)?热水|\bfreezing\b|\bcold\b|\bno (?:heat|heating|hot water)\b/i;

export type AtRisk = 'elderly' | 'infant' | 'unwell' | 'cold';

/** Who is at risk while waiting, as said. */
export function atRisk(text: string): AtRisk[] {
  const found: AtRisk[] = [];
  const vulnerable = new RegExp(VULNERABLE.source, 'i');
  if (vulnerable.test(text)) {
    if (/老人|老人家|\bgrandma\b|\bgrandpa\b|\belderly\b|\b[89]\d years? old\b|\b(?:s)?he'?s [89]\d\b/i.test(text)) found.push('elderly');
    if (/婴儿|宝宝|新生儿|小孩|孩子|\bbaby\b|\bnewborn\b|\bkids?\b|\bchildren\b/i.test(text)) found.push('infant');
    if (/孕妇|病人|卧床|残疾|\bpregnant\b|\bdisabled\b|\bsick\b/i.test(text)) found.push('unwell');
  }
  if (COLD.test(text)) found.push('cold');
  return found;
}
