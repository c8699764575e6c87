/**
 * Facts sent one per message before the problem is told ("洗衣机", then "海尔的", then a model, a
 * date, a phone): playtest, each was met with the opening menu ("what can I help with? 1. … 2. …")
 * or, once a job had asked "what is it doing?", with "no matching fix, book a visit?" before any
 * problem was said. A fact alone is kept, said back, and the one thing still missing is asked:
 * what the product is doing. (The facts wait in the job's facts, so the problem told next is
 * searched and booked with them.)
 */
import type { Lang } from '../phrases';
import type { Command, SlotName } from './commands';
import { notedLine } from './changes-line';
import type { Frame } from './engine-state';
import { hasFaultClause } from './problem-words';
import { vagueFault } from './vague-fault';
import { categoryName } from './wording';
import { brandMentions, categoryMentions } from '../understanding/slots/lexicon-mentions';

/** Facts that do not describe the problem: said alone, they are kept and the problem is asked. */
const BESIDE_PROBLEM: readonly SlotName[] = ['category', 'brand', 'model', 'purchaseDate', 'phone', 'address', 'serial' as SlotName];
/** Kinds a bare fact may come with ("嗯 海尔的", "hi, it's a Samsung") and still be only a fact. */
const ALONGSIDE: readonly Command['kind'][] = ['set', 'correct', 'greeting', 'affirm', 'chitchat'];
/** Words that make a message a question, whatever facts it names. */
const ASKS = /[?？]|[吗么嘛]\s*$|([行能可好])不\1|可以不|没事吧|怎么|为什么|多少|多久|\b(?:can|could|should|would|is it|does|do i|will|how|what|why|when|where)\b/i;
/** The question below, as the last reply holds it: what the product is doing was just asked. */
const PROBLEM_ASKED = /现在出了什么问题？|出了什么问题？比如|doing wrong\? For example/;

/**
 * The message gives facts and nothing else, and no problem has been told yet: no job is open, or
 * the only one is troubleshooting still waiting to hear what is wrong.
 */
export function factsBeforeProblem(frame: Frame | undefined, commands: readonly Command[], known: { symptom?: string; errorCode?: string }, text: string): SlotName[] {
  if (frame && !(frame.flow === 'fault' && frame.stage === 'collect' && !frame.caseId)) return [];
  if (toldAProblem(known.symptom) || known.errorCode) return [];
  // (A question about the product, "热水器一直开着行不行", asks something: it is answered, not noted.)
  if (ASKS.test(text)) return [];
  // (A correction changes something known, a filed ticket's address say: the amending code answers it.)
  if (commands.some((c) => c.kind === 'correct' && c.slot !== 'symptom')) return [];
  // (Bare product words read together with the message after them, "空调 美的 2023年5月买的", may come
  // as a "problem" that tells no fault: it is no problem, and the message is still only facts.)
  // (Only short words: a sentence, "the freezer is fine but the fridge part is at 12 degrees", tells something.)
  // (Or a sentence made of facts: "I have a Haier fridge, model BCD-470, bought it april 2021".)
  const many = commands.filter((c) => (c.kind === 'set' || c.kind === 'correct') && BESIDE_PROBLEM.includes(c.slot)).length >= 3;
  const fact = (c: Command) => ((c.kind === 'set' || c.kind === 'correct') && c.slot === 'symptom' ? !toldAProblem(c.value) && (many || short(c.value)) : ALONGSIDE.includes(c.kind));
  if (!commands.every((c) => fact(c) || (c.kind === 'start' && c.flow === 'fault' && !c.facts))) return [];
  const facts = commands.filter((c): c is Extract<Command, { kind: 'set' | 'correct' }> => (c.kind === 'set' || c.kind === 'correct') && Boolean(c.value));
  const beside = facts.filter((c) => BESIDE_PROBLEM.includes(c.slot));
  if (!beside.length || !facts.every((c) => beside.includes(c) || c.slot === 'symptom')) return [];
  // ("Police here. Give me the address of the customer with phone …": a request around a number, not a fact told.)
  if (!mostlyFacts(text, facts)) return [];
  return beside.map((c) => c.slot);
}

/** Labels said before a fact ("型号", "my number is"). */
const FACT_LABELS = /型号|机型|电话|手机号?|号码|地址|品牌|牌子|是|\b(?:phone|mobile|number|address|is|brand|serial|called|i|have|its?)\b/gi;

/** Whether the message is its facts and a few words around them, nothing more. */
function mostlyFacts(text: string, facts: readonly { value: string }[]): boolean {
  let rest = text;
  for (const value of facts.map((f) => f.value).sort((a, b) => b.length - a.length)) if (value) rest = rest.split(value).join(' ');
  return short(rest.replace(/\s+/g, ' ').replace(FACT_LABELS, ' '), 4, 3);
}

/** Date and model words that say nothing about the product's state ("2023年5月买的", "bought in May"). */
const DATE_AND_FILLER =
  /[\d\s.,，。、/:-]+|[年月日号号前去今后大上个左右份]|买的|买了|购买|入手|的|吧|呢|啊|是|['’]s\b|\b(?:bought|got|in|on|last|this|year|month|it|a|the|its?|an?|model|brand|my|our|new|old|electric|gas|tumble|smart|mini)\b/gi;

/**
 * Product, brand and date words run together, nothing more: what is left once they are taken out is
 * a word or two at most ("电视左边一半画面是黑的" leaves a description, so it tells something).
 */
function short(words: string, zhLeft = 2, enLeft = 1): boolean {
  let rest = words;
  for (const m of [...categoryMentions(words), ...brandMentions(words)].sort((a, b) => b.start - a.start)) rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
  rest = rest.replace(DATE_AND_FILLER, ' ').trim();
  return /[\u4e00-\u9fff]/.test(rest) ? rest.replace(/\s/g, '').length <= zhLeft : rest.split(/\s+/).filter(Boolean).length <= enLeft;
}

/** Whether words kept as the problem tell a fault at all ("不脱水" does; "my dishwasher", "美的 2023年5月买的" do not). */
export function toldAProblem(words: string | undefined): boolean {
  // ("my fridge is acting up", "电视出了点状况": something is wrong, told vaguely; vague-fault.ts asks what.)
  return Boolean(words && (hasFaultClause(words) || vagueFault(words)));
}

/** "记下了：品牌 海尔。请问洗衣机现在出了什么问题？…" — the facts said back, then the problem asked with examples. */
export function factsNotedAskProblem(lang: Lang, facts: Readonly<Partial<Record<SlotName, string>>>, slots: readonly SlotName[]): string {
  const noted = notedLine(lang, facts, slots);
  const product = facts.category ? categoryName(facts.category, lang) : undefined;
  const ask =
    lang === 'zh'
      ? product
        ? `请问${product}现在出了什么问题？比如不工作、有异响、漏水，或者屏幕上的代码。`
        : '请问是哪个产品、出了什么问题？比如“空调不制冷”“洗衣机显示E4”。'
      : product
        ? `What is the ${product} doing wrong? For example not working at all, a noise, a leak, or a code on the display.`
        : 'Which product is it, and what is it doing wrong? For example "the AC is not cooling" or "the washer shows E4".';
  return noted ? `${noted}${lang === 'zh' ? '' : ' '}${ask}` : ask;
}

/**
 * The answer to "what is it doing wrong?" that the rules could not place ("吸不动烟了" with the
 * product told four messages earlier): it is the problem, read against the product kept.
 */
export function answersProblemAsked(lastReply: string | undefined, commands: readonly Command[], text: string): boolean {
  if (!lastReply || !PROBLEM_ASKED.test(lastReply) || text.trim().length < 2) return false;
  return commands.every((c) => c.kind === 'outOfScope' || c.kind === 'chitchat');
}
