/**
 * "电视显示无信号是什么意思", "what does the flashing snowflake mean?": what a display message or an
 * indicator means is answered from the knowledge case that describes it (its likely causes, then
 * the first safe checks), not refused and not turned into a repair form. Only a confident case
 * that fits the product (and its code, model and power source) answers; otherwise nothing is said
 * here and the caller goes on as before.
 */
import { firstCategory } from '../../kernel/lexicon/product-categories';
import type { KnowledgeHit } from '../knowledge-search';
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import type { EnergySource } from '../understanding/energy-source';
import type { Facts } from './engine-state';
import { caseFits } from './flows/fault-flow';
import { screenKnowledgeLines } from './knowledge-screen';
import { categoryName, citation } from './wording';

export interface MeaningKit {
  tools: ToolBox;
  facts: Facts;
  lang: Lang;
  energy?: EnergySource;
}

/** Question words left out of the search: the case is found by what the screen or light shows. */
const QUESTION_WORDS =
  /是什么意思|什么意思|啥意思|是什么|是啥|代表什么|代表啥|意味着什么|意味着|表示什么|指什么|怎么回事|咋回事|请问|\bwhat does\b|\bwhat do\b|\bmean(?:s|ing)?\b|\bstand for\b|\bwhat(?:'s| is)\b|[?？]/gi;

/** The meaning of what the customer sees, from the best fitting case, or undefined when none fits confidently. */
/** `givenCase`: the case the customer was just given; its steps are not said again, only what it means. */
export async function meaningAnswer(kit: MeaningKit, question: string, givenCase?: string): Promise<{ text: string; id: string } | undefined> {
  const category = kit.facts.category ?? firstCategory(question);
  const seen = question.replace(QUESTION_WORDS, ' ').replace(/\s+/g, ' ').trim();
  const product = category && !seen.includes(categoryName(category, kit.lang)) ? `${categoryName(category, kit.lang)} ` : '';
  const result = await kit.tools.call('searchKnowledge', { query: `${product}${seen}`.slice(0, 500), category, brand: kit.facts.brand });
  const hits = result.ok ? (result.result as { hits: KnowledgeHit[] }).hits : [];
  const hit = hits.find((h) => h.kind === 'fault' && h.confident && caseFits(h, { category, errorCode: kit.facts.errorCode, model: kit.facts.model, brand: kit.facts.brand }, kit.energy));
  if (!hit) return undefined;
  const causes = screenKnowledgeLines(hit.causes).slice(0, 3);
  const steps = hit.id === givenCase ? [] : screenKnowledgeLines(hit.steps).slice(0, 3);
  const safety = screenKnowledgeLines(hit.safety);
  const zh = kit.lang === 'zh';
  const lines = [
    zh ? `「${hit.title}」，一般是这几种情况：${causes.join('；') || '见下面的检查'}。` : `About "${hit.title}", it usually comes down to: ${causes.join('; ') || 'see the checks below'}.`,
    steps.length ? (zh ? `可以先试试：${steps.join('；')}。` : `First try: ${steps.join('; ')}.`) : '',
    ...safety.map((note) => (zh ? `⚠ 安全提示：${note}` : `⚠ Safety: ${note}`)),
    zh ? `（${citation(hit, kit.lang)}）` : `(${citation(hit, kit.lang)})`,
  ].filter(Boolean);
  return { text: lines.join('\n'), id: hit.id };
}
