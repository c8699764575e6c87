/**
 * "那要是压缩机坏了要自己掏钱吗", "so if it's the motor, do I pay?" right after the warranty verdict
 * said the whole unit is out but a main part's cover still runs (or has ended too): a question about
 * that part's cover, answered from the computed periods (part-warranty.ts), not read as a new fault
 * to describe. Free if that part is the fault, the engineer confirms which part failed.
 */
import { firstCategory } from '../../kernel/lexicon/product-categories';
import { componentNamedIn, mainPartsOf } from '../../warranty/policy';
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import type { Facts } from './engine-state';
import { partWarrantyAnswer } from './part-warranty';

/** Supposing, asking, or paying: "要是…", "…呢", "掏钱", "what if", "do I pay". */
const ASKS_ABOUT_IT =
  /如果|要是|万一|假如|假设|是不是|[吗嘛呢][\s。!！~]*$|[?？]|掏钱|出钱|付钱|花钱|自费|自己出|要钱|收费|免费|保修|保吗|管不管|包不包|\b(?:if|what if|what about|suppose|would|will|do|does|is|pay|paid|cost|charge\w*|free|covered|cover)\b/i;

/** The answer about the named main part, or undefined when the message names none or asks nothing about it. */
export async function partAfterVerdict(asker: { tools: ToolBox; facts: Facts; lang: Lang }, text: string): Promise<string | undefined> {
  const category = asker.facts.category ?? firstCategory(text);
  const component = componentNamedIn(text);
  if (!category || !component || component === 'whole_unit' || !mainPartsOf(category).includes(component)) return undefined;
  if (!ASKS_ABOUT_IT.test(text)) return undefined;
  const cover = await partWarrantyAnswer({ ...asker, facts: { ...asker.facts, category } }, text, { warrantyAsked: true, asksDate: false });
  if (!cover) return undefined;
  const offer = asker.lang === 'zh' ? '需要的话我帮您预约工程师上门检测。' : 'If you like, I can book an engineer to check which part it is.';
  return `${cover}\n${offer}`;
}
