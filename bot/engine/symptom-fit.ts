/**
 * Whether a case is about the symptom the customer described. Search ranks cases by shared words,
 * so "the TV keeps switching itself off" lands on "TV says no signal" (same product, same "TV"), a
 * set that switches itself on lands on "will not turn on", a frozen picture on "black screen". Each
 * side is read for the kinds of symptom it names; when both name some and they share none, the
 * case is about another symptom and must not be given: honest no-case help is better than another
 * fault's steps. A side that names no kind we know decides nothing (the search's match stands).
 */
import { LIQUID_TITLE } from './flows/liquid-first';
import { withoutDenied } from '../understanding/denied-symptoms';

export type SymptomKind =
  | 'offBySelf'
  | 'onBySelf'
  | 'restarts'
  | 'freezes'
  | 'noPower'
  | 'noSignal'
  | 'noSound'
  | 'noPicture'
  | 'poorPicture'
  | 'noise'
  | 'noiseWhenOff'
  | 'alarm'
  | 'noHeat'
  | 'noCool'
  | 'tooCold'
  | 'noSpin'
  | 'lines'
  | 'smell'
  | 'leak'
  | 'noDrain'
  | 'noFill'
  | 'noCharge'
  | 'slowCharge'
  | 'noConnect'
  | 'noDry'
  | 'noIgnition'
  | 'flameOut'
  | 'doorSeal'
  | 'shockOrTrip'
  | 'inputDead'
  | 'drainsFast';

/** By itself, with nobody pressing anything: 自己, 自动, 突然, "by itself", "on its own", "randomly". */
const BY_ITSELF_EN = String.raw`(?:by (?:itself|themselves)|on (?:its|their) own|randomly|suddenly|without warning|for no reason|in the (?:middle of the )?night)`;

/**
 * A negation written out any way customers write it: "won't", "will not", "does not", "is not",
 * "cannot", "can not", "no longer", "fails to"; an adverb may sit between ("doesn't properly drain").
 */
const NOT_EN = String.raw`(?:won['’]?t|wont|will not|doesn['’]?t|does not|don['’]?t|do not|didn['’]?t|did not|can['’]?t|cannot|can not|couldn['’]?t|could not|isn['’]?t|is not|aren['’]?t|are not|not|never|no longer|fails? to|refuses? to)(?: (?:even|really|properly|fully|completely|at all)| \w+ly)?`;
/** The same in Chinese, before a verb: 不, 不能, 无法, 没法, 没办法, 不会. */
const NOT_ZH = '(?:不能|无法|没法|没办法|不会|不)';
const en = (verbs: string): string => String.raw`\b${NOT_EN} (?:${verbs})\b`;

const KINDS: [SymptomKind, RegExp][] = [
  [
    'offBySelf',
    new RegExp(
      [
        '(?:自己|自动|突然|莫名其妙|无缘无故|动不动就?)(?:就)?(?:关机|关了|关掉|断电|停机|停了|熄火|灭了|黑了|没电了)',
        '(?:老是|经常|总是|一会儿?就|几分钟就|几秒就?|一半就?|到一半)[^，。,.]{0,4}(?:自己)?(?:关机|断电|停机|停了|跳停)',
        String.raw`\b(?:switch|turn|shut|power|cut)(?:s|es|ed|ing)? (?:itself |themselves )?(?:off|down|out)\b[^.,;!?]{0,25}\b${BY_ITSELF_EN}`,
        String.raw`\b(?:switch|turn|shut|power)(?:s|es|ed|ing)? (?:itself|themselves) (?:off|down)\b`,
        String.raw`\b(?:keeps?|kept) (?:switching|turning|shutting|powering|cutting) (?:itself |themselves )?(?:off|down|out)\b`,
        String.raw`\b(?:randomly|suddenly) (?:switch|turn|shut|power)\w* (?:itself )?(?:off|down)\b`,
        String.raw`\bcuts? out\b`,
        String.raw`\bstops? (?:in the middle|halfway|mid[- ]?(?:cycle|wash|way)|partway)\b`,
      ].join('|'),
      'i',
    ),
  ],
  [
    'onBySelf',
    new RegExp(
      [
        '(?:自己|自动|突然|半夜)(?:就)?(?:开机|开了|启动|打开|亮了|亮起来|运转起来|转起来)',
        String.raw`\b(?:switch|turn|power)(?:s|es|ed|ing)? (?:itself|themselves) (?:back )?on\b`,
        String.raw`\b(?:switch|turn|power|come|start)(?:s|es|ed|ing)? (?:back )?on\b[^.,;!?]{0,25}\b${BY_ITSELF_EN}`,
        String.raw`\b(?:keeps?|kept) (?:switching|turning|coming) (?:itself )?on\b`,
      ].join('|'),
      'i',
    ),
  ],
  ['restarts', /重启|自己重新启动|反复开关机|开机又关机|\brestart(?:s|ed|ing)\b|\breboot\w*|\bboot ?loop\w*|\bkeeps? restarting\b/i],
  [
    'freezes',
    /(?:画面|屏幕|图像|系统|手机|电视|平板|电脑|界面|页面|应用|app)[^，。,.]{0,6}(?:卡住|卡死|不动了?|定格|冻住)|死机|卡死|\b(?:picture|screen|image|display|apps?|phone|tablet|laptop|tv|system)\b[^.,;!?]{0,15}\b(?:freez(?:es|ing)|froze|frozen|hangs?|hung|locks? up|locked up|stuck)\b|\b(?:frozen|freezing) (?:screen|picture|image)\b/i,
  ],
  [
    'noPower',
    new RegExp(
      [
        '开不了机|开不开机|不开机|开不起来|启动不了|不通电|通不上电',
        `${NOT_ZH}(?:开机|启动|通电|打开)`,
        // 打不开 is a dead set, not a stuck door or lid (门/盖子打不开 is another fault).
        '(?<![门盖])打不开(?!门|盖)',
        en(String.raw`(?:turn|switch|power|boot|start)(?:ing)?(?: (?:on|up))?(?! \w+ing\b)|come on`),
        String.raw`\b(?:can['’]?t|cannot|can not|won['’]?t|will not) be (?:turned|switched|powered) on\b`,
        String.raw`\bnot (?:turning|switching|powering|booting|starting)(?: on| up)?\b|\bno power\b|\b(?:completely|totally|just|is|['’]s|went|gone|seems?) dead\b`,
      ].join('|'),
      'i',
    ),
  ],
  ['noSignal', /无信号|没(?:有)?信号|信号(?:不好|差|弱)|\bno signal\b|\b(?:weak|poor|lost) signal\b/i],
  ['noSound', /没(?:有)?声音|无声|不出声|\bno (?:sound|audio)\b|\bsound (?:is )?(?:gone|missing)\b|\bsilent\b/i],
  ['noPicture', /黑屏|没(?:有)?(?:图像|画面)|无图像|\bblack screen\b|\bno (?:picture|image)\b|\bscreen (?:is |goes |went |stays )?(?:black|blank|dark)\b/i],
  // A picture that is there but poor (blurry, grainy, washed out): not one that froze, went black or switched itself off.
  [
    'poorPicture',
    /画质|模糊|发虚|雪花|颗粒感|(?:颜色|色彩)(?:发白|发灰|不对|不正)|\b(?:blurry|blurred|grainy|pixelated|fuzzy|washed[- ]out)\b|\b(?:poor|bad|terrible|awful) picture\b|\bpicture quality\b/i,
  ],
  ['alarm', /报警|警报|嘀嘀|滴滴(?:响|叫)|蜂鸣|\bbeep\w*|\balarm\w*/i],
  [
    'noHeat',
    new RegExp(
      String.raw`不加热|不热|热不了|热不起来|加热不了|不出热水|没有?热水|${NOT_ZH}加热|${en('heat(?:ing)?(?: up)?|warm(?:ing)? up|boil|get (?:hot|warm)')}|\bnot heat\w*|\bno (?:heat\w*|hot water)\b|\blukewarm\b|\b(?:comes?|came|coming) out (?:still )?(?:cold|cool)\b|(?:预热|加热|烤|烘|烧)[^，。,.]{0,6}(?:还是|都是|也是|一直是?)(?:凉|冷)|\b(?:pre)?heat\w*\b[^.,;!?]{0,20}\b(?:still|stays?) (?:cold|cool)\b`,
      'i',
    ),
  ],
  [
    'noCool',
    new RegExp(String.raw`不制冷|制冷不了|不冷|不凉|${NOT_ZH}制冷|${en('cool(?:ing)?(?: down)?|get (?:cold|cool)|keep (?:\w+ )?(?:cold|cool)|blow (?:any )?cold')}|\bnot (?:cool\w*|cold)\b`, 'i'),
  ],
  // Food frozen where it should only be chilled: the fridge too cold, never "not cold" ("冷藏室的菜冻住了", "milk turns to ice in the fridge").
  [
    'tooCold',
    /冻(?:住|上|硬|坏|裂|透|成冰)|结成冰|(?:冷藏|保鲜)(?:室|层|区)?[^，。,.]{0,8}(?:结冰|冻)|\b(?:food|vegetables?|veg|veggies|milk|drinks?|lettuce|eggs?|fruit|bottles?|yogh?urt)\b[^.,;]{0,40}\b(?:frozen|freez(?:e|es|ing)|turn\w* (?:in)?to ice)\b|\bfridge (?:section|compartment|part|side)\b[^.,;]{0,15}\bfreez\w*|\bfreez(?:es|ing) (?:the )?(?:food|vegetables|veg|milk|drinks|lettuce)\b/i,
  ],
  ['noSpin', new RegExp(String.raw`不脱水|甩不干|脱不了水|脱水转不|${NOT_ZH}脱水|${en('spin(?:ning)?')}|\bclothes (?:stay|are still) (?:wet|soaked)\b`, 'i')],
  ['lines', /竖线|横线|亮线|彩线|条纹|\b(?:lines?|stripes?|bands?) (?:on|across|down)\b|\b(?:vertical|horizontal|coloured|colored) (?:lines?|stripes?)\b/i],
  ['smell', /异味|臭味|怪味|霉味|焦味|难闻|\bsmell\w*|\bodou?r\w*|\bstink\w*|\bmusty\b/i],
  ['leak', /漏水|滴水|渗水|\bleak\w*|\bdrip\w*/i],
  [
    'noDrain',
    new RegExp(
      [
        '不排水|排不(?:出|了|掉|下去|干净)|排水(?:不畅|很慢|慢|排不)|水排不|积水|放不了水',
        `${NOT_ZH}排水`,
        '(?:底部|底下|桶里|筒里|缸里)[^，。,.]{0,4}(?:有|留着?|剩)(?:一些|一点|很多|好多)?水',
        '里面(?:总是|老是|一直|还|总)(?:有|留着?|剩)(?:一些|一点|很多|好多)?水',
        en(String.raw`drain(?:ing)?|empty(?: out)?|pump (?:\w+ ){0,2}out`),
        String.raw`\bnot draining\b|\bstanding water\b|\bwater (?:is )?(?:left|sitting|standing|stays?|staying|remains?|remaining|pooling|pools?|collects?|collecting)\b|\bleaves? (?:\w+ )?water (?:in|at|on)\b`,
      ].join('|'),
      'i',
    ),
  ],
  ['noFill', new RegExp(String.raw`(?<!水箱)不进水|进不了水|进不去水|${NOT_ZH}进水|${en('fill(?:ing)?(?: up)?|take (?:in )?water')}|\bno water (?:comes?|coming|goes?|going) in\b`, 'i')],
  ['noCharge', new RegExp(String.raw`充不(?:进|上|了)电?|不充电|${NOT_ZH}充电|${en('(?:start |begin )?charg(?:e|ing)')}|\bnot charging\b`, 'i')],
  ['slowCharge', /充电(?:很|特别|太|好|超级)?慢|充得(?:很|特别|太)?慢|\bslow(?:ly)? charg\w*|\bcharg\w* (?:very |really |so |too )?slow(?:ly)?\b/i],
  ['noConnect', new RegExp(String.raw`连不上|配(?:对)?不上|连接不上|搜不到|${NOT_ZH}(?:连接|配对|连上)|${en('connect(?:ing)?|pair(?:ing)?|link(?:ing)?|show up')}|\bpairing fail\w*`, 'i')],
  [
    'noDry',
    new RegExp(
      String.raw`烘不干|不烘干|烘干不了|${NOT_ZH}烘干|${en('dry(?:ing)?')}|\bnot drying\b|\bstill (?:damp|wet) after (?:drying|the dryer)\b|(?:碗|盘|餐具|杯)[^，。,.]{0,8}(?:还是|都是|全是|还)湿|湿漉漉|\b(?:leaves?|left) (?:\w+ ){0,2}(?:wet|damp)\b|\b(?:dishes|plates|cups|glasses|crockery)\b[^.,;!?]{0,20}\b(?:wet|damp)\b`,
      'i',
    ),
  ],
  // A burner or gas heater that will not catch: no flame at all, not a flame that dies (that is a flame-out case).
  [
    'noIgnition',
    new RegExp(
      String.raw`打不着|点不着|着不了火|不着火|不点火|点火失败|不打火|打火[^，。,.]{0,6}(?:不着|没火|着不了)|火[^，。,.]{0,4}(?:打不起来|点不起来|起不来|出不来)|没(?:有)?火苗?|无火|${en(String.raw`(?:light|ignite|catch|fire(?: up)?)(?: up)?`)}|\bnot (?:lighting|igniting)\b|\bno (?:ignition|flame)\b|\bclicks? but\b`,
      'i',
    ),
  ],
  // A flame that catches and then dies (a heater mid-shower, a burner when the knob is let go): not one that never lights.
  [
    'flameOut',
    /熄火|灭火|火(?:苗)?(?:就|又|突然|自己)?灭了?|(?:洗着洗着|用着用着|烧着烧着)[^，。,.]{0,3}(?:灭|熄|断火)|\b(?:flame|fire|burner|heater|boiler|pilot)\b[^.,;!?]{0,25}\b(?:goes|went|going|keeps going|dies|died|blows|blew|cuts?|cutting) out\b|\bflame (?:dies|died|goes out)\b|\bflame[- ]?outs?\b|\b(?:heater|boiler)\b[^.;!?]{0,30}\b(?:shut(?:s|ting)? (?:off|down)|cut(?:s|ting)? out|dies|dying)\b[^.;!?]{0,30}\b(?:shower|bath|washing)|\b(?:mid-?shower|halfway through (?:a |my |the )?shower|in the middle of (?:a |my |the )?shower)\b|(?:洗澡|洗)(?:洗)?到一半[^，。,.]{0,4}(?:灭|熄|变凉|变冷|没热水)/i,
  ],
  [
    'doorSeal',
    /关不严|关不上|关不紧|关不拢|合不严|合不拢|合不上|扣不上|门封|密封条|留(?:着)?(?:一)?(?:条|道)缝|\bajar\b|\bstays? (?:slightly |a bit |partly )?open\b|\bseal\w*|\b(?:won['’]?t|doesn['’]?t|does not|will not|not) (?:close|shut|latch)\b(?! (?:off|down))/i,
  ],
  ['shockOrTrip', /漏电|麻手|触电|被电|电了一下|跳闸|\bshock\w*|\btingl\w*|\bleaks? current\b|\btrip\w* (?:the )?(?:breaker|fuse|switch)\b/i],
  // A battery that runs down soon after a full charge: it charges and it powers on, so neither of those cases fits.
  [
    'drainsFast',
    /(?:电池|电量|电)[^，。,.]{0,10}(?:就|很快|一下子?|马上)(?:没电|掉光|用完|耗光|耗完|没了)|掉电(?:很|特别|太|超级)?快|(?:电池|续航)[^，。,.]{0,4}(?:不耐用|不经用|不行了|变短|很短|太短|缩水)|\bbattery\b[^.,;!?]{0,30}\b(?:drains?|draining|dies|dying|runs? (?:down|out|flat)|(?:doesn['’]?t|does not|won['’]?t|will not) (?:last|hold (?:a |its )?charge))\b|\b(?:drains?|draining) (?:fast|quickly|in (?:an|one|half an|\d+) (?:hour|minute)s?)\b|\bbattery life\b/i,
  ],
  // Keys, a touchpad or buttons that do not respond: the device is on, so no "will not power on" case fits.
  [
    'inputDead',
    new RegExp(
      [
        '(?:触控板|触摸板|键盘|按键|几个键|有的键)[^，。,.]{0,6}(?:不灵|失灵|没反应|不管用|坏了|按不动|不好使|没用)',
        String.raw`\b(?:keys?|keyboard|touch ?pad|trackpad|buttons?)\b[^.?!,]{0,24}\b(?:dead|not working|(?:don|doesn)['’]?t work|unresponsive|stuck|stopped working|not responding)\b`,
      ].join('|'),
      'i',
    ),
  ],
];

/** A noise: 异响, 噪音, 嗡嗡, 轰轰, 还在响; noise, clicking, buzzing, humming. */
const NOISE =
  /异响|噪音|响声|声音(?:很|特别|太|好)?大|嗡嗡|轰轰|隆隆|咔咔|咔哒|吱吱|咯咯|哒哒|(?:还在|一直|老是|总是|还)响(?!应)|\bnois(?:e|es|y)\b|\bclick\w*|\bbuzz\w*|\brattl\w*|\bhumm?(?:s|ing)\b|\bgrind\w*|\bsqueak\w*|\bknock\w*|\bcrackl\w*|\bstatic\b|\bhiss\w*|杂音|沙沙|滋滋|(?:很|特别|太|好|非常|超)吵(?!架)|\b(?:very|really|so|too|extremely|quite|super|incredibly) loud\b/i;
/** Said while it is off or unplugged: 关了, 关机后, 拔了电源, "when it's off", "unplugged". */
const WHILE_OFF =
  /关(?:了|掉)?(?:机|电源)?(?:以后|之后|后)?(?:还|也|仍然|依然)|关机(?:状态|的时候|时)|(?:拔|断)(?:了|掉)?(?:电源|插头|电)[^，。,.]{0,6}(?:还|也|仍)|\b(?:even )?when (?:it(?:['’]s| is)|they(?:['’]re| are)) (?:off|switched off|turned off|unplugged)\b|\b(?:while|even) (?:it(?:['’]s| is) )?(?:off|switched off|turned off|unplugged)\b|\bunplugged\b/i;

/**
 * How the knowledge base's own titles say some kinds, in both languages: added to a search for a
 * symptom written another way ("电视无法开机", "the phone cannot charge"), so the case for that
 * symptom is found rather than one that only shares the product's name.
 */
const KB_WORDS: Partial<Record<SymptomKind, string>> = {
  noPower: '开不了机 will not turn on',
  noDrain: '不排水 排不出水 not draining',
  noFill: '不进水 will not fill',
  noCharge: '充不进电 will not charge',
  noConnect: '配对不上 will not pair',
  noHeat: '不加热 not heating',
  noCool: '不制冷 not cooling',
  noSpin: '不脱水 will not spin',
  noDry: '烘不干 does not dry',
  noIgnition: '点不着火 will not light',
  flameOut: '熄火 goes out',
  tooCold: '冷藏室结冰 把菜冻坏 freezes food',
  doorSeal: '门关不严 door does not close',
  drainsFast: '电池不耐用 battery runs down fast',
  // ("嗡嗡的响 吵得睡不着": with the sleep it cost read as the topic, the noise case lost to others.)
  noise: '噪音大 noisy',
};

/**
 * "No code on the display" says what is not there: searched as words it pulls up the cases about
 * codes (a code case for a heater that only goes out), so it is left out of the search.
 */
const NO_CODE =
  /[,，。;；\s]*(?:也|还|并|但|而且)?(?:没有?|无|不)(?:有)?(?:报|显示|出|跳|提示)?(?:任何)?(?:故障|错误|报警)?(?:代码|代号|错误码|故障码)(?:显示)?|[,;\s]*(?:and |but |with )?(?:there(?:['’]s| is) )?(?:no|without (?:an?|any)|not any) (?:error |fault )?codes?(?: (?:shown|showing|displayed|on (?:the|its) (?:display|screen|panel)))?/gi;

/** A search text for a described symptom: the words said, and the knowledge base's words for the kinds they name. */
export function withSymptomWords(text: string): string {
  text = text.replace(NO_CODE, '').trim() || text;
  const words = [...symptomKinds(text)].map((kind) => KB_WORDS[kind]).filter(Boolean);
  return words.length ? `${text} ${words.join(' ')}` : text;
}

/** The kinds of symptom a text names. */
export function symptomKinds(said: string): Set<SymptomKind> {
  const text = withoutDenied(said);
  const kinds = new Set<SymptomKind>(KINDS.filter(([, words]) => words.test(text)).map(([kind]) => kind));
  if (NOISE.test(text)) kinds.add(WHILE_OFF.test(text) ? 'noiseWhenOff' : 'noise');
  // A set that switches itself off or on is not one that will not turn on ("关机" read as power).
  if (kinds.has('offBySelf') || kinds.has('onBySelf')) kinds.delete('noPower');
  // "电池半小时就没电" is a battery that runs down, not a set that will not power on.
  if (kinds.has('drainsFast')) kinds.delete('noPower');
  return kinds;
}

/**
 * A fault said plainly though in words no kind above knows: a negated function ("does not dry",
 * "won't print", 烤箱热不起来, 没法用, 打不着火) or a function stopped ("stopped heating").
 */
const PLAIN_FAULT = new RegExp(
  [
    String.raw`\b${NOT_EN} (?:turn|switch|power|start|boot|run|drain|fill|spin|heat|warm|cool|freeze|dry|charge|connect|pair|open|close|shut|lock|light|ignite|print|wash|rinse|cook|boil|bake|toast|grind|blow|suck|pick|respond|react|load|play|show|display|ring|vibrate|hold|stay|keep|stop|move|rotate|turn|come|get|make|do)\w*\b`,
    // Not "broken", "not working", 坏了: they say something is wrong, not what; "what is it doing?" helps there.
    String.raw`\b(?:stopped|quit|ceased) (?:heating|cooling|draining|spinning|charging)\b`,
    '(?:不能|无法|没法|没办法)(?!说|确定|知道|判断|描述|回答|提供|找到|记得|确认)[\u4e00-\u9fff]',
    '[\u4e00-\u9fff]不(?:了|出|进|上|起来|动|开|着|干|下去|住|亮|响)',
    '不(?:运转|转了?|启动|排水|进水|加热|制冷|制热|出水|出风|充电|开机|亮|响|通电|点火|吸)|没反应',
  ].join('|'),
  'i',
);

/** Whether the customer named a symptom plainly: then a question back about "what is it doing" is no help. */
export const namesSymptom = (described: string): boolean => symptomKinds(described).size > 0 || PLAIN_FAULT.test(described);

/**
 * Whether a case titled `title` is about another symptom than the one described: both name kinds
 * of symptom and share none. Unknown on either side is no evidence against the case.
 */
export function aboutAnotherSymptom(title: string, described: string): boolean {
  const said = symptomKinds(described);
  if (!said.size) return false;
  const about = symptomKinds(title);
  return about.size > 0 && ![...about].some((k) => said.has(k));
}

/**
 * Whether an approved answer (a Q&A) is unrelated to a described symptom: the customer names a
 * symptom and the answer's title names none (a wall-bracket answer for a TV that switches itself
 * off). Topic answers that do speak to a description (liquid damage) are judged by their own rule.
 */
export function answerIgnoresSymptom(hit: { kind?: string; title: string }, described: string): boolean {
  if (hit.kind !== 'qa' || LIQUID_TITLE.test(hit.title)) return false;
  return symptomKinds(described).size > 0 && symptomKinds(hit.title).size === 0;
}
