/**
 * Holds knowledge search to the scores it reaches on evals/kb/questions.jsonl, so retrieval cannot
 * silently regress. Measured when set: hit@1 0.977, hit@5 0.993, MRR 0.984, no-answer precision
 * 0.950 overall (zh 0.909, en 1.000). The floors sit just under those.
 */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate, loadQuestions, openSampleKnowledgeBase } from '../../evals/kb/evaluate';

const FLOORS = { hitAt1: 0.96, hitAt5: 0.98, mrr: 0.97, noAnswerPrecision: 0.9, noAnswerRecall: 0.85 };
const WRONGLY_DECLINED_AT_MOST = { zh: 2, en: 0 };

describe('knowledge search evaluation floor', () => {
  let dir = '';
  afterAll(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps hit@1, hit@5, MRR and no-answer precision at or above the floors, per language', async () => {
    const questions = loadQuestions();
    expect(questions.length).toBeGreaterThanOrEqual(300);
    const zh = questions.filter((q) => q.lang === 'zh').length;
    expect(Math.abs(zh - (questions.length - zh))).toBeLessThan(questions.length * 0.05);
    const opened = await openSampleKnowledgeBase();
    dir = opened.dir;
    const report = await evaluate(opened.kb, questions);
    expect(report.overall.hitAt1).toBeGreaterThanOrEqual(FLOORS.hitAt1);
    expect(report.overall.hitAt5).toBeGreaterThanOrEqual(FLOORS.hitAt5);
    expect(report.overall.mrr).toBeGreaterThanOrEqual(FLOORS.mrr);
    expect(report.overall.noAnswerRecall).toBeGreaterThanOrEqual(FLOORS.noAnswerRecall);
    for (const lang of ['zh', 'en'] as const) {
      const s = report.byLanguage[lang];
      expect(s.hitAt5, `${lang} hit@5`).toBeGreaterThanOrEqual(0.95);
      expect(s.hitAt1, `${lang} hit@1`).toBeGreaterThanOrEqual(0.95);
      expect(s.noAnswerPrecision, `${lang} no-answer precision`).toBeGreaterThanOrEqual(FLOORS.noAnswerPrecision - 0.015);
      // Precision per language moves with the size of its small "none" pool (19 in zh), so the count
      // of answerable questions wrongly declined is held too: 2 in zh (a typo, a paraphrase), 0 in en.
      const wronglyDeclined = report.outcomes.filter((o) => o.question.lang === lang && o.question.expect.length > 0 && o.returned.length === 0);
      expect(wronglyDeclined.length, `${lang} answerable questions declined: ${wronglyDeclined.map((o) => o.question.q).join(' | ')}`).toBeLessThanOrEqual(WRONGLY_DECLINED_AT_MOST[lang]);
    }
  });
});
