/**
 * The vocabulary danger is described in, as kinds of words rather than as hazards: the things
 * that carry a risk (a socket, a gas hob, a pressure cooker, a battery) and the signs that
 * something is wrong with them (heat, a hiss, water, a smell, dizziness). Customers rarely name
 * the hazard ("漏电", "gas leak"); they say what they notice ("插座发烫", "the hob is hissing"),
 * so hazard-cues.ts pairs a thing with a sign. Each list is zh and en together; text is already
 * NFKC-normalised (full-width punctuation is half-width).
 */

/** Builds a case-insensitive global pattern from alternatives, so long lists stay readable. */
export const anyOf = (...alternatives: string[]): RegExp => new RegExp(alternatives.join('|'), 'gi');

// --- things -------------------------------------------------------------------------------

/**
 * Mains power points and wiring. A phone's 主板 is not here: a wet phone is a repair, not a shock
 * risk. "plug it in" is a verb, not a plug.
 */
export const MAINS = anyOf(
  '插座', '插头', '插排', '排插', '插线板', '拖线板', '接线板', '插板', '电源线', '电线', '线路', '电闸', '总闸', '空开', '空气开关',
  '配电箱', '电表箱', '电箱', '电源板', '电脑板', '控制板', '电路板', '吊灯', '灯座', '灯具', '顶灯', '吸顶灯', '开关面板',
  '\\bsockets?\\b', '\\boutlets?\\b', '\\bpower ?points?\\b', '\\bwall plugs?\\b',
  '\\bplugs?\\b(?!-in\\b|\\s+(?:it|them|this|that|the \\w+)?\\s*in\\b)',
  '\\bpower (?:strips?|boards?|bars?|cords?|cables?|leads?|supply|supplies|sockets?)\\b', '\\bextension(?: cords?| leads?| cables?| reels?| blocks?)?\\b',
  // Regional names for a multi-socket lead: multibox, plug board, 4-way, double adapter, 拖板.
  '拖板', '插座板', '多孔插座', '插线排', '多用插座', '转换插座', '\\bmulti-? ?(?:box|plugs?|boards?|sockets?|outlets?|adapters?|leads?)\\b', '\\b(?:plug|socket) ?(?:boards?|blocks?|bars?|strips?)\\b', '\\bpower ?blocks?\\b',
  '\\b(?:\\d|two|three|four|six)[- ]?(?:way|gang) (?:adapters?|sockets?|plugs?|boards?|extensions?|leads?|strips?)\\b', '\\bdouble adapters?\\b',
  '\\bsurge protectors?\\b', '\\bcords?\\b', '\\bthe lead\\b', '\\bwires?\\b', '\\bwiring\\b', '\\bcables?\\b', '\\bbreakers?(?: box| panel)?\\b',
  '\\bfuse ?(?:box|board)\\b', '\\b(?:light|ceiling) (?:fittings?|fixtures?)\\b', '\\bceiling lights?\\b', '\\blight switch(?:es)?\\b', '\\bconsumer unit\\b', '\\belectrical panel\\b', '\\bjunction box\\b', '\\b(?:control|circuit|power|main) ?boards?\\b', '\\bpcb\\b', '\\bmains\\b',
);

/** Wall power itself and chargers, without an appliance's boards: "师傅说电脑板烧了" is a diagnosis, not a fire. */
export const OUTLET_OR_CHARGER = anyOf(
  '插座', '插头', '插排', '排插', '插线板', '拖线板', '接线板', '电源线', '电线', '充电器', '充电头', '适配器',
  '\\bsockets?\\b', '\\boutlets?\\b', '\\bplugs?\\b(?!-in\\b|\\s+(?:it|them|this|that|the \\w+)?\\s*in\\b)', '\\bpower (?:strips?|boards?|cords?|cables?|leads?)\\b', '\\bextension(?: cords?| leads?)?\\b', '\\bcords?\\b', '\\bwires?\\b', '\\bchargers?\\b', '\\badapters?\\b',
);
/** Burnt through: 插座烧了, 电线烧断了. */
export const BURNT = anyOf('烧(?:了|坏|掉|断|穿|黑|焦|化)', '\\bburnt (?:out|through)\\b', '\\bburned (?:out|through)\\b', '\\bfried\\b');

/** Cutting the power is what a careful customer already did; "拔了插头" does not put a plug near the water. */
export const POWER_ACTION = anyOf(
  '拔(?:掉|了|下)?了?(?:电源)?插头', '插头(?:已经|都|也)?拔(?:了|掉|下)', '拔(?:了|掉)?电源', '断(?:了)?电', '关(?:了|掉)?(?:总)?(?:电闸|总闸|空开|电源)', '拉(?:了)?闸',
  '\\bunplug\\w*', '\\bpulled (?:out )?the plug\\b', '\\bplug (?:is |was )?(?:out|pulled)\\b',
  '\\b(?:switched|turned) (?:it |everything )?off at the (?:wall|socket|outlet|plug|breaker|mains)\\b', '\\b(?:switched|turned) off the (?:breaker|mains|power)\\b',
);

/** Gas appliances and their pipes. An electric or induction hob and a rice cooker are not. */
export const GAS_SOURCE = anyOf(
  // Bottled gas as Hong Kong and Taiwan say it (石油气, 瓦斯) is fuel gas like 液化气.
  '燃气', '煤气', '天然气', '液化气', '石油气', '瓦斯', '罐装气', '沼气', '燃气灶', '煤气灶', '灶台', '灶具', '炉灶', '炉头', '气管', '燃气表', '煤气罐', '液化气罐', '气罐', '气瓶',
  '减压阀', '角阀', '气阀', '总阀', '壁挂炉', '\\bgas\\b', '\\bpropane\\b', '\\blpg\\b', '\\bbutane\\b', '\\bbottled gas\\b',
  '(?<!electric |induction |ceramic )\\b(?:stove|hob|cooktop|burners?)\\b', '(?<!rice |pressure |slow )\\bcooker\\b', '\\bboiler\\b', '\\bfurnace\\b', '\\bpilot light\\b',
);

/** Where carbon monoxide gathers: a gas water heater, a bathroom with one, any fuel burner. */
export const CO_SOURCE = anyOf(
  '燃气热水器', '煤气热水器', '(?<!电)热水器', '壁挂炉', '燃气', '煤气', '天然气', '液化气', '炉子', '煤炉', '炭火', '洗[^,，。]{0,2}澡', '泡[^,，。]{0,2}澡', '冲[^,，。]{0,2}澡', '浴室', '卫生间', '淋浴', '洗澡间',
  // Cantonese: 热水炉 is the water heater, 冲凉 a shower, 冲凉房 the bathroom; 石油气/瓦斯 bottled gas.
  '(?<!电)热水炉', '冲[^,，。]{0,2}凉', '石油气', '瓦斯',
  '\\bgas\\b', '\\bpropane\\b', '\\blpg\\b', '\\bbottled gas\\b', '\\bboiler\\b', '\\bfurnace\\b', '(?<!electric )\\b(?:water )?heater\\b', '\\bshower\\w*', '\\bbath(?:room|ing)?\\b', '\\bfireplace\\b', '\\bgenerator\\b',
);

/** Things with a lithium battery. */
export const BATTERY_THING = anyOf(
  '电池', '手机', '充电宝', '移动电源', '平板', '笔记本', '耳机', '手表', '电瓶', '电动车',
  '\\bbatter(?:y|ies)\\b', '\\bphones?\\b', '\\biphone\\b', '\\bpower ?bank\\b', '\\blaptop\\b', '\\btablet\\b', '\\bipad\\b', '\\be-?bike\\b', '\\bscooter\\b', '\\bvape\\b',
  '\\bearbuds?\\b', '\\bwatch\\b',
);
/** The battery itself (a hot phone is usually just a busy phone; a hot battery is not). */
export const BATTERY_CORE = anyOf('电池', '充电宝', '移动电源', '电瓶', '\\bbatter(?:y|ies)\\b', '\\bpower ?bank\\b');

/** Vessels under pressure. */
export const PRESSURE_VESSEL = anyOf('高压锅', '压力锅', '压力煲', '\\bpressure cooker\\b', '\\binstant ?pot\\b', '\\bpressure canner\\b');
/** Tanks that can bulge when their relief valve fails. */
export const TANK = anyOf('热水器', '内胆', '水箱', '储水罐', '\\bwater heater\\b', '\\b(?:hot water )?(?:tank|cylinder)\\b');

export const KITCHEN = anyOf('厨房', '\\bkitchen\\b');

// --- signs --------------------------------------------------------------------------------

/** Heat where there should be none. Not 热水/热风/发热管: those are an appliance doing its job. */
export const HEAT = anyOf(
  '(?<!熨)烫(?!发|衣|头)', '烧手', '过热', '发热(?!管|盘|丝|体|元件|片|膜|功能)', '热得(?:厉害|不行|发烫|烫手|冒烟|很)', '温度(?:很|特别|非常|超|太)高', '摸(?:着|上去|起来)(?:很|特别|有点|挺|好)?(?:热|烫)',
  '\\bhot\\b(?! water| air| wash| cycle| plate| tub| spot| key| line| dog| food)', '\\boverheat\\w*', '\\b(?:too|very|really|quite|pretty|so|unusually) warm\\b',
  '\\bscorching\\b', '\\bburning (?:up|hot)\\b', '\\bheat(?:s|ing)? up\\b',
);

/** Heat damage on plastic and metal. Not 融化 alone: ice cream melts too. */
export const HEAT_DAMAGE = anyOf(
  '熔化', '融化', '化了', '烧化', '烤化', '变软', '软了', '变形', '发黑', '变黑', '黑了', '烧黑', '焦黑', '发黄', '变黄', '起泡', '冒泡',
  '\\bmelt\\w*', '\\bsoften\\w*', '\\bdeform\\w*', '\\bwarp\\w*', '\\bdiscolou?r\\w*', '\\b(?:gone|turned|going|went) (?:brown|black|yellow)\\b',
  '\\b(?:black|brown|burn|scorch) (?:marks?|spots?)\\b', '\\bblackened\\b', '\\bcharred\\b',
);

/** A smell of any kind. */
export const SMELL = anyOf(
  '异味', '怪味', '臭味', '味道', '气味', '一股味', '有味', '阵(?:怪)?味', '刺鼻', '难闻', '鱼腥味', '塑料味', '胶皮味', '橡胶味', '(?:闻|嗅)到', '呛',
  '\\bsmell\\w*', '\\bodou?r\\w*', '\\bstink\\w*', '\\bwhiff\\b', '\\bfumes?\\b', '\\breek\\w*', '\\bfishy\\b',
);
/** A smell bad enough to alarm someone, for a kitchen with no named appliance. */
export const ALARMING_SMELL = anyOf(
  '怪味', '刺鼻', '臭味', '难闻', '\\b(?:weird|strange|funny|odd|bad|strong|chemical|horrible|awful)\\s+(?:smell|odou?r)\\b', '\\bsmells? (?:weird|strange|funny|odd|bad|awful|off)\\b',
);
/** Other sources of a kitchen smell: then the smell is not gas. */
export const OTHER_SMELL_SOURCE = anyOf(
  '冰箱', '冰柜', '下水道', '地漏', '垃圾', '水槽', '洗碗机', '微波炉', '烤箱', '油烟', '剩菜', '食物', '(?<!电)饭(?!煲|锅)', '菜(?!刀)', '肉', '鱼(?!腥)',
  '\\bfridge\\b', '\\bfreezer\\b', '\\bdrains?\\b', '\\bbins?\\b', '\\btrash\\b', '\\bgarbage\\b', '\\brubbish\\b', '\\bsink\\b', '\\bdishwasher\\b', '\\bfood\\b', '\\bmicrowave\\b', '\\boven\\b',
);

/** Sounds of arcing: crackle, sizzle, pop. */
export const ARC_SOUND = anyOf(
  '滋滋', '吱吱', '嗞嗞', '噼啪', '噼里啪啦', '劈里啪啦', '劈啪', '啪啪', '啪的一声', '啪一声', '砰的一声', '嘭的一声', '嘣的一声', '一声巨响', '电流声', '放电声', '打火',
  '\\bcrackl\\w*', '\\bsizzl\\w*', '\\bbuzz\\w*', '\\bhum(?:s|ming)?\\b', '\\bpop(?:s|ped|ping)?\\b', '\\bbang\\w*', '\\bsnap(?:s|ped|ping)?\\b', '\\bfizz\\w*',
);
/** The hiss of escaping gas (or of a venting battery). */
export const HISS = anyOf('嘶嘶', '咝咝', '丝丝', '呲呲', '嗤嗤', '哧哧', '滋滋', '\\bhiss\\w*');

/** Water where it should not be. Not 热水器/进水阀: those are parts, not a leak. */
export const WATER = anyOf(
  '漏水', '渗水', '进水(?!阀|管|口)', '积水', '滴水', '淌水', '流水', '冒水', '喷水', '溢水', '溢出来', '水漫', '一地(?:的)?水', '一摊水', '满地(?:的)?水', '都是水', '全是水',
  '(?<!热|饮|净|开|喝|冷)水(?:漏|流|滴|渗|溅|喷|淌|冒|溢|淹|泡)', '有水', '被水', '泡(?:了|在|到)', '淋湿', '湿了', '湿的', '打湿', '弄湿', '受潮', '潮湿', '溅(?:到|上|了)',
  '(?:漏|流|滴|渗|淌)(?:到|进|在)', '淹(?:了|到)',
  // Water spread over the floor, said by how it went: 漫出来, 淌了一地, 流得满地.
  '漫出', '(?:淌|流|漏|洒|溢|漫|渗)(?:了|得)?(?:一|满)地',
  '(?<!hot )\\bwater\\b(?! heater| filter| dispenser| purifier| softener| pump| tank| inlet| supply| pressure| temp\\w*| bill)', '\\bleak(?:s|ed|ing|y)?\\b(?! (?:of )?(?:current|electricity|power))', '\\bwet\\b', '\\bdamp\\b', '\\bpuddles?\\b',
  '\\bflood\\w*', '\\bdrip\\w*', '\\bspill\\w*', '\\bsoak\\w*', '\\bsplash\\w*', '\\bpool(?:ing|ed|s)?\\b(?! table)', '\\bcondensation\\b', '\\bmoisture\\b', '\\bpour\\w*', '\\bgush\\w*',
);
/** Water kept away from power: "离插座挺远", "not near any socket". */
export const FAR_FROM_POWER = anyOf(
  '(?:离|距离)(?:插座|插头|插排|电源|电线)?[^,，。;；]{0,6}(?:很|挺|比较|还|蛮|特别)?远', '没(?:有)?(?:碰|流|溅|漏|滴|淹|渗)到(?:插座|插头|插排|电源|电线)', '(?:插座|插头|插排|电源|电线)(?:那边|那里|上)?(?:是|还是|都是)?干的',
  '不(?:在|靠近)(?:插座|插头|插排|电源)', '没(?:有)?靠近(?:插座|插头|插排|电源)', '(?:附近|旁边)没(?:有)?(?:插座|插头|插排|电源)',
  '\\b(?:not|nowhere) (?:near|close to) (?:the |a |any )?(?:sockets?|outlets?|plugs?|power|electrics?|wires?|wiring)\\b', '\\baway from (?:the |any )?(?:sockets?|outlets?|plugs?|power|electrics?)\\b', '\\bfar from\\b',
  '\\b(?:sockets?|outlets?|plugs?|power strips?|wiring) (?:is|are|stayed|stays) (?:still |completely )?dry\\b', '\\bdidn\'?t (?:reach|get to|touch) (?:the |any )?(?:sockets?|outlets?|plugs?|power|electrics?)\\b',
  '\\bno (?:sockets?|outlets?|plugs?|power|electrics?) (?:nearby|near|around)\\b',
);

/** Symptoms of carbon monoxide. Figurative headaches (让人头疼, "what a headache") are not. */
export const CO_SYMPTOM = anyOf(
  '头晕', '头昏', '晕乎', '发晕', '晕倒', '昏倒', '晕过去', '昏过去', '昏迷', '不省人事', '想吐', '呕吐', '犯恶心', '(?:有点|感觉|觉得|头晕|头昏)恶心', '恶心(?:想吐|头晕)', '胸闷',
  '喘不(?:上|过)气', '头(?:还|也|都|又)?(?:有点|有些|好|很|特别|就)?(?:晕|昏)',
  // Cantonese: 想呕/作呕 (sick), 眼瞓 (drowsy), 心口翳 (tight chest), 唞唔到气 (cannot breathe), 冇力 (no strength).
  '想呕', '作呕', '(?:好|成日|成个人)?眼瞓', '心口(?:好)?翳', '(?:唞|透)唔(?:到|切)气', '(?:全身|成身|周身|手脚|成个人)冇(?:晒)?力', '(?:有点|有些)恶心', '浑身无力', '四肢无力', '犯困', '迷迷糊糊', '嘴唇发紫', '眼前发黑', '晕晕', '昏昏沉沉', '昏沉', '昏昏欲睡', '浑身没劲', '全身没劲', '乏力', '想睡觉', '(?<!让人|真是?|很|好|太)头(?:疼|痛)(?!死|的是)',
  '\\bdizz\\w*', '\\blight-?headed\\w*', '(?<!(?:is|\'s|was|been|be|what|such) an? (?:(?:real|total|big|huge|massive|constant|right|bit of a) )?)\\bheadaches?\\b', '\\bnause\\w*', '\\bfe(?:el|lt|eling)(?: really| so| very)? sick\\b', '\\bvomit\\w*',
  '\\bthrow(?:ing)? up\\b', '\\bthrew up\\b', '\\bqueasy\\b', '\\bsick to (?:my|his|her|our|the) stomach\\b', '\\bcan\'?t (?:stay awake|keep (?:my|his|her|our|their) eyes open)\\b', '\\bfaint\\w*', '\\bpass(?:ed|ing)? out\\b', '\\bdrows\\w*', '\\bsleepy\\b', '\\bgroggy\\b', '\\bhead (?:pounds|pounding|is pounding|spins|spinning|is spinning|throbs|throbbing)\\b', '\\bpounding head\\w*', '\\bblack(?:ed)? out\\b', '\\bshort of breath\\b', '\\bcan\'?t breathe\\b', '\\bcollaps\\w*', '\\bwoozy\\b',
);
/** An explicitly electric water heater makes no carbon monoxide. */
export const ELECTRIC_ONLY_HEATER = anyOf('电热水器', '\\belectric (?:water )?heater\\b', '\\belectric shower\\b');
export const ANY_GAS_WORD = anyOf('燃气', '煤气', '天然气', '液化气', '石油气', '瓦斯', '\\bgas\\b', '\\bpropane\\b', '\\blpg\\b', '\\bbutane\\b');

/** A breaker or fuse that trips. */
export const TRIP = anyOf(
  '跳闸', '跳了闸', '跳电', '(?:空开|总闸|电闸|闸)(?:一直|老是|总是|又|就|都|也)?跳', '保险(?:丝)?(?:烧|断|跳)',
  '\\btrip\\w* (?:the |my |our )?(?:breaker|rcd|gfci|gfi|fuse|circuit|safety switch|power|electrics?|mains)\\b',
  '\\b(?:breaker|fuse|circuit|safety switch)s? (?:trip\\w*|keeps? tripping|pops?|popped|goes|went|blows?|blew|blown|flips?)\\b', '\\bblows? (?:the )?fuses?\\b', '\\bblew (?:the )?fuses?\\b',
);
/** Every time, not once: a breaker that trips whenever the appliance starts is a leak to earth. */
export const EVERY_TIME = anyOf(
  '每次', '每回', '一(?:开|插|启动|用|通电|加热|洗|转|脱水|打开|按|接通|上电|运行|烧)[^,，。.!?]{0,8}就', '总(?:是)?', '老(?:是)?', '频繁', '经常', '一直', '反复', '好几次', '多次', '连续', '不停', '动不动', '天天',
  '\\bevery (?:single )?time\\b', '\\beach time\\b', '\\bwhenever\\b', '\\bas soon as\\b', '\\bkeeps?\\b', '\\bconstantly\\b', '\\balways\\b', '\\brepeatedly\\b', '\\bagain and again\\b',
  '\\b(?:multiple|several|many) times\\b', '\\ball the time\\b', '\\bover and over\\b',
);

/** A pressure cooker that cannot let its pressure out (not one whose lid will not close). */
export const STUCK_PRESSURE = anyOf(
  '泄不了压', '不泄压', '泄压不了', '不排气', '排不了气', '排不出气', '放不了气', '放不出气', '不放气', '(?:不|没)(?:出|排|放|泄)气', '(?:泄压|排气|限压|浮子|安全)阀[^,，。]{0,4}(?:堵|卡|不动|不落|不下|下不来|弹不)',
  '浮子(?:一直)?(?:不落|不下|下不来|卡住)', '打不开', '开不了盖', '盖子?(?:打不开|开不了|拧不开|拿不下)', '拧不开', '喷(?:出|汤|水|气|粥|了)', '鼓起来',
  '\\b(?:won\'?t|will not|doesn\'?t|does not|can\'?t|cannot|isn\'?t|not) (?:release|releasing|vent|venting|depressuri[sz]\\w*|let (?:the )?(?:steam|pressure) out)\\b',
  '\\b(?:valve|float|pin)s? (?:is |are |got |seems )?(?:stuck|blocked|clogged|jammed)\\b', '\\blid (?:won\'?t|will not|can\'?t|doesn\'?t|does not) (?:open|come off|unlock|turn)\\b',
  '\\blid (?:is )?(?:stuck|jammed|locked)\\b', '\\bstuck (?:shut|sealed|closed|locked|under pressure)\\b', '\\bhiss\\w* (?:loudly|violently|like crazy|non-?stop)\\b', '\\bspray\\w*', '\\bspew\\w*', '\\b(?:pressure|it) (?:keeps )?(?:building|rising)\\b', '\\bbulg\\w*', '\\b(?:rattl|shak)\\w* violently\\b',
);
export const BULGE = anyOf(
  '鼓包', '鼓起', '鼓了', '鼓得', '鼓鼓的', '鼓出来', '膨胀', '胀(?:了|起)', '\\bbulg\\w*', '\\bswell\\w*', '\\bswollen\\b',
  // Said by someone who does not know the word: "looks kind of fat", "the case split", "cover pushed out".
  '\\b(?:looks?|looking|gone|getting|got|is|went|become|became) (?:kind of |kinda |a bit |a little |really |all |quite |sort of )?(?:fat|fatter|puffy|puffed up|chubby|thicker|pregnant)\\b',
  '\\b(?:case|casing|cover|shell) (?:has )?(?:split|burst|cracked open)\\b', '\\b(?:pushed|pushing) out\\b', '\\braised up\\b', '变厚', '撑开', '顶起来',
);

/** Heat of a battery beyond "warm while charging". */
export const EXTREME_HEAT = anyOf(
  '(?:很|特别|非常|超|超级|极其)烫', '烫手', '滚烫', '烫得', '烫死', '烫到(?:拿|握)不住', '发烫(?:得)?(?:厉害|严重)', '过热', '热得(?:拿|握)不住',
  '\\b(?:too|very|really|extremely|super|insanely|dangerously) hot\\b', '\\bburning hot\\b', '\\bscorching\\b', '\\boverheat\\w*', '\\btoo hot to (?:hold|touch)\\b',
);
export const BATTERY_SMELL = anyOf('化学味', '甜味', '刺鼻', '\\bchemical smell\\b', '\\bsweet smell\\b', '\\bsmells? (?:sweet|like chemicals|chemical)\\b');

// --- an electrical fault told by what it did ----------------------------------------------

/**
 * Mains products whose insides can overheat or burn. Not a fridge or a freezer (they smell of
 * food) and nothing with a gas flame: those smells have their own readings above.
 */
export const ELECTRIC_PRODUCT = anyOf(
  '电视', '显示器', '屏幕', '电脑', '主机', '路由器', '机顶盒', '音响', '功放', '投影仪', '微波炉', '烤箱', '电暖器', '取暖器', '暖风机', '油汀', '电热毯', '空调', '风扇', '电扇',
  '洗衣机', '烘干机', '干衣机', '洗碗机', '吸尘器', '电水壶', '热水壶', '烧水壶', '电饭煲', '电饭锅', '电磁炉', '电热水器', '吹风机', '风筒', '充电器', '适配器', '台灯', '灯具', '机器', '机子', '电器',
  '\\btv\\b', '\\btelly\\b', '\\btelevision\\b', '\\bmonitor\\b', '\\bscreen\\b', '\\b(?:desktop|pc|computer)\\b', '\\brouter\\b', '\\bset-?top box\\b', '\\bspeakers?\\b', '\\bsoundbar\\b', '\\bamp(?:lifier)?\\b', '\\bprojector\\b',
  '\\bmicrowave\\b', '\\boven\\b', '\\b(?:fan |space |panel |oil )?heater\\b', '\\bradiator\\b', '\\belectric blanket\\b', '\\b(?:air ?con|ac|air conditioner)\\b', '\\bfan\\b', '\\bwash(?:ing machine|er)\\b', '\\b(?:tumble )?dryer\\b',
  '\\bdishwasher\\b', '\\bvacuum\\b', '\\bkettle\\b', '\\brice cooker\\b', '\\bhair ?dryer\\b', '\\bcharger\\b', '\\badapter\\b', '\\blamp\\b', '\\bappliance\\b', '\\bmachine\\b', '\\bunit\\b',
);

/** A fishy smell: hot Bakelite and components smell of fish long before anything smokes. */
export const FISHY_SMELL = anyOf(
  '鱼腥味', '腥味', '腥臭', '\\bfishy\\b', '\\b(?:smell\\w*|stink\\w*|reek\\w*) (?:a bit |a little |kind of |sort of |slightly |faintly )?(?:like |of )(?:rotten |dead |old )?fish\\b',
);
/** Plastic, rubber or wiring getting hot, or ozone. Not "a strange smell" alone: a new product smells too. */
export const HOT_PLASTIC_SMELL = anyOf(
  '塑料味', '胶皮味', '橡胶味', '胶味', '电线味', '臭氧味',
  '\\b(?:hot|warm|melting) (?:plastic|rubber|wires?|wiring)\\b', '\\bozone\\b', '\\b(?:plastic|rubber)y? (?:smell|odou?r)\\b', '\\bsmells? (?:of |like )(?:plastic|rubber|wires?|wiring)\\b',
);

/** A product only days old: its first smell is the factory coating warming up, not a fault. */
export const NEW_PRODUCT = anyOf(
  '新(?:买|机|的|电视|空调|电器)', '刚(?:买|到|装|收到)', '第一次(?:用|开)', '头(?:几|两|一)天', '(?:这|一)(?:个)?(?:星期|礼拜|周)(?:才|刚)?买',
  '\\bnew\\b', '\\bbrand-? ?new\\b', '\\bfirst (?:week|day|few days|time|use)\\b', '\\bjust (?:bought|got|arrived|delivered|installed|unboxed)\\b', '\\bbought (?:it )?(?:last week|this week|yesterday|days ago|on \\w+day)\\b', '\\bout of the box\\b',
);

/** A sudden sound of something failing inside: a pop, a bang, a crack. Not a pop-up or a bulb (hazard-cues.ts rules those out). */
export const BANG = anyOf(
  '啪(?:的|地)?一声', '啪(?:地)?一下', '砰(?:的|地)?一声', '砰(?:地)?一下', '嘭(?:的|地)?一声', '嘣(?:的|地)?一声', '噗(?:的|地)?一声', '一声巨响', '爆了一(?:声|下)', '(?:炸|爆)响',
  '\\b(?:went|go|goes|gone) (?:pop|bang|phut|crack|boom)\\b', '\\b(?:a|one|loud|big|sudden|little|small)(?: (?:loud|big|sudden|little|small|sharp))* (?:pop|bang|boom)\\b(?![- ]?(?:up|song|music|star|tart))',
  '\\b(?:loud|big|sudden|sharp) (?:crack|snap)\\b', '\\b(?:made|heard|gave) a (?:loud |big |sudden |sharp )?(?:crack|snap|pop|bang)\\b(?!-)', '\\bpopped\\b(?! (?:up|out|in|open|round|over|by|off)\\b)', '\\b(?:popping|cracking|banging) (?:noise|sound)\\b',
);

/** Dead straight after: the screen black, no power, the breaker gone. */
export const WENT_DEAD = anyOf(
  '黑屏', '屏(?:幕)?(?:就|全)?黑', '没(?:有)?(?:画面|图像|反应|声音|电)', '不动了', '不转了', '不亮了', '开不(?:了|开)机?', '灭了', '跳闸', '没用了',
  '\\bdied\\b', '\\bdead\\b', '\\bwent (?:off|black|dark|out|dead|blank)\\b', '\\bcut out\\b', '\\bcuts? out\\b', '\\b(?:won\'?t|will not|doesn\'?t|does not|can\'?t) (?:turn|switch|come|power) (?:on|back on)\\b',
  '\\bblack screen\\b', '\\bscreen (?:is |went |has gone |gone |turned )?(?:black|blank|dark)\\b', '\\bstopped (?:working|running)\\b', '\\bno (?:power|picture|display|lights?)\\b', '\\btripped\\b', '\\bnothing (?:works|happens)\\b',
  '停电', '断电了', '(?:全屋|整个屋子?|家里|屋里)(?:都|全)?(?:没电|黑了)', '\\b(?:nothing|no ?one|none of \\w+) (?:has|had|got) (?:any )?power\\b', '\\b(?:lost|losing|lose) (?:all )?(?:the )?power\\b', '\\bpower (?:went|is|was|has gone|cut) (?:off|out|dead)\\b', '\\b(?:lights|everything|the whole (?:house|flat|kitchen)) went (?:off|out|dead|dark)\\b',
);
