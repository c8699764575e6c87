/**
 * Leakage current as a customer feels it, without the word "shock" or 漏电: shower water that
 * stings or prickles, a washer that gives a little buzz when touched, fingers gone numb on a
 * fridge handle (水扎手、刺刺的、摸机壳发麻). hazard-cues.ts pairs one of these feelings with
 * water or an appliance's body; the feeling alone ("my leg went numb") is nobody's appliance.
 */
import { anyOf } from './hazard-words';

/** What a wet or bare hand touches: running water, taps and showers, an appliance's body. */
export const TOUCHED_THING = anyOf(
  '(?<![喝饮])水(?!费|压|垢|位|温|管|表|杯|果|泥)', '洗[^,，。]{0,2}澡', '淋浴', '花洒', '喷头', '龙头', '浴缸', '澡盆', '热水器', '洗衣机', '烘干机', '冰箱', '冰柜', '洗碗机', '饮水机', '电水壶', '微波炉', '烤箱', '空调',
  '外壳', '机壳', '机身', '壳子', '箱体', '门把', '把手', '拉手', '滚筒', '内桶', '盖子', '面板', '金属',
  '\\bwater\\b(?! (?:pressure|bill|softener|filter))', '\\bshower\\w*', '\\bbath\\w*', '\\btaps?\\b', '\\bfaucets?\\b', '\\bsinks?\\b',
  '\\bwash(?:er|ing machine)s?\\b', '\\bdryers?\\b', '\\bfridges?\\b', '\\bfreezers?\\b', '\\bdishwashers?\\b', '\\bwater heaters?\\b', '\\bkettles?\\b', '\\bmicrowaves?\\b', '\\bovens?\\b',
  '\\bcasing\\b', '\\bdrum\\b', '\\bdoor\\b', '\\bhandles?\\b', '\\blid\\b', '\\bmetal\\b', '\\bmachine\\b',
);

/**
 * The feeling itself. 麻 only where it is a feeling (发麻, 麻酥酥), never 麻烦 or 芝麻; "buzz" only
 * where it is given or felt, never the noise a fridge makes.
 */
export const TINGLE_FELT = anyOf(
  '扎手', '扎人', '扎扎的', '刺手', '刺人', '刺刺的', '刺痛', '针扎', '针刺', '像针', '电击感', '过电',
  '(?:发|有点|有些|一阵|阵阵|都|就|好|手|脚|身上|指尖|手指|手心)麻(?!烦|将|辣|袋|绳|布|花|醉|油|雀)', '(?<!密)麻(?:酥酥|丝丝|嗖嗖|麻)',
  '\\bstings?\\b', '\\bstinging\\b', '\\btingl\\w*', '\\bprickl\\w*', '\\bpins and needles\\b', '\\bnumb\\b',
  // A buzz is a noise unless a person gets it or it comes with a touch.
  '\\b(?:gives?|gave|giving) (?:me|us|him|her|you|people|my \\w+) (?:a |an )?(?:little |small |slight |faint |mild |tiny )?(?:buzz|tingle|zap|jolt)\\w*',
  '\\b(?:touch|touching|touched|lean|leaning|leaned|grab|grabbing|grabbed|hold|holding|brush\\w*)\\b[^.?!]{0,40}\\b(?:buzz|zap|jolt)\\w*',
  '\\b(?:buzz|zap|jolt)\\w*\\b[^.?!]{0,30}\\b(?:when|if|whenever|as) (?:i|you|we|he|she|they|my \\w+)\\b[^.?!]{0,15}\\b(?:touch|lean|grab|hold)\\w*',
  '(?<=\\bwater\\b[^.?!]{0,15})\\bbites?\\b', '\\bzap\\w*',
  '\\b(?:got|get|gets|getting|felt|feel|feels|feeling) (?:a |an |some )?(?:little |small |slight |faint |mild |tiny |weak )?(?:tingle|jolt|current)\\b(?! of\\b)',
  // (A plain "buzz from the pipes" is a noise; a small one got off a machine is felt.)
  '\\b(?:got|get|gets|getting|felt|feel|feels|feeling) (?:a |an )?(?:little|small|slight|faint|mild|tiny|weak) buzz\\b',
  '\\b(?:slight|small|little|faint|mild|weak) current\\b(?! of\\b)', '\\belectric(?:al)? (?:feeling|sensation)\\b', '\\blike static\\b', '\\bstatic (?:shock|feeling)\\b',
  // 摸着有点电: felt as electricity on touching (not 电视, 电话, 电源...).
  '(?:摸|碰|碰到|摸到)(?:着|上去|起来|一下)?(?:有点|有些|还|就)?(?:电|带电)(?![视话源线池脑机费梯饭动器压量])',
);

/**
 * Other reasons water or metal stings: heat or cold, strong spray, soap or chlorine, skin trouble,
 * a sleeping limb, a phone's vibration.
 */
export const NOT_LEAKAGE = anyOf(
  '烫', '太热', '水温', '太凉', '冰凉', '冰冷', '太冷', '冷得', '冻得', '冻手', '水压', '水流(?:太|很|特别)?(?:大|急|冲)', '冲得', '洗衣液', '洗涤剂', '消毒', '漂白', '肥皂', '沐浴露', '痒', '过敏', '湿疹', '皮肤(?:病|干|干燥)', '眼睛', '坐(?:久|麻)', '压麻', '睡麻', '腿麻', '花椒', '麻辣',
  '\\b(?:too|so|very|really|boiling) hot\\b', '\\bscald\\w*', '\\b(?:too|so|very|really|ice) cold\\b', '\\bcold (?:hands|fingers)\\b', '\\bfreezing\\b', '\\bice\\b', '\\bicy\\b', '\\bfrost\\w*', '\\bpressure\\b', '\\bspray\\b', '\\bsoap\\w*', '\\bdetergent\\b', '\\bchlorine\\b', '\\bbleach\\b', '\\bitch\\w*', '\\brash\\b', '\\beczema\\b', '\\ballerg\\w*', '\\beyes?\\b', '\\bcut\\b', '\\bsunburn\\w*',
  '\\b(?:leg|foot|feet) (?:went|fell|is|was) (?:numb|asleep)\\b', '\\bvibrat\\w*', '\\bexcit\\w*', '\\b(?:tingl\\w*|buzz) of (?:joy|pride|fear|nerves|anticipation)\\b', '\\bphones?\\b', '\\bbees?\\b', '\\bnettles?\\b', '\\bnoise\\b', '\\bsound\\w*\\b', '噪音', '声音', '\\bhum\\w*',
);
