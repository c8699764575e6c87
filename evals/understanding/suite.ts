/** The understanding suite: intent and urgency on the labelled set, sentiment on third-party sets. */
import { count, millis, ratio, type Metric, type SuiteOptions, type SuiteResult } from '../suite';
import { evaluateUnderstanding } from './run';

export async function understandingSuite(options: SuiteOptions): Promise<SuiteResult> {
  const started = performance.now();
  options.progress.total(2);
  const { report, sentiment, datasetsDir } = evaluateUnderstanding({ datasetsDir: options.datasetsDir });
  options.progress.tick(2);
  const sentimentMetrics: Metric[] = sentiment.map((s) => ratio(`sentiment.${s.name}`, `sentiment ${s.name}`, s.accuracy));
  return {
    name: 'understanding',
    title: 'Understanding (意图/紧急度/情绪)',
    status: 'ran',
    notes: [
      `${report.size} labelled messages (evals/understanding/labelled.jsonl), offline rules.`,
      sentiment.length
        ? `Sentiment on ${sentiment.length} third-party set(s) in ${datasetsDir}; a neutral verdict counts as wrong.`
        : `Sentiment sets not found in ${datasetsDir}: skipped (set AFTERSALES_DATASETS_DIR or --datasets).`,
    ],
    metrics: [
      ratio('intentAccuracy', 'intent accuracy', report.intent.accuracy),
      ratio('intentMacroF1', 'intent macro-F1', report.intent.macroF1),
      ratio('urgencyAccuracy', 'urgency accuracy', report.urgency.accuracy),
      ratio('urgencyMacroF1', 'urgency macro-F1', report.urgency.macroF1),
      ratio('p1Recall', 'P1 (safety) recall', report.safety.p1Recall),
      ratio('languageAccuracy', 'language accuracy', report.language.accuracy),
      ...sentimentMetrics,
      millis('p50Ms', 'p50 ms per message', report.latencyMs.p50),
      count('mistakes', 'mistakes', report.mistakes.length, 'lower'),
    ],
    confusions: [
      { title: 'Intent (gold rows × predicted columns)', matrix: report.intent.confusion },
      { title: 'Urgency (gold rows × predicted columns)', matrix: report.urgency.confusion },
    ],
    latencies: [{ label: 'understanding per message', valuesMs: report.timingsMs }],
    details: [
      ...sentiment.map((s) => `sentiment ${s.name}: n=${s.size}, accuracy ${(s.accuracy * 100).toFixed(1)}%, when decided ${(s.accuracyWhenDecided * 100).toFixed(1)}%, coverage ${(s.coverage * 100).toFixed(1)}%, majority baseline ${(s.majorityBaseline * 100).toFixed(1)}%`),
      ...report.mistakes.slice(0, 10).map((m) => `${m.id} ${m.field}: want ${m.expected}, got ${m.got} — ${m.text.slice(0, 60)}`),
    ],
    ms: performance.now() - started,
  };
}
