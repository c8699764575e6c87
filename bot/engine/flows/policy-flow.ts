/**
 * Policy or consultation question (咨询): answered from the knowledge base's policies and approved
 * answers, word for word with a short source. A question that turns out to be about a fault goes
 * to fault triage; one the knowledge base cannot answer is said so, with a person offered.
 */
import type { KnowledgeHit } from '../../knowledge-search';
import { firstCategory, namedOrHintedCategory } from '../../../kernel/lexicon/product-categories';
import { categoryName } from '../wording';
import type { FlowKit, FlowResult, FlowSpec } from './flow';
import { AFTER_SALES } from '../after-sales-words';
import { approvedAnswerIsClean } from '../knowledge-screen';
import { SOCIAL } from '../social-replies';
import { partWarrantyAnswer } from '../part-warranty';
import { answerWithSource, caseFits } from './fault-flow';
import { caseLineFor, stepSpeakingTo } from '../case-follow-up';
import { asksReplaceInterval } from '../../understanding/replace-interval-question';
import { meaningAnswer } from '../meaning-answer';
import { questionTopic } from '../question-topic';
import { serviceEntrySwap } from '../service-way';
import { answerFitsMessage } from '../answer-topic-fit';
import { entryOfAnotherRequest } from '../entry-topics';
import { answersAnotherProduct } from '../entry-products';
import { repairOrReplaceQuery, WORTH_REPAIRING } from '../../understanding/repair-or-replace';
import { careTask, careCovered } from '../../understanding/care-question';
import { careUnknown } from '../care-unknown';
import { plainQuestion } from '../../understanding/plain-question';
import { asksOwnRule } from '../../understanding/own-rule-question';
import { asksRepairCost } from '../../understanding/repair-cost-question';
import { asksWithoutProof } from '../../understanding/proof-missing-question';
import { asksWhichProof } from '../../understanding/proof-kind-question';
import { proofMissingAnswer } from '../proof-missing-answer';
import { askedFirst } from '../asked-first';
import { answerDetail } from '../answer-detail';
import { asksOursBesideDelivery } from '../../understanding/question-beside-delivery';
import { withoutElsewhere } from '../../understanding/elsewhere';

/** Product names, left out when matching a question to a step: sharing "洗衣机" says nothing about the topic. */
const PRODUCT_WORDS =
  /洗衣机|滚筒|波轮|空调|冰箱|热水器|洗碗机|燃气灶|油烟机|电视|手机|微波炉|电饭煲|新买的|新的|\b(?:washing machines?|washers?|machines?|fridges?|refrigerators?|air ?con\w*|ac|water heaters?|heaters?|dishwashers?|stoves?|hobs?|tvs?|phones?|new)\b/gi;
import { screenKnowledgeLines } from '../knowledge-screen';
import type { Lang } from '../../phrases';

/**
 * A how-to question no policy answers ("新洗衣机运输螺栓要拆吗") may be answered by a step of a
 * fault case that names what was asked ("make sure the transit bolts are removed"): that step,
 * said as the case's, rather than a wall. Only a step that names every word of the topic counts.
 */
export async function stepAnswering(kit: Pick<FlowKit, 'tools' | 'facts' | 'energy'>, question: string, lang: Lang): Promise<{ text: string; id: string } | undefined> {
  const result = await kit.tools.call('searchKnowledge', { query: question.slice(0, 500), category: kit.facts.category });
  const hits = result.ok ? (result.result as { hits: KnowledgeHit[] }).hits : [];
  for (const hit of hits) {
    if (hit.kind !== 'fault' || !caseFits(hit, { category: kit.facts.category ?? firstCategory(question), errorCode: kit.facts.errorCode, model: kit.facts.model, brand: kit.facts.brand }, kit.energy))
      continue;
    const line = caseLineFor(question, { steps: screenKnowledgeLines(hit.steps) }, lang)?.line ?? stepSpeakingTo(question, screenKnowledgeLines(hit.steps), PRODUCT_WORDS);
    if (!line) continue;
    // A care question takes a step about that care task only.
    const care = careTask(question);
    if (care && !careCovered(care, line)) continue;
    const text =
      lang === 'zh'
        ? `按我们的处理经验（「${hit.title}」）：${line}。更具体的操作请以说明书为准；拿不准的话，我可以帮您转人工确认。`
        : `From our service experience ("${hit.title}"): ${line}. For the exact procedure go by the user manual; if unsure, I can pass it to a person.`;
    return { text, id: hit.id };
  }
  return undefined;
}

/** How far below an entry passed over for its kind of request the fitting one may score and still answer. */
const RUNNER_UP_MARGIN = 0.05;

/** A routine-care entry (ids "care-…"): it answers care questions only ("冰块还能用吗" is no question about defrosting). */
const isCareEntry = (h: KnowledgeHit) => h.id.startsWith('care-');

/**
 * The approved answer to a question, if the knowledge base has one (used for digressions too),
 * in the way this product is serviced: a phone owner asking about the call-out fee gets the
 * service-centre rule, a fridge owner never the service-centre one (service-way.ts).
 */
export async function lookUpAnswer(kit: Pick<FlowKit, 'tools' | 'facts'>, question: string): Promise<KnowledgeHit | undefined> {
  // "太贵就买新的了" weighs a repair against a new one: that answer, not a part's price or a shop.
  // (Looked up as the general question it is: with the product's name added, a product's own rule, its wall bracket, would win.)
  const worth = WORTH_REPAIRING.test(question)
    ? await lookUpRule({ tools: kit.tools, facts: { ...kit.facts, category: undefined } }, repairOrReplaceQuery(/[\u4e00-\u9fff]/.test(question) ? 'zh' : 'en'))
    : undefined;
  const answer = worth ?? (await lookUpRule(kit, question));
  const swap = answer && serviceEntrySwap(answer.id, kit.facts.category ?? firstCategory(question), /[\u4e00-\u9fff]/.test(question) ? 'zh' : 'en');
  if (!answer || !swap) return answer;
  const result = await kit.tools.call('searchKnowledge', { query: swap.query });
  const hits = result.ok ? (result.result as { hits: KnowledgeHit[] }).hits : [];
  return hits.find((h) => h.id === swap.id && h.answer && approvedAnswerIsClean(h.answer)) ?? answer;
}

async function lookUpRule(kit: Pick<FlowKit, 'tools' | 'facts'>, question: string): Promise<KnowledgeHit | undefined> {
  // The product's own rules first (air-conditioner installation), then the general ones (call-out fees).
  let productAnswer: KnowledgeHit | undefined;
  for (const category of kit.facts.category ? [kit.facts.category, undefined] : [undefined]) {
    // A follow-up ("管子超了咋收") leaves the product unsaid: the conversation's product is added to the words.
    const product = category ? categoryName(category, /[\u4e00-\u9fff]/.test(question) ? 'zh' : 'en') : '';
    const query = product && !question.includes(product) ? `${product} ${question}` : question;
    const result = await kit.tools.call('searchKnowledge', { query: query.slice(0, 500), category });
    const hits = result.ok ? (result.result as { hits: KnowledgeHit[] }).hits : [];
    // Another product's rule is never the answer (a TV question must not get the air conditioner's warranty).
    // With no product known, a product's own rule answers only a question that names that product
    // ("will someone come?" after a water-heater shock must not get the phone service-centre rule).
    // ("光亮剂用完了…" names no product, yet asks about the dishwasher.)
    const askedAbout = kit.facts.category ?? namedOrHintedCategory(question);
    // A general entry whose title names products is theirs only ("dishwasher salt" is no TV owner's answer).
    // (The service-centre fee rule is no other product's: lookUpAnswer swaps it for the call-out rule, service-way.ts.)
    const swapped = (h: KnowledgeHit) => Boolean(serviceEntrySwap(h.id, askedAbout, 'zh'));
    const otherProduct = (h: KnowledgeHit) => Boolean(h.category && h.category !== 'general' && h.category !== askedAbout) || (answersAnotherProduct(h, askedAbout) && !swapped(h));
    // A routine-care question takes only an answer about that task ("should I drain it?" is not the anode-rod text).
    const care = careTask(question);
    const fits = (h: KnowledgeHit) =>
      h.kind !== 'fault' &&
      Boolean(h.answer) &&
      !otherProduct(h) &&
      approvedAnswerIsClean(h.answer!) &&
      answerFitsMessage(h, question, askedAbout) &&
      (care ? careCovered(care, `${h.title} ${h.answer}`) : !isCareEntry(h));
    // The best entry was for another kind of request (a return's packaging for a repair's): the entry
    // that fits, scoring just below it, answers instead of nothing (entry-topics.ts).
    const passedOver = hits.find((h) => h.confident && h.kind !== 'fault' && entryOfAnotherRequest(h.title, question));
    const answer = hits.find((h) => h.confident && fits(h)) ?? (passedOver && hits.find((h) => !h.confident && fits(h) && h.score >= passedOver.score - RUNNER_UP_MARGIN));
    // The product's name was added by us: its answer stands unless the question alone finds a
    // general rule that fits it better ("who pays for the visit?" is no fridge-temperature answer).
    if (category && query !== question) {
      productAnswer = answer;
      continue;
    }
    if (category) {
      if (answer) return answer;
      continue;
    }
    if (answer && (!productAnswer || answer.score > productAnswer.score)) return answer;
    // The product's answer was found with its name added, which lifts any of its rules: weighed on
    // the customer's own words it must still beat the general rule ("洗碗机…上门收费吗" is the call-out
    // fee, not the dishwasher's installation).
    if (answer && productAnswer && kit.facts.category && (await scoreOn(kit, question, kit.facts.category, productAnswer.id)) < answer.score) return answer;
    return productAnswer;
  }
  return productAnswer;
}

/** An entry's score for the question as the customer worded it, within their product's entries (0 when not found). */
async function scoreOn(kit: Pick<FlowKit, 'tools'>, question: string, category: string, id: string): Promise<number> {
  const result = await kit.tools.call('searchKnowledge', { query: question.slice(0, 500), category });
  const hits = result.ok ? (result.result as { hits: KnowledgeHit[] }).hits : [];
  return hits.find((h) => h.id === id)?.score ?? 0;
}

/**
 * The rule on repeated repairs (two failed repairs: exchange or return), looked up by its topic:
 * the customer's own words are mostly about the fault, which would win the search.
 */
export function repeatedRepairRule(kit: Pick<FlowKit, 'tools' | 'facts'>, lang: 'zh' | 'en'): Promise<KnowledgeHit | undefined> {
  return lookUpAnswer(kit, lang === 'zh' ? '维修两次仍不能正常使用 换货 退货' : 'replacement after two failed repairs exchange');
}

/**
 * The cover a repair itself carries (a fault back soon after a paid repair is re-repaired without a
 * second charge), looked up by its topic for the same reason: the customer's words are the fault's.
 */
export function repairCoverRule(kit: Pick<FlowKit, 'tools' | 'facts'>, lang: 'zh' | 'en'): Promise<KnowledgeHit | undefined> {
  return lookUpAnswer(kit, lang === 'zh' ? '刚修过没多久同一个问题又坏了 再修还收费吗' : 'the same fault came back soon after a paid repair, do I pay again');
}

export const policyFlow: FlowSpec = {
  name: 'policy',
  title: { zh: '咨询', en: 'question' },
  slots: [],
  async finish(kit): Promise<FlowResult> {
    // (A plain question told with its fault, "门打不开 全是水 怎么放水", is asked whole: the fault alone finds the fault's case.)
    // (So is one of the questions with an entry of its own, "…坏了，退回去运费谁出": the fault alone is no question of shipping.)
    // (And "滤芯多久换一次，换芯灯亮了": the reminder read as the symptom leaves the filter out of it.)
    // (And "看完不修怎么收费" mid-triage: the fee is the question, not the fault it is about.)
    const whole = plainQuestion(kit.turn.text) || asksOwnRule(kit.turn.text, kit.facts.category) || asksReplaceInterval(kit.turn.text) || asksRepairCost(kit.turn.text);
    const asked = whole ? kit.turn.text : (kit.facts.symptom ?? kit.turn.text);
    // ("还没到货，安装要钱吗": looked up without the delivery words, which would find the shop's rules or nothing.)
    const question = asksOursBesideDelivery(asked) ? withoutElsewhere(asked) : asked;
    // "没发票 付款记录行吗", "can you check by the serial number?": the proof-of-purchase rule itself.
    // (The turn's own words too: a fault word read beside it, "小票早扔了", may stand as the question.)
    if ([question, kit.turn.text].some((t) => asksWithoutProof(t) || asksWhichProof(t))) {
      const proof = await proofMissingAnswer(kit.tools, kit.facts.purchaseDate, kit.lang, false, kit.turn.text);
      if (proof) {
        kit.cite(proof.id);
        kit.say(proof.text);
        return { done: true };
      }
    }
    // "我自己接气管行吗", "过保了修要多少钱", "边刷多久换", "能上门取吗" (a phone): each from its own rule (asked-first.ts).
    const first = await askedFirst({ tools: kit.tools, facts: kit.facts, lang: kit.lang, lookUp: lookUpAnswer }, question);
    if (first) {
      kit.cite(first.id);
      kit.say(first.text);
      return { done: true };
    }
    const cover = await partWarrantyAnswer(kit, question);
    if (cover) {
      kit.say(cover);
      return { done: true };
    }
    const answer = await lookUpAnswer(kit, question);
    if (answer) {
      kit.cite(answer.id);
      kit.say(answerWithSource(answer, kit.lang));
      return { done: true };
    }
    // "那PP棉是不是得换得勤一点？我家水发黄" right after the filter answer: the point of that answer it asks about.
    const point = kit.previousReply ? answerDetail(kit.previousReply, kit.turn.redactedText, kit.lang) : undefined;
    if (point) {
      kit.say(point);
      return { done: true };
    }
    // "电视显示无信号是什么意思": what the screen or light means, from the case that describes it.
    const meaning = [question, kit.turn.text].some((t) => questionTopic(t) === 'meaning') && !kit.facts.errorCode ? await meaningAnswer(kit, question) : undefined;
    if (meaning) {
      kit.cite(meaning.id);
      kit.say(meaning.text);
      return { done: true };
    }
    // A care question no care entry answers: said honestly, with the manual and a person, never a fault case.
    const care = !kit.facts.errorCode ? careTask(question) : undefined;
    if (care) {
      kit.say(careUnknown(kit.lang, kit.facts.category));
      return { done: true };
    }
    if (kit.facts.errorCode || kit.turn.understanding.intent === 'fault_report') return { next: 'fault' };
    const step = await stepAnswering(kit, question, kit.lang);
    if (step) {
      kit.cite(step.id);
      kit.say(step.text);
      return { done: true };
    }
    if (!kit.facts.category && !kit.facts.brand && !AFTER_SALES.test(question)) {
      kit.say(SOCIAL.outOfScope[kit.lang]);
      return { done: true };
    }
    kit.say(
      kit.lang === 'zh'
        ? '这个问题我这里没有确切的资料，不想给您说错。可以帮您转人工客服确认，回复“转人工”就行。'
        : 'I don\'t have a reliable answer to that and don\'t want to guess. I can pass it to a person: just say "human".',
    );
    return { done: true };
  },
};
