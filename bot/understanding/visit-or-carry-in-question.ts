/**
 * "你们是上门修，还是我寄过去", "do you come out for this, or do I take it in?": which way the repair
 * is done. Answered with "what model is it?" or "no reliable information" before; the answer is
 * plain: large appliances are repaired at home, small appliances and electronics at a service centre
 * or by mail-in (knowledge/sample/carry-in-service.json).
 */
import { firstCategory } from '../../kernel/lexicon/product-categories';
import { carriedIn } from '../engine/wording';
import { asksRepairWay } from './repair-way-question';

/** Someone coming to the home. */
const ONSITE =
  /上门|派(?:个)?人|派(?:个)?师傅|来家|到家|家里来|过来修|来修|\b(?:come|send (?:someone|somebody|a technician|an engineer)|visit|call[- ]out|come out|come round|come over|home visit|on-?site|at (?:my )?home|to my (?:home|house|place|flat))\b|\bsomeone (?:come|visit)\w*/i;

/** The customer taking or posting it in. */
const CARRY =
  /寄|邮|快递|送(?:过去|去|到|修)|(?:拿|带|搬|扛|拎)(?:过去|去|到)|自己(?:拿|送|带|搬)|网点|服务中心|维修点|店里|\b(?:post|mail|ship|courier)\w*|\bsend (?:it|them) (?:in|off|away|to you)\b|\b(?:take|bring|carry|drop|haul|lug) (?:it|them|\w+) (?:in|to|off|over|somewhere|anywhere|there)\b|\bcarry[- ]in\b|\bservice (?:cent(?:re|er)|point)\b|\brepair shop\b|\bworkshop\b/i;

/** Whether someone comes, asked on its own ("有人上门修吗", "will someone come to me?"). */
const ONSITE_ASKED =
  /上门(?:来)?(?:修|维修|服务|检修|看)?(?:吗|么|不|没)|(?:能|可以|会)(?:不能)?上门|有(?:没有)?人(?:会)?上门|上不上门|\b(?:do|will|would|can|could) (?:you|someone|somebody|a technician|an engineer|they) (?:come|visit|send)\b|\bis (?:there )?(?:a )?home (?:visit|repair)\b|\bhome (?:visit|repair)s? (?:available|possible|for)\b/i;

/** The money, which the fee rules answer ("上门要钱吗"). */
const FEE = /钱|费|免费|\bfree\b|\bcharg\w*|\bcosts?\b|\bfees?\b|\bpay\b|\bhow much\b/i;
/** The time, which the visit answers say ("上门几点来"). */
const WHEN = /什么时候|啥时候|几点|多久|哪天|\bwhen\b|\bwhat time\b|\bhow (?:long|soon)\b/i;

/**
 * Whether the message asks if the repair comes to the home or the product goes to the repair:
 * both named, someone coming asked about a carried-in product, or carrying in asked about a large one.
 */
export function asksVisitOrCarryIn(text: string, category: string | undefined): boolean {
  if (FEE.test(text) || WHEN.test(text)) return false;
  // "要修的话怎么修，送哪里修": how and where, with no way named yet.
  if (asksRepairWay(text)) return true;
  const asks = /[?？]|还是|吗|么|呢|\bor\b|\b(?:do|does|will|would|can|could|should|must|have to|need to)\b/i.test(text);
  if (!asks) return false;
  if (ONSITE.test(text) && CARRY.test(text)) return true;
  // (The product named in the message counts when the conversation has none yet: "耳机坏了，有人上门吗".)
  category = category ?? firstCategory(text);
  if (!category) return false;
  if (carriedIn(category)) return ONSITE_ASKED.test(text);
  return CARRY.test(text) && /(?:要|得|需要|必须)(?:我)?(?:自己)?|\b(?:do|must|should) i\b|\b(?:have|need) to\b/i.test(text);
}
