/**
 * "Do I bring it in or do you collect it?", "要我送过去还是你们上门", "是寄过去修吗", asked while
 * waiting (issue 16, "waiting"): answered with how this product is serviced, as the rest of the
 * bot says it (carriedIn in engine/wording.ts): a phone, a laptop, a kettle goes to an official
 * service centre or by mail-in; a large appliance gets an engineer at home, nothing to carry.
 */
import { carriedIn, categoryName } from './engine/wording';
import type { Lang } from './phrases';

/** Asking where or how the repair happens: bring it, send it, or someone comes. */
const SERVICE_WAY =
  /(?:送|拿|带|搬|寄)(?:过去|去|到)?(?:修|店|网点|服务中心|维修点)|(?:送|拿|带|搬|寄)过去|(?:要|得|需要)(?:我)?(?:自己)?(?:送|拿|带|寄)(?:过去|去)?|送修还是|寄修|(?:你们|师傅|工程师)(?:会)?(?:上门|来(?:拿|取|收|家里?)|过来)|(?:来|上门)(?:拿|取|收件)|在哪(?:里|儿)?修|去哪(?:里|儿)?修|\b(?:bring|take|drop|carry|send|post|mail|ship) (?:it|this|the \w+|them)(?: \w+)? (?:in|to|off|over)\b|\b(?:do|will|can|could|would) (?:you|they|someone|an? (?:engineer|technician)) (?:come|collect|pick (?:it )?up|fetch)\b|\b(?:collect|pick up|pickup|collection)\b|\bwhere (?:do|should|can|will) (?:i|we|it) (?:take|bring|get|send)\b|\bwhere (?:is|will) it (?:be )?(?:repaired|fixed)\b|\b(?:home visit|come to (?:my|the) (?:home|house|flat|place))\b|\bmail-?in\b|\bservice cent(?:re|er)\b/i;
const ASKED = /[?？]|吗|么|还是|哪|\b(?:do|does|will|can|could|should|would|where|how|or)\b/i;

/** A question about the fee ("师傅上门要收费吗"): the fee rules answer it, not how the product is serviced. */
const FEE = /收费|费用|上门费|多少钱|要钱|免费|\b(?:fee|charge|cost|free|pay)\b/i;

export function serviceWayAsked(text: string): boolean {
  // Each question on its own: "is it free? do I bring it in?" still asks the way.
  return text.split(/(?<=[?？])/).some((part) => SERVICE_WAY.test(part) && ASKED.test(part) && !FEE.test(part));
}

/** How this product is repaired; undefined when the product is not known (the person will say). */
export function serviceWayAnswer(category: string | undefined, lang: Lang): string | undefined {
  if (!category) return undefined;
  const p = categoryName(category, lang);
  if (carriedIn(category))
    return lang === 'zh'
      ? `${p}不上门维修：送到官方服务中心检测，或者寄修（寄修的运费按品牌规定，保修内一般由品牌承担）。送修时带上购买凭证；客服联系您时会告诉您最近的服务中心，或帮您安排寄修。`
      : `A ${p} is not repaired at home: it goes to an official service centre, or by mail-in repair (shipping per the brand's rules, usually paid by the brand within warranty). Bring the proof of purchase; when the person contacts you they will give you the nearest service centre or arrange the mail-in.`;
  return lang === 'zh'
    ? `${p}不用您搬去送修：工程师会上门检修，上门时间由客服联系您时约定。`
    : `You do not need to take the ${p} anywhere: an engineer comes to your home, and the person handling your case will arrange the time when they contact you.`;
}
