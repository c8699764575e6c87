/**
 * Some approved answers speak to one topic whatever product the search matched them by: what to do
 * after liquid got into a device, how often a consumable is changed. They answer only a message
 * that names that topic ("laptop keyboard stopped working" is no spill; "咖啡机不出水了" is no
 * question about descaler), and the liquid one only for a product that is carried in (a washing
 * machine's 进水 is its water inlet).
 */
import { LIQUID_DAMAGE } from '../understanding/lexicons/liquid-damage';
import { careTask } from '../understanding/care-question';
import { namesSymptom } from './symptom-fit';
import { carriedIn } from './wording';
import { WORTH_REPAIRING } from '../understanding/repair-or-replace';
import { entryOfAnotherRequest } from './entry-topics';
import { PLAIN_ANSWER_TOPICS } from './plain-answer-topics';
import { wantsToBuy } from '../understanding/buy-wish';
import { CONSUMABLE_THING } from '../understanding/lexicons/consumable-words';

/** Liquid got into or onto something (the one word list, kept with understanding: urgency reads it too). */
export { LIQUID_DAMAGE } from '../understanding/lexicons/liquid-damage';

/** A consumable named: 滤芯, 除垢剂, 软水盐, "filter", "descaler", "dust bag" (the one list, kept with understanding). */
export { CONSUMABLE_THING } from '../understanding/lexicons/consumable-words';

/** A consumable, or how often something is changed ("多久换", "how often"). */
export const CONSUMABLE = new RegExp(
  `${CONSUMABLE_THING.source}|多久换|多长时间换|该换了?|更换周期|(?:提示|提醒)[^，,。？?]{0,4}换|换得?(?:更)?(?:勤|快|早)|提前换|\\bhow often\\b|\\b(?:change|replace)\\w* (?:it |them )?(?:sooner|earlier|more often)\\b`,
  'i',
);

/** A part or consumable not made by the brand: 非原装, 副厂, 别的牌子的, "third-party", "non-original". */
export const NON_ORIGINAL =
  /非原装|不是原装|非原厂|不是原厂|副厂|第三方|别的牌子|其他牌子|杂牌|兼容|通用的?(?:滤芯|滤网|配件)|\b(?:non[- ]?original|non[- ]?genuine|not (?:original|genuine)|third[- ]party|aftermarket|generic|compatible|off[- ]brand)\b/i;

/**
 * A warranty question the accidental-damage or the consumables rule answers, whatever the date:
 * the words to find that rule by, or undefined for an ordinary warranty question.
 */
export function warrantyRuleQuery(question: string, category: string | undefined, lang: 'zh' | 'en'): string | undefined {
  if (LIQUID_DAMAGE.test(question) && (!category || carriedIn(category))) return lang === 'zh' ? '进水、液体损坏保不保修' : 'is liquid damage covered by the warranty';
  if (CONSUMABLE_THING.test(question) || NON_ORIGINAL.test(question))
    return lang === 'zh' ? '耗材保不保修，用非原装的耗材还保修吗' : 'are consumables covered, does a non-original consumable void the warranty';
  return undefined;
}

const TOPICS: { entry: RegExp; message: Pick<RegExp, 'test'>; fits?: (category: string | undefined) => boolean }[] = [
  { entry: /进水|泼了|liquid|got wet|spill/i, message: LIQUID_DAMAGE, fits: (category) => !category || carriedIn(category) },
  // (A wish to buy names the consumable in a clause of its own, "我想买扫地机的尘袋，哪里能买到原装的": the
  // where-to-buy question alone still asks for it.)
  {
    entry: /滤芯|滤网|尘袋|软水盐|光亮剂|除垢|耗材|filters?\b|descal|dust bags?|dishwasher salt|consumables/i,
    message: { test: (message: string) => new RegExp(`${CONSUMABLE.source}|${NON_ORIGINAL.source}`, 'i').test(message) || wantsToBuy(message) },
  },
  // The basic answers (knowledge/sample/basic-answers.json) answer their own question only: "too loud" is no question about the app.
  { entry: /不用APP|without its app/i, message: /app|应用|手机(?:控制|连|操作)|连手机|wi-?fi|联网|连网|网络|offline|smartphone|my phone/i },
  {
    entry: /最近的售后网点|nearest service cent/i,
    message:
      /网点|服务中心|维修点|售后点|维修店|修理店|店里|送修|哪里(?:能|可以)?修|service (?:cent(?:re|er)|point)|repair (?:shop|centre|center)|drop (?:it )?off|take it (?:in|somewhere)|nearest|near me/i,
  },
  { entry: /带配件|bring the part/i, message: /配件|零件|部件|两趟|两次|二次上门|再来|一次(?:就|能)|\bparts?\b|twice|second (?:visit|trip|time)|come back|one visit|same visit|first visit/i },
  { entry: /值不值得修|worth repairing/i, message: WORTH_REPAIRING },
  { entry: /什么是三包|What is 三包/i, message: /三包|san ?bao|three guarantees/i },
  {
    entry: /怎么寄回|Sending back a return/i,
    // (Not the repaired unit coming back: "修好了寄回来吗" is the repair's, qa-repair-turnaround.)
    message:
      /^(?![\s\S]*(?:修好|修完|维修好|\brepaired\b|\bfixed\b))[\s\S]*(?:寄|快递|取件|上门取|来取|来拿|拿走|运费|邮费|物流|\bpost(?:age|ed|ing)?\b|\bship(?:ping)?\b|courier|pick (?:it |them )?up|pickup|collect|send (?:it|them) back|mail (?:it|them) back)/i,
  },
  // The everyday answers (knowledge/sample/everyday-answers.json) likewise: "冰箱坏了" is no question about the food in it.
  {
    entry: /里面的食物|which groceries/i,
    message:
      /吃|食物|食品|吃的|菜|肉|鱼|虾|海鲜|牛奶|奶制品|酸奶|鸡蛋|剩饭|剩菜|冻品|冻货|速冻|饺子|冰淇淋|冰激凌|雪糕|冰棍|存货|化了|化掉|解冻|再冻|冻回去|(?:冷藏|里面|冰箱里)的?东西|扔掉|倒掉|变质|\b(?:food|meat|chicken|beef|pork|fish|milk|dairy|eggs?|leftovers?|groceries|eat|spoil\w*|perishables?|ice ?creams?|ice lollies|frozen|thaw\w*|refreez\w*|melted|stock)\b|\bthrow (?:it |them |\w+ )?(?:out|away)\b|\bmove (?:\w+ )?(?:things|stuff) (?:in)?to the freezer\b/i,
  },
  { entry: /深度清洗|Deep cleaning/i, message: /清洗|清洁|洗一下|洗洗|拆洗|\bclean\w*/i },
  // (How long, of an exchange or return: "寄修多久" is the repair's time, not the exchange's.)
  {
    entry: /退货、换货一般要多长时间|How long a return or exchange/i,
    message: /^(?=[\s\S]*(?:换|退|\bexchang|\breturn|\breplac|\bswap|\brefund))[\s\S]*(?:多久|多长时间|几天|多少天|\bhow (?:long|quickly|soon)\b|\bhow many days\b|\bwhen will\b)/i,
  },
  {
    entry: /寄修或送修一般要多久|mail-in or service-centre repair takes/i,
    message: /多久|多长时间|几天|寄|送|拿回|取回|自己(?:去)?(?:拿|取)|\bhow (?:long|many days)\b|\b(?:post|send|sent|ship|courier|collect|pick)\w*|\bget it back\b/i,
  },
  {
    entry: /刚修过不久又坏了|came back soon after a paid repair/i,
    message:
      /又|再|返修|修过|修好|修完|\bagain\b|\bcame back\b|\bsecond time\b|\bafter (?:a|the) (?:paid )?repair\b|\brepair (?:guarantee|warranty)|\b(?:repair|fix) (?:is |was )?(?:guaranteed|warrantied)|\bfailed again\b/i,
  },
  ...PLAIN_ANSWER_TOPICS,
];

/**
 * A routine-care answer (how to clean the drum, whether to defrost): care entries by their id, or a
 * title about cleaning or looking after the product. It answers a care question only (or one
 * naming a consumable, which the consumables rule below judges): "my washer
 * won't drain" is a fault, and the drum-cleaning text would leave it unsolved. (A message naming no
 * symptom, "能拿钢丝球刷吗", is left to the search.)
 */
const CARE_TITLE = /^care-|清洁|清洗|怎么清|保养|\bclean(?:ing)?\b|\blook after\b|\bmaintenance\b/i;
const CARE_ASKED = /(?:怎么|如何|怎样|要不要|需要)(?:自己)?(?:清洗|清洁|清理|保养)|\bhow (?:do|should|can|to) (?:i |we )?(?:clean|look after|maintain|care for)\b/i;
const isCareAnswer = (hit: { id?: string; title: string }): boolean => CARE_TITLE.test(hit.id ?? '') || CARE_TITLE.test(hit.title);
const asksCare = (message: string): boolean => careTask(message) !== undefined || CARE_ASKED.test(message) || CONSUMABLE.test(message);

/** Whether an approved answer with this title may answer this message about this product. */
export function answerFitsMessage(hit: { id?: string; kind?: string; title: string }, message: string, category: string | undefined): boolean {
  if (hit.kind === 'fault') return true;
  if (isCareAnswer(hit) && namesSymptom(message) && !asksCare(message)) return false;
  if (entryOfAnotherRequest(hit.title, message)) return false;
  for (const topic of TOPICS) {
    if (!topic.entry.test(hit.title)) continue;
    if (!topic.message.test(message)) return false;
    if (topic.fits && !topic.fits(category)) return false;
  }
  return true;
}
