/**
 * No text a customer is shown tells them to do something only an engineer may do: the steps and
 * safety notes of a fault case, a curated answer, a policy body, in both languages.
 */
import type { KnowledgeEntry } from '../../case-schema';
import type { EntryRule } from '../finding';
import { describeUnsafeAdvice, findUnsafeAdvice } from '../unsafe-advice';

/** Every customer-facing text of an entry with its field path. */
export function adviceTexts(entry: KnowledgeEntry): { field: string; text: string }[] {
  const list = (name: string, l: { zh: string[]; en: string[] }) => (['zh', 'en'] as const).flatMap((lang) => l[lang].map((text, i) => ({ field: `${name}.${lang}.${i}`, text })));
  switch (entry.kind) {
    case 'fault':
      return [...list('steps', entry.steps), ...list('safety', entry.safety)];
    case 'qa':
      return [
        { field: 'answer.zh', text: entry.answer.zh },
        { field: 'answer.en', text: entry.answer.en },
      ];
    case 'policy':
      return [
        { field: 'body.zh', text: entry.body.zh },
        { field: 'body.en', text: entry.body.en },
      ];
  }
}

export const unsafeAdviceRule: EntryRule = {
  rule: 'unsafe-advice',
  check(entry) {
    return adviceTexts(entry).flatMap(({ field, text }) =>
      findUnsafeAdvice(text).map((advice) => ({ severity: 'error' as const, field, text, kind: advice.kind, message: describeUnsafeAdvice(advice) })),
    );
  },
};
