/**
 * How a hazard is spoken of, which decides whether it is happening now: ruled out (没有焦味, no
 * smoke), stopped by itself (不冒烟了, not sparking anymore: still a hazard, nothing was fixed),
 * imagined (如果闻到煤气味怎么办, can a dryer catch fire?), or over and fixed (上个月插座冒火花，
 * 电工已经换了). And questions about safety in general (燃气热水器安全吗, is it safe to leave the
 * dryer on overnight?), which are consultations, not emergencies.
 */

/** A negation right before a hazard word, perhaps with a verb of noticing between (没闻到, didn't see any). */
export const NEGATED_BEFORE =
  /(?:(?:(?<!有)没有?|无|(?<!是)不是|并没有?|未见|未|不|并不|从没有?|从来没有?|也没有?|都没有?|一点也?没有?|毫无)(?:闻到|看到|看见|听到|发现|感觉到?|感到|觉得|见|有|出现|再|一点|什么|任何|过|的)*|(?:\b(?:no|not|never|without|none|nothing|nor|neither|zero)|n't|\bno signs? of|\bno trace of|\bfree of)\s+(?:(?:any|a|an|the|of|see|seen|saw|seeing|smell|smelled|smelt|smelling|notice|noticed|noticing|hear|heard|hearing|feel|felt|feeling|sign|signs|there|is|was|were|been|has|had|get|gets|getting|got|it|really|actually|even|detect|detected|seem|seems|appear|appears|to|be|more|much)\s+){0,3})\s*$/i;

/** "no burning smell or smoke", "没有焦味和烟": a negation carried over a list. */
export const NEGATED_LIST_BEFORE = /(?:(?:\b(?:no|not|without|never)\b|n't)[^.?!,]{0,30}\b(?:or|nor)|(?:(?<!有)没有?|无|不是)[^,，。]{0,8}(?:和|或者?|跟|、))\s*$/i;

/** A negation right after (焦味都没有, 一点烟也没有). */
export const NEGATED_AFTER = /^\s*(?:都|也|倒是?)(?:没有?|不|没见)/;

/**
 * A negation inside the matched words, right before the sign they end on: "摸着不麻", "碰到没有麻"
 * (a "touch … numb" cue takes the denial in with it). 不停, 不断, 不时 say "keeps on", not "not".
 */
export const NEGATED_INSIDE = /(?:(?<!有)没有?|(?<![要会])不(?![停断时知住])|无|毫无|并不|并没有?)(?:怎么|太|一点|什么|感觉|觉得|发|有点)?[\u3400-\u9fff]{1,2}$/;

/** After a negation, a change of state: the hazard was there and stopped (不冒烟了, not sparking anymore). */
export const STOPPED_AFTER = /^\s*(?:了|啦|\b(?:anymore|any more|now|at the moment|right now|since)\b)/i;
export const STOPPED_BEFORE = /(?:不再|没再|已经不|已经没有?|现在不|现在没有?|\bno longer|\bnot \w+ anymore)\s*$/i;

/**
 * "If", "in case", "how to prevent", "是否会": the hazard is imagined, not happening. "Not sure if
 * it's a gas leak" is a suspicion, not a hypothesis, so "if" after sure/know/wonder does not count.
 */
export const HYPOTHETICAL_BEFORE = new RegExp(
  [
    '如果', '假如', '有没有(?!可能)', '假设', '万一', '要是', '若是', '倘若', '一旦', '以防', '防止', '避免', '预防', '是否会', '有没有可能', '可不可能', '可能会', '容易', '怕(?:会|万一)', '担心(?:会|万一)',
    '(?:如何|怎么|怎样|怎么样)(?:才能)?(?:防止|避免|预防|判断|知道|检测|检查|确认|识别)', '会不会(?!是)', '是不是(?:快|马上|就)?要(?=[^,，。]{0,2}$)', '是否(?:快|马上|就)?要(?=[^,，。]{0,2}$)', '防(?=漏电|触电|干烧|爆|火)',
    '(?<!(?:sure|know|knows|wonder|wondering|check|see|tell|asking|ask|idea|clue|unclear|certain|whether)\\s)\\bif\\b', '\\bwhat if\\b', '\\bin case\\b', '\\bsuppos\\w*', '\\bprevent\\w*', '\\bavoid\\w*',
    '\\b(?:how|way|ways) (?:do|can|would|to|should|could) (?:i |you |we |one )?(?:know|tell|prevent|avoid|stop|detect|check|spot|recogni[sz]e)\\b', '\\b(?:risk|danger|chance|possibility|likelihood) of\\b',
    // "是不是要炸了", "is it about to blow": a fear asked about, not an event told; what the customer
    // actually sees (smoke, a swollen battery, a gas smell) is read by its own cue.
    // "does a swollen battery mean…?": a hazard asked about in general, not one happening.
    '\\b(?:does|do|would|will) (?:a|an)\\s*$',
    '\\bprone to\\b', '\\blikely to\\b', '\\bprotect\\w* (?:against|from)\\b', '\\bsigns of\\b',
    // Feared or mistaken, not seen: "怕它起火", "该不会着火吧", "吓得以为着火了", "I thought it was on
    // fire", "scared it'll catch fire", "will it catch fire". Nothing is burning; the worry deserves an
    // answer, not an emergency. ("怕是着火了" is "it's probably on fire": a report.)
    '(?:害怕|生怕|就怕|(?<![不别])怕(?!是)|担心|以为|当成|当是|当作|误以为)[^,，。！!？?]{0,6}$', '(?:该|应该)?(?<!会)不会(?!是)[^,，。]{0,4}$',
    "\\b(?:thought|assumed|figured|mistook)\\b[^.?!,;]{0,30}$",
    "\\b(?:scared|afraid|worried|terrified|fear\\w*|worry\\w*|nervous)\\b[^.?!,;]{0,12}(?:'ll|\\bwill|\\bmight|\\bcould|\\bmay|\\bwould|\\bgoing to|\\bgonna|\\bof)\\s+(?:\\w+\\s+){0,2}$",
    '^\\s*(?:will|would|could|can|might)\\s+(?:it|this|that|they|the \\w+|my \\w+)\\s+(?:\\w+\\s+){0,2}$',
  ].join('|'),
  'i',
);

/** Where a fear or a mistaken belief starts, for taking it out of a search (feared-hazards.ts). */
export const FEAR_CUE =
  /(?:吓得|吓死了?)?(?:害怕|生怕|就怕|怕|担心|误以为|还以为|以为|当成|当是|会不会|该不会|是不是要)|\b(?:i |we |she |he |they )?(?:thought|assumed|figured|(?:am |'m |was |were )?(?:scared|afraid|worried|terrified))\b|\b(?:is it|will it|would it|could it|can it|might it)\b/gi;

/** A modal right before the hazard: "can a fridge catch fire?", "会起火吗". Only a question makes it hypothetical. */
export const MODAL_BEFORE = /(?:(?<!一)会(?!不会是)[^,，。]{0,6}|能[^,，。]{0,4}|可能[^,，。]{0,4}|\b(?:can|could|will|would|might|may)\s+(?!(?:\w+\s+){0,3}be\b)(?:\w+\s+){0,3}|\b(?:is|are|am)\s+(?:it|this|that|they|the \w+)\s+(?:going|gonna|about|likely)\s+(?:to\s+)?(?:\w+\s+){0,2})$/i;
export const QUESTION = /[?吗么嘛]/;

/** An "if" the hazard's own words took in ("电池要是鼓起来了"): imagined all the same. */
export const HYPOTHETICAL_INSIDE = /要是|如果|假如|万一|若是|倘若/;

/**
 * Fixed or checked by someone since: 修好了, 电工换了插座, the gas company came and said it's fine.
 * "It stopped" and "没事了" are not fixes: nothing was repaired, so the hazard still stands.
 */
export const RESOLVED = new RegExp(
  [
    '修好了', '已经修好', '已修好', '修好(?:以后|之后|后)', '换了(?:新的|个新的?|一个新的?|插座|插头|插排|电线|线路|电池|阀门|管子|软管)', '换新了', '换掉了', '更换了', '已经换(?:了|掉)', '重新换了',
    '处理好了', '已经处理', '已处理', '解决了', '(?:燃气公司|物业|电工|师傅|工程师|维修工|维修人员|售后)[^,，。]{0,10}(?:修好|换了|处理了|处理好|检查过|检查了|看过|来过|弄好|排查)',
    '检查过[^,，。]{0,6}(?:没问题|没事|正常|安全)', '(?:没|没有)再(?:出现|发生)过',
    '\\b(?:has been|have been|was|were|got|had it|had them|\'s been|is now|are now) (?:fixed|repaired|replaced|sorted|checked|rewired|made safe)\\b',
    '\\b(?:electrician|engineer|technician|gas (?:company|engineer|man|board|fitter)|plumber|landlord|someone|they|he|she)\\b[^.?!]{0,30}\\b(?:came|fixed|replaced|repaired|checked|sorted|rewired|said it\'?s (?:fine|safe|ok))\\b',
    '\\breplaced (?:the|it|that|them)\\b', '\\bfixed (?:now|it)\\b', '\\bno problems? since\\b', '\\bhasn\'?t happened (?:again|since)\\b', '\\bnever happened again\\b', '\\bresolved\\b',
  ].join('|'),
  'i',
);

/** It came back after the fix: 又冒烟了, still smells, started again. */
export const RECURRENCE =
  /又(?:冒|有|开始|出现|闻|跳|漏|打|麻|烫|响|烧|着|冒出)|还是(?:会|有|冒|漏|跳|麻|烫|一样|不行)|还在(?:冒|漏|响|烫|出|有)|仍然(?:有|会|在)|依然(?:有|会|在)|再次|\bagain\b|\bstill (?:smell\w*|spark\w*|smok\w*|hot|getting|happen\w*|there|trips|tripping|hiss\w*|leak\w*|has|have|does)\b|\bstarted (?:up )?again\b|\bback again\b/i;

/** Questions about safety with no hazard happening: consultations worth a careful answer, not emergencies. */
export const SAFETY_QUESTION =
  /安全吗|安不安全|是否安全|安全不|安全性|(?:有没有|有无|存在)(?:安全)?隐患|安全隐患|危险吗|有危险|危不危险|有没有危险|会不会有危险|能放心用|放心用吗|对(?:人|身体|孩子|小孩|宝宝)(?:有害|有影响|有危害)|有辐射吗|辐射大吗|\bis (?:it|this|that) (?:still )?safe\b|\bsafe to\b|\bsafe for\b|\bhow safe\b|\bis (?:it|this|that) (?:a )?(?:dangerous|hazard|risk)|\bdangerous\?|\b(?:fire|safety|electrical|shock) (?:hazard|risk)s?\b|\bany risks?\b|\bis there (?:a|any) (?:risk|danger)\b|\bshould i be (?:worried|concerned)\b|\bradiation\b/i;
