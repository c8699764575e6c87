/**
 * The self-checks of the fault on the table, when the customer asks what they can check themselves
 * ("anything I can check first, like a filter?"): the case's own steps again, or, when none was
 * given yet, the case found for the symptom they told. Never a made-up check: with no case, nothing.
 */
import type { KnowledgeHit } from '../knowledge-search';
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import { findCase } from './case-follow-up';
import type { Facts } from './engine-state';
import { citation } from './wording';

const SAFETY: Record<Lang, string> = { zh: '⚠ 安全提示：', en: '⚠ Safety: ' };

async function caseForSymptom(tools: ToolBox, facts: Facts): Promise<KnowledgeHit | undefined> {
  if (!facts.symptom) return undefined;
  const result = await tools.call('searchKnowledge', { query: facts.symptom.slice(0, 500), category: facts.category });
  const hits = result.ok ? (result.result as { hits: KnowledgeHit[] }).hits : [];
  return hits.find((h) => h.kind === 'fault' && h.confident && h.steps?.length && (!facts.category || h.category === facts.category));
}

/** The checks the customer can do, with the case's safety notes and citation; undefined when no case holds them. */
export async function selfChecksAnswer(tools: ToolBox, facts: Facts, caseId: string | undefined, lang: Lang): Promise<{ id: string; text: string } | undefined> {
  const query = [facts.errorCode, facts.symptom].filter(Boolean).join(' ');
  const hit = (caseId ? await findCase(tools, caseId, query, facts.category) : undefined) ?? (await caseForSymptom(tools, facts));
  const steps = hit?.steps?.filter((s) => !/报修|送修|book a repair|book an? (?:engineer|visit)/i.test(s));
  if (!hit || !steps?.length) return undefined;
  const zh = lang === 'zh';
  const lines = [zh ? '这些是您自己可以先查的（不用拆机）：' : 'Here is what you can check yourself (nothing that needs the casing opened):'];
  steps.forEach((step, i) => lines.push(`${i + 1}. ${step}`));
  for (const note of hit.safety ?? []) lines.push(SAFETY[lang] + note);
  lines.push(zh ? `（${citation(hit, lang)}）` : `(${citation(hit, lang)})`);
  lines.push(zh ? '查过还是不行的话，告诉我，我帮您安排检修。' : "If it's still the same after these, tell me and I'll arrange a repair.");
  return { id: hit.id, text: lines.join('\n') };
}
