/**
 * The problem as the ticket and the restatement show it: the customer's own words, without the
 * greeting in front ("喂 你好 我家那个…", "hi there,") or the question tacked on at the end
 * ("这是啥意思啊", "what should I do?"), and without the pieces that are no fault at all: the
 * request itself ("我要报修", "I need a repair"), talk about the conversation ("???你到底有没有登记",
 * "第一句话就说了", "seriously?") and a product named alone ("冰箱啊"). Nothing else is rewritten:
 * the engineer reads what the customer said.
 */
import { findBrands } from '../../kernel/lexicon/brands';
import { findCategories } from '../../kernel/lexicon/product-categories';
import { onlyFillers } from '../understanding/answers/fillers';
import { classifyClause, withoutQuestionFrame, type ClauseKind } from '../understanding/fault-clauses';
import { cleanFieldText, saysFieldWrong } from './field-text';
import { withoutPurchaseDate } from '../understanding/slots/purchase-date-words';
import { RecentReadings } from '../../kernel/text/recent-readings';

const GREETING_FRONT = /^(?:\s|[,，。.!！~～]|喂+|你好+|您好|哈喽|在吗|在不在|hello|hi+|hey|good (?:morning|afternoon|evening)|there|请问|麻烦问一下|问一下|那个|就是|嗯+|啊+)+/i;
const QUESTION_END =
  /(?:[,，。.\s]*(?:这是|这)?(?:啥|什么)意思(?:啊|呀|呢)?|[,，。.\s]*(?:我们?|咱们?)?(?:该|应该|要|得)?(?:怎么办|咋办|咋回事|怎么回事|怎么弄|咋整)(?:啊|呀|呢|哦)?|[,，.\s]*(?:what (?:should|do|can) i do|what does (?:it|that|this) mean|any (?:idea|ideas|advice)|help)[?!.\s]*)[?？!！。.\s]*$/i;

/** Where a message divides into pieces: punctuation, and a space between Chinese words. */
const DIVIDER = /((?:[,，。!！?？;；\n~～]|\.(?![A-Za-z0-9]))+\s*|(?<=[\u4e00-\u9fffA-Za-z0-9])\s+(?=[\u4e00-\u9fff]))/;

/** Talk about the conversation, not the product: complaints that the bot is not listening, checks it registered. */
const META =
  /(到底|有没有(?:给我)?(?:登记|记下|记上|提交|报上|报好)|登记了没|记下了?没|第一句(?:话)?就|(?:说|讲|问)了(?:多少|好几|几|N)(?:遍|次)|我(?:刚才|刚刚|已经|早就|之前)?(?:都)?(?:说|讲)(?:过|了)(?:啊|呀|吧)?$|前面(?:说|讲)了|听不懂|看不懂吗|你是(?:不是)?机器人|(?:别|不要|不想|不用)(?:再)?(?:跟我|和我|给我|让我)?(?:说|聊|用|找|对着)?(?:什么)?(?:机器人|智能客服|自动回复|AI)|\b(?:no|not|stop|don'?t want)\b[^.!?]{0,20}\b(?:bots?|robots?|machines?|automated)\b|什么鬼|搞什么|有人吗|人呢|\bseriously\b|\bare you (?:kidding|serious|a bot|even|listening|reading)|\bi (?:already|just) (?:said|told)|\b(?:already|just) told you\b|\btold you\b|\bnot listening\b|\bhello\?|\banyone there\b|^\s*(?:what|huh|why)\s*$|^(?:还是|依然|仍然|还)(?:不行|一样|没好|老样子|那样)|^still (?:not working|the same|broken|nothing|no)\b)/i;
/** The request itself: what the customer wants done, not what is wrong. */
const REQUEST =
  /^(?:(?:那|那就|就|请|麻烦|我|俺|我们)?(?:要|想|需要|申请|帮我|给我|帮忙|赶紧|快点)*(?:报修|报个修|维修一下|修一下|预约(?:维修|上门)?|约(?:个)?师傅|派(?:个)?(?:人|师傅)(?:来)?(?:看看|看一下|修)?|(?:来)?上门(?:看看|修)?|登记(?:一下)?(?:换货|退货|报修)?|换货|退货|安排(?:一下)?(?:师傅|上门)?)(?:一下|吧|啊|呀|了)*|(?:i|we) (?:need|want|would like|'d like)(?: to)? (?:a )?(?:repair|book\w*|schedule\w*|log|register|report)(?: (?:a|an|the) (?:repair|visit|engineer|technician|fault))?(?: please)?|(?:please |can you |could you |just )*(?:book|send|arrange|get) (?:me )?(?:someone|somebody|an engineer|a technician|a repair|a visit)(?: (?:out|over|to (?:come|look|fix it)))?(?: please)?)$/i;
/** Asking for a person ("转人工", "I want to speak to someone"): no fault, so never the ticket's problem (issue 17). */
const PERSON_REQUEST =
  /^(?:(?:那|那就|就|请|麻烦|我|我们)?(?:要|想|需要|帮我|给我)*(?:转|找|接|叫)?(?:个)?(?:人工|真人|客服|人工客服|活人)(?:客服|服务)?(?:吧|啊|呀|了|谢谢)*|(?:can |could |may )?(?:i |we )?(?:want|need|'d like|would like|like)? ?(?:to )?(?:speak|talk|chat)(?: to| with) (?:someone|somebody|a (?:real )?(?:person|human|agent)|an agent|a human being|your staff)(?: please)?|(?:a |real |an )?(?:human|person|agent)(?: please)?|(?:i )?(?:want|need) (?:a |an )?(?:real )?(?:human|person|agent)(?: please)?)$/i;

/**
 * The answer to "did that help?" ("no that didn't help", "tried that", "没用", "试过了还是不行"): what
 * became of the steps, never the problem itself (the fault is already in the problem's words).
 */
const SELF_HELP_VERDICT =
  /^(?:(?:no|nope|nah|sadly|unfortunately|sorry)[\s,]*)*(?:(?:i |we )?tried (?:that|it|this|them|those|all (?:of )?that|everything|the steps)(?: already)?|(?:(?:that|it|this|those|these|the steps?|nothing)\s*)?(?:didn'?t|did not)(?: (?:help|work|fix (?:it|anything|the problem)))?|(?:that|this|those|these|the steps?|nothing)\s*(?:doesn'?t|does not|don'?t|won'?t) (?:help|work|fix (?:it|anything|the problem))|(?:doesn'?t|does not) help|(?:that|it|this|those|nothing) (?:didn'?t|did not|doesn'?t|does not) (?:do anything|change anything)|(?:it'?s |that'?s )?no (?:help|use|good)|not fixed|no luck)(?: at all| either)?$|^(?:no|nope|nah|not really|没有|没|不行|不|没呢)$|^(?:没用|没有用|不管用|没效果|没作用|没好|试过了?|都试过了?|试了(?:一下|下)?)(?:的|啊|呀|了|呢|也没用|也不行|还是不行|没用)*$/i;

/** A piece that names a product and nothing else ("冰箱啊", "Haier fridge"). */
function productOnly(piece: string): boolean {
  let rest = piece;
  for (const m of [...findCategories(piece), ...findBrands(piece)]) rest = rest.replace(m.text, ' ');
  if (rest === piece) return false;
  return onlyFillers(rest.replace(/\b(?:my|our|the|a|an|it'?s|is|one)\b|我家|我的|家里|那个|这个|的|是|台/gi, ''));
}

const bareOf = (piece: string) => piece.replace(/[,，。.!！?？;；~～\s]+$/u, '').trim();

/** Whether a piece of a message says nothing about the fault (a product named alone says nothing by itself). */
function saysNothingOfTheFault(piece: string): boolean {
  const bare = bareOf(piece);
  return !bare || onlyFillers(bare) || META.test(bare) || REQUEST.test(bare) || PERSON_REQUEST.test(bare) || SELF_HELP_VERDICT.test(bare) || productOnly(bare);
}

/** The fault pieces of a message, with their own separators, or '' when none is left. */
function faultPieces(text: string): string {
  const parts = withoutAsides(text).split(DIVIDER);
  const kept: string[] = [];
  let fault = false;
  for (let i = 0; i < parts.length; i += 2) {
    const piece = parts[i] ?? '';
    // The product named beside a fault ("我家那个美的洗衣机啊 洗到一半就停了") stays with it.
    const product = productOnly(bareOf(piece)) && !META.test(bareOf(piece));
    if (!product && saysNothingOfTheFault(piece)) continue;
    if (!product) fault = true;
    kept.push(piece + (parts[i + 1] ?? ''));
  }
  if (!fault) return '';
  return tidy(onlyTheFault(kept).join(''));
}

const tidy = (text: string) => text.replace(/^[\s,，。.!！?？;；~～]+|[\s,，;；~～?？]+$/gu, '').trim();

/** How long the problem may run: whole clauses up to this many characters, never a word cut in half. */
const MAX_PROBLEM_CHARS = 160;

/**
 * When some piece is a fault in so many words, only the fault, what was tried and when it happens
 * are kept (a product named right before its fault stays with it); a phone, an address, a model,
 * a purchase date, a question or a complaint beside it has its own slot or none. Without such a
 * piece nothing is dropped here: words the clause reader does not know are still the customer's.
 */
function onlyTheFault(pieces: string[]): string[] {
  const kinds: ClauseKind[] = pieces.map((p) => (productOnly(bareOf(p)) ? 'product' : classifyClause(bareOf(p))));
  if (!kinds.includes('fault')) return pieces;
  const kept: string[] = [];
  let length = 0;
  pieces.forEach((piece, i) => {
    const kind = kinds[i]!;
    const keep = kind === 'fault' || kind === 'tried' || kind === 'timing' || (kind === 'product' && kinds[i + 1] === 'fault') || (kind === 'neutral' && kinds[i - 1] === 'fault');
    if (!keep) return;
    const words = kind === 'fault' ? piece.replace(bareOf(piece), withoutQuestionFrame(bareOf(piece))) : piece;
    if (kept.length && length + words.length > MAX_PROBLEM_CHARS) return;
    kept.push(words);
    length += words.length;
  });
  // The separator after the last piece kept may be a full stop or a question mark of a dropped clause.
  return kept;
}

/** Keys, burners or buttons named by letter or number: "E, R, T", "1和3", "F". */
const NAMED_PARTS = /^\s*[A-Za-z0-9]{1,3}(?:\s*(?:[,，、/+&]|and|和|与)\s*[A-Za-z0-9]{1,3})*\s*(?:号|键|keys?)?\s*$/i;

/** Asides in brackets that say nothing of the fault ("(the tank type, 60L, A.O. Smith)", "（去年买的）"). */
function withoutAsides(text: string): string {
  // (Letters or numbers in brackets name what is faulty, "(E, R, T)", "（1和3）": they stay.)
  // (Their commas become slashes, so the clauses are not cut inside the brackets.)
  return text.replace(/\s*[(（]([^()（）]{0,80})[)）]/g, (whole, inside: string) => {
    if (NAMED_PARTS.test(inside)) return whole.replace(/\s*[,，]\s*/g, '/');
    return classifyClause(inside) === 'fault' ? whole : '';
  });
}

/** A joining word left in front once the clause before it is dropped ("but the keys stopped…", "不过键盘…"). */
const JOINER_FRONT = /^(?:(?:but|and|so|though|however|although)[\s,，]+|(?:不过|但是|可是|只是|而且)[\s,，]*)/i;

function trimEnds(text: string): string {
  return text.replace(GREETING_FRONT, '').replace(JOINER_FRONT, '').replace(QUESTION_END, '').trim();
}

/** The fault the customer described, cleaned; undefined when the message describes none ("我要报修", "seriously?"). */
export function faultWords(text: string): string | undefined {
  return FAULT_WORDS.get(text, () => readFaultWords(text));
}

/** The engine asks for the fault words of the same message from several places in one turn. */
const FAULT_WORDS = new RecentReadings<string | undefined>();

function readFaultWords(text: string): string | undefined {
  const cleaned = chinesePunctuation(trimEnds(faultPieces(trimEnds(text))));
  return cleaned.length >= 2 && !saysNothingOfTheFault(cleaned) ? cleaned : undefined;
}

/**
 * The problem's words. A problem the engine built from several messages (joined with "；"/"; ", see
 * problem-added.ts) keeps its first description even when a later symptom uses plainer fault words
 * than it ("…a green band across the picture; it flickers too"): then each part is read alone.
 */
export function problemWords(text: string): string {
  const whole = messageProblemWords(text);
  const [first, ...rest] = text.split(/；|; /);
  if (!rest.length) return whole;
  const opening = messageProblemWords(first!);
  if (whole.includes(opening)) return whole;
  return [opening, ...rest.map(messageProblemWords)].join(/[\u4e00-\u9fff]/.test(text) ? '；' : '; ');
}

function messageProblemWords(text: string): string {
  // "TV bought around March this year won't switch on": the date has its own slot, the problem is the rest.
  const undated = withoutPurchaseDate(text);
  const told = undated.length >= 2 ? undated : text;
  const trimmed = cleanFieldText(faultWords(told) ?? trimEnds(told), saysFieldWrong(text));
  // Never less than something: a message that was only greeting and question keeps its words.
  return trimmed.length >= 2 ? trimmed : text.trim();
}

/** Whether some clause of the message is a fault in so many words (then the clauses, not the question split, decide the problem). */
export function hasFaultClause(text: string): boolean {
  return withoutAsides(text)
    .split(DIVIDER)
    .some((piece, i) => i % 2 === 0 && classifyClause(bareOf(piece)) === 'fault');
}

/** Normalised text has ASCII commas; a Chinese problem reads with its own (显示E4，开一会就停；…). */
function chinesePunctuation(text: string): string {
  return /[\u4e00-\u9fff]/.test(text) ? text.replace(/,\s*/g, '，').replace(/;\s*/g, '；') : text;
}
