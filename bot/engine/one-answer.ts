/**
 * One question of a message answered on its own (issue 16, "answers"), from the same places the
 * rest of the engine answers from: a part's cover from the warranty rules, what a display message
 * means from its knowledge case, a policy or approved answer, and for a price no rule names (an
 * inner pot, a drain pump, a visit) the knowledge base's rules on fees and on buying genuine parts,
 * never the fault's steps again. Undefined when nothing answers it; the caller says so, naming the
 * topic in its own words.
 */
import type { KnowledgeHit } from '../knowledge-search';
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import type { EnergySource } from '../understanding/energy-source';
import type { Facts } from './engine-state';
import { answerWithSource } from './flows/fault-flow';
import { lookUpAnswer, stepAnswering } from './flows/policy-flow';
import { meaningAnswer } from './meaning-answer';
import { partWarrantyAnswer } from './part-warranty';
import { questionTopic, type QuestionTopic } from './question-topic';
import { faultCoverLine, FAULT_COVER_QUESTION, mainPartVerdict } from './warranty-verdict';
import { categoryName } from './wording';
import { warrantyRuleQuery } from './answer-topic-fit';
import { SANBAO_QUESTION } from '../sanbao-words';
import { repairOrReplaceQuery, WORTH_REPAIRING } from '../understanding/repair-or-replace';

export interface AnswerKit {
  tools: ToolBox;
  facts: Facts;
  lang: Lang;
  energy?: EnergySource;
}

export interface OneAnswer {
  text: string;
  /** The knowledge entry it comes from, for the reply's citations. */
  id?: string;
  topic: QuestionTopic;
}

/** A part or accessory priced ("内胆多少钱", "how much is a new filter"), as opposed to a visit or a repair. */
const PART_PRICE =
  /配件|零件|部件|内胆|内锅|滤网|滤芯|遥控器|电池|排水泵|水泵|门封|密封圈|加热管|发热管|压缩机|电机|主板|屏幕|显示屏|镁棒|\b(?:part|parts|accessor\w*|filter|remote|inner (?:pot|bowl|tank)|pump|seal|gasket|element|compressor|motor|board|screen|battery|anode)\b/i;

/** Buying or replacing something ("换个温控器多少钱", "how much for a new one"): a part's price, not a visit's. */
const REPLACING = /(?:换|更换|买|配)(?:个|一个|一下|新的?)?[\u4e00-\u9fff]{0,6}(?:的话)?(?:要|得|大概|大约)?(?:多少|几)|\b(?:replac\w*|new one|a new|buy(?:ing)?)\b/i;

const hitAnswer = (hit: KnowledgeHit, lang: Lang, topic: QuestionTopic): OneAnswer => ({ text: answerWithSource(hit, lang), id: hit.id, topic });

/** `dateAsked`: the reply already asks when it was bought, so a warranty answer does not ask it again. */
export async function answerOneQuestion(kit: AnswerKit, question: string, options: { dateAsked?: boolean } = {}): Promise<OneAnswer | undefined> {
  const topic = questionTopic(question);
  // "what is 三包?": what the rules are, not a product's period.
  const explained = SANBAO_QUESTION.test(question) ? await lookUpAnswer(kit, kit.lang === 'zh' ? '什么是三包' : 'what is san bao, the three guarantees') : undefined;
  if (explained) return hitAnswer(explained, kit.lang, topic);
  const cover = await partWarrantyAnswer(kit, question);
  if (cover) return { text: cover, topic };
  // Liquid damage, a consumable or a non-original part: its own rule answers, not the product's periods.
  const special = topic === 'warranty' ? warrantyRuleQuery(question, kit.facts.category, kit.lang) : undefined;
  const rule = special && (await lookUpAnswer(kit, special));
  if (rule) return hitAnswer(rule, kit.lang, topic);
  if (topic === 'warranty') return warrantyAnswer(kit, question, options.dateAsked);
  if (topic === 'meaning') {
    const meaning = await meaningAnswer(kit, question);
    if (meaning) return { ...meaning, topic };
  }
  // "太贵就买新的了", "worth fixing?": the repair-or-replace answer, with the fee rule when a price was asked.
  if (WORTH_REPAIRING.test(question)) {
    const worth = await lookUpAnswer(kit, repairOrReplaceQuery(kit.lang));
    if (worth) {
      const fees = topic === 'price' ? await lookUpAnswer(kit, kit.lang === 'zh' ? '修一下大概多少钱 维修收费标准' : 'how much does a repair cost') : undefined;
      const text = [answerWithSource(worth, kit.lang), ...(fees && fees.id !== worth.id ? [answerWithSource(fees, kit.lang)] : [])].join('\n');
      return { text, id: worth.id, topic };
    }
  }
  if (topic === 'price' && (PART_PRICE.test(question) || REPLACING.test(question))) {
    // The accessory's price rule first: "内胆多少钱" is no question about the call-out fee.
    const rule = await lookUpAnswer(kit, kit.lang === 'zh' ? '配件多少钱 零件价格 原厂配件' : 'how much is a spare part accessory price');
    if (rule) return hitAnswer(rule, kit.lang, topic);
  }
  const hit = await lookUpAnswer(kit, question);
  if (hit) return hitAnswer(hit, kit.lang, topic);
  if (topic === 'price') {
    const fees = await lookUpAnswer(kit, kit.lang === 'zh' ? '修一下大概多少钱 维修收费标准' : 'how much does a repair cost');
    if (fees) return hitAnswer(fees, kit.lang, topic);
  }
  const step = await stepAnswering(kit, question, kit.lang);
  return step ? { text: step.text, id: step.id, topic } : undefined;
}

/** A warranty question: the verdict for the whole unit and the main part when a date is known, the product's rule otherwise. */
async function warrantyAnswer(kit: AnswerKit, question: string, dateAsked = false): Promise<OneAnswer | undefined> {
  const lines: string[] = [];
  let id: string | undefined;
  const verdict = await mainPartVerdict(kit, question);
  if (verdict) lines.push(verdict);
  else {
    const product = categoryName(kit.facts.category, kit.lang);
    const rule = await lookUpAnswer(kit, kit.facts.category ? (kit.lang === 'zh' ? `${product}保修期多久 三包` : `${product} warranty period`) : question);
    if (rule) {
      lines.push(answerWithSource(rule, kit.lang));
      id = rule.id;
    }
  }
  if (FAULT_COVER_QUESTION.test(question) || kit.facts.symptom) lines.push(faultCoverLine(kit.lang));
  if (!verdict && kit.facts.category && !dateAsked)
    lines.push(kit.lang === 'zh' ? '告诉我大概什么时候买的（哪年哪月，或者哪个季节），我帮您算到哪天。' : 'Tell me roughly when you bought it (a month, or a season) and I will work out the dates.');
  return lines.length ? { text: lines.join('\n'), id, topic: 'warranty' } : undefined;
}
