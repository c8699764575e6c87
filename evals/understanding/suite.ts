/**
 * The understanding suite: intent, urgency, language and P1 recall on the team's own labelled set
 * (evals/understanding/labelled.jsonl). The same team wrote the rules and the set, so these
 * figures flatter the rules: they are labelled 'own'. The honest intent figure is the
 * third-party Bitext suite; sentiment on third-party sets is the sentiment suite.
 */
import { count, millis, rate, type Metric, type SuiteOptions, type SuiteResult } from '../suite';
import { evaluateLabelledSet } from './labelled-set';

/** How many of `labels` equal the most common one: what always answering that label scores. */
function majorityHits(labels: readonly string[]): { label: string; hits: number } {
  const tally = new Map<string, number>();
  for (const l of labels) tally.set(l, (tally.get(l) ?? 0) + 1);
  const [label, hits] = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['', 0];
  return { label, hits };
}

export async function understandingSuite(options: SuiteOptions): Promise<SuiteResult> {
  const started = performance.now();
  options.progress.total(1);
  const report = evaluateLabelledSet();
  options.progress.tick();
  const { predictions } = report;
  const n = predictions.length;
  const data = 'own' as const;
  const hits = (ok: (p: (typeof predictions)[number]) => boolean) => predictions.filter(ok).length;
  const intentMajority = majorityHits(predictions.map((p) => p.row.intent));
  const urgencyMajority = majorityHits(predictions.map((p) => p.row.urgency));
  const p1 = predictions.filter((p) => p.row.urgency === 'P1');
  const share = (h: number) => (n ? h / n : 0);
  const ownRatio = (key: string, label: string, value: number): Metric => ({ key, label, value, better: 'higher', unit: 'ratio', n, data });
  return {
    name: 'understanding',
    title: 'Understanding (意图/紧急度, our own labelled set)',
    status: 'ran',
    notes: [
      `${n} labelled messages written by the team (evals/understanding/labelled.jsonl), offline rules. Our own data: the rules were written alongside it, so these figures are optimistic; the held-out intent figure is the Bitext suite.`,
      `Baselines: always answering the most common label (intent ${intentMajority.label}, urgency ${urgencyMajority.label}).`,
    ],
    metrics: [
      rate(
        'intentAccuracy',
        'intent accuracy',
        hits((p) => p.row.intent === p.result.intent),
        n,
        { data, baselines: [{ label: `majority class (${intentMajority.label})`, value: share(intentMajority.hits) }] },
      ),
      ownRatio('intentMacroF1', 'intent macro-F1', report.intent.macroF1),
      rate(
        'urgencyAccuracy',
        'urgency accuracy',
        hits((p) => p.row.urgency === p.result.urgency.priority),
        n,
        { data, baselines: [{ label: `majority class (${urgencyMajority.label})`, value: share(urgencyMajority.hits) }] },
      ),
      ownRatio('urgencyMacroF1', 'urgency macro-F1', report.urgency.macroF1),
      rate('p1Recall', 'P1 (safety) recall', p1.filter((p) => p.result.urgency.priority === 'P1').length, p1.length, { data }),
      rate(
        'languageAccuracy',
        'language accuracy',
        hits((p) => p.row.lang === p.result.language),
        n,
        { data },
      ),
      millis('p50Ms', 'p50 ms per message', report.latencyMs.p50),
      count('mistakes', 'mistakes', report.mistakes.length, 'lower'),
    ],
    confusions: [
      { title: 'Intent (gold rows × predicted columns)', matrix: report.intent.confusion },
      { title: 'Urgency (gold rows × predicted columns)', matrix: report.urgency.confusion },
    ],
    latencies: [{ label: 'understanding per message', valuesMs: report.timingsMs }],
    details: report.mistakes.slice(0, 10).map((m) => `${m.id} ${m.field}: want ${m.expected}, got ${m.got} — ${m.text.slice(0, 60)}`),
    ms: performance.now() - started,
  };
}
