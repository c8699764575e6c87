/**
 * "新买的洗碗机上门装要钱吗", "is fitting the range hood extra?": what installing a newly bought
 * appliance costs. Its words share "上门" and "fee" with a repair, so the call-out fee answered it,
 * or nothing did; the installation rule answers it (basic installation usually free, materials and
 * non-standard work at the listed price, quoted first).
 *
 * The work around installing is asked about the same way, often as a follow-up that names only the
 * work ("外机装另一面墙，管子要七八米怎么算", "打孔呢", "moving it to the back bedroom, how much?", "who
 * does the wiring?"): extra pipe, a hole through the wall, a bracket, moving or refitting a unit,
 * ducting, the electrical hook-up. Read as a fault or a call-out fee, it got "no reliable
 * information" and a repair form, though the installation rules say how each is charged.
 */

/** Installing said outright: 安装, 装机, install. */
const INSTALL_NAMED = /安装|装机|\binstall\w*/i;

/** Installing said the short way: 上门装, 来装, 装的话, 包装不包 ("包装盒" is packaging, "装修" a renovation). */
const INSTALL_SHORT =
  /(?:上门|过来|来|派人|帮我|给我|帮忙|师傅)装(?!修)|装(?:的话|的时候|时|一下|个|台|上去|起来|好)(?!修)|包(?:不包)?装(?![盒箱袋纸])(?:吗|么|不|没)?|\bfit(?:ting|ted)? (?:it|the|a|my|our|this)\b|\bfitting\b|\bmount(?:ing)? (?:it|the|a|my)\b|\bhook(?:ing)? (?:it |\w+ )?up\b|\bset(?:ting)? (?:it |\w+ )?up\b|\bput (?:it|the \w+) in\b/i;

/** Asking about the money: 要钱, 收费, 免费, "free", "charge", "extra". */
const FEE = /收费|费用|安装费|要钱|收钱|花钱|给钱|付钱|免费|多少钱|收不收|要不要钱|另(?:外)?收|另算|额外|加钱|\bfree\b|\bcharg\w*|\bcosts?\b|\bfees?\b|\bpay\b|\bhow much\b|\bextra\b|\bprice\w*\b/i;

/**
 * Work that goes with installing or moving a unit: pipe beyond the standard length, drilling the
 * wall, brackets, moving it to another room or wall, taking it down and putting it up again,
 * ducting through the wall, the wiring or socket it is connected to.
 */
const INSTALL_WORK = new RegExp(
  [
    // 移机, 拆机, 拆装, 拆了重装, 移到另一个房间, 搬到隔壁屋, 挪去客厅, 装到另一面墙
    '移机|拆机|拆装|拆(?:下来|了|掉)?(?:再|重新)?装|重新装|重装|(?:移|搬|挪|装)(?:到|去|至|过去)(?:另|别的|其他|其它|隔壁|楼上|楼下|新|客厅|卧室|房间|主卧|次卧|书房|阳台)|(?:外机|内机|室外机|室内机)(?:要|得|想|需要)?(?:装|放|挂|移)(?:到|在|去)',
    // 打孔, 打洞, 墙洞, 钻孔, 开孔, 穿墙, 过墙孔
    '打(?:个|一个)?(?:孔|洞|墙)|墙洞|墙孔|钻孔|钻墙|开孔|穿墙|过墙',
    // 铜管加长, 管子不够, 管要五六米, 加长管, 支架, 挂架, 高空作业, 烟管, 排烟管, 接线, 插座
    '铜管|连接管|(?:管子?|管路)(?:要|得|会|需要|大概|估计|约)?(?:加长|延长|不够|超|多|长过|更长|长了|长一?[些点]|比标准长|[\\d一二三四五六七八九十两]+(?:[、,，-]?[\\d一二三四五六七八九十两]+)?米)|加长管|延长管|[\\d一二三四五六七八九十两]+(?:[、,，-]?[\\d一二三四五六七八九十两]+)?米(?:的|长的?)?管|支架|挂架|高空(?:作业)?|(?:排)?烟管|排烟(?:口|孔)|专用(?:插座|线路)|接线|布线|走线|拉线',
    '\\b(?:extra|longer|extension|additional|more) (?:pipe|piping|pipework|hose|duct\\w*|cable)\\b|\\bpipe\\w* (?:run|length|extension|will be|is going to be|would be|of)\\b|\\b\\d+(?:\\s*[-–]\\s*\\d+)?\\s*(?:m|metres?|meters?)\\b',
    '\\bdrill\\w*|\\bholes? (?:in|through) the wall\\b|\\bthrough the wall\\b|\\bcore hole\\b|\\bduct\\w*|\\bvent\\w* (?:it )?(?:out|outside|through)\\b|\\b(?:wall )?brackets?\\b',
    '\\brelocat\\w*|\\bmov(?:e|ing) (?:it|the|my|our|an?)\\b[^.?!]{0,40}\\b(?:room|bedroom|house|flat|apartment|wall|place|floor|kitchen|lounge)\\b|\\btak(?:e|ing) (?:\\S+ ){0,3}down and (?:put|refit|reinstall|re-?hang|mov)\\w*|\\bput(?:ting)? (?:it|them) (?:back )?up (?:again|in|on)\\b|\\breinstall\\w*|\\brefit\\w*|\\boutdoor unit\\b[^.?!]{0,30}\\b(?:wall|balcony|side|roof)\\b',
    '\\bwiring\\b|\\bwire (?:it|the \\w+) (?:in|up)\\b|\\bhard-?wir\\w*|\\belectrical (?:connection|hook-?up)\\b|\\b(?:dedicated |new )?sockets?\\b',
  ].join('|'),
  'i',
);

/** The work named as a question of its own: 打孔呢, 怎么算, 算钱吗, "what about drilling?", "who does the wiring?". */
const WORK_ASKED =
  /呢[\s?？。]*$|[?？]|[吗么嘛][\s。!！]*$|怎么(?:收|算|弄|计)|咋(?:收|算)|谁(?:来|负责|弄|接|做|装)|\bwhat about\b|\bhow (?:about|is|are|do you|does that|would that)\b|\bwho (?:does|will do|do(?:es)? the|handles|is doing|sorts)\b|\b(?:is|are) (?:that|those|it|they) (?:extra|included|charged|free)\b/i;

/** A fault told with the work ("打孔的地方漏水", "the bracket is rusting"): the fault's, not the installation rules'. */
const FAULT_BESIDE =
  /漏|坏|滴水|渗|堵|异响|响声|异味|不制|故障|冒烟|火花|生锈|松了|松动|掉了|跳闸|问题|不工作|没反应|\bleak\w*|\bdrip\w*|\bbroken\b|\bnois\w*|\brust\w*|\bloose\b|\bsparks?\b|\bsmoke\w*|\bblock\w*|\bclog\w*|\btrip\w*|\bproblem\b|\bfault\w*|\bnot working\b|\b(?:won'?t|doesn'?t|does not|will not|stopped)\b/i;

/** A repair (修, fix): its fee is the repair's, unless installing is named outright. */
const REPAIR = /(?<!装)修(?!改)|检修|\brepair\w*|\bfix\w*/i;

/**
 * Whether the message tells of work around installing with no fault beside it ("外机要装到另一面墙，
 * 管子要五六米"): a plan for the installer, never a problem with the product.
 */
export function tellsInstallWork(text: string): boolean {
  return INSTALL_WORK.test(text) && !REPAIR.test(text) && !FAULT_BESIDE.test(text);
}

/** Whether the message asks what installing an appliance, or the work around installing it, costs or involves. */
export function asksInstallFee(text: string): boolean {
  if (tellsInstallWork(text) && (FEE.test(text) || WORK_ASKED.test(text))) return true;
  if (!FEE.test(text)) return false;
  if (INSTALL_NAMED.test(text)) return true;
  return INSTALL_SHORT.test(text) && !REPAIR.test(text);
}
