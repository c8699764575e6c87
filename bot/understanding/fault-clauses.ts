/**
 * A customer's message cut into clauses, each read for what it is: the fault itself (a symptom, a
 * code, when it happens), what was already tried, or something else — a phone number, an address,
 * a model, when it was bought or installed, where it stands, a question, a complaint. The ticket's
 * problem is built from the fault clauses alone, so the engineer reads "只出温水，指示灯亮着；从昨天开始"
 * and never "bought it last spring I think; phone 139…, Flat 12B…" (those have their own slots).
 */
import { findPhoneNumbers } from '../text/phone-numbers';
import { scoreIntents } from './intent';
import { extractErrorCode } from './slots/error-code';
import { RecentReadings } from '../../kernel/text/recent-readings';

/** `neutral`: nothing the reader knows; kept only right after a fault clause ("the flame goes out when I let go"). */
export type ClauseKind = 'fault' | 'tried' | 'timing' | 'product' | 'neutral' | 'other';

/** Symptoms the intent cues do not weigh on their own: lukewarm water, stopping after a while, weak suction. */
const SYMPTOM =
  /坏点|亮点|暗点|花屏|闪屏|竖线|横线|漏光|\b(?:dead|stuck|bright) pixels?\b|\b(?:lines?|stripes?|bars?) (?:on|across|down|along|in) (?:the |my )?(?:\w+ )?(?:screen|display|panel)\b|\b(?:green|pink|purple|white|black|red|blue|colou?red|vertical|horizontal|thin|thick)\s+(?:lines?|stripes?|bars?)\b|\b(?:gets?|getting|got|goes|runs?) (?:\w+ )?(?:hot|warm)\b|\boverheat\w*|\bheats? up\b|\bheating up\b|\b(?:burning|scalding|very|really|so) hot\b|\bflicker\w*|\bbacklight bleed\w*|[咣哐砰咚嘎吱咯轰]+(?:的)?响|响声|在跳|跳动|乱跳|晃得|摇晃|没用|不管用|没效果|积水|有水|一滩水|温水|温吞|不够热|不太热|不怎么热|水不热|只有温|凉水|冷水|就停|自己停|停机|停了|停掉|关机|自动断|断电了|不动了|不走|不亮|不灵|闪烁|一闪一闪|报警|滴滴响|嘀嘀|响个不停|很响|太响|噪音|声音大|(?:很|太|好|特别|非常|超|巨|有点|越来越)吵|吵得|吵死|\bnoisy\b|\bloud\b|嗡嗡|咔咔|吱吱|哒哒|异响|漏|滴水|渗|结冰|结霜|冻(?:住|上|硬|坏|裂|透|成冰)|结成冰|合不拢|合不上|关不拢|留(?:着)?(?:一)?条缝|\bfreez(?:e|es|ing)\b|\bfrozen\b|\bturn(?:s|ing|ed)? (?:in)?to ice\b|\bwon'?t (?:shut|close)\b|\b(?:stays?|is left|left) (?:slightly |a bit |partly )?(?:open|ajar)\b|\bajar\b|堵|卡住|卡顿|很慢|变慢|变小|变弱|很弱|吸力|风小|风很小|不出风|出风小|没劲|没反应|没电|没水|没有热水|没热水|没声音|没画面|没信号|黑屏|花屏|闪屏|死机|重启|发烫|发热|烫手|烧|焦|冒烟|异味|臭|有味|跳闸|坏|故障|报错|代码|显示|提示|时好时坏|时冷时热|忽冷忽热|不制冷|不制热|不加热|不冷|不凉|不热|不转|不会(?:再)?(?:转|动|亮|热|制冷|制热|加热|出水|排水|脱水|进水|启动|开机)|不排|不脱|不进|不出|打不|开不|关不|充不|用不了|不能用|无法|water (?:sits|stays|left)|standing water|puddle|didn'?t help|no (?:luck|change|difference)|goes out|go out|went out|熄灭|灭了|熄火|灭火|没火|点不着|(?:冻的|冷冻)[^，。,.]{0,6}(?:化了|化掉|软了)|全化了|\b(?:has |have |had |all |completely )(?:defrosted|thawed)\b|lukewarm|luke warm|tepid|(?:come|comes|came|coming) out (?:still )?(?:cold|cool|wet|damp)|barely warm|not (?:hot|warm|cold) enough|not hot|cold water|no (?:hot water|heat|power|sound|picture|signal|display)|turns? off|shuts? (?:off|down)|cuts? out|switch\w* off|stops?\b|stopped|dies?\b|died|\b(?:is|are|went|'s|seems|totally|completely|just) dead\b|weak|less suction|lost suction|humm\w*|grind\w*|squeak\w*|bang(?:s|ing|ed)?\b|rattl\w*|clunk\w*|thump\w*|loudly|beep\w*|vibrat\w*|shak\w*|dim\b|flash\w*|light (?:is |stays )?on|indicator|display shows|shows?\b|code\b|won'?t|doesn'?t|does not|isn'?t|is not|can'?t|cannot|not (?:working|cooling|heating|draining|spinning|starting|charging|turning on)|no longer|too (?:loud|hot|cold|slow)|smell\w*|leak\w*|drip\w*|broken|faulty|error|\b(?:going|gone|gets?|getting|goes|is|are|turning) (?:soft|warm|warmer|mushy)\b|\bmelt(?:ing|ed|s)?\b|\bthaw(?:ing|ed|s)?\b|\bdefrosting\b/i;
/** What the customer already did about it (it belongs on the ticket: the engineer need not ask). */
const TRIED =
  /试过|试了|已经|重启|断电|拔了?插头|拔掉|复位|重置|清(?:了|理|洗)|换了|检查了|看了|\btried\b|\bhave (?:already )?(?:reset|restarted|cleaned|checked|unplugged|replaced)|\b(?:reset|restarted|rebooted|cleaned|checked|unplugged|replaced|turned it off and on)\b/i;
/** When it happens or since when: part of the fault ("since yesterday", "一开热水", "每次开机"). */
const TIMING =
  /从(?:昨天|前天|今天|上周|上个?月|早上|晚上|前几天)|(?:昨天|前天|今天|这两天|最近|这几天)(?:开始|起|以来)?|每次|一开|一到|晚上|夜里|刚开|开机(?:后|时)|\bsince\b|\b(?:yesterday|this morning|last night|for (?:two|three|a few|\d+) days|every time|whenever|after (?:a few|\d+|ten|five) minutes)\b/i;
/** Bought, installed, had it for: when the product came, not what is wrong with it. */
const ACQUIRED =
  /用了(?:快|将近|差不多|大概)?(?:[一二三四五六七八九十两半\d]+)(?:多)?(?:年|个月|个多月|天)|(?:[一二三四五六七八九十两\d]+)年了|买的|买了|购买|购于|入手|装的|安装的|刚装|新装|收到|送来|到货|保修|三包|发票|小票|收据|\bbought\b|\bpurchased\b|\bgot (?:it|this|the)\b|\binstalled\b|\bdelivered\b|\bhad it\b|\b(?:\d+|one|two|three|four|five|six) (?:years?|months?) old\b|\bwarranty\b|\breceipt\b|\binvoice\b/i;
/** Contact and place: the phone, the address, where the unit sits. */
const PLACE =
  /电话|手机|号码|联系|地址|住在|小区|[0-9一二三四五六七八九十]+\s*(?:号楼|栋|幢|单元|室|楼|号院|弄)|[省市区县]\S{0,12}[路街道]|阳台|卧室|客厅|厨房|卫生间|浴室|外机在|放在|装在|\b(?:phone|mobile|number|call me|contact|address|flat|apartment|apt|room|unit|tower|building|block|floor|road|street|avenue|lane|district|estate|garden|compound|balcony|bedroom|kitchen|bathroom)\b/i;
/** A model or serial named: "model on the back says 55U6K", "型号 KFR-35GW", "F6021-X1". */
const MODEL_WORDS = /型号|机型|铭牌|序列号|\bmodel\b|\bserial\b|\blabel\b|\bsticker\b/i;
const CODE_ONLY = /^[\s,，;；]*[A-Za-z]{0,6}\d[A-Za-z0-9\-\/().]{2,30}[\s,，;；]*$/;
/** A question put to us (its own slot is the answer we give, never the problem). */
const QUESTION =
  /[?？]\s*$|[吗么嘛]\s*[啊呀呢]?\s*$|(?:[\u4e00-\u9fff](?:不|没有?))\s*[呢啊呀]?\s*$|啥意思|什么意思|怎么办|咋办|咋回事|怎么回事|要不要|能不能|可不可以|算不算|保不保|管不管|包不包|多少钱|收费|收钱|要钱|免费|^(?:(?:so|then|and|but|ok|okay|well)\s+)?(?:what|how|why|is|are|do|does|can|could|should|will|would|shall)\b|\bwhat does\b|\bany (?:idea|advice)\b/i;
/** Leading question words whose rest may still be the fault ("为什么不制冷", "why does it keep beeping"). */
const QUESTION_FRAME =
  /^(?:为什么|为啥|怎么|咋|是不是|why (?:does|is|do) (?:it|the \w+|my \w+)|why)\s*|(?:是啥意思|是什么意思|啥意思|什么意思|怎么回事|咋回事|怎么办|咋办|是怎么了)?[\s啊呀呢吗么嘛?？!！.]*$/gi;
/** Talk about the service or the conversation: complaints, pleas, promises. */
const COMPLAINT =
  /投诉|差评|太差|什么服务|态度|气死|无语|离谱|坑人|骗人|催|快点|赶紧|尽快|麻烦你们|谢谢|辛苦|你们|客服|师傅|工程师|上门|来修|派人|报修|维修|换货|退货|\bridiculous\b|\bunacceptable\b|\bterrible\b|\bservice\b|\bplease\b|\basap\b|\bhurry\b|\bthanks?\b|\bthank you\b|\bengineer\b|\btechnician\b|\bsomeone\b|\brepair\b|\bvisit\b|\brefund\b|\breturn\b|\bI think\b|\bI guess\b/i;
/** Words of a product described, not of a fault: size, type, capacity, colour. */
const PRODUCT_WORDS =
  /\d+\s*(?:l|升|寸|英寸|inch(?:es)?|"|匹|p|kg|公斤|w|瓦|cm|厘米)\b|挂机|柜机|立式|壁挂|滚筒|波轮|变频|定频|对开门|双开门|三门|十字门|储水式|即热式|燃气|电热|tank(?:less)?|instant|front[- ]?load\w*|top[- ]?load\w*|split|window|inverter|french door|side[- ]by[- ]side|\btype\b|\bone\b|\bthe\b|\bmy\b|\bour\b|白色|黑色|银色|white|black|silver/gi;

/** Symptoms seen on the product itself, plain enough to be the fault even beside when it was bought. */
const SYMPTOM_SEEN = /[竖横彩亮绿]线|花屏|闪屏|坏点|\b(?:lines?|stripes?|bars?) (?:on|across|down|along|in) (?:the |my )?(?:\w+ )?(?:screen|display|panel)\b|\b(?:dead|stuck) pixels?\b/i;

function faultScore(piece: string): boolean {
  return scoreIntents(piece, {}).fault_report > 0 || Boolean(extractErrorCode(piece)) || SYMPTOM.test(piece);
}

/** What one clause of a message is about. */
export function classifyClause(piece: string): ClauseKind {
  return CLAUSE_KINDS.get(piece, () => readClause(piece));
}

/** The problem words, the added-fault, second-fault and details readers each cut the same message into the same clauses in one turn. */
const CLAUSE_KINDS = new RecentReadings<ClauseKind>();

function readClause(piece: string): ClauseKind {
  const bare = piece.trim();
  if (!bare) return 'other';
  const fault = faultScore(bare);
  // A phone number or a street address is never the problem, even beside a symptom word.
  if (findPhoneNumbers(bare).length || (PLACE.test(bare) && !fault)) return 'other';
  if (MODEL_WORDS.test(bare) && !extractErrorCode(bare.replace(/.*(?:型号|机型|model)/i, ''))) return fault && !/型号|机型|\bmodel\b/i.test(bare) ? 'fault' : 'other';
  if (CODE_ONLY.test(bare) && !extractErrorCode(bare)) return 'other';
  if (QUESTION.test(bare))
    return fault &&
      faultScore(bare.replace(QUESTION_FRAME, '')) &&
      !/收费|收钱|要钱|多少钱|免费|上门|保修|包修|保不保|算不算|warranty|cost|charge|fee|\bcover(?:ed|s)?\b|\bincluded\b|\bfree\b|\bpaid\b|\bclaim\b/i.test(bare)
      ? 'fault'
      : 'other';
  // ("bought it three weeks ago and it already has lines across the screen": the symptom beside the purchase is the fault.)
  if (ACQUIRED.test(bare) && !(fault && (/坏|不[\u4e00-\u9fff]|没[\u4e00-\u9fff]|漏|停|响|显示|broke|stopped|won'?t|doesn'?t|not /i.test(bare.replace(ACQUIRED, '')) || SYMPTOM_SEEN.test(bare))))
    return 'other';
  if (fault) return COMPLAINT.test(bare) && !faultScore(bare.replace(COMPLAINT, ' ')) ? 'other' : 'fault';
  if (TRIED.test(bare)) return 'tried';
  if (TIMING.test(bare)) return 'timing';
  if (COMPLAINT.test(bare)) return 'other';
  return bare.replace(PRODUCT_WORDS, '').replace(/[\s,，.。()（）\-]/g, '').length <= 2 ? 'product' : 'neutral';
}

/** The question words around a fault clause taken off ("为什么老是跳闸啊？" -> "老是跳闸"). */
export function withoutQuestionFrame(piece: string): string {
  const stripped = piece.replace(QUESTION_FRAME, '').trim();
  return stripped.length >= 2 ? stripped : piece;
}
