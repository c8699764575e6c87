/**
 * What unsafe advice to a customer looks like, as verb-and-object patterns per kind. The words come
 * from the warnings appliance makers print in their manuals ("no user-serviceable parts inside",
 * "never bypass the thermal cut-out", "gas work only by a registered fitter") and from electrical
 * and gas safety rules, not from any evaluation set: they describe kinds of advice, not sentences.
 *
 * A pattern fires on the advice itself; whether a clause forbids it ("不要拆开外壳", "never open the
 * casing") or hands it to an engineer is decided by unsafe-advice.ts, so the same patterns serve
 * knowledge steps, safety notes and bot replies.
 */

export type UnsafeAdviceKind = 'open-casing' | 'bridge-or-short' | 'bypass-protection' | 'gas-parts' | 'live-electrics';

export const UNSAFE_ADVICE_KINDS: readonly UnsafeAdviceKind[] = ['open-casing', 'bridge-or-short', 'bypass-protection', 'gas-parts', 'live-electrics'];

/** What each kind means, for reports people read. */
export const UNSAFE_ADVICE_LABELS: Record<UnsafeAdviceKind, { zh: string; en: string }> = {
  'open-casing': { zh: '让客户拆开外壳、后盖或机身', en: 'tells the customer to open a casing, cover or back panel' },
  'bridge-or-short': { zh: '让客户短接或跨接电路', en: 'tells the customer to bridge or short something' },
  'bypass-protection': {
    zh: '让客户绕过或拆除保护装置（保险丝、温控器、压力开关、接地、漏电保护等）',
    en: 'tells the customer to bypass or disable a protection (fuse, thermostat, pressure switch, earth, RCD ...)',
  },
  'gas-parts': { zh: '让客户动燃气部件（风门、燃气管、阀门内部、减压阀、喷嘴）', en: 'tells the customer to work on gas parts (air shutter, gas pipe, valve internals, regulator, jets)' },
  'live-electrics': { zh: '让客户检测或改动电源线路（电笔、万用表、插座接地、接线）', en: 'tells the customer to test or work on mains wiring (tester, meter, socket earth, rewiring)' },
};

// Building blocks. Chinese objects may sit up to a few characters after the verb (拆开空调的外壳);
// English objects up to four words after it (open the back of the unit's casing).
const ZH_GAP = '[^，,。；;！!？?\\n]{0,8}?';
const EN_GAP = "(?:[\\w'’-]+\\s+){0,4}?";

const ZH_OPEN = '(?:拆开|拆下|拆掉|拆除|拆卸|拆|打开|卸下|卸掉|撬开|拧开|旋开|揭开|取下|掀开)';
// 盖板, 护罩 and 面板 are left out: on washers, fans and air conditioners they name the filter flap,
// the fan guard and the front panel that manuals tell users to open.
const ZH_CASING = '(?:外壳|(?<!手)机壳|壳体|后盖|后壳|后板|背板|底壳|侧板|机箱|电控盒|电器盒|控制盒|接线盒|主板盒)';
const EN_OPEN =
  '(?:open(?:ing|s)?|remov(?:e|es|ing)|tak(?:e|es|ing)\\s+off|unscrew(?:s|ing)?|undo(?:es|ing)?|pr(?:y|ies|ise)(?:\\s+(?:off|open))?|lever\\s+off|dismantl(?:e|es|ing)|disassembl(?:e|es|ing)|strip(?:ping)?\\s+off)';
// A bare "cover" counts unless a user-serviceable part names it (filter cover, battery cover, lamp cover ...).
const EN_CASING =
  '(?:casing|housing|enclosure|outer\\s+shell|back\\s+(?:cover|panel|plate)|rear\\s+(?:cover|panel|plate)|side\\s+panel|top\\s+cover|base\\s+plate|cover\\s+plate|control\\s+box|electrical\\s+box|terminal\\s+box|(?<!(?:filter|battery|lint|lamp|light|bulb|service|access|inspection|pump|drain|lens|dust|burner|mica|waveguide|vent|steam|valve|cap|lid|hatch|flap|small|front|bottom|lower)\\s)cover)';
const EN_APPLIANCE = '(?:unit|appliance|machine|heater|boiler|phone|handset|microwave|oven|fridge|refrigerator|freezer|washer|cooker|stove|hob|hood|air\\s*con(?:ditioner)?)';

const ZH_FUSE_ETC =
  '(?:保险丝|保险管|熔断器|温度保险丝|热熔断器|温控器|温控开关|限温器|热保护器|过热保护器|过载保护器|压力开关|风压开关|水流开关|门开关|门锁开关|门控开关|热电偶|熄火保护|防干烧|干烧保护|超温保护|过热保护|漏电保护器|漏电保护插头|漏电开关|漏电保护|保护装置|保护器)';
/** Protections that switching off does not make safe (unlike a breaker, where switching off is the safe act). */
const ZH_PROTECTION_FEATURE = '(?:熄火保护|防干烧|干烧保护|超温保护|过热保护|防冻保护|保护功能|保护装置|安全保护)';
const EN_PROTECTION =
  '(?:(?:thermal\\s+|temperature\\s+|plug\\s+|main[\\s-]*board\\s+|board\\s+)?fuses?|thermal\\s+cut-?outs?|cut-?outs?|thermostats?|high[\\s-]limit(?:\\s+switch)?|limit\\s+switch(?:es)?|(?:air\\s+)?pressure\\s+switch(?:es)?|flow\\s+switch(?:es)?|door\\s+(?:switch|interlock)(?:es)?|interlocks?|thermocouples?|flame\\s+(?:sensor|failure\\s+device)s?|overheat(?:ing)?\\s+protect\\w*|dry[\\s-]?(?:fire|heat)\\w*\\s+protect\\w*|safety\\s+(?:device|cut-?off|switch|feature)s?|rcds?|rccbs?|gfcis?|leakage\\s+(?:protector|switch|plug|breaker)s?|earth(?:ing)?\\s+(?:wire|pin|lead|connection)s?|ground(?:ing)?\\s+(?:wire|pin|prong|lead|connection)s?)';
/** Parts whose removal is itself the bypass (a fuse is left out: replacing a plug fuse like for like is a user task). */
const EN_REMOVABLE_PROTECTION =
  '(?:thermal\\s+cut-?outs?|cut-?outs?|high[\\s-]limit(?:\\s+switch)?|limit\\s+switch(?:es)?|(?:air\\s+)?pressure\\s+switch(?:es)?|door\\s+(?:switch|interlock)(?:es)?|interlocks?|thermocouples?|flame\\s+(?:sensor|failure\\s+device)s?|overheat(?:ing)?\\s+protect\\w*|safety\\s+(?:device|cut-?off|switch)s?)';

/** One kind, with patterns that each describe the advice (and only the advice). */
export interface UnsafeAdviceCue {
  kind: UnsafeAdviceKind;
  pattern: RegExp;
}

const cue = (kind: UnsafeAdviceKind, source: string, flags = 'giu'): UnsafeAdviceCue => ({ kind, pattern: new RegExp(source, flags) });

export const UNSAFE_ADVICE_CUES: UnsafeAdviceCue[] = [
  // Opening the appliance: casing, covers, back panels; taking it apart.
  cue('open-casing', `${ZH_OPEN}${ZH_GAP}${ZH_CASING}`),
  cue('open-casing', `${ZH_CASING}${ZH_GAP}(?:拆开|拆下|拆掉|打开|撬开|卸下|取下)`),
  // 拆机 alone also names the paid dismounting of an air conditioner, so only its repair sense counts.
  cue('open-casing', '(?:自行|自己|私自|亲自)(?:动手)?拆|拆机(?:检查|看看|维修|清洗|清理)|拆开(?:机器|机身|主机|看看|检查)'),
  cue('open-casing', `\\b${EN_OPEN}(?:\\s+(?:up|off|open|out))?\\s+${EN_GAP}${EN_CASING}\\b`),
  cue('open-casing', `\\b(?:take|taking|takes|prise|prising|pry|prying|lever|levering|pull|pulling|get|getting)\\s+(?:the\\s+|your\\s+|its\\s+)?${EN_CASING}\\s+(?:off|open)\\b`),
  cue('open-casing', `\\b${EN_CASING}\\s+(?:can|should|must|may|needs?\\s+to)?\\s*(?:be\\s+)?(?:opened|removed|taken\\s+off|unscrewed|prised\\s+off|pried\\s+off)\\b`),
  cue(
    'open-casing',
    `\\b(?:take|taking|takes)\\s+(?:it|them|the\\s+\\w+|your\\s+\\w+)\\s+apart\\b|\\b(?:dismantl|disassembl)(?:e|es|ing)\\s+(?:the\\s+|your\\s+)?${EN_APPLIANCE}\\b|\\bopen(?:ing)?\\s+(?:it|the\\s+${EN_APPLIANCE}|your\\s+${EN_APPLIANCE})\\s+up\\b`,
  ),

  // Bridging or shorting contacts, terminals, fuses.
  cue('bridge-or-short', '短接|跨接|搭接|(?:把|将)[^，,。；;\\n]{1,12}短路'),
  cue('bridge-or-short', '用(?:一根)?(?:导线|电线|铜线|铜丝|铁丝|锡纸|铝箔|回形针|曲别针|发夹|螺丝刀|起子|镊子|钥匙)[^，,。；;\\n]{0,10}(?:连接|连通|接通|接上|短|搭|碰|代替|替代)'),
  cue('bridge-or-short', '(?:铜丝|铁丝|锡纸|铝箔|导线|电线)(?:来)?(?:代替|替代|代用)'),
  cue('bridge-or-short', '\\bbridg(?:e|es|ed|ing)\\b(?!\\s+(?:of|over\\s+the\\s+river))'),
  cue(
    'bridge-or-short',
    '\\bshort(?:[\\s-]?circuit)?(?:s|ed|ing)?\\s+(?:out\\s+)?(?:the|a|its|across|together|them|it|both|these|those|pins?|terminals?|contacts?|wires?)\\b(?!\\s+(?:is|was|in\\s+the\\s+wiring))',
  ),
  cue(
    'bridge-or-short',
    '\\bjump(?:er(?:ed)?|ed|ing|s)?\\s+(?:out\\s+|across\\s+)?(?:the\\s+)?(?:fuse|thermostat|switch|terminals?|contacts?|pins?|wires?|sensor|relay|board|pressure\\s+switch)\\b|\\b(?:put|fit|use)\\s+a\\s+jumper\\b|\\bjumper\\s+(?:wire|lead|cable)\\b',
  ),
  cue(
    'bridge-or-short',
    '\\b(?:connect|join|link|touch)\\w*\\b[^.;!?\\n]{0,40}\\bwith\\s+(?:a\\s+|some\\s+|the\\s+)?(?:piece\\s+of\\s+)?(?:wire|foil|screwdriver|paper\\s?clip|hairpin|coin|key|tweezers)\\b',
  ),
  cue(
    'bridge-or-short',
    '\\b(?:replace|swap)\\w*\\s+(?:the\\s+)?(?:blown\\s+)?fuse\\s+with\\s+(?:a\\s+(?:piece\\s+of\\s+)?|some\\s+)?(?:wire|foil|copper|nail|paper\\s?clip)\\b|\\bwrap\\w*\\s+(?:the\\s+)?fuse\\s+in\\s+foil\\b',
  ),

  // Bypassing or disabling a protection: fuse, thermostat, pressure switch, earth, RCD, relief valve.
  cue('bypass-protection', `(?:屏蔽|绕过|跳过|去掉|拆掉|拆除|剪掉|剪断|不接|短接|跨接|禁用|卡住|顶住|粘住|封住|用胶带)${ZH_GAP}${ZH_FUSE_ETC}`),
  cue('bypass-protection', `(?:关闭|关掉|取消|解除)${ZH_GAP}${ZH_PROTECTION_FEATURE}`),
  cue('bypass-protection', `${ZH_FUSE_ETC}${ZH_GAP}(?:短接|跨接|屏蔽|去掉|拆掉|剪掉|失效|不用|不要了)`),
  cue('bypass-protection', '(?:换|换成|改用|用)(?:一个|个)?(?:更?大|粗)(?:一点|一些)?的?(?:保险丝|保险管|熔断器|空开|空气开关)|保险丝(?:换|加)粗'),
  cue(
    'bypass-protection',
    '(?:拔掉|拆掉|剪掉|去掉|掰断|断开|不接|不用接|不需要接|不必接)(?:接)?地线|不(?:用|需要|必)接地|地线不(?:用|需要|必)接|三(?:孔|插|脚)(?:插头)?改(?:成)?两(?:孔|插|脚)|(?:地线|接地线?)(?:接|连)(?:到|在)(?:水管|暖气管|燃气管|煤气管)',
  ),
  cue('bypass-protection', '(?:堵住|堵上|堵死|封住|封死|塞住)[^，,。；;\\n]{0,6}(?:安全阀|泄压阀|减压阀|限压阀|排气阀|浮子阀|排气孔)'),
  cue('bypass-protection', '(?:安全阀|泄压阀|减压阀|限压阀|排气阀|浮子阀|排气孔)[^，,。；;\\n]{0,4}(?:堵住|堵上|堵死|封住|封死|塞住)'),
  cue('bypass-protection', '(?:反复|强行|一直|用力)(?:推上|合上|合闸)|(?:用胶带|用绳子|用东西)[^，,。；;\\n]{0,8}(?:空开|空气开关|漏电开关|电闸|断路器)'),
  cue(
    'bypass-protection',
    `\\b(?:bypass(?:es|ed|ing)?|by-pass\\w*|disabl(?:e|es|ed|ing)|defeat(?:s|ed|ing)?|overrid(?:e|es|ing)|deactivat(?:e|es|ed|ing)|cut(?:s|ting)?\\s+out|snip(?:s|ped|ping)?(?:\\s+off)?|tap(?:e|es|ed|ing)\\s+(?:over|down)|jam(?:s|med|ming)?|wedg(?:e|es|ed|ing)|hold(?:s|ing)?\\s+down|skip(?:s|ped|ping)?|short(?:s|ed|ing)?|bridg(?:e|es|ed|ing)|jump(?:s|ed|ing)?)\\s+${EN_GAP}${EN_PROTECTION}\\b`,
  ),
  cue('bypass-protection', `\\b(?:remov(?:e|es|ing)|disconnect(?:s|ed|ing)?|pull(?:s|ing)?\\s+out|tak(?:e|es|ing)\\s+out|unplug(?:s|ging)?)\\s+${EN_GAP}${EN_REMOVABLE_PROTECTION}\\b`),
  cue(
    'bypass-protection',
    '\\b(?:remov|cut|snap|break|bend|clip|snip)\\w*\\s+(?:off\\s+)?(?:the\\s+)?(?:earth|ground(?:ing)?)\\s+(?:pin|prong|wire|lead|connection|terminal)s?\\b|\\b(?:disconnect|remove|unhook|cut)\\w*\\s+(?:the\\s+)?(?:earth|ground(?:ing)?)\\b|\\b(?:two|2)[\\s-](?:pin|prong)\\s+(?:adapter|adaptor|plug)\\b|\\bcheater\\s+plug\\b|\\bno\\s+need\\s+(?:for\\s+(?:an?\\s+)?|to\\s+)(?:earth|ground)\\w*\\b|\\b(?:earth|ground)\\w*\\s+(?:it\\s+)?(?:to|on)\\s+(?:a|the)\\s+(?:water|gas|radiator|heating)\\s+pipe\\b',
  ),
  cue(
    'bypass-protection',
    '\\b(?:block|plug|cap|seal|tape\\s+over|stop\\s+up|tie\\s+down|clamp)\\w*\\s+(?:off\\s+)?(?:the\\s+)?(?:pressure[\\s-]relief|relief|safety|t&p|pressure|vent|float)\\s+valve\\b',
  ),
  cue(
    'bypass-protection',
    '\\b(?:use|fit|put\\s+in|install)\\s+(?:a\\s+)?(?:bigger|larger|higher|heavier)(?:[\\s-]rated|[\\s-]amp(?:ere)?)?\\s+(?:fuse|breaker)\\b|\\b(?:hold|tape|wedge|jam|tie)\\w*\\s+(?:the\\s+)?(?:breaker|rcd|trip\\s+switch|circuit\\s+breaker)\\s+(?:up|on|closed|in|down)\\b|\\bkeep\\s+(?:resetting|switching\\s+on|flipping)\\s+(?:the\\s+)?(?:breaker|rcd|trip\\s+switch)\\b',
  ),

  // Gas parts: air shutter, pipes, hoses, valve internals, regulators, jets, burner bodies.
  cue(
    'gas-parts',
    `(?:调|调节|调整|调大|调小|拧|拧松|拧紧|松开|拆|拆开|拆下|拆卸|卸下|改|改装|改造|改动|更换|换|修理|维修|修|移动|移位|挪|加长|延长|截断|剪断|锯|焊|疏通|钻|扩)[^，,。；;！!？?\\n]{0,4}?(?:风门|调风板|风门板|燃气管|煤气管|天然气管|燃气软管|燃气胶管|煤气胶管|燃气阀(?:门)?(?:内部|阀芯)|阀芯|比例阀|燃气电磁阀|减压阀|调压阀|调压器|稳压阀|喷嘴|燃气接头|进气接头|炉头|燃烧器)`,
  ),
  cue('gas-parts', `(?:风门|调风板|燃气管|煤气管|燃气软管|燃气胶管|减压阀|调压阀|喷嘴|炉头|燃烧器)${ZH_GAP}(?:调大|调小|调到|调节|调整|拆开|拆下|拧松|松开|改装|疏通)`),
  cue(
    'gas-parts',
    `\\b(?:adjust|tweak|turn\\s+the\\s+screw\\s+on|loosen|tighten|unscrew|undo|disconnect|remov|take\\s+off|taking\\s+off|dismantl|disassembl|take\\s+apart|replac|swap|fit|install|mov|extend|lengthen|cut|modif|convert|re-?rout|repair|fix|clean\\s+out|drill|enlarg|rebor|pok)\\w*\\s+${EN_GAP}(?:air\\s+(?:shutter|damper)|primary\\s+air|gas\\s+(?:pipe|pipework|line|hose|connection|joint|fitting|valve\\s+(?:internals|spindle|body)|regulator|meter|inlet|jet|nozzle|injector|control\\s+valve)|(?<!voltage\\s)regulator|injector|orifice|burner\\s+(?:jet|nozzle|head|body|base|tube)|solenoid\\s+valve|proportional\\s+valve)s?\\b`,
  ),

  // Live mains work: testers and meters, socket earths, rewiring, opening sockets or the consumer unit.
  cue('live-electrics', '万用表|(?:试|测|验)?电笔|测(?:量)?(?:一下)?(?:插座|线路|电源)?(?:的)?(?:电压|电阻|电流)|量(?:一下)?电压'),
  cue(
    'live-electrics',
    '(?:检查|确认|查看|看看|测试)(?:一下)?(?:插座|墙插|插排|线路|电源)[^，,。；;\\n]{0,6}(?:接地|地线|零线|火线)|(?:拆开|拆下|拧开|撬开|拆)[^，,。；;\\n]{0,4}(?:插座|开关面板|墙插|配电箱|电表箱|电闸箱)|(?:重新|自行|自己|私自)(?:接线|改线|布线)|(?:自己|自行)(?:换|装|接)(?:插座|电线|线路)|带电(?:操作|作业|检修)',
  ),
  cue(
    'live-electrics',
    '\\b(?:multimeter|voltmeter|voltage\\s+tester|test(?:ing)?\\s+(?:screwdriver|pen|lamp)|neon\\s+tester)\\b|\\bmeasur\\w*\\s+(?:the\\s+)?(?:voltage|resistance|current)\\b|\\bcheck\\w*\\s+(?:that\\s+|whether\\s+|if\\s+)?(?:the\\s+)?(?:wall\\s+)?(?:socket|outlet|plug|wiring)\\s+(?:is\\s+|has\\s+|for\\s+)?(?:properly\\s+|correctly\\s+)?(?:an?\\s+)?(?:earth|ground)\\w*\\b|\\btest\\w*\\s+(?:the\\s+)?(?:socket|outlet|wiring|earth|ground)\\b|\\b(?:open|unscrew|remov|take\\s+off)\\w*\\s+(?:the\\s+)?(?:wall\\s+)?(?:socket|outlet|switch\\s+plate|faceplate|fuse\\s+box|consumer\\s+unit|distribution\\s+board)\\b|\\bre-?wir(?:e|ing)\\b',
  ),
];

/** "不要拆开外壳", "never open the casing": an instruction not to, just before the advice. */
export const NEGATION_CUES =
  /不要|不得|不可|不应|不宜|请勿|切勿|勿|禁止|严禁|(?<![特识区级类个分告差辨鉴性])别(?![人的处])|千万别|无需|不用|不必|避免|不能自行|不能自己|不能私自|不建议|\b(?:do\s+not|don'?t|never|must\s+not|mustn'?t|should\s+not|shouldn'?t|no\s+need\s+to|needn'?t|avoid|without|refrain\s+from|not\s+to|nor|is\s+not\s+(?:safe|a\s+customer\s+task))\b/giu;

/** A turn inside a sentence after which an earlier "do not" no longer applies ("不要等，直接拆开"). */
export const NEGATION_RESETS = /但是?|而是|然后|接着|直接|否则|\b(?:but|instead|then|rather|otherwise)\b|[,，]\s*(?:just|simply)\b/giu;

/** Someone other than the customer does it: an engineer, an electrician, the gas company. */
export const DELEGATION_CUES =
  /工程师|师傅|维修人员|专业人员|专业人士|技术人员|售后人员|电工|燃气公司|服务中心|服务商|\b(?:engineers?|technicians?|electricians?|professionals?|qualified|service\s+(?:agents?|centres?|centers?|engineers?|providers?)|gas\s+(?:company|engineers?|fitters?)|installers?|authori[sz]ed)\b/iu;

/** The customer is told to do it personally, which outweighs an engineer mentioned nearby. */
export const SELF_CUES = /自己|自行|亲自|私自|动手|\b(?:yourself|on\s+your\s+own|diy)\b/iu;

/**
 * The act named as a cause of damage, not advised: "进水、摔落、自行拆修等人为损坏不在保修范围",
 * "damage from opening the casing yourself is not covered". Read after the advice, in the same
 * sentence; a warranty-exclusion statement warns against the act rather than recommending it.
 */
export const NAMED_AS_CAUSE_CUES =
  /^[^，,。！？!?；;\n]{0,24}?(?:等(?:人为)?(?:原因|情况|行为|损坏|故障)|人为损坏|造成的|导致的|引起的|不在保修|不属于保修|不予保修|不保修|不在三包|保修失效|失去保修|\b(?:voids?|invalidates?)\s+(?:the\s+|your\s+)?warranty\b|\b(?:is|are|isn'?t|aren'?t)\s+not\s+covered\b|\b(?:isn'?t|aren'?t)\s+covered\b|\bnot\s+covered\b|\bexcluded\s+from\b)/iu;
