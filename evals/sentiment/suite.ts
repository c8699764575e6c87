/**
 * The sentiment suite: the product's lexicon scorer on each third-party sentiment set, beside the
 * majority class and naive Bayes computed in the same run on the same test split. It only
 * measures (no gate): the floors live in test/evals/floors.test.ts.
 */
import path from 'node:path';
import { rate, skipped, type Metric, type SuiteOptions, type SuiteResult } from '../suite';
import { SENTIMENT_DATASETS, type SentimentDataset } from './datasets';
import { TEST_PERCENT } from './hash-split';
import { lexiconScorer, scoreSentimentDataset, type SentimentDatasetScore, type SentimentScorer } from './score-dataset';

const TITLE = 'Sentiment (情绪, third-party sets)';
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function sentimentMetrics(s: SentimentDatasetScore): Metric[] {
  const n = s.testSize;
  const data = 'third-party' as const;
  const majority = rate(`${s.name}.majority`, `${s.name} majority class (${s.majorityLabel})`, s.majorityRight, n, { data });
  const naiveBayes = rate(`${s.name}.naiveBayes`, `${s.name} naive Bayes (trained on its train split)`, s.naiveBayesRight, n, { data });
  const baselines = [
    { label: 'majority class', value: majority.value },
    { label: 'naive Bayes', value: naiveBayes.value },
  ];
  return [
    rate(`${s.name}.lexiconAccuracy`, `${s.name} lexicon accuracy (neutral counts wrong)`, s.lexiconRight, n, { data, baselines, headline: true }),
    rate(`${s.name}.lexiconCoverage`, `${s.name} lexicon coverage (gave a verdict)`, s.lexiconDecided, n, { data }),
    rate(`${s.name}.lexiconAccuracyWhenDecided`, `${s.name} lexicon accuracy when it gave a verdict`, s.lexiconRight, s.lexiconDecided, { data }),
    majority,
    naiveBayes,
  ];
}

export function sentimentDetail(s: SentimentDatasetScore): string {
  const of = (hits: number, n: number) => `${pct(hits / (n || 1))} (${hits}/${n})`;
  return (
    `${s.name} [${s.domain}; ${s.split} split, train ${s.trainSize}, test ${s.testSize}]: lexicon ${of(s.lexiconRight, s.testSize)}, ` +
    `coverage ${of(s.lexiconDecided, s.testSize)}, when decided ${of(s.lexiconRight, s.lexiconDecided)}; ` +
    `majority (${s.majorityLabel}) ${of(s.majorityRight, s.testSize)}; naive Bayes ${of(s.naiveBayesRight, s.testSize)}`
  );
}

export async function sentimentSuite(options: SuiteOptions & { datasets?: readonly SentimentDataset[]; scorer?: SentimentScorer }): Promise<SuiteResult> {
  const started = performance.now();
  const datasets = options.datasets ?? SENTIMENT_DATASETS;
  options.progress.total(datasets.length);
  const scores: SentimentDatasetScore[] = [];
  const missing: string[] = [];
  for (const dataset of datasets) {
    const score = scoreSentimentDataset(dataset, options.datasetsDir, options.scorer ?? lexiconScorer);
    if (score) scores.push(score);
    else missing.push(dataset.name);
    options.progress.tick();
  }
  if (!scores.length) return skipped('sentiment', TITLE, `No sentiment set found in ${options.datasetsDir} (set AFTERSALES_DATASETS_DIR or --datasets).`);
  return {
    name: 'sentiment',
    title: TITLE,
    status: 'ran',
    notes: [
      `${scores.length} third-party set(s) read in place from ${path.resolve(options.datasetsDir)}.`,
      `Sets without a split of their own are split ${100 - TEST_PERCENT}/${TEST_PERCENT} by a SHA-256 hash of the text (evals/sentiment/hash-split.ts); lexicon, majority class and naive Bayes are all scored on the same test split.`,
      'Lexicon accuracy counts a neutral verdict (no cue found) as wrong; coverage is the share it gave any verdict on.',
      "The majority class and naive Bayes are learnt from each set's train split; they are baselines in evals/ only and never ship.",
      ...(missing.length ? [`Not found, not scored: ${missing.join(', ')}.`] : []),
    ],
    metrics: scores.flatMap(sentimentMetrics),
    details: scores.map(sentimentDetail),
    ms: performance.now() - started,
  };
}
