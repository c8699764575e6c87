/**
 * A repair asked for with a code the knowledge base knows ("电饭煲显示E3，要报修"): the code's case
 * often has a quick thing to try (a reset, a lid sensor wiped dry) that makes the visit unneeded, so
 * its steps are given briefly before the booking form goes on, not instead of it: the customer asked
 * for a repair, and the form still comes next. Nothing is said for a code the base does not hold
 * for that brand (never another code's steps), for a case already given in this conversation, or
 * when danger was told (danger comes first, and its advice is not mixed with self-help).
 */
import type { KnowledgeHit } from '../../knowledge-search';
import { screenKnowledgeLines } from '../knowledge-screen';
import { lineFitsEnergy } from '../../understanding/energy-source';
import { brandName, categoryName, citation } from '../wording';
import { caseFits } from './fault-flow';
import type { FlowKit } from './flow';

const BOOK_STEP = /^[^，,。；;]{0,12}(?:请报修|请预约维修|联系售后)$|^[^,;.]{0,30}\bbook a repair\b[.]?$/i;

export async function codeStepsFirst(kit: FlowKit): Promise<void> {
  const { errorCode: code, category, brand, model } = kit.facts;
  if (!code || kit.frame.opened || kit.frame.caseId || kit.frame.ticketType === 'warranty_claim' || kit.turn.understanding.safety) return;
  const zh = kit.lang === 'zh';
  const query = `${brandName(brand, kit.lang)}${zh ? '' : ' '}${categoryName(category, kit.lang)} ${code}`.trim();
  const result = await kit.tools.call('searchKnowledge', { query, category, brand });
  const hits = result.ok ? (result.result as { hits: KnowledgeHit[] }).hits : [];
  const hit = hits.find((h) => h.kind === 'fault' && h.errorCodes?.length && caseFits(h, { category, errorCode: code, brand, model }, kit.energy));
  if (!hit || kit.rejectedCases?.includes(hit.id) || kit.saidBefore(hit.title)) return;
  // (The case's last "still showing: book a repair" is what the form does next: not said twice.)
  const steps = screenKnowledgeLines(hit.steps).filter((line) => lineFitsEnergy(line, kit.energy) && !BOOK_STEP.test(line));
  if (!steps.length) return;
  const lines = [zh ? `${code}一般是「${hit.title}」。登记报修前，可以先试试：` : `${code} usually means "${hit.title}". Before the booking, a few quick things to try:`];
  steps.forEach((step, i) => lines.push(`${i + 1}. ${step}`));
  for (const note of screenKnowledgeLines(hit.safety)) lines.push((zh ? '⚠ 安全提示：' : '⚠ Safety: ') + note);
  lines.push(zh ? `（${citation(hit, 'zh')}）` : `(${citation(hit, 'en')})`);
  lines.push(zh ? '如果还是不行，我接着帮您登记报修：' : `If it still shows ${code}, the booking goes on:`);
  kit.say(lines.join('\n'));
  kit.cite(hit.id);
  kit.frame.caseId = hit.id;
  kit.frame.caseTitle = hit.title;
  kit.frame.selfHelpGiven = true;
}
