/**
 * "我自己接气管行吗": the installation rule's own sentences about who may connect gas and fixed
 * wiring, said first and alone (the free-installation part of the same entry answers another
 * question). From knowledge/sample/policies.json, `pol-installation-general`.
 */
import type { Lang } from '../phrases';
import type { ToolBox } from '../tools/tool';
import { entryById } from './entry-by-id';
import { citation } from './wording';

const ENTRY = 'pol-installation-general';
const QUERY = { zh: '燃气灶自己接气管可以吗 安装', en: 'can I connect the gas stove myself installation' };
/** The sentences of the rule that say who does the connecting. */
const WHO_CONNECTS = /燃气|气管|接线|线路|资质|电工|\bgas\b|\bwiring\b|\bqualified\b|\belectrician\b/i;

export async function selfInstallAnswer(tools: ToolBox, lang: Lang): Promise<{ id: string; text: string } | undefined> {
  const rule = await entryById(tools, ENTRY, QUERY[lang]);
  if (!rule?.answer) return undefined;
  const sentences = rule.answer.match(lang === 'zh' ? /[^。；]+[。；]?/g : /[^.;]+[.;]?/g) ?? [];
  const lines = sentences.map((s) => s.trim()).filter((s) => WHO_CONNECTS.test(s));
  if (!lines.length) return undefined;
  const body = lines.join(lang === 'zh' ? '' : ' ');
  return { id: rule.id, text: lang === 'zh' ? `${body}\n（${citation(rule, lang)}）` : `${body}\n(${citation(rule, lang)})` };
}
