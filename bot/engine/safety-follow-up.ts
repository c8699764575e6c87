/**
 * The questions customers ask after hearing safety advice, answered from the hazard's rules
 * rather than with the script again: "can I back up my photos first?" (a swollen phone), "the
 * power is off, can I take the dishes out?", "once the socket dries can I use it tomorrow?", "can
 * I shower with the other bathroom's gas heater?". Each answer says yes or no first, then at most
 * one line with the step that matters, never the same line as the reply before. A customer who
 * says where the hazard really is ("the sparks are inside, not at the plug") gets the script for
 * that hazard. Decided by rules, never by a model.
 */
import type { Lang } from '../phrases';
import { energySourceIn } from '../understanding/energy-source';
import type { HazardKind } from '../understanding/safety-script';
import { GAS_LATER_AFTER_CHECK, inspectionAnswer, inspectionAsked, laterAfterCheckAsked } from './check-visit-after-danger';
import { FLAME_OFF_IN_GAS_LEAK, flameOffAsked } from './flame-off';
import { airedSaid, backInsideAnswer, backInsideAsked } from './back-inside-after-gas';
import { gasCompanyFixedAnswer, gasCompanyFixedSaid } from './gas-company-fixed';
import { DANGER_LIABILITY, dangerLiabilityAsked } from './danger-liability';
import { accessAfterSmokeAnswer, dangerPassedAnswer, dangerPassedSaid, GAS_VALVE_WHERE, gasValveWhereAsked, helpCallAnswer, helpCallAsked } from './danger-help-calls';
import { batteryAnswer, batteryTopicOf, type BatteryTopic } from './damaged-battery-questions';
import { batteryPlaceAnswer, batteryPlaceAsked, wrongPlaceNamed } from './hot-battery-place';
import { nextStepAnswer, nextStepAsked } from './next-after-danger';
import { FAN_IN_GAS_LEAK, fanInGasLeak } from './fan-in-gas-leak';
import { contextFromTicket, correctedSparks, deviceOf, saysCutOff, scriptOf, type SafetyContext } from './safety-context';
import { MICROWAVE_ARCING_PART, microwaveArcingPart } from './microwave-arcing-part';
import { ambulanceAnswer, ambulanceAsked } from './ambulance-question';
import { alarmOffAnswer, alarmOffAsked, coldFoodAccess, coldFoodAsked, foodClause, WATER_ON_ANSWER, waterOnAsked } from './danger-own-remedies';

export interface SafetyFollowUpTurn {
  text: string;
  lang: Lang;
  understanding: { safety: boolean; safetyAdvice?: string; slots?: { category?: string } };
  ticket?: { priority: string; symptom: string; category?: string };
  lastReply?: string;
  earlierReplies?: string[];
  /** The customer's own recent messages, oldest first: "is that even safe?" after they asked about posting it. */
  customerSaid?: string[];
  /** The conversation's danger (ConversationState.safety). */
  safety?: SafetyContext;
}

export interface SafetyFollowUpReply {
  kind: 'danger';
  text: string;
  /** The questions of the message that are not about the danger, for the waiting answers to take. */
  rest?: string;
  /** What the person handling the case should find on the ticket (an inspection visit wanted). */
  note?: string;
  /** A question beside the danger whose answer is a knowledge case (the food in a fridge switched off). */
  lookUp?: string;
}

type Bi = { zh: string; en: string };
type Topic =
  | 'gasFixed'
  | 'liability'
  | 'flameOff'
  | 'battery'
  | 'backInside'
  | 'batteryPlace'
  | 'inspection'
  | 'elsewhere'
  | 'moveDevice'
  | 'quickUse'
  | 'powerBack'
  | 'later'
  | 'access'
  | 'switchOff'
  | 'cutOff'
  | 'keepPlugged'
  | 'useNow'
  | 'coolOrKeep'
  | 'helpCall'
  | 'ambulance'
  | 'stillPlugged'
  | 'valveWhere'
  | 'passed'
  | 'fanAsked'
  | 'fanOn'
  | 'alarmOff'
  | 'waterOn'
  | 'coldFood'
  | 'next';

/** Asked, or said as a plan ("我想先备份一下", "I'll just take the clothes out"). */
const ASKS =
  /[?？]|吗|([拔关断拉开用插])不\1|么|能不能|能否|可不可以|可以不|行不行|行吗|要不要|该不该|用不用|是不是|会不会|好不好|还能|(?:我|那)?(?:想|打算|准备)|那我先|我先用|先用|\b(?:can|could|may|should|shall|must|do|is|are|am|will|would)\s+(?:i|we|you|it|they|he|she)\b|\b(?:ok|okay|safe|fine|alright|all right)\s+(?:to|if)\b|\b(?:i'?ll|i will|i'?m going to|i want to|i'd like to|going to|gonna|planning to|let me)\b/i;

/** The words that make ELSEWHERE, taken out of a question about a part or mode of the same appliance. */
const ELSEWHERE_WORDS = /另(?:外)?(?:一|1)?(?:个|边|头)|别的|其他|其它|\b(?:the other|another|a different|a separate|separate|second|other)\b/gi;

/** Another, separate appliance or room: "另一个卫生间的热水器", "别的插座", "the gas heater in the other bathroom". */
const ELSEWHERE =
  /另(?:外)?(?:一|1)?(?:个|台|部|间|只|边|头)|别的|其他|其它|隔壁|楼上|楼下|备用|旧的|\b(?:the other|another|a different|a separate|separate|second|spare|old|other)\b(?!\s+(?:way|thing|things|question|day|time|side of (?:it|the)))/i;
/** A short job with the device itself: a backup, a call, checking messages. */
const QUICK_USE =
  /备份|导出|导(?:一下)?照片|传(?:一下)?(?:照片|文件|资料)|拷(?:贝|出)|存(?:一下)?(?:照片|资料|数据)|资料|照片|相册|聊天记录|数据|打(?:个|一个)?电话|回(?:个)?(?:消息|微信)|\b(?:back ?(?:it )?up|backup|photos?|pictures?|data|files?|contacts|transfer|copy|save|chats?|messages|make a call|call someone|check (?:my )?(?:messages|email))\b/i;
/** The breaker or the power back on for the rest of the home. */
const POWER_BACK =
  /(?:推|合|开|打开|恢复)(?:上|回)?(?:去)?(?:电闸|总闸|闸|空开|空气开关|电源|总电源|供电)|(?:电闸|总闸|闸|空开|空气开关)(?:推|合|开)(?:上|回)|(?:别的|其他|其它|整个|全屋|家里)[^，。,.]{0,6}(?:没电|停电|要用电)|冰箱[^，。,.]{0,6}(?:没电|不能停|会坏)|\b(?:breaker|power|electricity|mains|fuse)\b[^.?!]{0,12}\b(?:back on|on again|reset)\b|\b(?:turn|switch|flip|put)\b[^.?!]{0,12}\b(?:breaker|power|electricity|mains)\b[^.?!]{0,8}\b(?:back )?on\b|\b(?:reset|restore)\b[^.?!]{0,10}\b(?:breaker|power|electricity)\b|\brest of the (?:house|flat|apartment|home)\b/i;
/** Using the same thing again later: once dry, tomorrow, once it cools, plugged back in. */
const LATER =
  /明天|以后|过(?:两|几|一)?天|晾干|吹干|干了|干透|干(?:了)?以后|等[^，。,.]{0,6}(?:干|凉|冷)|凉了|冷却|再(?:用|开|插|充|通电)|继续(?:用|充)|接着(?:用|充)|还能(?:用|充)|还可以(?:用|充)|插(?:回去|上去|回)|重新(?:插|通电|用)|\b(?:tomorrow|tonight|later|again|dried|(?:has|have|is|it'?s) dry|once (?:it'?s |it is )?(?:dry|dried|cool|cooled)|when (?:it'?s |it is )?(?:dry|dried|cool|cooled)|after it (?:dries|cools)|dries|dried out|cooled down|plug (?:it |them )?back in|keep using|still use|carry on using|use it as normal)\b/i;
/** Getting to things near the hazard: open the door, take things out, mop, move or touch it. */
const ACCESS =
  /拿到(?:外面|阳台|室外|楼下)|搬(?:出去|到)|放到(?:外面|阳台|室外)|\b(?:wheel|carry|bring|take|put|get|move) (?:it |them |the \w+ )?(?:out|outside|away|onto)\b|开(?:一下)?门|打开(?:门|盖|柜)|拿出|取出|拿(?:一下|走)|碗|盘子|衣服|食物|东西|菜|拖地|拖一下|擦(?:一下|干)?|清理|收拾|搬|挪|移(?:开|走|动)|碰|摸|\b(?:open (?:the |it|its )?(?:door|lid)?|take (?:out|the|them|it)|get (?:the |my )?\w+ out|dishes|plates|clothes|laundry|food|mop|wipe|clean (?:up|it)|dry (?:the )?floor|move|touch|pick (?:it )?up|handle)\b/i;
/**
 * Told that it is still connected ("还插着电", "插头没拔", "it's still plugged in"): said without a
 * question, it still needs the answer "cut it now, and how", not a note that it was passed on.
 */
const STILL_PLUGGED =
  /(?:还|仍然|仍|一直|依然|都)(?:在)?插(?:着|在)|插头(?:还|都|也)?没(?:有)?拔|还没(?:有)?(?:拔|断电|关电)|(?:还|仍)(?:在)?通着电|\bstill (?:plugged in|connected|switched on at the (?:wall|socket)|on at the (?:wall|socket))\b|\b(?:it'?s|it is|is|was) (?:still )?plugged in\b|\bhaven'?t (?:unplugged|switched (?:it )?off|turned (?:it )?off)\b|\b(?:not|never) unplugged\b/i;

/** Where to keep it or how to cool it: the fridge, water or ice, a bag or a drawer, the balcony. */
const COOL_OR_KEEP =
  /(?:放|塞|搁|拿)(?:进|到|在)?(?:冰箱|冷冻)|冰箱里|冷冻室|冰块|冰敷|泡(?:在)?水|浸(?:在)?水|(?:放|泡)(?:在|到|进)?水里|凉水|冲水|包里|背包|口袋|兜里|抽屉|柜子里|降温|\b(?:in|into|inside) (?:the |a |my )?(?:fridge|freezer)\b|\b(?:ice|cold water|in water|into water|under the tap|bag|backpack|pocket|drawer|cupboard|metal (?:tin|box)|cool (?:it |it off|off|down)|cool it)\b/i;

const SAFE_PLACE = /阳台|室外|外面|\b(?:balcony|outside|outdoors)\b/i;
/** Put or left somewhere. */
const PUT_THERE = /放|搁|摆|搬|推|挪|\b(?:put|left|leave|leaving|moved?|took|taken|carried|placed?)\b/i;

/** Said done: the plug is out. */
const UNPLUGGED = /(?:已经|刚|都)[^，。,.？?]{0,4}拔(?:了|掉)?|插头(?:已经)?拔(?:了|掉)|\b(?:i'?ve |i have |already |just )?unplugged(?: it)?\b/i;
const BREAKER = /闸|空开|空气开关|\b(?:breaker|fuse ?box|mains)\b/i;
/** Cooking, washing, lighting: using the thing, not getting to it. */
const COOKING_OR_FLAME = /炒|做饭|烧水|煮|洗澡|点火|开火|点(?:个|一下)?火|\b(?:cook\w*|shower\w*|light (?:it|the)|boil)\b/i;
/** Unplugging, the breaker, the valve, the water tap. */
const CUT_QUESTION =
  /(?:要不要|该不该|用不用|需不需要|需要|得|要|能不能|可以)拔(?!出来看)|拔不拔|\b(?:pull|yank|take) (?:out )?(?:the |its |that )?plug\b|\bpull (?:it|the \w+) out\b|(?:总闸|电闸|闸|空开|空气开关)[^，。,.]{0,3}(?:拉|关|断)|(?:拔|插)(?:掉|下)?(?:插头|电源|充电器)|(?:插头|电源|充电器)(?:给)?拔(?:了|掉|下)|断电|拉(?:电)?闸|关(?:掉)?(?:电|总闸|电闸|空开|水|阀|燃气|煤气|热水器)|\b(?:unplug|switch(?:ed)? off|turn(?:ed)? off|breaker|fuse ?box|power off|shut off|water supply|stop ?cock|valve)\b/i;
/** Using it now: a flame, a shower, cooking, a charge. */
const USE_NOW =
  /打开|开启|还能开|能开吗|可以开|开(?:机|一下)?(?:吗|么)|开灯|关灯|开关|按(?:一下)?开关|先用|接着用|继续用|还能用|能用吗|可以用吗|用一下|开(?:一下|着)|点火|点(?:个|一下)?火|开火|炒(?:个)?菜|做饭|烧水|煮|洗澡|插上|通电|充电|充一下|\b(?:use|using|cook|cooking|light|(?:turn|switch|put) (?:\w+ ){0,3}on(?!\s+(?:the|a|an|my|our|some|to|top)\b)|plug (?:it )?(?:back )?in|shower|charge|charging|lights?|flick|switch)\b/i;

/** Switching the device itself off: "能关机吗", "把它关掉", "can I shut it down", "should I turn it off". */
const SWITCH_OFF =
  /关机|关掉|关上|关了(?:它|吧|吗)?|(?:把|给)(?:它|手机|电脑|平板|机器)?关|按(?:一下)?(?:关机|电源|停止)键|长按|\b(?:switch|turn|shut|power)(?:ing|ed)?\s+(?:it\s+|\w+\s+){0,2}(?:off|down)\b|\bshut ?down\b|\bpower (?:it )?(?:off|down)\b/i;
/** …as opposed to cutting its supply: the plug, the charger, the breaker, the valve, the water. */
const SUPPLY = /插头|插座|充电器|闸|空开|空气开关|阀|燃气|煤气|水|\b(?:plug|unplug|charger|breaker|fuse|mains|valve|gas|water|socket|outlet)\b/i;

/** What a battery-powered device's own battery does when it fails. */
const BATTERY_FAILING: HazardKind[] = ['overheating', 'smoke', 'fire', 'explosion', 'arcing_inside'];

const ELECTRIC_KINDS: HazardKind[] = ['electric_shock', 'water_electric', 'sparks_outlet', 'arcing_inside', 'overheating', 'smoke'];

/** The same product moved to another socket: "插到别的插座上用", "plug it into a different outlet". */
const OTHER_SOCKET =
  /(?:换|插到|插在|接到|插进|接在)[^，。,.]{0,6}(?:插座|插排|排插|插线板)|(?:别的|另一个|另外的?|其他|其它)(?:插座|插排|排插|插线板)|\b(?:another|a different|the other|a separate|other) (?:socket|outlet|plug|power ?point|power strip|extension)\b/i;
/** Naming another appliance as such ("另一台", "another heater"), not the same one elsewhere. */
const ANOTHER_APPLIANCE =
  /另(?:外)?(?:一|1)?(?:台|部|个)(?!插)[^，。,.]{0,8}(?:器|机|炉|灶|壶|锅|箱|手机|平板|电脑)|别的(?:电器|手机)|(?:另一个|别的|其他|其它)(?:卫生间|浴室|厨房|房间)|\b(?:another|a different|the other|a separate|a second|my other|our other|spare|old) (?:\w+ )?(?:appliance|heater|boiler|shower|bathroom|kitchen|kettle|phone|tablet|laptop|charger|fridge|washer|machine|cooker|hob|microwave|oven)\b/i;
const USE_WORD = /用|洗澡|插|充电|\b(?:use|using|shower|cook|charge|plug|run)\b/i;

/**
 * A question about the case rather than about acting near the danger: the ticket number, when
 * someone calls, the warranty or the cost, where it is repaired. Such a part is never read as a
 * safety question ("what's my ticket number again?" is not "can I use it again?").
 */
const CASE_QUESTION =
  /工单号|单号|工单编号|编号|多久|什么时候|几点|保修|质保|三包|免费|收费|要钱|多少钱|费用|送修|寄修|上门|(?:送|拿|带|寄|搬)过去|(?:送|拿|带|搬|寄)(?:到|去)(?:店|网点|服务中心|维修点|售后)|\bticket\b|\breference\b|\bcase number\b|\bhow long\b|\bwhen will\b|\bwarrant(?:y|ied)\b|\bfree\b|\bcost\b|\bcharge\b|\bpay\b|\bbring it in\b|\bcollect\b|\bpick (?:it )?up\b|\bmail-?in\b|\bservice cent(?:re|er)\b/i;

/**
 * A part or mode of an appliance ("烧烤功能", "the grill function", "oven mode", "the other setting
 * on it", "左边那个炉头"): of the appliance with the danger it is that same appliance, never "a
 * separate one", whatever product its name also is (a combi microwave's oven mode is not an oven).
 */
const PART_OR_MODE =
  /功能|模式|档位|(?:高|低|中)?档|挡位|程序|按键|炉头|灶眼|火眼|那一?(?:边|头|侧)|\b(?:function|mode|setting|programme|program|feature|cycle|button|burner|ring|zone|element|side|half|compartment|drawer) (?:of|on|in) (?:it|this|that|my|the)\b|\b(?:function|mode|setting|feature)s?\b|\bon it\b/i;

/** Leaving it connected until someone comes: "插着没事吧", "不拔可以吗", "is it safe to leave it plugged in". */
const KEEP_PLUGGED =
  /(?:一直|就|先|还)?插着(?:电)?(?:没事|没关系|可以|行|要紧|安全|放着)|不拔(?:插头|电)?(?:也)?(?:可以|行|没事|要紧|没关系)|\b(?:leave|keep) (?:it |them |the \w+ )?(?:plugged in|plugged|connected|on at the (?:wall|socket|mains))\b|\bstay plugged in\b/i;

/** "放哪", "where then?": asking for a place is a question even with no question word. */
const WHERE = /哪|\bwhere\b/i;
/** Told, and checked with us: "放门口了，没事吧", "left it by the door, alright?". */
const CHECKING = /(?:没事|没问题|可以|行|对)吧|\b(?:ok|okay|alright|all right|fine)\s*\??\s*$/i;

interface Danger {
  gas: boolean;
  battery: boolean;
  /** A lithium battery swollen, overheated, smoking or burning (not a phone that only got wet). */
  damagedBattery: boolean;
  kinds: HazardKind[];
  /** The bot's reply before: "is that even safe?" after it spoke of posting the battery. */
  lastReply?: string;
  /** The customer said the smoke or smell has gone ("烟散了", "no more smoke"): things may be fetched now. */
  cleared?: boolean;
  /** The product with the danger (a fridge's food is its own question). */
  category?: string;
}

/**
 * The question this message asks about acting around the hazard; with none, news that the danger
 * has passed ("烟没了", "the smoke's gone") is acknowledged rather than met with the opening advice.
 */
function topicOf(said: string, otherProductNamed: boolean, danger: Danger): Topic | undefined {
  // (Only where smoke or a smell was the danger: "no smoke, just sparks" is not a danger passed.)
  const smokeOrSmell = danger.kinds.some((k) => SMOKE_OR_SMELL.includes(k));
  return questionTopicOf(said, otherProductNamed, danger) ?? (smokeOrSmell && dangerPassedSaid(said) ? 'passed' : undefined);
}

/** The dangers that show as smoke or a smell, whose going away a customer reports. */
const SMOKE_OR_SMELL: HazardKind[] = ['smoke', 'fire', 'overheating', 'gas_leak'];

/** The question this message asks about acting around the hazard, most specific first. */
function questionTopicOf(said: string, otherProductNamed: boolean, danger: Danger): Topic | undefined {
  // "燃气公司来过了，接头拧好了，你们还来吗": the situation changed; answered from it, not with the danger again.
  if (danger.gas && gasCompanyFixedSaid(said)) return 'gasFixed';
  // "烧了房子你们赔吗": who pays for damage, a liability question, never a warranty one.
  if (dangerLiabilityAsked(said)) return 'liability';
  // "能把报警器电池拔了吗", "can I put a wet towel on it?": a remedy that makes it worse, a plain no (danger-own-remedies.ts).
  if (alarmOffAsked(said, danger)) return 'alarmOff';
  if (waterOnAsked(said, danger)) return 'waterOn';
  // "冰箱里的肉怎么办" after a shock: the door may be opened; the food itself is the knowledge base's answer.
  if (coldFoodAsked(said, danger) && (ASKS.test(said) || FOOD_WHAT.test(said))) return 'coldFood';
  // A flame alight in a gas leak: put out at its knob, before anything about switches ("火还开着，要关吗").
  if (danger.gas && flameOffAsked(said)) return 'flameOff';
  // "开下抽油烟机抽一抽行不", "it's on now": in a gas leak, no switch is touched, on or off (fan-in-gas-leak.ts).
  const fan = danger.kinds.includes('gas_leak') ? fanInGasLeak(said, danger.lastReply) : undefined;
  if (fan) return fan === 'asked' ? 'fanAsked' : 'fanOn';
  // "总阀在哪": where valves usually are, before "valve" reads as a question about cutting the supply.
  if (danger.gas && gasValveWhereAsked(said)) return 'valveWhere';
  // "那我现在给燃气公司打电话？": calling for help is right now; never read as "can I use it (tonight)?".
  // ("等燃气公司查完能派师傅来吗" waits for them: an inspection question, answered below.)
  // "不用叫救护车吧", "唔使叫白车啩", "do we need an ambulance?": answered honestly, by how they feel now (ambulance-question.ts).
  if (ambulanceAsked(said)) return 'ambulance';
  if (helpCallAsked(said) && !inspectionAsked(said)) return 'helpCall';
  // "能回屋了吗，味道淡了": out until the gas company says so, however faint the smell.
  if (backInsideAsked(said, danger.kinds) && ASKS.test(said)) return 'backInside';
  // A damaged battery: never posted, whether it may explode, how long outside, the device without it.
  // (A stairwell or the bedroom named gets its "no, not there" first.)
  if (danger.damagedBattery && !wrongPlaceNamed(said) && (ASKS.test(said) || WHERE.test(said)) && batteryTopicOf(said, danger.lastReply)) return 'battery';
  // A hot battery left in the stairwell, or "where do I put it then?".
  // (Told without a question, "车在屋里，我都是推上楼充的" still needs its no: a hot battery indoors is the danger.)
  if (danger.battery && batteryPlaceAsked(said) && (ASKS.test(said) || WHERE.test(said) || CHECKING.test(said) || wrongPlaceNamed(said))) return 'batteryPlace';
  // "电闸拉了，接下来呢", "what now?": what stays off, who checks it, nothing else to do meanwhile.
  if (nextStepAsked(said) && !inspectionAsked(said) && !CASE_QUESTION.test(said)) return 'next';
  // "it's still plugged in": told, not asked, and the power still on is the danger itself.
  if (STILL_PLUGGED.test(said)) return 'stillPlugged';
  if (!ASKS.test(said)) return undefined;
  // "查过以后能派师傅来检查吗": a visit the bot can arrange, not the danger again.
  if (inspectionAsked(said)) return 'inspection';
  if (CASE_QUESTION.test(said)) return undefined;
  // A mode or part of the same appliance is that appliance: "the other setting" is not "the other heater".
  const samePart = PART_OR_MODE.test(said) && !ANOTHER_APPLIANCE.test(said.replace(PART_OR_MODE, ' '));
  const text = samePart ? said.replace(ELSEWHERE_WORDS, ' ') : said;
  const otherProduct = otherProductNamed && !samePart;
  if (POWER_BACK.test(text)) return 'powerBack';
  if (KEEP_PLUGGED.test(text)) return 'keepPlugged';
  if (OTHER_SOCKET.test(text) && !ANOTHER_APPLIANCE.test(text) && !otherProduct) return 'moveDevice';
  if ((otherProduct || ANOTHER_APPLIANCE.test(text) || ELSEWHERE.test(text)) && (USE_NOW.test(text) || USE_WORD.test(text))) return 'elsewhere';
  if (QUICK_USE.test(text)) return 'quickUse';
  if (COOL_OR_KEEP.test(text) && !USE_NOW.test(text)) return 'coolOrKeep';
  // "放阳台了，行吗", "I put it on the balcony, ok?": the safe place they chose, confirmed.
  if (danger.battery && SAFE_PLACE.test(text) && PUT_THERE.test(text)) return 'coolOrKeep';
  if (LATER.test(text)) return 'later';
  // Cooking, a shower or a flame is using it, whatever else is fetched on the way ("先用右边那个炒个菜").
  if (COOKING_OR_FLAME.test(text)) return 'useNow';
  if (ACCESS.test(text)) return 'access';
  if (SWITCH_OFF.test(text) && !SUPPLY.test(text)) return 'switchOff';
  if (CUT_QUESTION.test(text.replace(CUT_STATEMENT, ' '))) return 'cutOff';
  if (USE_NOW.test(text)) return 'useNow';
  return undefined;
}
/** "怎么办", "what about…": a question about the food with no question word of ASKS's. */
const FOOD_WHAT = /怎么办|咋办|怎么弄|怎么处理|\bwhat (?:about|now|do (?:i|we) do|should (?:i|we) do)\b/i;

/** The customer's hands are wet now ("手还是湿的", "my hands are still wet"). */
const WET_HANDS = /手[^，。,.?？!！]{0,5}湿|湿(?:着|漉漉的?)?手|\b(?:my )?hands? (?:are |is )?(?:still )?(?:wet|damp)\b|\bwet hands?\b/i;
const WET_HANDS_CUT_OFF: Bi = {
  zh: '先别用湿手碰插头和开关：把手擦干，站到干的地方，先去总电闸（空气开关）把电断了，断电以后再拔插头。够不着电闸或不放心，就什么都别碰，先离开卫生间等人来。',
  en: 'Do not touch the plug or any switch with wet hands. Dry your hands, stand somewhere dry, switch off at the breaker (fuse box) first, and only then pull the plug. If you cannot reach the breaker safely, touch nothing and leave the room until help comes.',
};

/**
 * Whether the message asks about cutting the power ("要不要拔", "should I pull the plug?"): with a
 * danger just reported, that is the safety advice's own question, never one for the knowledge base
 * (whose "can it stay plugged in all the time?" answer is about a working heater).
 */
export function cutOffAsked(text: string): boolean {
  return ASKS.test(text) && CUT_QUESTION.test(text.replace(CUT_STATEMENT, ' '));
}

/** "已经拉了电闸" inside a question is news, not the question. */
const CUT_STATEMENT = /(?:已经|刚|都)[^，。,.？?]{0,6}(?:拉|关|断|拔)[^，。,.？?]{0,6}|\b(?:i'?ve|i have|we'?ve|already|just)\b[^.?!,;]{0,30}\b(?:off|unplugged|shut)\b/gi;

/** The hazard whose rules answer: the most urgent the conversation has. */
function lead(context: SafetyContext): HazardKind {
  const order: HazardKind[] = ['fire', 'gas_leak', 'carbon_monoxide', 'explosion', 'electric_shock', 'water_electric', 'smoke', 'sparks_outlet', 'arcing_inside', 'battery', 'overheating', 'pressure'];
  return order.find((k) => context.kinds.includes(k)) ?? context.kinds[0]!;
}

function answerFor(topic: Topic, context: SafetyContext, cut: boolean, text: string, lastReply?: string, cleared = false, aired = false, wetHands = WET_HANDS.test(text)): Bi {
  const kind = lead(context);
  const d = deviceOf(context);
  const battery = context.power === 'battery' || kind === 'battery';
  const electric = ELECTRIC_KINDS.includes(kind) && !battery;
  const gasLeak = kind === 'gas_leak';
  switch (topic) {
    case 'gasFixed':
      return gasCompanyFixedAnswer(d);
    case 'liability':
      return DANGER_LIABILITY;
    case 'flameOff':
      return gasLeak ? FLAME_OFF_IN_GAS_LEAK : switchOffAnswer(kind, d, battery, cut || context.cutOff);
    case 'batteryPlace':
      return batteryPlaceAnswer(text, d);
    case 'battery':
      return batteryAnswer(batteryTopicOf(text, lastReply) as BatteryTopic, d, text);
    case 'backInside':
      return backInsideAnswer(context.kinds, text, aired);
    case 'inspection':
      return inspectionAnswer(d, gasLeak);
    case 'helpCall':
      return helpCallAnswer(context.kinds);
    case 'ambulance':
      return ambulanceAnswer(context.kinds);
    case 'stillPlugged':
      return stillPluggedAnswer(kind, d, battery, context.cutOff, answerFor('cutOff', context, cut, text));
    case 'valveWhere':
      return GAS_VALVE_WHERE;
    case 'fanAsked':
      return FAN_IN_GAS_LEAK.asked;
    case 'fanOn':
      return FAN_IN_GAS_LEAK.alreadyOn;
    case 'passed':
      return dangerPassedAnswer(context.kinds, d);
    case 'alarmOff':
      return alarmOffAnswer(context.kinds);
    case 'waterOn':
      return WATER_ON_ANSWER;
    case 'coldFood':
      return coldFoodAccess(d);
    case 'coolOrKeep':
      // "包里还是阳台？": the safe place they named is the answer, not a "no".
      if (battery && SAFE_PLACE.test(text))
        return {
          zh: `放阳台或室外是对的：放在瓷砖、水泥地上，避开阳光直射，远离易燃物，让${d.zh}自己慢慢凉下来。不要放包里、口袋、抽屉，也不要放冰箱或泡水。`,
          en: `The balcony or outside is right: on a tiled or concrete floor, out of direct sun and away from anything that burns, and let ${d.en} cool by itself. Not in a bag, pocket or drawer, and not in the fridge or water.`,
        };
      if (battery)
        return {
          zh: `不要。不要放冰箱或冷冻室，也不要泡水、冲水或冰敷：骤冷和进水会让受损的电池更危险。也不要放进包里、口袋或抽屉。把${d.zh}放在阳台或室外通风处的瓷砖、水泥地上，避开阳光直射，远离易燃物，让它自己慢慢凉下来。`,
          en: `No. Not in the fridge or freezer, and no water or ice: sudden cold or water makes a damaged battery more dangerous. Not in a bag, pocket or drawer either. Leave ${d.en} on a tiled or concrete floor on a balcony or outside, out of direct sun and away from anything that burns, and let it cool by itself.`,
        };
      return {
        zh: `不用特意降温，也不要泼水或放冰：断电后让${d.zh}在原地自然冷却，周围别放易燃物，人不要守在旁边。`,
        en: `No need to cool it, and no water or ice: with the power off, let ${d.en} cool where it is, with nothing that burns around it.`,
      };
    case 'elsewhere':
      if (gasLeak)
        return {
          zh: '现在不行。燃气泄漏没排除之前，家里任何燃气设备都不要点火，电器也不要开关，等燃气公司查过再用。',
          en: 'Not yet. Until the gas leak is cleared, light nothing that runs on gas anywhere in the home and leave all switches alone; wait for the gas company to check.',
        };
      if (kind === 'carbon_monoxide')
        return {
          zh: '可以，前提是那台是单独的、排烟正常的热水器，而且平时用着没问题；用的时候开窗通风，有人头晕恶心就马上停下到室外。',
          en: 'Yes, if it is a separate heater with its own working flue that normally works fine; keep a window open while using it, and stop and get outside if anyone feels dizzy or sick.',
        };
      if (battery)
        return {
          zh: `可以。另一部设备或另一个充电器平时正常就可以用；只是别放在${d.zh}旁边充电。`,
          en: `Yes. Another device or charger that works normally is fine to use; just do not charge it next to ${d.en}.`,
        };
      if (energySourceIn(text) === 'gas')
        return { zh: '可以。那台是单独的燃气设备，平时用着正常就可以用。', en: 'Yes. That one is a separate gas appliance; if it normally works fine, it is OK to use.' };
      return {
        zh: '可以。另外那台是单独的、平时用着也正常，就可以用；只是别接在出问题的插座或插排上。',
        en: 'Yes. A separate one that normally works fine is OK to use; just do not run it from the socket or power strip that had the problem.',
      };
    case 'moveDevice':
      if (battery || gasLeak || kind === 'carbon_monoxide') return laterAnswer(kind, d, battery);
      if (kind === 'electric_shock')
        return { zh: `不行。漏电出在${d.zh}本身，换个插座一样会电到人，要检查过再用。`, en: `No. The shock comes from ${d.en} itself, so another socket is no safer; it has to be checked first.` };
      return {
        zh: `先不要。${d.zh}自己的插头和电线也可能已经烧坏或受潮，换个插座一样有危险，要检查过再用。`,
        en: `Not yet. The plug and cord of ${d.en} may be damaged too, so another socket is no safer; have it checked first.`,
      };
    case 'quickUse':
      // A battery that swelled, burnt or overheated is not powered again, not even for a minute:
      // the data comes from the cloud, or from the service centre once the battery is out.
      if (battery)
        return {
          zh: `不建议开机，备份也先别开。电池出过这种问题，${d.zh}一开机或一充电，电池都可能再次发热甚至起火。照片和资料如果开了云备份（iCloud、华为/小米/OPPO/vivo 云空间、Google 相册等），可以在别的手机或电脑上登录取回；没有的话，送修时请服务中心处理好电池后帮您导出数据。`,
          en: `No, please do not switch it on, not even for a backup: powering ${d.en} after a battery problem like this can make the battery heat up again or catch fire. If your photos and files sync to a cloud account (iCloud, Google Photos, your phone maker's cloud), get them from another phone or computer; if not, ask the service centre to recover the data once the battery has been dealt with.`,
        };
      return {
        zh: `不要。先不要为了这个给${d.zh}通电，检查前它每次通电都有风险。`,
        en: `No. Please do not power ${d.en} up for that; until it is checked, every time it is switched on is a risk.`,
      };
    case 'switchOff':
      return switchOffAnswer(kind, d, battery, cut || context.cutOff);
    case 'powerBack':
      if (gasLeak)
        return {
          zh: '现在不行。燃气公司查过之前，不要开关任何电器和电闸，电闸本身也会打火。',
          en: 'Not yet. Until the gas company has checked, leave every switch alone, the breaker included: a switch can spark.',
        };
      if (kind === 'water_electric')
        return {
          zh: '可以给家里其他地方恢复供电，但要先把进水的那台拔掉（手和地面都干的时候），湿了的插座那一路先别送电；推上去如果马上又跳闸，就别再推了，等电工。',
          en: 'You can restore power to the rest of the home, but first unplug the wet appliance (with dry hands and a dry floor), and leave the circuit with the wet socket off. If the breaker trips again straight away, leave it off and wait for an electrician.',
        };
      return {
        zh: `可以给家里其他地方恢复供电，但要先把${d.zh}拔掉再推上总闸；推上去如果马上又跳闸，就别再推了，等电工。`,
        en: `You can restore power to the rest of the home once ${d.en} is unplugged. If the breaker trips again straight away, leave it off and wait for an electrician.`,
      };
    case 'later':
      // "查过没漏气的话以后还能用吗": about the time after the check, not now.
      if (gasLeak && laterAfterCheckAsked(text)) return GAS_LATER_AFTER_CHECK;
      return laterAnswer(kind, d, battery);
    case 'access':
      if (gasLeak)
        return { zh: '先不要。燃气味散掉之前只开窗通风，别的都先别动，也不要开关电器。', en: 'Not yet. Until the smell has cleared, only open windows; leave everything else, switches included.' };
      if (kind === 'pressure') return { zh: '先不要强行打开，等它完全凉下来、压力泄完再开。', en: 'Do not force it open; wait until it has cooled completely and the pressure is gone.' };
      if (battery)
        return {
          zh: `可以挪，但要小心：手是干的、不要挤压它；如果发烫，就隔着厚毛巾或隔热手套拿，放到瓷砖地面上。`,
          en: `Yes, you can move it carefully: dry hands, no squeezing. If it is hot, hold it through a thick cloth or an oven glove and put it on a tiled floor.`,
        };
      // The smoke gone (said now or before) and no flames: the things inside may come out.
      if (cleared && (kind === 'smoke' || kind === 'overheating')) return accessAfterSmokeAnswer(d);
      if (kind === 'fire' || kind === 'smoke' || kind === 'carbon_monoxide' || kind === 'explosion')
        return { zh: '先不要回去拿东西，等烟散了、确认安全再说。', en: 'Not yet. Do not go back for anything until the smoke has cleared and it is safe.' };
      if (electric && (cut || context.cutOff))
        return {
          zh: `可以。总电闸断了以后，打开门把里面的东西拿出来没问题；离湿的插座远一点，电闸先别推回去。`,
          en: `Yes. With the power off at the breaker, opening the door and taking things out is fine. Keep away from any wet socket and leave the breaker off.`,
        };
      return {
        zh: `可以，但要先在总电闸（空气开关）断电，断电以后再弄；断电之前不要碰${d.zh}和周围的水。`,
        en: `Yes, but switch off at the breaker first; once the power is off, that is fine. Until then, do not touch ${d.en} or any water around it.`,
      };
    case 'cutOff':
      if (gasLeak)
        return {
          zh: '不要拔插头，也不要碰任何开关和电闸；能安全做到就关燃气阀，开窗，人到室外。',
          en: 'Do not unplug anything or touch any switch or breaker. Close the gas valve if it is safe, open the windows and go outside.',
        };
      if (kind === 'carbon_monoxide') return { zh: '能安全做到就关掉热水器和燃气阀，然后人先到室外。', en: 'Turn off the heater and the gas valve if it is safe, then get outside.' };
      if (battery) return { zh: `要。手是干的就直接拔掉充电器，然后别再碰${d.zh}。`, en: `Yes. With dry hands, unplug the charger, then leave ${d.en} alone.` };
      // Unplugged and asking about the breaker: the plug out is enough unless the socket itself is the trouble.
      if (UNPLUGGED.test(text) && BREAKER.test(text.replace(UNPLUGGED, ' ')))
        return {
          zh: '不用。插头拔了，这台就已经断电了；只有插座本身还在发烫、冒烟或打火时，才需要去总闸断电。',
          en: 'No need: with the plug out, it has no power. Only if the socket itself is still hot, smoking or sparking, switch off at the breaker.',
        };
      // The breaker is off: the plug is dead, so pulling it is safe, and this is how.
      if (cut || context.cutOff) return unplugAfterBreaker(kind, d);
      // "我手还是湿的": wet hands are said first, before any plug or switch is touched.
      if (electric && wetHands) return WET_HANDS_CUT_OFF;
      if (kind === 'water_electric')
        return {
          zh: '要断电，但要看情况：手和脚下都是干的，才去插座处拔插头；地上有水或手是湿的，就先在总电闸断电。',
          en: 'Yes, cut the power, but carefully: unplug only with dry hands and a dry floor; otherwise switch off at the breaker first.',
        };
      return { zh: '要。先在总电闸（空气开关）断电，再拔插头。', en: 'Yes. Switch off the power at the breaker first, then unplug it.' };
    case 'keepPlugged':
      return notLeftPlugged(answerFor('cutOff', context, cut, text));
    case 'useNow':
      return laterAnswer(kind, d, battery);
    case 'next':
      return nextStepAnswer(kind, d, cut || context.cutOff);
  }
}

/** Faults inside a mains product, where the plug at the wall is the quickest safe cut when it is cool. */
const UNPLUG_AT_WALL: HazardKind[] = ['overheating', 'smoke', 'sparks_outlet', 'arcing_inside', 'explosion'];

/**
 * Still plugged in after a burning smell, a bang or smoke: cut it now, at the wall if that is safe
 * to touch, at the breaker if the plug or socket is hot, smoking or blackened. Gas, water and
 * battery dangers keep their own way of cutting the power (the answer to "cut the power?").
 */
function stillPluggedAnswer(kind: HazardKind, d: Bi, battery: boolean, cutOff: boolean | undefined, cutAnswer: Bi): Bi {
  if (battery || !UNPLUG_AT_WALL.includes(kind) || cutOff) return cutAnswer;
  return {
    zh: `那请现在就断电：插头和插座不烫、没冒烟、手是干的，就先关掉墙上插座的开关再拔插头（捏住插头，别拽电线）；插头、插座或${d.zh}发烫、冒烟或发黑，就别去碰，直接到总电闸（空气开关）断电。断电后人离它远一点，不要再开机。`,
    en: `Then please cut the power now: if the plug and socket are cool, nothing is smoking and your hands are dry, switch off at the wall socket and pull the plug out (by the plug, not the cable). If the plug, the socket or ${d.en} is hot, smoking or blackened, don't touch it: switch off at the breaker (fuse box) instead. Then keep away from it and don't switch it back on.`,
  };
}

/** The answer to "cut the power?" turned into the answer to "can it stay plugged in?": the verdict is the other way round. */
function notLeftPlugged(cutOff: Bi): Bi {
  return {
    zh: cutOff.zh.replace(/^要。/, '不要一直插着。').replace(/^要断电，/, '不要插着，要断电，'),
    en: cutOff.en.replace(/^Yes\. /, "No, don't leave it plugged in. ").replace(/^Yes, cut the power/, "No, don't leave it plugged in: cut the power"),
  };
}

/** "Can I switch it off?": yes first (it is the right thing), then how, for this hazard. */
function switchOffAnswer(kind: HazardKind, d: Bi, battery: boolean, cut: boolean): Bi {
  if (kind === 'gas_leak')
    return {
      zh: `先别按任何开关，包括${d.zh}自己的：按开关可能打出火花。能安全做到就关燃气阀，开窗，人到室外。`,
      en: `Do not press any switch, including the one on ${d.en}: a switch can spark. Close the gas valve if it is safe, open the windows and go outside.`,
    };
  if (kind === 'carbon_monoxide') return { zh: '要，关掉热水器；能安全做到就关燃气阀，然后人先到室外。', en: 'Yes, turn the heater off; close the gas valve if it is safe, then get outside.' };
  if (kind === 'fire' || kind === 'explosion')
    return {
      zh: '不用靠近去关。有明火就人先离开、拨打119；没有明火、不用靠近的情况下，在总电闸断电就行。',
      en: 'Do not go near it to switch it off. If there are flames, get out and call 119; if not, and you can reach it safely, switch off at the breaker instead.',
    };
  if (battery)
    return {
      zh: `可以，关机是对的：长按电源键关机，别按压鼓起或发烫的地方，插着充电器就拔掉；关不了机也别硬来，把它放在瓷砖地面上。关机后就不要再开机或充电，等检查。`,
      en: `Yes, switching it off is the right thing: hold the power button until it shuts down, without pressing on any swollen or hot part, and unplug the charger if it is on one. If it will not switch off, do not force it; leave it on a tiled floor. Once it is off, do not switch it on or charge it again until it has been checked.`,
    };
  if (kind === 'water_electric')
    return {
      zh: `要断电，但手湿或脚下有水时不要去按${d.zh}的开关：先在总电闸（空气开关）断电，再关它的开关。`,
      en: `Yes, but do not touch the switch on ${d.en} with wet hands or while standing in water: switch off at the breaker first, then its own switch.`,
    };
  if (cut)
    return {
      zh: `可以。总电闸已经断了，${d.zh}现在没有电；再把它自己的开关也关上，这样来电时它不会自己启动。`,
      en: `Yes. With the breaker off it has no power already; also turn ${d.en}'s own switch off, so it does not start when the power comes back.`,
    };
  return {
    zh: `可以，要关：先按${d.zh}自己的开关或停止键关掉；插头和插座不烫、手是干的就再拔掉插头，否则在总电闸断电。检查前不要再开。`,
    en: `Yes, switch it off: use ${d.en}'s own switch or stop button, then unplug it if the plug and socket are cool and your hands are dry; otherwise switch off at the breaker. Do not switch it on again until it is checked.`,
  };
}

/** "Is it safe to unplug now that the breaker is off?": yes, and how; the breaker stays off only where the socket itself is the trouble. */
function unplugAfterBreaker(kind: HazardKind, d: Bi): Bi {
  const socketTrouble = kind === 'water_electric' || kind === 'sparks_outlet' || kind === 'electric_shock';
  const after: Bi = socketTrouble
    ? { zh: '拔掉以后这一路电闸先别推回去，等电工检查。', en: 'Then leave that breaker off until an electrician has checked it.' }
    : {
        zh: `拔掉以后可以把总闸推回去给家里其他地方供电，${d.zh}先别再插；推上去又跳闸就别再推，等电工。`,
        en: `Once it is unplugged you can switch the breaker back on for the rest of the home, but leave ${d.en} unplugged; if the breaker trips again, leave it off and wait for an electrician.`,
      };
  return {
    zh: `可以，总电闸断了以后拔插头是安全的：手是干的，捏住插头本身（别拽电线）直接拔出来；插头或插座已经烧黑、熔化的就别硬拔，留给电工。${after.zh}`,
    en: `Yes. With the breaker off, unplugging is safe: with dry hands, hold the plug itself (not the cable) and pull it straight out; if the plug or socket is blackened or melted, leave it for the electrician. ${after.en}`,
  };
}

/** Ridden rather than used. */
const RIDDEN = /\b(?:bike|scooter|e-?bike|moped|motorbike)\b/i;

function laterAnswer(kind: HazardKind, d: Bi, battery: boolean): Bi {
  if (battery && kind !== 'battery')
    return {
      zh: `不行。${d.zh}充电或使用时烫到这个程度，电池或充电器可能已经损坏，凉了也不要再充电，检查之前也不要再${RIDDEN.test(d.en) ? '骑' : '用'}，明天也先别${RIDDEN.test(d.en) ? '骑' : '用'}。`,
      en: `No. Getting that hot means the battery or the charger may be damaged; even cooled down, do not charge ${d.en}, and it should not be ${RIDDEN.test(d.en) ? 'ridden' : 'used'}, tomorrow included, until it has been checked.`,
    };
  if (kind === 'battery')
    return {
      zh: `不行。鼓包或过热过的电池不能再充电，${d.zh}在检查之前也不要再${RIDDEN.test(d.en) ? '骑' : '用'}，明天也先别${RIDDEN.test(d.en) ? '骑' : '用'}；电池怎么检测由客服联系您时安排，不要自己寄。`,
      en: `No. A battery that swelled or overheated must not be charged again, and ${d.en} should not be ${RIDDEN.test(d.en) ? 'ridden' : 'used'}, tomorrow included, until it has been checked; the person handling your case will arrange how the battery is checked (never post it).`,
    };
  switch (kind) {
    case 'water_electric':
      return {
        zh: '先不要。插座和机器表面干了，里面也可能还是潮的，要电工检查过才能再通电使用。',
        en: 'Not yet. A socket or appliance can look dry and still be damp inside; it needs an electrician to check it before you use it again.',
      };
    case 'electric_shock':
      return {
        zh: `不行。漏电的原因没找到之前，${d.zh}每次通电都可能再电到人，要等检查。`,
        en: `No. Until the cause of the shock is found, ${d.en} can shock someone again every time it is on; it has to be checked first.`,
      };
    case 'sparks_outlet':
      return {
        zh: '不行。打过火的插头插座里面可能已经烧坏，电工检查前不要再插任何电器。',
        en: 'No. A plug or socket that sparked may be burnt inside; plug nothing into it until an electrician has checked it.',
      };
    case 'arcing_inside':
      // (A microwave's blue flashes: the part that usually burns, and who replaces it.)
      if (microwaveArcingPart([kind], d.en, 'en')) return MICROWAVE_ARCING_PART;
      return {
        zh: `先不要。里面打火的原因没查清之前再启动${d.zh}，可能会起火，等检查。`,
        en: `Not yet. Running ${d.en} again before the cause of the sparking is found can start a fire; wait for the check.`,
      };
    case 'overheating':
    case 'smoke':
    case 'fire':
    case 'explosion':
      return { zh: `不行。凉下来以后里面也可能已经烧坏，${d.zh}要检查过再用。`, en: `No. Even cooled down it may be damaged inside; ${d.en} needs checking before it is used again.` };
    case 'gas_leak':
      return { zh: '不行，燃气公司查过之前不要点火，也不要开关电器。', en: 'No, not until the gas company has checked: no flames and no switches.' };
    case 'carbon_monoxide':
      return { zh: `不行。${d.zh}检查之前不要再用，它可能会再放出一氧化碳。`, en: `No. Do not use ${d.en} until it is checked; it may give off carbon monoxide again.` };
    case 'pressure':
      return {
        zh: '完全凉下来、压力泄完就可以打开；再用之前先让师傅看看排气阀。',
        en: 'Once it has cooled completely and the pressure is gone, you can open it; have the vent checked before using it again.',
      };
  }
}

/** A line from the replies before, by its first words. */
const said = (replies: string[] | undefined, line: string): boolean => Boolean(replies?.some((r) => r.includes(line)));

/**
 * The answer to a question about acting safely around the conversation's danger, or undefined
 * when the message asks none (or reports a new danger, whose advice comes first).
 */
export function answerSafetyFollowUp(turn: SafetyFollowUpTurn): SafetyFollowUpReply | undefined {
  const context = turn.safety ?? contextFromTicket(turn.ticket);
  if (!context?.kinds.length) return undefined;
  const lang = turn.lang;
  const script = scriptOf(context);
  // A new danger whose advice has not been given: that advice comes first, not an answer.
  if (turn.understanding.safety && turn.understanding.safetyAdvice && !said(turn.earlierReplies, turn.understanding.safetyAdvice)) return undefined;
  // "不是插头，是里面打火": the script for where the hazard really is.
  if (correctedSparks(context, turn.text) && !said(turn.earlierReplies, script.advice[lang])) {
    const heard = lang === 'zh' ? '明白，是里面打火，那要这样处理：' : 'Understood, the sparks are inside. Then:';
    return { kind: 'danger', text: `${heard}\n${script.advice[lang]}` };
  }
  // "能用电磁炉吗" while the danger is about the gas hob: another product, not the same one.
  const named = turn.understanding.slots?.category;
  const otherProduct = Boolean(named && context.category && named !== context.category);
  // Each question of the message gets its answer ("能拖地吗？要不要把总闸拉了"): questions are told
  // apart by their question marks only; the answers helper owns the general question splitter.
  const cut = saysCutOff(turn.text);
  const answers: string[] = [];
  const rest: string[] = [];
  let separate = false;
  /** An answer that opens with its own point, not a yes or no: said again as its first sentence. */
  let ownLead = false;
  let note: string | undefined;
  let lookUp: string | undefined;
  // What "that" in "is that even safe?" may be: the bot's last reply, or the customer's own message before this one.
  const danger = dangerOf(context, [turn.lastReply, ...(turn.customerSaid ?? []).filter((m) => m !== turn.text).slice(-1)].filter(Boolean).join('\n'));
  // "the smoke's gone" said now or in an earlier message: the access answer no longer waits for it.
  danger.cleared = [turn.text, ...(turn.customerSaid ?? [])].some(dangerPassedSaid);
  // Windows opened or the smell gone, said now or before: going back in is answered with its conditions.
  const aired = [turn.text, ...(turn.customerSaid ?? [])].some((m) => dangerPassedSaid(m) || airedSaid(m));
  for (const part of questionsIn(turn.text).flatMap(caseAndUseApart)) {
    const topic = topicOf(part, otherProduct, danger);
    if (!topic) {
      rest.push(part);
      continue;
    }
    if (topic === 'elsewhere') separate = true;
    // (The food itself, what to keep or throw away, is the knowledge base's answer: passed on as a question of its own.)
    if (topic === 'coldFood') lookUp = foodClause(part);
    if (
      topic === 'battery' ||
      topic === 'backInside' ||
      topic === 'helpCall' ||
      topic === 'ambulance' ||
      topic === 'stillPlugged' ||
      topic === 'valveWhere' ||
      topic === 'gasFixed' ||
      topic === 'liability' ||
      topic === 'fanOn'
    )
      ownLead = true;
    if (topic === 'inspection') note = inspectionAnswer(deviceOf(context), context.kinds.includes('gas_leak')).note;
    if (topic === 'gasFixed') note = gasCompanyFixedAnswer(deviceOf(context)).note;
    if (topic === 'liability') note = DANGER_LIABILITY.note;
    // (Wet hands said anywhere in the message count: "should I pull the plug? my hands are wet".)
    // (Where it is kept and that it is charged there may come in two clauses: the place is read from the whole message.)
    const answer = answerFor(topic, context, cut, topic === 'batteryPlace' ? turn.text : part, turn.lastReply, danger.cleared, aired, WET_HANDS.test(turn.text))[lang];
    if (!answers.includes(answer)) answers.push(answer);
  }
  if (!answers.length) return undefined;
  const reminder = script.reminder[lang];
  let answer = answers.join('\n');
  // The same question again: its yes or no, then the one step that matters, not the same reply twice in a row.
  // An answer with no yes or no of its own ("don't post it: ..."), given just before: its first real
  // sentence again, said as the same (after "No, it isn't safe." when that is what was asked).
  const sentences = answer.match(/[^。！？.!?]+[。！？.!?]/g)?.map((x) => x.trim()) ?? [answer];
  const point = sentences.find((x) => x.length > 24) ?? answer;
  if (ownLead && turn.lastReply?.includes(point)) {
    const lead = sentences[0] !== point ? `${sentences[0]}${lang === 'zh' ? '' : ' '}` : lang === 'zh' ? '还是一样：' : 'Still the same: ';
    answer = lang === 'en' && !sentences[0]?.endsWith('.') ? `${lead}${point}` : `${lead}${lead.startsWith('Still') ? point.charAt(0).toLowerCase() + point.slice(1) : point}`;
  } else if (turn.lastReply?.includes(answer)) {
    const verdict = VERDICT.exec(answer)?.[0]?.trim();
    const still = lang === 'zh' ? `还是一样${verdict ? `，${verdict}` : '：'}` : `Still the same${verdict ? `: ${verdict}` : ':'} `;
    // ("Still the same: No, until the gas company…": the reminder's capital goes after a verdict's comma.)
    const step = verdict?.endsWith(',') && lang === 'en' ? reminder.charAt(0).toLowerCase() + reminder.slice(1) : reminder;
    answer = `${still}${turn.lastReply.includes(reminder) ? answer.slice(verdict?.length ?? 0).trim() : step}`;
  }
  // The one step that matters, unless the answer already says it or the last reply did.
  // (Not after "yes, the separate one is fine": "do not run the microwave" beside it reads as a contradiction.)
  const remind = !separate && !answer.includes(reminder) && !turn.lastReply?.includes(reminder) && !sameStep(answer, reminder);
  const others = rest.join(' ').trim();
  return {
    kind: 'danger',
    text: remind ? `${answer}\n${reminder}` : answer,
    ...(others && others !== turn.text.trim() ? { rest: others } : {}),
    ...(lookUp ? { lookUp } : {}),
    ...(note ? { note } : {}),
  };
}

/**
 * A damaged battery's or an emptied home's own question ("can I post it in?", "能回屋了吗") asked
 * with the bot, the case handed back: the same answer as while waiting, so no mail-in repair or
 * service-centre trip is ever offered for a swollen battery. Undefined for any other question.
 */
export function dangerTopicAnswer(text: string, context: SafetyContext | undefined, lang: Lang, lastReply?: string): string | undefined {
  if (!context?.kinds.length) return undefined;
  const topic = topicOf(text, false, dangerOf(context, lastReply));
  const ownTopics: (Topic | undefined)[] = ['battery', 'backInside', 'gasFixed', 'liability'];
  return ownTopics.includes(topic) ? answerFor(topic!, context, false, text, lastReply)[lang] : undefined;
}

function dangerOf(context: SafetyContext, lastReply?: string): Danger {
  return {
    gas: context.kinds.includes('gas_leak') || context.kinds.includes('carbon_monoxide'),
    battery: context.power === 'battery' || context.kinds.includes('battery'),
    damagedBattery: context.kinds.includes('battery') || (context.power === 'battery' && context.kinds.some((k) => BATTERY_FAILING.includes(k))),
    kinds: context.kinds,
    lastReply,
    category: context.category,
  };
}

/** The yes or no an answer starts with ("不行。", "Not yet."), said again when the same question comes back. */
const VERDICT = /^(?:(?:不行|不要|先不要|不建议|不用|可以|要)[。，]|(?:No|Not yet|Yes|No need)[.,:] ?)/;

/** The questions of a message, told apart by question marks; the whole message when it has one or none. */
function questionsIn(text: string): string[] {
  const parts = text
    .split(/(?<=[?？])\s*/)
    .map((p) => p.trim())
    .filter((p) => p.replace(/[?？\s]/g, '').length > 1);
  return parts.length > 1 ? parts : [text];
}

/** Clauses of one question: "师傅啥时候来 明天能用吗", "when is he coming and can I use it tomorrow". */
const CLAUSES = /[，,；;。]\s*|\s+(?:and|but|also|plus)\s+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/i;

/**
 * A question about the case (when someone comes) with a safety question beside it and no question
 * mark between ("师傅啥时候上门 明天还能用吗"): told apart by clauses, so the case part still goes to
 * the waiting answers and the safety part is not dropped with it.
 */
function caseAndUseApart(part: string): string[] {
  const aboutCase = (c: string) => CASE_QUESTION.test(c) || WHEN_SOMEONE.test(c);
  if (!aboutCase(part)) return [part];
  const clauses = part
    .split(CLAUSES)
    .map((c) => c.trim())
    .filter(Boolean);
  return clauses.length > 1 && clauses.some(aboutCase) && clauses.some((c) => !aboutCase(c)) ? clauses : [part];
}
/** When the visit or the call comes: "啥时候来", "哪天上门", "when is the engineer coming". */
const WHEN_SOMEONE =
  /(?:啥|什么)时候(?:来|上门|到|联系|打)|哪天|几号|\bwhen (?:is|are|will|does|do|can) (?:the |your |an? |someone|somebody|they|he|she)\b[^.?!]{0,30}\b(?:come|coming|call|calling|visit|get here|arrive)\b|\bhow soon\b/i;

/** The answer already makes the reminder's point (both about charging, both about the electrician...). */
function sameStep(answer: string, reminder: string): boolean {
  const topics = [/充电|\bcharg/i, /电工|\belectrician/i, /燃气公司|\bgas company/i, /检查|\bcheck/i];
  return topics.some((t) => t.test(answer) && t.test(reminder));
}

/** Danger said again while the advice stands: the one step that matters, never the same words twice in a row. */
export function stillSafe(turn: SafetyFollowUpTurn): string {
  const context = turn.safety ?? contextFromTicket(turn.ticket);
  const reminder = context ? scriptOf(context).reminder[turn.lang] : undefined;
  const lead = turn.lang === 'zh' ? '请继续按上面的安全提示做：' : 'Please keep following the safety advice above: ';
  if (reminder && !turn.lastReply?.includes(reminder)) return `${lead}${reminder}`;
  return turn.lang === 'zh' ? '请继续按上面的安全提示做，人工客服会优先处理。' : 'Please keep following the safety advice above; the person handling your case has it as a priority.';
}
