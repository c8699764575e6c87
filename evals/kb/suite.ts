/** The retrieval suite: knowledge search on the team's question set, in the shared suite shape. */
import { count, millis, ratio, rate, type SuiteOptions, type SuiteResult } from '../suite';
import { loadQuestions, runKbEval, type EvalOutcome } from './evaluate';

/** Rates with their n: questions written by the team beside the knowledge base, so 'own' data. */
function hitRates(outcomes: EvalOutcome[], suffix = '', label = '') {
  const answerable = outcomes.filter((o) => o.question.expect.length);
  const unanswerable = outcomes.filter((o) => !o.question.expect.length);
  const declined = outcomes.filter((o) => o.returned.length === 0);
  return {
    hitAt1: rate(`hitAt1${suffix}`, `hit@1${label}`, answerable.filter((o) => o.rank === 1).length, answerable.length, { data: 'own' }),
    hitAt5: rate(`hitAt5${suffix}`, `hit@5${label}`, answerable.filter((o) => o.rank !== undefined && o.rank <= 5).length, answerable.length, { data: 'own' }),
    noAnswerPrecision: rate(`noAnswerPrecision${suffix}`, `no-answer precision${label}`, declined.filter((o) => !o.question.expect.length).length, declined.length, { data: 'own' }),
    noAnswerRecall: rate(`noAnswerRecall${suffix}`, `no-answer recall${label}`, unanswerable.filter((o) => o.returned.length === 0).length, unanswerable.length, { data: 'own' }),
  };
}

export async function retrievalSuite(options: SuiteOptions): Promise<SuiteResult> {
  const started = performance.now();
  const questions = loadQuestions();
  options.progress.total(questions.length);
  const report = await runKbEval({ questions, knowledgeDir: options.knowledgeDir, onQuestion: () => options.progress.tick() });
  const o = report.overall;
  const misses = report.outcomes.filter((x) => !x.ok);
  const all = hitRates(report.outcomes);
  return {
    name: 'retrieval',
    title: 'Knowledge retrieval (知识检索)',
    status: 'ran',
    notes: [
      `${o.questions} questions (${o.answerable} answerable) against ${options.knowledgeDir ?? 'the shipped sample knowledge base'}, local embeddings. The questions were written by the team beside the knowledge base, so these figures flatter it: the unknown-codes and customers suites are the harder tests.`,
      ...(report.missingExpectedIds.length
        ? [
            `${report.missingExpectedIds.length} id(s) the questions expect are not in this knowledge base (${report.missingExpectedIds.slice(0, 8).join(', ')}${report.missingExpectedIds.length > 8 ? ', …' : ''}): their questions cannot be hit.`,
          ]
        : []),
    ],
    metrics: [
      all.hitAt1,
      all.hitAt5,
      { ...ratio('mrr', 'MRR', o.mrr), n: o.answerable, data: 'own' },
      all.noAnswerPrecision,
      all.noAnswerRecall,
      hitRates(
        report.outcomes.filter((x) => x.question.lang === 'zh'),
        'Zh',
        ' (zh)',
      ).hitAt1,
      hitRates(
        report.outcomes.filter((x) => x.question.lang === 'en'),
        'En',
        ' (en)',
      ).hitAt1,
      millis('msPerQuestion', 'ms per question', report.msPerQuestion),
      count('misses', 'misses', misses.length, 'lower'),
    ],
    latencies: [{ label: 'search per question', valuesMs: report.outcomes.map((x) => x.ms) }],
    details: misses.slice(0, 15).map((f) => `[${f.question.lang}] ${f.question.q} — expected ${f.question.expect.join(' | ') || 'none'}; got ${f.returned.slice(0, 3).join(', ') || 'none'}`),
    ms: performance.now() - started,
  };
}
