/**
 * Service entries that answer one kind of request only, whatever words they share with a message:
 * the returns rules answer a customer who wants their money back or another unit, the installation
 * rules one who asks about installing, "replacing a part yourself" one who asks about parts or doing
 * it themselves, "where to buy" one who wants to buy. Matched by their shared words alone they
 * answered other questions (playtest round 15): "can I post it to you for repair?" got how to send
 * a return back, a leak got the dishwasher's installation niche, a cracked TV screen got which
 * consumables a user may replace. Each entry is recognised by its title (both languages), and the
 * message must ask for that entry's kind of thing.
 */
import { withoutDeniedInstall } from '../understanding/install-denied';

/** Wanting a refund or another unit, or asking about the return rules themselves. */
const RETURN_WISH =
  /退|换货|换新|换一台|换台|换个新|七天|7天|十五天|15天|无理由|三包|\brefund|\breturn(?:s|ed|ing)?\b|\bexchang\w*|money back|\bno[- ]reason\b|\b(?:7|15|seven|fifteen)[- ]days?\b|\bswap (?:it|them) for\b/i;

/** Installing, mounting, moving or delivering an appliance. */
const INSTALL_ASKED =
  /安装|装机|新装|装好|装上|装在|装到|来装|移机|拆装|重装|拆了.{0,4}装|搬家|挪(?:个|到|位置|地方)|换个?(?:房间|位置|地方)|挂墙|上墙|挂架|支架|打孔|嵌入|橱柜|尺寸|送货|配送|到货|\binstall\w*|\bmount\w*|\bbrackets?\b|\bniche\b|\bcabinet|\bdeliver\w*|\brelocat\w*|\bmov(?:e|ing) (?:it|them|my|our|the|this)\b[^.?!]{0,30}\b(?:to|into)\b|\bmov(?:e|ing) (?:house|home|flat|apartment)\b|\btake (?:it|them) with (?:me|us)\b|\b(?:take|taking) (?:\w+ ){0,2}down\b|\bput (?:it|them) (?:back )?up\b|\bre-?install\w*|\bfit(?:ted|ting)? (?:it|a new)\b/i;

/** A part or accessory, or doing the repair themselves. */
const PART_OR_SELF =
  /零件|配件|部件|耗材|滤芯|滤网|加热管|电机|主板|自己(?:换|修|拆|装|动手)|自行(?:更换|维修|拆)|拆开|拆机|\bparts?\b|\baccessor\w*|\bconsumables?\b|\bmyself\b|\bourselves\b|\bDIY\b|\bspare\b|\bopen(?:ing)? it\b|\btake it apart\b|\bvoid\w*/i;

/** Wanting to buy something (not "when I bought it"). */
const BUY_WISH =
  /(?<!购)买(?![的了过])|购买(?!时间|日期|凭证|记录|的)|有卖|卖不卖|卖吗|在卖|\bbuy(?:ing)?\b|\bsell(?:s|ing)?\b|\bpurchase (?:a|an|one|another|new|spare)\b|\border (?:a|an|one|another|new)\b|where (?:can|do|could) (?:i|we) (?:get|find)\b|\bget (?:a|another) (?:new |replacement )?\w+/i;

/**
 * Where an appliance may be put ("能放卫生间吗", "can it go on the balcony?"): an installation
 * question too, though it may name no installing verb.
 */
const PLACEMENT_ASKED =
  /(?:能|可以|能不能|可不可以|不能|得)(?:装|挂|放)|(?:装|挂|放|摆)[^，,。？?]{0,4}(?:卫生间|浴室|洗澡间|淋浴间|洗手间|卧室|阳台|厨房|室内|屋里|房间里)|\b(?:go|goes|put|fit\w*|plac\w*|sit|hang)\b[^.?!]{0,40}\b(?:bathroom|bedroom|balcony|kitchen|shower ?room|washroom|cupboard|closet|indoors?|outside)\b/i;

/** Installing or placing it. */
const INSTALL_OR_PLACE = new RegExp(`${INSTALL_ASKED.source}|${PLACEMENT_ASKED.source}`, 'i');

const ENTRY_TOPICS: { entry: RegExp; message: RegExp }[] = [
  { entry: /^(?:三包退换货|七天无理由退货|退换货|退货后)|Statutory returns|no-reason return|return or exchange|after a return/i, message: RETURN_WISH },
  // (Where it may go is an installation rule too: "燃气热水器能装在哪里" answered "刚换过燃气表，有关系吗".)
  { entry: /安装|装在|装哪|installation|^Installing|wall mount|\bmay go\b|\bbe installed\b/i, message: INSTALL_OR_PLACE },
  { entry: /零件能不能自己换|Replacing a part yourself/i, message: PART_OR_SELF },
  { entry: /怎么买|在哪里买|哪里买|^Buying a|^Where to buy/i, message: BUY_WISH },
];

/** Installing, moving or removing an appliance is asked about: its own rules price it, not the call-out fee. */
export const asksInstalling = (message: string): boolean => INSTALL_ASKED.test(withoutDeniedInstall(message));

/** Whether an entry with this title is of a kind this message does not ask for. */
export function entryOfAnotherRequest(title: string, message: string): boolean {
  // ("不是安装", "not the install": installation named only to rule it out does not ask for it.)
  const asked = withoutDeniedInstall(message);
  return ENTRY_TOPICS.some((topic) => topic.entry.test(title) && !topic.message.test(asked));
}
