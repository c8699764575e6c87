/**
 * A fault case about gas, mains electricity, heating elements, fire or water near power carries a
 * safety note in both languages: the customer reading its steps must also read what not to do.
 */
import type { EntryRule } from '../finding';
import { HAZARD_TOPIC_LABELS, hazardTopics } from '../hazard-topics';

export const safetyNoteRule: EntryRule = {
  rule: 'safety-note',
  check(entry) {
    if (entry.kind !== 'fault') return [];
    const topics = hazardTopics(entry);
    if (!topics.length) return [];
    const about = {
      zh: topics.map((t) => `${HAZARD_TOPIC_LABELS[t.topic].zh}（「${t.evidence}」）`).join('、'),
      en: topics.map((t) => `${HAZARD_TOPIC_LABELS[t.topic].en} ("${t.evidence}")`).join(', '),
    };
    return (['zh', 'en'] as const)
      .filter((lang) => !entry.safety[lang].some((note) => note.trim()))
      .map((lang) => ({
        severity: 'error' as const,
        field: `safety.${lang}`,
        text: about.en,
        kind: topics.map((t) => t.topic).join(','),
        message: {
          zh: `该案例涉及${about.zh}，但没有${lang === 'zh' ? '中文' : '英文'}安全提示`,
          en: `the case is about ${about.en} but has no ${lang === 'zh' ? 'Chinese' : 'English'} safety note`,
        },
      }));
  },
};
