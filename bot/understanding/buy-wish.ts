/**
 * Wanting to buy something (a part, an accessory, a consumable, a new one) rather than have it repaired:
 * "内胆涂层掉了，想买个新的", "配件在哪里能买到", "你们卖不卖滤网", "do you sell spare parts", "where can I
 * buy a replacement jug". Answered with where to buy and whether it is covered, never a repair form.
 * Past purchases ("刚买的", "买了两年", "I bought it in May") are not a wish to buy.
 */
import { WORTH_REPAIRING } from './repair-or-replace';

const ZH_WISH =
  /(?:想|要|准备|打算|需要|能不能|能否|可以|可不可以|得|再|重新|另外|单独|自己)(?:单独|重新|另外|再)?(?:买|购买|购置|订购|配)(?![了的过来])|(?:哪里|哪儿|哪边|在哪|去哪|到哪|哪能|怎么|如何|什么地方)(?:里|儿)?(?:能|可以|才能)?(?:买|购买|订购|配)(?![了过])|(?:有没有|有|卖不卖|还卖|单独卖|单卖)(?:卖)?(?:的)?(?:配件|零件|备件|耗材|内胆|滤芯|滤网|配套)|(?:配件|零件|备件|耗材|附件|配套)(?:怎么|哪里|在哪|去哪|哪儿)?(?:有)?(?:卖|买|购买)(?![了过])|(?:单独|单)(?:买|卖|购买)|卖不卖|有没有(?:得)?卖|有(?:的)?卖(?:吗|么|嘛)|你们(?:这里?|那里?|店里|官方)?(?:卖|出售|有卖)/;

const EN_WISH =
  /\b(?:want|wanna|need|like|going|looking|plan(?:ning)?|hoping) (?:to )?(?:buy|purchase|order)\b|\b(?:where|how) (?:can|could|do|should|would) (?:i|we|you) (?:buy|purchase|order)\b|\bwhere to (?:buy|purchase|order|get)\b|\b(?:where|how) (?:can|could|do) (?:i|we) (?:get|find) (?:a |an |the |some )?(?:new|spare|replacement|another|extra|original|genuine|real|authentic|official)\b|\bdo you (?:sell|stock)\b|\b(?:sell|selling) (?:spare |replacement )?(?:parts?|spares?|accessor\w+)\b|\bbuy (?:a |an |the |some )?(?:new|spare|replacement|another|extra|original|genuine) \w+|\bcan i (?:buy|purchase|order)\b/i;

/** Buying a part to fit oneself ("自己买个电机换可以吗", "can I buy the part and replace it myself") is a do-it-yourself question, answered as such elsewhere. */
const DIY = /自己(?:买|动手|拆|换|装|修)|自行(?:更换|安装|维修|拆)|\bmyself\b|\bdiy\b|\bmy own\b|\bourselves\b/i;

export function wantsToBuy(text: string): boolean {
  // "太贵就买台新的", "I'd rather buy a new one": weighing the repair, a question about it (repair-or-replace.ts).
  if (DIY.test(text) || WORTH_REPAIRING.test(text)) return false;
  return ZH_WISH.test(text) || EN_WISH.test(text);
}
