/**
 * How each hazard is recognised: by the words that name it outright (燃气泄漏, sparks, 冒烟) and
 * by a thing and a sign said together (a socket + heat, a gas hob + a hiss, a shower + dizziness),
 * because customers describe what they notice, not the hazard. Each cue may name words near it
 * that make it harmless (cooking smoke, an igniter's spark, water far from any socket).
 * hazards.ts reads these; negation, "if" and "it was fixed" are its business, not the cues'.
 */
import type { SafetyHazard } from '../types';
import {
  ALARMING_SMELL,
  ANY_GAS_WORD,
  ARC_SOUND,
  BANG,
  BATTERY_CORE,
  BATTERY_SMELL,
  BATTERY_THING,
  BULGE,
  BURNT,
  OUTLET_OR_CHARGER,
  CO_SOURCE,
  CO_SYMPTOM,
  ELECTRIC_ONLY_HEATER,
  ELECTRIC_PRODUCT,
  EVERY_TIME,
  EXTREME_HEAT,
  FAR_FROM_POWER,
  FISHY_SMELL,
  GAS_SOURCE,
  HEAT,
  HEAT_DAMAGE,
  HISS,
  HOT_PLASTIC_SMELL,
  KITCHEN,
  MAINS,
  NEW_PRODUCT,
  OTHER_SMELL_SOURCE,
  PRESSURE_VESSEL,
  SMELL,
  STUCK_PRESSURE,
  TANK,
  TRIP,
  WATER,
  WENT_DEAD,
  anyOf,
} from './hazard-words';
import { NOT_LEAKAGE, TINGLE_FELT, TOUCHED_THING } from './felt-shock';
import { HOUSEHOLD_GROUP, ORDINARY_ILLNESS } from './household-ill';
import { ALARM_SOUNDING, CO_ON_DETECTOR, NOT_CO_ALARM } from './co-alarm';
import { defrostSteamSaid } from './defrost-steam';
import { metalArcingSaid } from './metal-arcing';

/** Where the two halves of a pair must both be: one clause, one sentence, or anywhere in the message. */
export type CueScope = 'clause' | 'sentence' | 'message';

interface CueBase {
  hazard: SafetyHazard;
  /** A short name for explanations ("socket + heat"). */
  name: string;
  /** Words that make the match harmless. Looked for near the match, or in its whole scope when `unlessInScope`. */
  unless?: RegExp;
  unlessInScope?: boolean;
  /** The whole message makes the match harmless (an electric water heater and no gas makes no carbon monoxide). */
  harmlessMessage?: (text: string) => boolean;
}
/** The hazard named outright. */
export interface WordCue extends CueBase {
  kind: 'words';
  pattern: RegExp;
}
/** A thing and a sign said together: the sign is the event, so negation is read before it. */
export interface PairCue extends CueBase {
  kind: 'pair';
  thing: RegExp;
  sign: RegExp;
  scope: CueScope;
  /** How far apart the two may be, in words (a Chinese character or an English word is one). */
  within: number;
}
export type HazardCue = WordCue | PairCue;

const words = (hazard: SafetyHazard, name: string, pattern: RegExp, unless?: RegExp): WordCue => ({ kind: 'words', hazard, name, pattern, unless });
const pair = (hazard: SafetyHazard, name: string, thing: RegExp, sign: RegExp, options: { scope?: CueScope; within?: number; unless?: RegExp; unlessInScope?: boolean; harmlessMessage?: (text: string) => boolean } = {}): PairCue => ({
  kind: 'pair',
  hazard,
  name,
  thing,
  sign,
  scope: options.scope ?? 'sentence',
  within: options.within ?? 10,
  unless: options.unless,
  unlessInScope: options.unlessInScope,
  harmlessMessage: options.harmlessMessage,
});

/** Smells of the water, not the air: a hot-water tank's anode gives water a rotten-egg smell. */
const WATER_SMELLS = anyOf('(?<!燃气|煤气)热?水(?!器|壶|管|阀)', '\\b(?:hot )?water\\b(?! heater)', '\\btap\\b');
/** Ignition sparks are how a gas hob lights; a lighter, fireworks and welding are not faults. */
const IGNITION = anyOf(
  '灶', '点不着', '打不着', '着不了', '\\b(?:won\'?t|doesn\'?t|does not|will not|not|never) light\\w*', '\\bburners?\\b', '\\bhob\\b', '(?<!electric |induction )\\bstove\\b', '\\bcooktop\\b', '打火针', '点火针', '点火器', '打火器', '打火机', '点火', '脉冲', '电子打火', '烟花', '焊', '\\bignit\\w*', '\\bspark (?:plug|module|electrode|generator)s?\\b', '\\blighter\\b',
  '\\bpilot\\b', '\\bfireworks?\\b', '\\bweld\\w*', '\\bgrinder\\b', '\\btecno\\b', '\\bspark\\s*(?:\\d|go\\b|pro\\b|plus\\b)',
);
/** A new oven or air fryer burns off its coating the first time it is used. */
const FIRST_USE = anyOf(
  '(?:第一次|首次|刚买|新买)[^,，。]{0,8}(?:烤箱|空气炸锅|电烤|烤炉)', '(?:烤箱|空气炸锅|电烤|烤炉)[^,，。]{0,8}(?:第一次|首次)', '\\b(?:new|first)\\b[^.?!]{0,20}\\b(?:oven|air ?fryer|grill)\\b',
  '\\b(?:oven|air ?fryer|grill)\\b[^.?!]{0,20}\\bfirst (?:time|use)\\b', '\\bburn-?off\\b',
);
/**
 * Smoke and burning that belong to cooking, smoking or steam. The food words stop short of the
 * appliances named after them (air fryer, toaster, rice cooker, 面包机, 吐司机, 电饼铛): a burning
 * smell from a small kitchen appliance is a hazard like any other, not cooking.
 */
const COOKING = anyOf(
  '抽烟', '吸烟', '香烟', '烟草', '二手烟', '油烟', '做饭', '炒菜', '烧菜', '烹饪', '煎(?!烤机|饼机|锅)', '烤肉', '加湿器', '白雾', '白气', '水汽', '水蒸气', '蒸汽', '雾气',
  '(?<!电)饭(?!煲|锅)', '米饭', '粥', '锅巴', '糊底', '粘锅', '面包(?!机)', '吐司(?!机)', '(?<!电)饼(?!铛|机)', '蛋糕', '鸡翅', '薯条', '披萨', '爆米花', '咖啡豆',
  '\\bcook(?!ers?\\b)\\w*', '\\bfry(?!ers?\\b)\\w*', '\\bfried\\b', '\\bpans?\\b', '\\bfood\\b', '\\bstir\\b', '\\btoast(?!ers?\\b)\\w*', '\\bcigarettes?\\b', '\\bsmoker\\b', '\\bvap(?:e|ing)\\b', '\\bbarbecue\\b', '\\bbbq\\b',
  '\\bsmoked (?:salmon|meat|fish)\\b', '\\brice\\b(?! cookers?\\b)', '\\bpopcorn\\b', '\\bbread\\b(?! (?:makers?|machines?)\\b)', '\\bpizza\\b', '\\bbacon\\b', '\\bsteam\\b', '\\bhumidifier\\b', '\\bmist\\b',
  '\\b(?:smoke|fire) (?:alarm|detector)s?\\b', '\\bshirt\\b', '\\bclothes\\b', '\\bfabric\\b', '衣服',
  // A range hood that does not draw the cooking smoke away ("not sucking the smoke out", "smoke escapes").
  '\\b(?:suck|suction|extract|draw|pull|vent|clear)\\w*\\b[^.?!]{0,20}\\bsmoke\\b', '\\bsmoke\\b[^.?!]{0,15}\\b(?:escap\\w*|isn\\W?t (?:sucked|extracted|drawn)|not (?:being )?(?:sucked|extracted|drawn))',
  FIRST_USE.source,
);
/**
 * A smell said to be of the cooking itself ("the house reeks of frying", "满屋油烟味"): what a range
 * hood that draws badly leaves, not gas. (Gas named outright is read by its own rule.)
 */
const COOKING_SMELL = anyOf(
  '油烟味', '饭菜味', '炒菜味', '菜味', '煎炸味',
  '\\b(?:smell|smells|smelling|stink\\w*|reek\\w*)\\s+(?:of|like)\\s+(?:the\\s+)?(?:cooking|frying|fried|food|grease|oil|onions?|garlic|fish|curry|dinner|bacon)\\b',
  '\\b(?:cooking|frying) (?:smells?|odou?rs?|fumes)\\b',
);
/** Cold air meeting warm at an air conditioner's outlet looks like smoke and is not. */
const AC_FOG = anyOf('出风口', '吹出', '\\bvents?\\b');
/** 漏气 of a fridge seal, an air conditioner's refrigerant, a tyre or a pressure cooker's lid is not gas. */
const NOT_FUEL_GAS = anyOf('冰箱', '门封', '封条', '空调', '冷媒', '氟', '压力锅', '高压锅', '锅盖', '轮胎', '气垫', '充气', '冷气', '暖气片');
/** Being "shocked" by a price or a reply is surprise. */
const NOT_ELECTRIC_SHOCK = anyOf('\\bprices?\\b', '\\bbills?\\b', '\\bquotes?\\b', '\\bcosts?\\b', '\\bfees?\\b', '\\bcharges?\\b', '\\banswers?\\b', '\\brespon\\w*', '\\brepl\\w*', '\\bnews\\b', '\\battitude\\b', '\\bservice\\b');
/** A phone or a massager buzzes in the hand by design. */
const NOT_A_TINGLE = anyOf('\\bphones?\\b', '\\bvibrat\\w*', '\\bnotifications?\\b', '\\bmassag\\w*', '\\bwatch\\b', '手机', '震动');
/** Similes (响得像爆炸一样) and slang: 气炸了 (furious), 空气炸锅 (an air fryer), 屏幕炸了 (a shattered screen). */
const NOT_EXPLOSION = anyOf('像', '似的', '一样', '\\blike (?:an?|it)\\b', '\\bas if\\b', '气炸', '肺都炸', '炸锅', '空气炸', '油炸', '炸(?:鸡|薯|串|物|东西|食物|年糕)', '屏(?:幕)?(?:都)?炸', '\\bblew up at\\b', '\\bblowing up my phone\\b', '\\bscreen\\b');
/** A message about an electric water heater, with no gas anywhere, cannot be about carbon monoxide. */
const electricHeaterOnly = (text: string): boolean => test(ELECTRIC_ONLY_HEATER, text) && !test(ANY_GAS_WORD, text);
/** A shower and a headache with a cold or the flu, and no gas named: the illness, not the heater. */
const noFuelBurning = (text: string): boolean => electricHeaterOnly(text) || (test(ORDINARY_ILLNESS, text) && !test(ANY_GAS_WORD, text));
function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}
/** A remote's or a clock's dry cells leak and bulge without catching fire. */
const DRY_CELL = anyOf('遥控', '闹钟', '玩具', '干电池', '[57]号电池', '\\bremotes?\\b', '\\bAAA?\\b', '\\bclocks?\\b', '\\btoys?\\b', '\\balkaline\\b');
/**
 * A fishy smell has ordinary causes too: food, a drain, a dirty drum or an air conditioner's damp
 * coil, and water itself. Those make the pair harmless; a TV or a heater has none of them.
 */
const FISHY_ELSEWHERE = anyOf(
  OTHER_SMELL_SOURCE.source, '洗衣机', '滚筒', '衣服', '空调', '霉', '水(?!壶)', '\\bwash\\w*', '\\blaundry\\b', '\\bclothes\\b', '\\bdrum\\b', '\\bair ?con\\w*', '\\bac\\b', '\\bmou?ld\\w*', '\\bwater\\b',
);
/** A burnt smell likened to food ("smells like burnt toast", "像烤糊的面包"): a simile, unless the food really is cooking there. */
const REALLY_COOKING = anyOf(
  '烤箱', '烤面包机', '多士炉', '吐司机', '面包机', '空气炸锅', '微波炉', '做饭', '炒菜', '(?<!像)煮', '(?<!像)烤(?!糊|焦)', '\\btoaster\\b', '\\boven\\b', '\\bgrill\\w*', '\\bair ?fryer\\b', '\\bmicrowave\\b', '\\bpans?\\b', '\\bcook\\w*', '\\bfry(?:ing)?\\b', '\\b(?:making|made|make) (?:some )?toast\\b',
);
/** A bang that is no fault: a bulb blowing, popcorn, a pop-up, fireworks, something dropped or cracked by a knock. */
const HARMLESS_BANG = anyOf(
  '灯泡', '灯管', '爆米花', '气球', '鞭炮', '烟花', '摔', '掉(?:在|到)?地', '耳朵', '\\bbulbs?\\b', '\\bpopcorn\\b', '\\bpop-?ups?\\b', '\\bfireworks?\\b', '\\bballoons?\\b', '\\bdropp\\w*', '\\bfell\\b', '\\bknocked\\b', '\\bears?\\b', '\\bcork\\b', '\\bapps?\\b',
);
/** Smoke told without the word: "像烟一样", "a grey haze", "wisps coming out" (steam and mist are other things). */
const SMOKE_LIKE = anyOf(
  '冒[^,，。]{0,4}(?:像|似)[^,，。]{0,2}烟', '(?:像|似|跟)(?:是)?烟(?:一样|似的)', '烟(?:一样|似的)的?(?:东西|气)', '冒(?:出)?(?:一股|一些|一点|一阵)?(?:青|灰|黑|蓝)(?:色的?)?(?:气|雾)',
  '\\b(?:grey|gray|blue|black|bluish|greyish|grayish|dark)(?:ish)? (?:haze|wisps?|vapou?r|cloud)\\b', '\\bwisps?\\b(?: of \\w+)?[^.?!]{0,20}\\b(?:coming|came|rising|rose|out of|from)\\b', '\\b(?:giving|gives|gave|give|letting|let) off\\b[^.?!]{0,20}\\b(?:wisps?|haze)\\b',
  '\\bhaze\\b[^.?!]{0,20}\\b(?:coming|came|rising|rose|out of|from)\\b', '\\b(?:looks?|looked|looking) like smoke\\b', '\\bsmoke-?like\\b', '\\b(?:something|stuff) like smoke\\b',
);

/** Anger: 气得冒火 is fuming, not flames. */
// "换了新电池 着了": a hob's ignition battery changed and the burner lit at last, not a battery on fire.
const NOT_FLAMES = anyOf('气得', '心里', '心头', '肚子', '火冒三丈', '眼睛', '(?:我|人)都(?:要|快)?冒火', '(?:换|装|放)(?:了|上|好)?[^,，。]{0,4}电池');

export const HAZARD_CUES: HazardCue[] = [
  // --- gas
  words('gas', 'gas named', anyOf('燃气泄[漏露]', '煤气泄[漏露]', '天然气泄[漏露]', '液化气泄[漏露]', '(?:煤气|燃气|天然气|液化气|\\bgas\\b) ?(?:的)?(?:味|气味|臭味)', '(?:熄火|关了|关掉)[^,，。]{0,6}(?:还在|一直|还)(?:出气|漏气|有气)', '燃气报警器[^,，。]{0,4}(?:响|报警|叫)')),
  words('gas', 'gas leaking', anyOf('漏(?:燃|煤)?气(?!味?(?:检测|报警器))'), NOT_FUEL_GAS),
  words('gas', 'rotten-egg smell', anyOf('臭鸡蛋', '\\brotten[- ]eggs?\\b', '\\bsulph?ur(?:ous)?\\b'), WATER_SMELLS),
  words('gas', 'gas named', anyOf(
    '\\bgas leak\\w*', '\\bleak\\w* (?:of )?gas\\b', '\\bsmell\\w* (?:of |like )?gas\\b', '\\bgas (?:smell|odou?r)\\w*', '\\bsmell(?:ing)? gas\\b',
    '\\bgas (?:alarm|detector) (?:is )?(?:going off|went off|beeping|sounding|keeps going off)\\b', '\\bgas (?:is )?(?:still )?(?:coming out|escaping)\\b',
    '\\b(?:flame|pilot|burner) (?:went|goes|has gone|is) out\\b[^.?!]{0,30}\\b(?:gas|smell|hiss\\w*)\\b',
  )),
  words('gas', 'gas meter running with nothing on', anyOf('(?:燃气表|煤气表)[^。]{0,12}(?:没用|没开|关(?:了|着)|不用)[^。]{0,8}(?:走|转|跳|动)', '(?:没用|没开|关(?:了|着)|不用)[^。]{0,12}(?:燃气表|煤气表)[^。]{0,6}(?:走|转|跳|动)', '\\bgas meter\\b[^.?!]{0,40}\\b(?:moving|running|spinning|ticking|going up)\\b[^.?!]{0,40}\\b(?:off|not using|nothing)\\b')),
  words('gas', 'gas leaking', anyOf('(?:燃气|煤气|天然气|液化气)(?:管|管子|罐|瓶|表|灶|阀|软管|热水器)?[^,，。]{0,4}漏(?!水|电)', '\\bgas (?:is |was )?(?:leak\\w*|escap\\w*|coming out)')),
  pair('gas', 'gas appliance leaking', GAS_SOURCE, anyOf('\\bleak\\w*', '(?<!泄)漏(?!水|电|气)'), { within: 8, unless: anyOf('水', '滴', '\\bwater\\b', '\\bdrip\\w*', '\\bpuddle', '\\boil\\b') }),
  pair('gas', 'gas appliance + smell', GAS_SOURCE, SMELL, { within: 14, unless: anyOf(WATER_SMELLS.source, COOKING_SMELL.source) }),
  pair('gas', 'gas appliance + hiss', GAS_SOURCE, HISS, { within: 14, unless: anyOf('打火', '点火', '点不着', '打不着', '\\bignit\\w*', '\\bclick\\w*', '\\bwon\'?t light\\b') }),
  pair('gas', 'kitchen + alarming smell', KITCHEN, ALARMING_SMELL, { within: 10, unless: OTHER_SMELL_SOURCE, unlessInScope: true }),

  // --- carbon monoxide
  words('carbon_monoxide', 'carbon monoxide named', anyOf('一氧化碳', '煤气中毒', '燃气中毒', '\\bCO ?中毒', '(?:一氧化碳|\\bCO ?)报警器?[^,，。]{0,4}(?:响|报警|叫)', '\\bcarbon monoxide\\b', '\\bCO (?:alarm|detector|poisoning)\\b')),
  pair('carbon_monoxide', 'gas heater or bathroom + dizziness, nausea', CO_SOURCE, CO_SYMPTOM, { scope: 'message', within: 200, harmlessMessage: noFuelBurning }),
  // An alarm sounding by a gas heater or in a bathroom, and "CO" read off a detector (co-alarm.ts).
  words('carbon_monoxide', 'CO shown on a detector', CO_ON_DETECTOR),
  pair('carbon_monoxide', 'gas heater or bathroom + alarm sounding', CO_SOURCE, ALARM_SOUNDING, { scope: 'message', within: 200, unless: NOT_CO_ALARM, unlessInScope: true, harmlessMessage: electricHeaterOnly }),
  // Several people in one home ill at once, with no cause of its own named (household-ill.ts).
  pair('carbon_monoxide', 'household ill at once', HOUSEHOLD_GROUP, CO_SYMPTOM, { within: 14, unless: ORDINARY_ILLNESS, unlessInScope: true, harmlessMessage: (text) => test(ORDINARY_ILLNESS, text) }),

  // --- electric shock and leakage
  words('electric', 'shock named', anyOf(
    '(?<!防|漏电保护)漏电(?!保护|开关|断路器)', '触电(?!保护)', '被电(?:了|到|一下|一哈|得|哭)', '电到(?:了|我|手|人|孩子|小孩|他|她)', '电了(?:一下|一哈|我|他|她|孩子|小孩)', '电(?:人|手)(?!机)',
    // 一哈 is 一下 in south-western speech (麻了一哈, 电了一哈).
    '麻(?:了)?一(?:下|哈)', '(?:手|胳膊|脚|手指)(?:一|有点|发|都)?麻(?!烦)', '麻手', '麻麻的', '酥麻', '(?:外壳|机身|表面|金属|门把|把手|水龙头|花洒|水管|水里|热水|洗澡水|机器|箱体|柜体|滚筒)(?:上|里)?(?:带电|有电|漏电)',
    '有电流(?!声)', '电流感', '有(?:点|些)?(?:电|过电)的感觉', '感觉(?:有|带)电', '(?:碰|摸|触|碰到|摸到|接触|一碰|一摸)[^,，。]{0,4}(?:就|手)?(?:发|有点)?麻(?!烦)', '(?:洗衣机|冰箱|热水器|空调|电饭煲|微波炉|烤箱|洗碗机|饮水机|电水壶|机器|机子)(?:上|外面|表面)?带电', '(?<![停没])水(?:里)?(?:带电|有电)', '(?:漏电保护|漏保)(?:器|开关|插头)?[^,，。]{0,4}(?:跳|断开|动作)',
  )),
  words('electric', 'shock named', anyOf(
    '\\belectric(?:al)? shocks?\\b', '\\belectrocut\\w*', '\\bgot (?:a |an )?(?:little |small |mild |nasty |big |slight )?(?:electric )?(?:shock|zap|jolt)\\b', '\\bgot (?:shocked|zapped)\\b',
    '\\b(?:shocked|zapped|jolted|shocks|zaps) (?:me|him|her|us|them|my \\w+)\\b', '\\b(?:gives?|giving|gave) (?:me |him |her |us |people |you )?(?:a |an )?(?:little |small |mild |slight )?(?:shocks?|zaps?|jolts?|tingles?)\\b',
    '\\bshock\\w* when (?:i|he|she|we|they|you|my \\w+) touch\\w*', '\\bshock from\\b', '\\btingl\\w* (?:when|if|as) (?:i|you|we|he|she|they) touch', '\\btingl\\w* (?:in|on) (?:my|the|his|her) (?:hand|fingers?|arm)s?\\b',
    '\\b(?:casing|case|body|door|handle|drum|metal|tap|faucet|shower|water|frame|surface)\\b[^.?!,]{0,25}\\b(?:is|feels|seems|was|felt) (?:live|electrified|charged)\\b', '\\belectricity (?:in|through) the water\\b', '\\bfelt (?:the |some |an? )?(?:electricity|current|electric)\\b',
    '\\bcurrent (?:in|through) the (?:water|metal|casing)\\b', '\\bleak\\w* (?:electricity|current)\\b', '\\bcurrent leak\\w*', '\\bearth leakage\\b',
    '\\b(?:rcd|gfci|gfi|safety switch) (?:trips|tripped|tripping|keeps)\\b', '\\btrips? the (?:rcd|gfci|gfi|safety switch)\\b',
  ), NOT_ELECTRIC_SHOCK),
  // What a leak to earth feels like, said without "shock": a buzz or tingle in the fingers on touching
  // metal. A phone buzzing in the hand is its vibration.
  words('electric', 'tingle on touching', anyOf(
    '\\bfe(?:el|els|lt|eling)\\b[^.?!]{0,20}\\b(?:buzz\\w*|tingl\\w*|prickl\\w*|pins and needles)\\b[^.?!]{0,25}\\b(?:fingers?|hands?|arms?|skin|touch\\w*)\\b',
    '\\b(?:tingl\\w*|prickl\\w*|pins and needles)\\b[^.?!]{0,12}\\b(?:in|on|through) (?:my|his|her|their|your|the) (?:fingers?|hands?|arms?|skin)\\b',
    '\\b(?:buzz\\w*|tingl\\w*|prickl\\w*)\\b[^.?!]{0,40}\\bwhen (?:i|you|we|he|she|they|my \\w+) touch',
    '\\btouch\\w*\\b[^.?!]{0,40}\\b(?:feel|feels|felt|get|gets|got)\\b[^.?!]{0,20}\\b(?:buzz\\w*|tingl\\w*|prickl\\w*|zap\\w*|pins and needles)\\b',
    // Felt from what a wet person touches in a bathroom or kitchen: "a little buzz from the tap in
    // the shower". A pipe or fridge that buzzes is a noise, so the feeling (get, feel) must be said.
    '\\b(?:get|gets|got|getting|feel|feels|felt|feeling)\\b[^.?!]{0,15}\\b(?:buzz|tingle|zap|jolt)\\w*\\b[^.?!]{0,20}\\b(?:from|off|through) (?:the |my |our )?(?:taps?|faucets?|shower\\w*|water|bath\\w*|sinks?|mixer|towel rail|metal)\\b(?! ?(?:pipes?|pumps?|heater|softener|tank|lines?)\\b)',
    '\\b(?:taps?|faucets?|shower\\w*|water|bath\\w*|sinks?)\\b[^.?!]{0,20}\\b(?:gives?|gave|giving) (?:me |us |him |her |you )?(?:a |an )?(?:little |small |slight |faint |mild )?(?:buzz|tingle|zap)\\w*',
    '\\b(?:water|tap|faucet|shower\\w*)\\b[^.?!]{0,20}\\b(?:feels?|felt|is|was) (?:a bit |slightly |kind of |a little )?(?:tingly|buzzy|zappy|electric)\\b'
  ), NOT_A_TINGLE),
  // Leakage felt, not named: shower water that stings, a washer that gives a little buzz (felt-shock.ts).
  pair('electric', 'water or appliance + tingle felt', TOUCHED_THING, TINGLE_FELT, { within: 12, unless: NOT_LEAKAGE, unlessInScope: true }),
  pair('electric', 'breaker trips every time', EVERY_TIME, TRIP, { within: 10 }),

  // --- sparks and arcing
  // Sparks in a microwave told with the metal that made them (a gold-rimmed dish, foil) are arcing, not a fault (metal-arcing.ts).
  { ...words('sparks', 'sparks named', anyOf('火花', '火星', '电火花', '闪火', '电弧', '拉弧', '\\bspark(?:s|ed|ing|y)?\\b', '\\barc(?:ing|ed)\\b', '\\belectrical arc\\b'), IGNITION), harmlessMessage: metalArcingSaid },
  words('sparks', 'flash at a socket', anyOf('(?:插座|插头|插排|电线|电源|充电器|充电座|充电头|充电口|电池)[^,，。]{0,4}(?:冒|打|闪|蹦|出)(?:了)?(?:火|光|蓝光|电光)(?!星)', '\\b(?:blue |bright |white )?flash(?:es|ed)? (?:from|in|at|behind|inside|out of) (?:the )?(?:socket|outlet|plug|wall|switch|cord|wire|power)', '\\b(?:a|one|big|blue|bright|white) flash (?:from|at|behind|inside|out of)\\b')),
  // A crackle or bang with a flash is an arc, whatever it came from.
  pair('sparks', 'crackle + flash', ARC_SOUND, anyOf('闪(?:了)?(?:一下|一道)?(?:光|火)', '蓝光', '闪光', '亮光', '\\bflash\\w*', '\\bblue light\\b'), { within: 8, unless: IGNITION, harmlessMessage: metalArcingSaid }),
  pair('sparks', 'socket + flash', MAINS, anyOf('闪(?:了)?(?:一下|一道)?(?:光|火)?', '蓝光', '电光', '闪光', '\\bflash\\w*'), { within: 8, unless: anyOf('指示灯', '灯(?!座|具)', '\\bled\\b', '\\bindicator\\b', '\\blights?\\b', '\\bscreen\\b') }),
  pair('sparks', 'socket + crackle', MAINS, ARC_SOUND, { within: 10, unless: IGNITION }),

  // --- burning, melting, overheating
  // Plastic, rubber or wiring burning is never food, whatever was cooking: no cooking words excuse it.
  words('burning', 'burning plastic or wiring', anyOf(
    '烧(?:塑料|电线|橡胶|胶皮)', '(?:塑料|胶皮|橡胶|电线)(?:烧|焦|熔|化)', '(?:烧|焦|熔化|烤)(?:的)?(?:塑料|胶皮|橡胶|电线)', '线烧(?:了|坏|断)', '烧线', '烧胶',
    '\\bburn(?:ing|t) (?:plastic|rubber|wire|wiring|electrical|electric)\\w*', '\\b(?:hot|melt\\w*|burning|burnt|scorched) (?:plastic|rubber)\\b', '\\bmelted (?:plug|cord|wire|socket|outlet|cable|casing)\\b',
  ), FIRST_USE),
  words('burning', 'burning smell named', anyOf(
    '烧焦', '焦味', '焦糊', '糊味', '焦臭', '烧糊', '煳味', '焦煳', '烧黑', '烧化', '烤化', '烧熔', '烧(?:了|坏)?(?:的)?(?:味|气味)', '一股烧(?:东西|塑料|电线|橡胶|线)?的?味',
    '烧(?:塑料|电线|橡胶|胶皮)', '烧(?:东西|什么东西|啥东西)的?(?:味|气味)', '(?:塑料|胶皮|橡胶|电线)(?:烧|焦|熔|化)', '(?:烧|焦|熔化|烤)(?:的)?塑料', '线烧(?:了|坏|断)', '烧线',
  ), COOKING),
  words('burning', 'burning smell named', anyOf(
    '\\bburn(?:ing|t) (?:smell|plastic|rubber|odou?r|wire|wiring|electrical|electric)\\w*', '\\b(?:smell|stink|reek)\\w* (?:a bit |a little |kind of |sort of |slightly |faintly )?(?:like |of )?(?:something |anything |a |it(?:\'s| is) |something(?:\'s| is) )?(?:burn\\w*|scorch\\w*|hot plastic|melt\\w* plastic|plastic burning|electrical)',
    '\\b(?:electrical|electric) (?:burning )?smell\\b', '\\b(?:hot|melt\\w*|burning|burnt) plastic\\b', '\\bmelted (?:plug|cord|wire|socket|outlet|cable|casing)\\b', '\\bscorch\\w*', '\\bcharr(?:ed|ing)\\b', '\\bsmou?lder\\w*',
  ), COOKING),
  pair('burning', 'socket + heat', MAINS, HEAT, { within: 10 }),
  pair('burning', 'socket + heat damage', MAINS, HEAT_DAMAGE, { within: 10 }),
  pair('burning', 'socket burnt', OUTLET_OR_CHARGER, BURNT, { within: 4 }),
  pair('burning', 'charger + heat damage', anyOf('充电器', '充电头', '适配器', '\\bchargers?\\b', '\\badapters?\\b'), HEAT_DAMAGE, { within: 8 }),
  words('sparks', 'short circuit at a socket', anyOf('(?:插座|插头|插排|电线|电源线|线路)[^,，。]{0,3}短路', '\\bshort(?:ed|-circuited| circuited)\\b[^.?!]{0,20}\\b(?:socket|outlet|plug|wire|cord)\\b')),
  pair('burning', 'socket + smell', MAINS, SMELL, { scope: 'clause', within: 8 }),
  // Told by what the product did rather than by "burning" (session 19): a fishy or hot-plastic smell
  // from an electrical product, a burnt smell likened to food, a bang and then nothing works.
  pair('burning', 'electrical product + fishy smell', ELECTRIC_PRODUCT, FISHY_SMELL, { within: 16, unless: anyOf(FISHY_ELSEWHERE.source, NEW_PRODUCT.source), unlessInScope: true }),
  pair('burning', 'electrical product + hot plastic smell', ELECTRIC_PRODUCT, HOT_PLASTIC_SMELL, { within: 16, unless: NEW_PRODUCT, unlessInScope: true }),
  words('burning', 'burnt smell likened to food', anyOf(
    '\\b(?:smell\\w*|stink\\w*|reek\\w*|odou?r)\\b[^.?!]{0,12}\\blike (?:something )?(?:burn(?:t|ed|ing)|scorched|charred|singed) \\w+',
    '(?:像|好像|似|跟)[^,，。]{0,4}(?:烧焦|烤焦|烧糊|烤糊|糊了|焦了|烧着)的?[^,，。]{0,6}(?:味|气味)',
  ), REALLY_COOKING),
  pair('burning', 'bang, then dead', BANG, WENT_DEAD, {
    scope: 'message',
    within: 30,
    unless: HARMLESS_BANG,
    unlessInScope: true,
    // Said of a product on the mains or its wiring: a car or a door that bangs is none of ours.
    harmlessMessage: (text) => !test(ELECTRIC_PRODUCT, text) && !test(MAINS, text),
  }),

  // --- smoke and fire
  // (An outdoor unit's white "smoke" while heating is defrosting: defrost-steam.ts.)
  { ...words('smoke', 'smoke named', anyOf('冒(?:了|过|出)?(?:一下|一点|点|一股|一阵|些|很多|好多|大|浓)?(?:的)?(?:黑|青|蓝)?烟', '有烟(?!机|囱)', '烟雾(?!报警)', '烟味', '一股烟', '起烟', '出烟', '(?<!white )\\bsmok(?:e|es|ed|ing|ey|y)\\b'), COOKING), harmlessMessage: defrostSteamSaid },
  { ...words('smoke', 'white smoke', anyOf('冒(?:了|过|出)?(?:一下|一点|点|一股|一阵|些|很多|好多|大|浓)?(?:的)?白烟', '\\bwhite smoke\\b'), anyOf(COOKING.source, AC_FOG.source)), harmlessMessage: defrostSteamSaid },
  { ...words('smoke', 'smoke told without the word', SMOKE_LIKE, anyOf(COOKING.source, AC_FOG.source, '蒸汽', '水汽', '白雾', '\\bsteam\\b', '\\bmist\\b')), harmlessMessage: defrostSteamSaid },
  words('smoke', 'smoke alarm going off', anyOf('烟雾报警器[^,，。]{0,4}(?:响|报警|叫)', '\\b(?:smoke|fire) (?:alarm|detector)s? (?:went|goes|going|is going|keeps going|was going) off\\b'), anyOf('做饭', '炒菜', '没电', '低电', '电池', '测试', '\\bcook\\w*', '\\btoast\\b', '\\bbattery\\b', '\\bchirp\\w*', '\\btest\\w*')),
  words('fire', 'fire named', anyOf(
    '起火', '(?<![不没烧开点打])着火', '失火', '火灾', '烧起来', '燃起来', '着起来', '冒火(?![星花])', '(?:冒|窜|蹿|喷|往外冒)出?了?(?:火苗|火焰)', '(?:有|见|看到|看见)(?:了)?(?:一点|点|小|一簇|一团)?(?:火苗|火焰)', '火苗(?:窜|蹿|冒|往外|从)', '(?:窜|蹿)火', '明火', '火光',
    '(?:插座|插头|插排|电线|线|机器|电机|主板|电池|充电器|充电宝)[^,，。]{0,4}(?:烧)?(?<!插)着(?:了|起来)', '烧着了',
  ), NOT_FLAMES),
  words('fire', 'fire named', anyOf(
    '\\bon fire\\b', '\\bcaught (?:on )?fire\\b', '\\bcatch(?:es|ing)? (?:on )?fire\\b', '\\bburst into flames?\\b', '\\bin flames\\b', '\\bablaze\\b',
    '\\bflames? (?:came|coming|come|comes|shooting|shot|out of|from|inside|in the|everywhere|burst\\w*|leap\\w*)', '\\b(?:saw|see|seeing|there (?:are|were|was|is)) (?:a |some |small )?flames?\\b',
    '\\bfire\\b(?!\\s*(?:tv|stick|tablet|hd|hazards?|risks?|safety|extinguisher|alarm|detector|resistant|proof|retardant|rated|door|exit|drill|it up|up\\b))',
  )),

  // --- explosion
  words('explosion', 'explosion named', anyOf('爆炸', '炸了', '炸开', '自爆', '爆裂', '(?:电池|锅|玻璃|灯管|机器|插座|电容|压缩机|内胆)[^,，。]{0,3}爆了', '砰的一声[^,，。]{0,6}(?:碎|炸)', '玻璃[^,，。]{0,6}(?:爆|炸)', '\\bexplod\\w*', '\\bexplosion\\b', '\\bblew up\\b'), NOT_EXPLOSION),
  // ("it went bang" alone is a sound, not a burst: with the power gone after it, it is the electrical fault above. With gas about, a bang is a gas explosion.)
  pair('explosion', 'gas + bang', ANY_GAS_WORD, BANG, { scope: 'message', within: 60 }),
  words('explosion', 'glass shattered on a cooker', anyOf('\\b(?:oven|door|glass|hob|cooktop|stove ?top|kettle|microwave|lid)\\b[^.?!]{0,30}\\bshatter\\w*', '\\bshatter\\w*[^.?!]{0,30}\\b(?:oven|door|hob|cooktop|stove ?top|kettle|microwave|glass (?:top|lid|door|panel))\\b'), anyOf('\\bscreen\\b', '\\bphone\\b', '屏')),

  // --- water on electrics
  pair('water_electric', 'water + socket or wiring', MAINS, WATER, { within: 14, unless: anyOf(FAR_FROM_POWER.source, '手机', '耳机', '平板', '\\bphones?\\b', '\\blaptop\\b', '\\btablet\\b'), unlessInScope: true }),

  // --- batteries
  words('battery', 'swollen battery', anyOf(
    '电池[^,，。]{0,6}(?:鼓包|鼓起|鼓了|膨胀|胀(?:了|起)|变形|漏液|发胀)', '(?:后盖|背板|屏幕|屏|手机壳|外壳|中框|触控板)(?:被)?(?:顶(?:起|开|翘)|撑(?:开|起)|鼓起|翘起来)',
    '\\bbatter(?:y|ies) (?:is |has |got |went |are )?(?:swell\\w*|swollen|bulg\\w*|puff\\w*|expand\\w*|balloon\\w*|leak\\w*|pillow\\w*)', '\\b(?:swollen|swelling|bulging|puffy|puffed|expanded|leaking) batter(?:y|ies)\\b',
    '\\bspicy pillow\\b', '\\b(?:back(?: cover| glass| panel)?|screen|case|trackpad|keyboard) (?:is |has |started )?(?:popping|popped|lifting|lifted|bulging|pushed|separating|coming|came) (?:off|up|out|apart|away)\\b',
    // Said loosely: "the back cover is kind of lifting up", "back is bulging", "screen is being pushed out from behind".
    '\\b(?:back(?: cover| glass| panel| case)?|rear (?:cover|glass|panel)|screen|display|trackpad|touchpad|keyboard|casing|housing)\\b[^.?!,]{0,20}\\b(?:bulg\\w*|swell\\w*|swollen|puff\\w*|(?:lifting|lifted|popping|popped|pushed|pushing|separating|bowing|bent) (?:up|out|off|apart|away|open))\\b',
  ), DRY_CELL),
  words('battery', 'swollen battery', anyOf('鼓包'), anyOf(TANK.source, '锅')),
  pair('battery', 'battery + hiss', BATTERY_THING, HISS, { within: 10 }),
  pair('battery', 'battery + extreme heat', BATTERY_CORE, EXTREME_HEAT, { within: 10 }),
  pair('battery', 'battery + chemical smell', BATTERY_THING, BATTERY_SMELL, { within: 10 }),
  pair('battery', 'swelling device', BATTERY_THING, BULGE, { within: 12, unless: TANK }),
  pair('battery', 'battery + smoke', BATTERY_THING, anyOf('冒烟', '\\bsmok(?:e|es|ing)\\b'), { within: 10, unless: anyOf('烟雾报警', '\\b(?:smoke|fire) (?:alarm|detector)s?\\b') }),

  // --- pressure
  pair('pressure', 'pressure cooker will not release', PRESSURE_VESSEL, STUCK_PRESSURE, { within: 14 }),
  pair('pressure', 'tank bulging', TANK, BULGE, { within: 8 }),
];
