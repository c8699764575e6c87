/**
 * The sentiment suite on hand-written fixture sets (test/fixtures/sentiment-datasets): every figure
 * is recomputed here from the raw files, so a suite that mixed up splits, counted neutral as right
 * or took its baseline from the test split would disagree.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSentiment } from '../../bot/understanding';
import { inTestSplit } from '../../evals/sentiment/hash-split';
import { sentimentSuite } from '../../evals/sentiment/suite';
import { noProgress, type SuiteResult } from '../../evals/suite';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/sentiment-datasets');
const ZH = 'zh-sentiment-online-shopping-electronics';
const EN = 'en-sentiment-uci-amazon-cells';

function fixtureItems(name: string): { text: string; positive: boolean }[] {
  const lines = fs
    .readFileSync(fs.readdirSync(path.join(FIXTURES, name)).map((f) => path.join(FIXTURES, name, f))[0]!, 'utf8')
    .trim()
    .split('\n');
  if (name === EN) return lines.map((l) => l.split('\t')).map(([text, label]) => ({ text: text!, positive: label === '1' }));
  return lines
    .slice(1)
    .map((l) => l.split(','))
    .map(([, label, text]) => ({ text: text!, positive: label === '1' }));
}

const options = { datasetsDir: FIXTURES, llm: false, ocrLimit: 0, progress: noProgress };
const metric = (result: SuiteResult, key: string) => {
  const m = result.metrics.find((x) => x.key === key);
  if (!m) throw new Error(`no metric ${key}`);
  return m;
};

let result: SuiteResult;
beforeAll(async () => {
  result = await sentimentSuite(options);
});

describe('sentiment suite on fixture sets', () => {
  it('scores the sets it finds and names the ones it does not', () => {
    expect(result.status).toBe('ran');
    expect(result.metrics.map((m) => m.key.split('.')[0])).toEqual([ZH, ZH, ZH, ZH, ZH, EN, EN, EN, EN, EN]);
    expect(result.notes.join(' ')).toMatch(/Not found, not scored: zh-sentiment-chnsenticorp-htl, zh-sentiment-waimai10k/);
    expect(result.gates).toBeUndefined();
  });

  for (const name of [ZH, EN]) {
    it(`${name}: lexicon, majority and naive Bayes on the same hash test split, as recomputed here`, () => {
      const items = fixtureItems(name);
      const test = items.filter((i) => inTestSplit(i.text));
      const train = items.filter((i) => !inTestSplit(i.text));
      expect(test.length).toBeGreaterThan(3);
      const scores = test.map((i) => analyzeSentiment(i.text).score);
      const lexiconRight = test.filter((i, k) => scores[k] !== 0 && scores[k]! > 0 === i.positive).length;
      const decided = scores.filter((s) => s !== 0).length;
      const trainMajorityPositive = train.filter((i) => i.positive).length * 2 >= train.length;
      const majorityRight = test.filter((i) => i.positive === trainMajorityPositive).length;

      const lexicon = metric(result, `${name}.lexiconAccuracy`);
      expect(lexicon).toMatchObject({ n: test.length, value: lexiconRight / test.length, data: 'third-party', headline: true, unit: 'ratio' });
      expect(lexicon.interval!.low).toBeLessThanOrEqual(lexicon.value);
      expect(lexicon.interval!.high).toBeGreaterThanOrEqual(lexicon.value);
      expect(metric(result, `${name}.lexiconCoverage`)).toMatchObject({ n: test.length, value: decided / test.length });
      expect(metric(result, `${name}.lexiconAccuracyWhenDecided`)).toMatchObject({ n: decided, value: lexiconRight / decided });
      const majority = metric(result, `${name}.majority`);
      expect(majority).toMatchObject({ n: test.length, value: majorityRight / test.length, data: 'third-party' });
      const naiveBayes = metric(result, `${name}.naiveBayes`);
      expect(naiveBayes.n).toBe(test.length);
      // The fixture's classes use different words, so a working naive Bayes gets nearly all of it.
      expect(naiveBayes.value).toBeGreaterThanOrEqual(0.75);
      expect(lexicon.baselines).toEqual([
        { label: 'majority class', value: majority.value },
        { label: 'naive Bayes', value: naiveBayes.value },
      ]);
    });
  }

  it('scores with the scorer it is given (neutral counts wrong, coverage shows it)', async () => {
    const silent = await sentimentSuite({ ...options, scorer: () => 0 });
    expect(metric(silent, `${EN}.lexiconAccuracy`).value).toBe(0);
    expect(metric(silent, `${EN}.lexiconCoverage`).value).toBe(0);
    const sunny = await sentimentSuite({ ...options, scorer: () => 1 });
    const test = fixtureItems(EN).filter((i) => inTestSplit(i.text));
    expect(metric(sunny, `${EN}.lexiconAccuracy`).value).toBe(test.filter((i) => i.positive).length / test.length);
  });

  it('is skipped, not failed, when no set is present', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-sentiment-'));
    try {
      const skipped = await sentimentSuite({ ...options, datasetsDir: empty });
      expect(skipped.status).toBe('skipped');
      expect(skipped.metrics).toEqual([]);
    } finally {
      fs.rmSync(empty, { recursive: true });
    }
  });
});
