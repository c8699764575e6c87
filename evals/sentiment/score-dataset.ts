/**
 * One sentiment set scored three ways on the same test split: the product's lexicon scorer,
 * the majority class of the train split, and naive Bayes trained on the train split. The two
 * baselines say what the lexicon figure is worth: a lexicon that loses to "always say the larger
 * class" or to a ten-line word counter trained on the domain has not learnt the domain.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyzeSentiment } from '../../bot/understanding';
import type { SentimentDataset, SentimentItem } from './datasets';
import { hashSplit } from './hash-split';
import { trainNaiveBayes } from './naive-bayes';
import { sentimentTokens } from './tokens';

/** How a text is scored: the sign of a score in [-1, 1], 0 meaning no verdict. */
export type SentimentScorer = (text: string) => number;

export const lexiconScorer: SentimentScorer = (text) => analyzeSentiment(text).score;

export interface SentimentDatasetScore {
  name: string;
  domain: string;
  /** 'shipped' when the set has its own split, otherwise the hash split of hash-split.ts. */
  split: 'shipped' | 'hash-80-20';
  trainSize: number;
  /** The n of every figure below; accuracy when decided is lexiconRight of lexiconDecided. */
  testSize: number;
  testPositives: number;
  /** Lexicon verdicts that match the gold label; a neutral verdict (score 0) counts as wrong. */
  lexiconRight: number;
  /** Test items on which the lexicon gave any verdict (coverage). */
  lexiconDecided: number;
  /** The train split's larger class, and how many test items carry it. */
  majorityLabel: 'positive' | 'negative';
  majorityRight: number;
  naiveBayesRight: number;
  ms: { lexicon: number; naiveBayes: number };
}

export function splitDataset(dataset: SentimentDataset, dir: string): { train: SentimentItem[]; test: SentimentItem[]; split: SentimentDatasetScore['split'] } {
  if (dataset.splits) return { ...dataset.splits(dir), split: 'shipped' };
  return { ...hashSplit(dataset.load(dir)), split: 'hash-80-20' };
}

/** Undefined when the set's folder is absent. */
export function scoreSentimentDataset(dataset: SentimentDataset, root: string, scorer: SentimentScorer = lexiconScorer): SentimentDatasetScore | undefined {
  const dir = path.join(root, dataset.name);
  if (!fs.existsSync(dir)) return undefined;
  const { train, test, split } = splitDataset(dataset, dir);
  if (!train.length || !test.length) throw new Error(`${dataset.name}: empty ${train.length ? 'test' : 'train'} split`);

  let t0 = performance.now();
  let lexiconRight = 0;
  let lexiconDecided = 0;
  for (const item of test) {
    const score = scorer(item.text);
    if (score === 0) continue;
    lexiconDecided++;
    if (score > 0 === item.positive) lexiconRight++;
  }
  const lexiconMs = performance.now() - t0;

  const trainPositives = train.filter((i) => i.positive).length;
  const majorityPositive = trainPositives * 2 >= train.length;
  const testPositives = test.filter((i) => i.positive).length;

  t0 = performance.now();
  const label = (i: SentimentItem) => (i.positive ? 'positive' : 'negative');
  const model = trainNaiveBayes(train.map((i) => ({ tokens: sentimentTokens(i.text), label: label(i) })));
  const naiveBayesRight = test.filter((i) => model.predict(sentimentTokens(i.text)) === label(i)).length;

  return {
    name: dataset.name,
    domain: dataset.domain,
    split,
    trainSize: train.length,
    testSize: test.length,
    testPositives,
    lexiconRight,
    lexiconDecided,
    majorityLabel: majorityPositive ? 'positive' : 'negative',
    majorityRight: majorityPositive ? testPositives : test.length - testPositives,
    naiveBayesRight,
    ms: { lexicon: lexiconMs, naiveBayes: performance.now() - t0 },
  };
}
