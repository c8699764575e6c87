/**
 * The baseline of the unknown-codes suite: a bot that always answers with the knowledge base's
 * top hit for the customer's words, whatever its score. Its reply is the hit's own text (title,
 * causes, steps, or a policy/curated answer), judged by the same judge. It should decline never
 * and misdiagnose often; if the judge could not tell it from the assistant, its figures would
 * mean nothing.
 */
import type { KnowledgeEntry } from '../../knowledge/case-schema';
import type { KnowledgeBase } from '../../knowledge/knowledge-base';

export function entryAsReply(entry: KnowledgeEntry, lang: 'zh' | 'en'): string {
  const pick = (list: { zh: string[]; en: string[] }) => (list[lang].length ? list[lang] : list[lang === 'zh' ? 'en' : 'zh']);
  switch (entry.kind) {
    case 'fault':
      return [entry.title[lang], ...pick(entry.causes), ...pick(entry.steps).map((s, i) => `${i + 1}. ${s}`)].join('\n');
    case 'policy':
      return `${entry.title[lang]}\n${entry.body[lang]}`;
    case 'qa':
      return entry.answer[lang];
  }
}

/** The top hit for the customer's words as a reply, or undefined when the search returns nothing. */
export async function topHitReply(knowledge: KnowledgeBase, customerText: string, lang: 'zh' | 'en'): Promise<{ id: string; text: string } | undefined> {
  // No threshold: this bot answers with whatever ranks first, however weak.
  const result = await knowledge.search(customerText, { k: 1, minScore: Number.NEGATIVE_INFINITY });
  const top = result.results[0]?.entry;
  return top ? { id: top.id, text: entryAsReply(top, lang) } : undefined;
}
