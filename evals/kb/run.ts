/**
 * `npm run eval:kb [-- --failures] [-- --json] [-- --knowledge DIR]`: knowledge search scored on
 * evals/kb/questions.jsonl against the shipped sample knowledge base (or DIR), per language.
 */
import { loadQuestions, runKbEval, type LanguageScores } from './evaluate';

const TARGETS = { hitAt5: 0.95, hitAt1: 0.8, noAnswerPrecision: 0.9 };

{
  const questions = loadQuestions();
  const at = process.argv.indexOf('--knowledge');
  const knowledgeDir = at > 0 ? process.argv[at + 1] : undefined;
  const report = await runKbEval({ questions, knowledgeDir });
  if (report.missingExpectedIds.length) console.error(`note: ${report.missingExpectedIds.length} expected id(s) are not in this knowledge base: ${report.missingExpectedIds.join(', ')}`);
  const msPerQuestion = report.msPerQuestion;
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ overall: report.overall, byLanguage: report.byLanguage, msPerQuestion }, null, 2));
  } else {
    const row = (name: string, s: LanguageScores) =>
      `${name.padEnd(8)} ${String(s.questions).padStart(5)} ${String(s.answerable).padStart(6)} ${s.hitAt1.toFixed(3).padStart(6)} ${s.hitAt5.toFixed(3).padStart(6)} ${s.mrr.toFixed(3).padStart(6)} ${s.noAnswerPrecision.toFixed(3).padStart(9)} ${s.noAnswerRecall.toFixed(3).padStart(9)}`;
    console.log(`knowledge search on ${questions.length} questions (${msPerQuestion.toFixed(1)} ms per question)\n`);
    console.log('language     qs  answ.  hit@1  hit@5    MRR  none-prec  none-rec');
    console.log(row('zh', report.byLanguage.zh));
    console.log(row('en', report.byLanguage.en));
    console.log(row('all', report.overall));
    const o = report.overall;
    const met = o.hitAt5 >= TARGETS.hitAt5 && o.hitAt1 >= TARGETS.hitAt1 && o.noAnswerPrecision >= TARGETS.noAnswerPrecision;
    console.log(`\ntargets: hit@5 >= ${TARGETS.hitAt5}, hit@1 >= ${TARGETS.hitAt1}, no-answer precision >= ${TARGETS.noAnswerPrecision} -> ${met ? 'met' : 'NOT met'}`);
    if (process.argv.includes('--failures')) {
      console.log('\nmisses:');
      for (const f of report.outcomes.filter((x) => !x.ok)) {
        console.log(
          `  [${f.question.lang}/${f.question.type}] ${f.question.q}\n      expected ${f.question.expect.join(' | ') || 'none'}; got ${f.returned.slice(0, 3).join(', ') || 'none'}${f.rank ? ` (rank ${f.rank})` : ''}`,
        );
      }
    }
  }
}
