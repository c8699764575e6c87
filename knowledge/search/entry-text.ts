/**
 * The texts an entry is found by. Vectors are made per phrase (title, each symptom, each question)
 * because a customer describes one symptom, and one long averaged vector would blur it. Keyword
 * fields are weighted: what the customer would say (title, symptoms, codes) over what they would
 * not (causes, repair steps).
 */
import { categoryWords } from '../../kernel/lexicon/product-categories';
import type { KnowledgeEntry } from '../case-schema';

export function vectorTexts(entry: KnowledgeEntry): string[] {
  const names = categoryWords(entry.category);
  const zhPrefix = [names.zh[0], ...entry.brands].filter(Boolean).join(' ');
  const enPrefix = [names.en[0], ...entry.brands].filter(Boolean).join(' ');
  const codes = entry.kind === 'fault' ? entry.errorCodes.join(' ') : '';
  const texts = [`${zhPrefix} ${entry.title.zh} ${codes}`, `${enPrefix} ${entry.title.en} ${codes}`];
  const asks = entry.kind === 'fault' ? entry.symptoms : entry.questions;
  for (const s of asks.zh) texts.push(`${zhPrefix} ${s}`);
  for (const s of asks.en) texts.push(`${enPrefix} ${s}`);
  return texts.map((t) => t.trim());
}

export interface KeywordDocument {
  id: string;
  title: string;
  asks: string;
  codes: string;
  names: string;
  detail: string;
}

export const KEYWORD_FIELDS = ['title', 'asks', 'codes', 'names', 'detail'] as const;

export function keywordDocument(entry: KnowledgeEntry): KeywordDocument {
  const names = categoryWords(entry.category);
  const base = { id: entry.id, title: `${entry.title.zh} ${entry.title.en}`, names: [...names.zh, ...names.en, ...entry.brands].join(' ') };
  switch (entry.kind) {
    case 'fault':
      return {
        ...base,
        asks: [...entry.symptoms.zh, ...entry.symptoms.en].join(' \n '),
        codes: [...entry.errorCodes, ...entry.models].join(' '),
        detail: [...entry.causes.zh, ...entry.causes.en, ...entry.parts].join(' \n '),
      };
    case 'policy':
      return { ...base, asks: [...entry.questions.zh, ...entry.questions.en].join(' \n '), codes: entry.models.join(' '), detail: `${entry.body.zh} \n ${entry.body.en}` };
    case 'qa':
      return { ...base, asks: [...entry.questions.zh, ...entry.questions.en].join(' \n '), codes: entry.models.join(' '), detail: `${entry.answer.zh} \n ${entry.answer.en}` };
  }
}
