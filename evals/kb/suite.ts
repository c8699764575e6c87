/** The retrieval suite: knowledge search on the team's question set, in the shared suite shape. */
import { count, millis, ratio, type SuiteOptions, type SuiteResult } from '../suite';
import { loadQuestions, runKbEval } from './evaluate';

export async function retrievalSuite(options: SuiteOptions): Promise<SuiteResult> {
  const started = performance.now();
  const questions = loadQuestions();
  options.progress.total(questions.length);
  const report = await runKbEval({ questions, knowledgeDir: options.knowledgeDir, onQuestion: () => options.progress.tick() });
  const o = report.overall;
  const misses = report.outcomes.filter((x) => !x.ok);
  return {
    name: 'retrieval',
    title: 'Knowledge retrieval (知识检索)',
    status: 'ran',
    notes: [
      `${o.questions} questions (${o.answerable} answerable) against ${options.knowledgeDir ?? 'the shipped sample knowledge base'}, local embeddings.`,
      ...(report.missingExpectedIds.length
        ? [`${report.missingExpectedIds.length} id(s) the questions expect are not in this knowledge base (${report.missingExpectedIds.slice(0, 8).join(', ')}${report.missingExpectedIds.length > 8 ? ', …' : ''}): their questions cannot be hit.`]
        : []),
    ],
    metrics: [
      ratio('hitAt1', 'hit@1', o.hitAt1),
      ratio('hitAt5', 'hit@5', o.hitAt5),
      ratio('mrr', 'MRR', o.mrr),
      ratio('noAnswerPrecision', 'no-answer precision', o.noAnswerPrecision),
      ratio('noAnswerRecall', 'no-answer recall', o.noAnswerRecall),
      ratio('hitAt1Zh', 'hit@1 (zh)', report.byLanguage.zh.hitAt1),
      ratio('hitAt1En', 'hit@1 (en)', report.byLanguage.en.hitAt1),
      millis('msPerQuestion', 'ms per question', report.msPerQuestion),
      count('misses', 'misses', misses.length, 'lower'),
    ],
    latencies: [{ label: 'search per question', valuesMs: report.outcomes.map((x) => x.ms) }],
    details: misses.slice(0, 15).map((f) => `[${f.question.lang}] ${f.question.q} — expected ${f.question.expect.join(' | ') || 'none'}; got ${f.returned.slice(0, 3).join(', ') || 'none'}`),
    ms: performance.now() - started,
  };
}
