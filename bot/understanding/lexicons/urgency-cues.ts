/** Cues that raise urgency short of a safety hazard. Each list is one reason in the explanation. */
// "court" counts only as a court one goes to ("to court", "court case"): "14 Maple Court" is an address.
export const ESCALATION_THREATS = /投诉|(?<!\d)123(?:15|45)(?!\d)|消协|消费者协会|曝光|媒体|记者|律师|起诉|法院|告你们|工商局|市场监管|黑猫|微博|抖音|\bcomplain(?:t|ing)?\b|\blawyer|\battorney|\bsue\b|\bsuing\b|\b(?:to|in|into|small claims)\s+court\b|\bcourt (?:case|action|order)\b|chargeback|\bBBB\b|better business bureau|twitter|social media|trading standards|consumer (?:council|protection|association)|差评|\b(?:post(?:ing)?|leav(?:e|ing)|writ(?:e|ing)|giv(?:e|ing))\s+(?:you\s+|a\s+|an\s+)?(?:bad\s+|negative\s+|terrible\s+|honest\s+|1-star\s+|one-star\s+)?reviews?\b|\b(?:bad|negative|1-star|one-star)\s+reviews?\b|\breport(?:ing)? you\b|\bpost (?:this|it) (?:all )?over\b/gi;

/** Contact about the same problem again. `strong` ones (third time, four times) count double. */
// ("again" only with a failure or a chase: "put it up again in the new flat" is no repeat complaint.)
export const REPEATED_CONTACT = /第[二2]次|两次|又坏|又不|又出(?![热暖冷凉]?风|热水)|又是|还是(?:不|坏|没|一样)|没修好|没有修好|同样的问题|上次.{0,8}(?:修|来)|已经说过|催了|好几次|多次|反复|一直没人|再次|\b(?:broke|broken|breaking|leak\w*|stopp\w*|fail\w*|happen\w*|happening|died|dead|acting up|playing up|not working|doesn'?t work|won'?t \w+|same thing|same (?:problem|issue|fault)|at it|down|off|(?<!\b(?:air|heat|warmth|water) (?:is |was )?(?:coming |blowing |flowing )?)out|call(?:ing|ed)?|writ(?:e|ing)|messag\w*|ask(?:ing|ed)?|chas\w*|complain\w*|wait(?:ing|ed)?|no[- ]show) again\b|\bagain\b(?=[^.?!]{0,24}\b(?:broke|broken|leak\w*|stopp\w*|fail\w*|not working|no[- ]show|didn'?t (?:come|show|turn up))\b)|\bstill (?:not|isn'?t|doesn'?t|broken|no|haven'?t|hasn'?t)|\bsecond time\b|\btwice\b|\bkeeps? (?:happening|breaking)|\bsame (?:problem|issue)\b/gi;
export const REPEATED_CONTACT_STRONG = /第[三四五六七八九十3-9]次|[三四五六3-6](?:回|次)了|修了[三四五3-5](?:回|次)|(?:third|fourth|fifth|3rd|4th|5th) time|\b(?:three|four|five|six|several|multiple|many|\d+) (?:times|visits)\b|\bcalled (?:\w+ )?(?:three|four|five|\d+) times\b|\bafter a month\b|\bweeks? (?:now|already)\b|\bwaiting \d+ weeks\b/gi;

/** Property or goods damaged by the fault. */
export const DAMAGE = /泡了|泡坏|泡烂|淹了|水漫|(?:流|漏|淌|渗)(?:了|得)?(?:一|满)地|一地的?水|漏到楼下|楼下.{0,8}(?:天花板|泡|漏)|地板.{0,3}(?:都|全)?(?:泡|坏|湿)|(?:肉|菜|东西|食物|食材|奶|冰淇淋|雪糕|冻品|海鲜|速冻).{0,6}(?:臭|坏|烂|化|扔)|全扔了|都臭了|损失|\bflood\w*|water (?:all over|everywhere)|\bruin\w*|\bdamag(?:ed|ing) (?:my|the)\b|\bspoil\w*|\bwent bad\b|\bfood (?:is )?(?:rott\w*|off)\b|\bbroke my\b|\bsoaked\b|\bis soup\b/gi;

/** The product cannot be used at all, or an essential need is unmet. */
export const BLOCKED_USE = /完全不能用|完全用不了|不能用了|没法用|用不了了|没反应|按什么.{0,3}都没反应|不出热水|没(?:有)?热水|没法洗澡|洗不了澡|开不了机(?=.{0,6}(?:冰箱|空调))|(?:冰箱|冰柜).{0,10}(?:不制冷|不冷了|不工作)|(?:不制冷|不冷了).{0,10}(?:冰箱|冰柜)|(?:冷冻|冰箱|冰柜).{0,8}(?:不冻|冻不住|冻不硬|不结冰|东西(?:都|全)?化)|\b(?:freezer|fridge)\b.{0,20}\b(?:not freezing|isn'?t freezing|won'?t freeze|stopped freezing|(?:is |are |everything )?(?:thaw\w*|melt\w*))\b|\bno hot water\b|\bcompletely dead\b|\b(?:won'?t|doesn'?t) (?:turn|switch|power) on at all\b|\bnot working at all\b|\bunusable\b|\b(?:fridge|refrigerator|freezer)\b.{0,20}\b(?:stopped cooling|not cooling|isn'?t cooling|won'?t cool|is dead)\b|\bno (?:heat|heating)\b|\bstopped and it'?s freezing\b/gi;

/** Cooling failures that block use in the hot season (June to September in China). */
export const NO_COOLING = /不制冷|不冷|制冷(?:效果)?(?:很|太)?差|吹(?:的是)?热风|外机不转|\b(?:not|isn'?t|isnt|won'?t|doesn'?t) (?:\w+ )?cool\w*|\bblows? (?:warm|hot) air\b|\bbut not cold\b|\bnot cold\b/gi;
/** Heating failures that block use in the cold season (November to March). */
export const NO_HEATING = /不制热|不热|制热(?:效果)?(?:很|太)?差|制热(?:模式)?(?:下)?(?:还是|一直|只)?(?:吹|出)(?:的是)?(?:冷风|凉风)|\b(?:blow\w*|gives?|giving|puts? out|only) (?:out )?(?:cold|cool) air\b[^.!?]{0,25}\bheat\w*|\bheat\w* (?:mode|setting)\b[^.!?]{0,25}\b(?:cold|cool) air\b|\b(?:not|isn'?t|won'?t|doesn'?t) (?:\w+ )?heat\w*|\bstopped\b.{0,20}\bfreezing\b/gi;

/** Someone who cannot wait: elderly, babies, the sick. */
export const VULNERABLE = /老人|老人家|孕妇|婴儿|宝宝|新生儿|小孩|孩子|病人|卧床|残疾|\bgrandma\b|\bgrandpa\b|\belderly\b|\bbaby\b|\bnewborn\b|\bpregnant\b|\bkids?\b|\bchildren\b|\bdisabled\b|\bsick\b|\b[89]\d years? old\b|\bshe'?s [89]\d\b|\bhe'?s [89]\d\b/gi;

/** An electrical fault short of a shock or fire: a tripping breaker. */
export const ELECTRICAL_FAULT = /跳闸|\btrip(?:s|ping)? (?:the )?(?:breaker|fuse|circuit)|\bblows? (?:the )?fuse\b/gi;

/** A promised visit, callback or fix that has not happened. */
export const OVERDUE = /还没(?:到|来|上门|人联系|有人联系|联系|解决|处理|修好|回复|回电)|(?:打|拨)不通|没人回|没有回复|一直没(?:有)?(?:回复|人|消息)|到底来不来|说好的|报修(?:都|已经)?.{0,3}[一二两三四五六七八九十\d]+\s*(?:天|周|个星期)了|别让我等|(?:坏|等|拖)了?(?:一个|两个|一|两|好几个)?(?:礼拜|星期|周|月)了|(?:已经|都)(?:一个|两个|一|两)?(?:礼拜|星期|周|个月)了|\bweeks? (?:now|already)\b|\bsupposed to (?:be|come|arrive)\b|\bbeen (?:a|one|two|\d+) (?:week|weeks|days)\b|\bstill (?:haven'?t|hasn'?t|no (?:call|word|update))\b|\bit'?s (?:\d+ ?(?:pm|am)|noon) now\b|没(?:有)?人来|人影(?:都|也)?没(?:有|见)|没见(?:到)?人|\bnever (?:turned|showed) up\b|\bnobody (?:came|showed|called)\b|\bno one (?:came|showed|called)\b|\bnever (?:came|showed|called)\b|\bno[- ]shows?\b|\b(?:didn'?t|did not|failed to) (?:show|turn) up\b|\bstood (?:me|us) up\b|(?:又|也|却|但|还是)没(?:来|上门|出现)|放(?:了)?(?:我|我们)?(?:的)?鸽子|爽约/gi;
