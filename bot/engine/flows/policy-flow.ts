/**
 * Policy or consultation question (咨询): answered from the knowledge base's policies and approved
 * answers, word for word with a short source. A question that turns out to be about a fault goes
 * to fault triage; one the knowledge base cannot answer is said so, with a person offered.
 */
import type { KnowledgeHit } from '../../knowledge-search';
import { firstCategory } from '../../../kernel/lexicon/product-categories';
import { categoryName } from '../wording';
import type { FlowKit, FlowResult, FlowSpec } from './flow';
import { AFTER_SALES } from '../after-sales-words';
import { approvedAnswerIsClean } from '../knowledge-screen';
import { SOCIAL } from '../social-replies';
import { answerWithSource } from './fault-flow';

/** The approved answer to a question, if the knowledge base has one (used for digressions too). */
export async function lookUpAnswer(kit: Pick<FlowKit, 'tools' | 'facts'>, question: string): Promise<KnowledgeHit | undefined> {
  // The product's own rules first (air-conditioner installation), then the general ones (call-out fees).
  for (const category of kit.facts.category ? [kit.facts.category, undefined] : [undefined]) {
    // A follow-up ("管子超了咋收") leaves the product unsaid: the conversation's product is added to the words.
    const product = category ? categoryName(category, /[\u4e00-\u9fff]/.test(question) ? 'zh' : 'en') : '';
    const query = product && !question.includes(product) ? `${product} ${question}` : question;
    const result = await kit.tools.call('searchKnowledge', { query: query.slice(0, 500), category });
    const hits = result.ok ? (result.result as { hits: KnowledgeHit[] }).hits : [];
    // Another product's rule is never the answer (a TV question must not get the air conditioner's warranty).
    // With no product known, a product's own rule answers only a question that names that product
    // ("will someone come?" after a water-heater shock must not get the phone service-centre rule).
    const askedAbout = kit.facts.category ?? firstCategory(question);
    const otherProduct = (h: KnowledgeHit) => Boolean(h.category && h.category !== 'general' && h.category !== askedAbout);
    const answer = hits.find((h) => h.confident && h.kind !== 'fault' && h.answer && !otherProduct(h) && approvedAnswerIsClean(h.answer));
    if (answer) return answer;
  }
  return undefined;
}

/**
 * The rule on repeated repairs (two failed repairs: exchange or return), looked up by its topic:
 * the customer's own words are mostly about the fault, which would win the search.
 */
export function repeatedRepairRule(kit: Pick<FlowKit, 'tools' | 'facts'>, lang: 'zh' | 'en'): Promise<KnowledgeHit | undefined> {
  return lookUpAnswer(kit, lang === 'zh' ? '维修两次仍不能正常使用 换货 退货' : 'replacement after two failed repairs exchange');
}

export const policyFlow: FlowSpec = {
  name: 'policy',
  title: { zh: '咨询', en: 'question' },
  slots: [],
  async finish(kit): Promise<FlowResult> {
    const question = kit.facts.symptom ?? kit.turn.text;
    const answer = await lookUpAnswer(kit, question);
    if (answer) {
      kit.cite(answer.id);
      kit.say(answerWithSource(answer, kit.lang));
      return { done: true };
    }
    if (kit.facts.errorCode || kit.turn.understanding.intent === 'fault_report') return { next: 'fault' };
    if (!kit.facts.category && !kit.facts.brand && !AFTER_SALES.test(question)) {
      kit.say(SOCIAL.outOfScope[kit.lang]);
      return { done: true };
    }
    kit.say(
      kit.lang === 'zh'
        ? '这个问题我这里没有确切的资料，不想给您说错。可以帮您转人工客服确认，回复“转人工”就行。'
        : "I don't have a reliable answer to that and don't want to guess. I can pass it to a person: just say \"human\".",
    );
    return { done: true };
  },
};
