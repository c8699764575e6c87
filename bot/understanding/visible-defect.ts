/**
 * A defect the customer can see, named in a return or exchange request: dead or bright pixels and
 * lines on a screen, a crack, dent or scratch it arrived with, a product dead out of the box, a part
 * missing from the box. For the 三包 7/15-day rules these are performance faults or delivery
 * defects, never "no fault": a customer who adds "otherwise it works fine" / "其他都没问题" still
 * has a defective product, and is told the fault rules, not the no-reason return.
 */
export type DefectKind = 'screen' | 'damage' | 'dead' | 'missing';

/** Pixels, lines, bleeding and cracks on a display (坏点, 亮点, 竖线, 漏光, dead pixel, lines on the screen). */
const SCREEN =
  /坏点|亮点|暗点|死点|黑点|白点|彩点|亮线|竖线|横线|彩线|花屏|闪屏|漏光|屏(?:幕)?(?:上)?(?:有|出现)?(?:[一两几\d]+(?:条|道|个|处))?(?:线|条纹|裂)|(?:dead|stuck|bright|dark|hot) pixels?|\bpixels? (?:is |are )?(?:dead|stuck|out)\b|\b(?:vertical|horizontal|coloured|colored)? ?lines? (?:on|across|down) (?:the )?(?:screen|display|panel)\b|\b(?:screen|display|panel) (?:has|shows|with) (?:\w+ ){0,2}(?:lines?|spots?|pixels?|bleed\w*)\b|\bbacklight bleed\w*|\blight bleed\w*/i;
/** Broken, cracked, dented or scratched (碎, 裂, 凹, 瘪, 磕, 划痕, 断, dent, crack, scratch, snapped); with its arrival said, "开箱就是坏的" too. */
const DAMAGE =
  /碎了|是碎的|是裂的|断了|断掉|折断|断开了|是断的|(?:就|就是|已经|本来就|竟然是|居然是)坏的|坏掉的|裂了|裂开|裂纹|裂缝|破了|破损|凹(?:进去|陷|坑|了|痕)?|瘪了?|变形|磕(?:了|碰|坏|掉)|撞(?:坏|瘪|凹)|划痕|划伤|刮花|掉漆|有(?:个|一个|一块|块)?(?:大|小)?坑|\b(?:dent(?:ed|s)?|dinged|crack(?:ed|s)?|scratch(?:ed|es)?|scuffed|smashed|shattered|crushed|bent|chipped|damaged|broken (?:glass|door|panel|handle|shelf|leg|screen|lid)|snapped(?: off)?|broken off|came broken|arrived broken|(?:was|were|is|are) (?:already )?broken)\b/i;
/** When it came: the damage was there on delivery, not done later (到货, 送来, 开箱, arrived, out of the box). */
const ON_ARRIVAL =
  /到货|送到|送来|送货|收到|签收|开箱|拆箱|打开(?:箱子|包装)|刚买|新买|刚到|新到|\barriv\w*|\bdeliver\w*|\bout of the box\b|\bunbox\w*|\bopened the box\b|\bwhen (?:it|they) came\b|\b(?:came|turned up|showed up|got here)\b (?:today|yesterday|this (?:morning|afternoon|week)|last (?:night|week)|with)\b|\bjust (?:bought|got)\b|\bbrand new\b|\breceived\b/i;
/** Dead out of the box: will not turn on, never worked (开不了机, 不通电, 从来没好过, DOA, won't turn on). */
const DEAD =
  /开不了机|开不开机|开不了|不开机|不通电|没反应|不能用|用不了|根本不(?:能|工作|转|亮)|从来没(?:好|用)过|\bdead on arrival\b|\bdoa\b|\b(?:won['’]?t|doesn['’]?t|does not|will not) (?:turn|switch|power) on\b|\bnever (?:worked|turned on)\b|\bdead\b/i;
/** A part missing from the box (少了, 缺, 没有…配件, missing, not in the box). */
const MISSING =
  /(?:少了|缺了?|缺少|没有|没给|没带|没配|漏发|少发)[^，。,.!?！？]{0,8}(?:配件|零件|附件|管|线|遥控器|说明书|螺丝|支架|底座|架子|挂架|充电器|数据线|耳机|隔板|抽屉|盖子|托盘|滤网|插头)|(?:配件|零件|附件|遥控器|充电器|支架|底座)[^，。,.!?！？]{0,4}(?:少了|缺了?|没有|没给)|\bmissing\b|\bnot in the box\b|\bwasn['’]?t in the box\b|\bno (?:remote|hose|charger|cable|bracket|stand|manual|screws?|shelf|drawer|lid)\b (?:in|with)/i;

/** The defect a return request names, if any; the damage needs its arrival said, a bump done at home is no delivery defect. */
export function visibleDefectIn(text: string): DefectKind | undefined {
  if (SCREEN.test(text)) return 'screen';
  if (MISSING.test(text)) return 'missing';
  if (DAMAGE.test(text) && ON_ARRIVAL.test(text)) return 'damage';
  if (DEAD.test(text) && ON_ARRIVAL.test(text)) return 'dead';
  return undefined;
}

/** Broken, cracked, dented or scratched, and said to have come that way: screens included ("拆箱发现屏幕裂了"). */
export function damagedOnArrival(text: string): boolean {
  return DAMAGE.test(text) && ON_ARRIVAL.test(text);
}

/** What the defect counts as, said before the 7/15-day verdict so the customer hears why the fault rules apply. */
export const DEFECT_WORDS: Record<DefectKind, { zh: string; en: string }> = {
  screen: { zh: '屏幕上的坏点、亮点或线条属于性能故障，不算“没有故障”。', en: 'Dead or bright pixels and lines on a screen are a performance fault, not "no fault".' },
  damage: { zh: '到货时就有的破损、磕碰属于送货质量问题，不算“没有故障”。', en: 'Damage the product arrived with is a delivery defect, not "no fault".' },
  dead: { zh: '新买就不能用属于性能故障。', en: 'A new product that does not work is a performance fault.' },
  missing: { zh: '箱子里缺配件属于发货问题，可以补发，也可以按退换处理。', en: 'A part missing from the box is a delivery defect: it can be sent on, or handled as a return or exchange.' },
};
