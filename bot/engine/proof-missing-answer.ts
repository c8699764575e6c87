/**
 * "I threw the receipt away, is it still covered?" asked while a repair is being booked: the
 * proof-of-purchase rule answers it (what else proves the date, and what counts when nothing
 * does), with the purchase date the customer already gave said back, and the booking goes on.
 * It is no new warranty check: nothing is asked again, and no free repair is promised, because
 * the engineer checks cover against whatever proof is found.
 */
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import type { KnowledgeHit } from '../knowledge-search';
import { asksWhichProof } from '../understanding/proof-kind-question';
import { proofKindAnswer } from './proof-kind-answer';
import { citation, purchaseWords } from './wording';

const ENTRY = 'pol-proof-of-purchase';
// The entry's own wording of the question, so the search lands on it whatever the customer said.
const QUERY = { zh: '发票丢了怎么保修', en: 'Lost my invoice how do I claim warranty' };

export interface ProofMissingAnswer {
  id: string;
  text: string;
}

/**
 * `booking`: asked inside a repair booking, which goes on after it (asked on its own, the rule alone answers).
 * `question`: when it asks whether one kind of proof will do ("银行流水行吗"), its yes or no comes first, alone (proof-kind-answer.ts).
 */
export async function proofMissingAnswer(tools: ToolBox, purchaseDate: string | undefined, lang: Lang, booking = true, question?: string): Promise<ProofMissingAnswer | undefined> {
  const result = await tools.call('searchKnowledge', { query: QUERY[lang] });
  const hits = result.ok ? (result.result as { hits: KnowledgeHit[] }).hits : [];
  const rule = hits.find((h) => h.id === ENTRY && h.answer);
  if (!rule) return undefined;
  const zh = lang === 'zh';
  const kind = question && asksWhichProof(question) ? proofKindAnswer(question, lang) : undefined;
  if (kind) {
    const who = booking ? (zh ? '工程师上门时' : 'the engineer at the visit') : zh ? '维修时由工程师或服务中心' : 'the engineer or service centre at the repair';
    const checked = zh ? `${who}核对凭证（${citation(rule, lang)}）。` : `It is checked by ${who} (${citation(rule, lang)}).`;
    return { id: rule.id, text: `${kind}${zh ? '' : ' '}${checked}` };
  }
  const lines = [zh ? `${rule.answer}（${citation(rule, lang)}）` : `${rule.answer} (${citation(rule, lang)})`];
  const when = purchaseWords(purchaseDate, lang);
  if (when)
    lines.push(
      zh
        ? `您说的是${when}购买的：能对上这个时间的订单截图、付款记录或保修卡都可以，工程师会按它核对保修。`
        : `You told me you bought it ${/^\d/.test(when) ? 'on' : 'in'} ${when}: an order screenshot, a payment record or the warranty card showing that will do, and the engineer checks the warranty against it.`,
    );
  else if (booking)
    lines.push(zh ? '工程师上门时会按您能找到的凭证核对保修，先接着登记就行。' : 'The engineer checks the warranty against whatever proof you can find, so we can carry on with the booking.');
  return { id: rule.id, text: lines.join('\n') };
}
