/**
 * A message cut into its separate questions (issue 16, "answers"): "压缩机坏了还保吗？上门费多少钱"
 * asks two things, and answering the message as one question answers one of them (its words
 * dominate the search) or neither. Each question keeps the telling clauses said just before it
 * ("冰箱不制冷了，前年买的，还在保吗"), so it can be answered on its own; tags that only ask for
 * agreement ("对吧", "right?") stay with the question before them. Used by the engine (digressions,
 * the policy flow, the check that every question got an answer) and by the answers given while
 * waiting for a person (bot/waiting-answers.ts).
 */
import { CONSUMABLE_THING } from './lexicons/consumable-words';
import { asksApproval } from './approval-question';
import { withoutFreeChoice } from './free-choice';
import { splitQuestion } from './question-clause';

/** Sentence and clause breaks (a space between Chinese words is one); Chinese 吗 ends a question even without a mark ("还保吗上门费多少"). */
const BREAK = /(?<=[。.!！?？;；\n])\s*|(?<=[，,])\s*|(?<=吗)(?=[\u4e00-\u9fff]{2,})|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/;
/** "and how much…", "also, does…", "另外…", "还有…", "顺便问下…": a new question starts here. */
const JOINER =
  /\s+(?=(?:and|also|plus|btw|or)\s+(?:how|what|when|where|which|who|why|can|could|do|does|did|is|are|will|would|should|may)\b)|(?<=[\u4e00-\u9fff])\s*(?=(?:另外|还有就是|还有|顺便问(?:一?下)?|再问(?:一?下)?|以及)[\u4e00-\u9fff])/i;
/** Asks something: a question mark, a particle, a question word, an A-not-A, an English question opening. */
const ASKS =
  /[?？]|[吗嘛呢](?=$|[\s,，。!！])|(?:多少|几[年个天块次钱]|怎么|咋|如何|哪|什么|啥|谁|能不能|可不可以|是不是|有没有|要不要|收不收|包不包|保不保|算不算|会不会|([\u4e00-\u9fff])不\1|\bhow (?:much|long|many|often)\b|不\s*$)|^\s*(?:and\s+|also\s+|so\s+)?(?:how|what|when|where|which|who|why|can|could|do|does|did|is|are|will|would|should|may)\b/i;
/** A tag asking for agreement, not a question of its own. */
const TAG = /^(?:对|好|是|行|可以|明白|懂|没错|ok|okay|right|yes|correct|isn'?t it|right\??)\s*[吗么吧嘛呢啊不]*\s*[?？]*$/i;
/**
 * A question that names nothing of its own and points back ("你们卖吗", "哪里能买到", "这个在哪买",
 * "do you sell it?", "where can I buy them?"): it is about the thing of the question before, and
 * looked up alone it finds nothing (or something unrelated), so it carries that question's words.
 */
const POINTS_BACK = new RegExp(
  [
    String.raw`^(?:那|那么)?(?:你们|你|店里|官方|你们这边?|你们那边?)?(?:这边|那边)?(?:也|有没有|有)?(?:卖不卖|卖|售|出售|有卖|有得卖|有货|能买到?|可以买|哪里能买到?|哪里买|哪儿买|去哪买|去哪儿买|在哪买|在哪儿买|哪里有卖|哪有卖|哪里有|包邮)(?:的)?(?:吗|么|嘛|呢|不|没有?)?[？?。.!！\s]*$`,
    String.raw`^(?:那|那么)?(?:它|这个|那个|这种|那种|这东西|这玩意儿?)(?:在|去|到|从)?(?:哪|多少|怎么|要不要|要|能不能|能|可以|卖|买|有没有|有)`,
    String.raw`^(?:and\s+|also\s+|so\s+)?(?:do|does|can|could|will|would|where|where can|where do|how do|how can)\s+(?:you|i|we)?\s*(?:\w+\s+){0,2}?(?:sell|stock|carry|supply|buy|get|order|have|send|ship|deliver|find)\s+(?:it|them|those|these|that|one|ones|some)(?:\s+(?:too|as well|also|here|online|in store|separately|from you))*\s*[?？.!]*$`,
  ].join('|'),
  'i',
);

/**
 * Only "what does it cost?" ("怎么收费", "要钱吗", "how much?", "is it free?"): the price of what the
 * question just before asked about ("移机你们做吗 怎么收费" is one question, the relocation's fee).
 * Split off and looked up alone it found the general call-out fee, not that service's price.
 */
const PRICE_ONLY =
  /^(?:那|那么)?(?:这个|这|它|那个)?(?:大概|一般)?(?:怎么|咋|如何)?(?:收费|收钱|算钱|要钱|花钱|付费|多少钱|费用多少|价格多少|贵不贵|贵吗|收不收费|收不收钱|收钱吗|收费吗|要不要钱|要钱吗|免费吗|免不免费|多少)[吗么呢啊呀]?[？?。.!！\s]*$|^(?:and\s+|so\s+)?(?:how much(?: (?:is it|is that|does it cost|will it cost|do you charge|would it be))?|what(?:'s| is| does it| would it) (?:the )?(?:cost|price|charge|fee)s?|is (?:it|that) free|do you charge(?: for (?:it|that))?|any (?:fee|charge)s?)\s*[?？.!]*$/i;

/** Words that carry no question of their own ("请问", "你好", "hello"). */
const EMPTY = /^(?:请问|问一下|问下|想问下?|你好|您好|hi|hello|excuse me|also|and|另外|还有)[\s,，。.!！?？:：]*$/i;

/** The separate questions of a message, in the order asked; one entry (or none) when it asks one thing (or nothing). */
export function splitQuestions(text: string): string[] {
  const clauses = text
    .split(BREAK)
    .flatMap((c) => c.split(JOINER))
    .map((c) => c.trim())
    .filter((c) => c && !EMPTY.test(c));
  const questions: string[] = [];
  let told: string[] = [];
  for (const clause of clauses) {
    if (TAG.test(clause) && questions.length) {
      questions[questions.length - 1] += clause;
      continue;
    }
    if (PRICE_ONLY.test(clause) && !told.length && questions.length) {
      questions[questions.length - 1] = joinClauses([questions[questions.length - 1]!, clause]);
      continue;
    }
    if (POINTS_BACK.test(clause) && !told.length && questions.length) {
      // Its own question, about the thing of the one before: that thing's name comes with it.
      questions.push(joinClauses([thingOf(questions[questions.length - 1]!), clause]));
      continue;
    }
    if (!ASKS.test(withoutFreeChoice(clause)) && !asksApproval(clause)) {
      told.push(clause);
      continue;
    }
    questions.push(joinClauses([...told, clause]));
    told = [];
  }
  // What is told after the last question belongs to it ("保修吗，压缩机的话").
  if (told.length && questions.length) questions[questions.length - 1] = joinClauses([questions[questions.length - 1]!, ...told]);
  return questions;
}

/** Whether the message asks two or more separate things. */
export function asksSeveral(text: string): boolean {
  return splitQuestions(text).length > 1;
}

/** The asking part of each question, without the telling clauses kept for context. */
export function askingPart(question: string): string {
  return splitQuestion(question).asking;
}

const EVERY_CONSUMABLE_THING = new RegExp(CONSUMABLE_THING.source, 'gi');

/** What a question is about, for one that points back to it: the consumable or part it names last ("专用盐", "filter"), else the whole question. */
function thingOf(question: string): string {
  const things = [...question.matchAll(EVERY_CONSUMABLE_THING)];
  return things.length ? things[things.length - 1]![0] : question;
}

function joinClauses(parts: string[]): string {
  return parts.reduce((all, part) => (!all ? part : /[\u4e00-\u9fff，。？！,.?!;；]$/.test(all) && /^[\u4e00-\u9fff]/.test(part) ? `${all}${part}` : `${all} ${part}`), '');
}
