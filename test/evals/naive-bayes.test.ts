import { describe, expect, it } from 'vitest';
import { hashSplit, inTestSplit } from '../../evals/sentiment/hash-split';
import { trainNaiveBayes } from '../../evals/sentiment/naive-bayes';
import { sentimentTokens } from '../../evals/sentiment/tokens';

// A corpus small enough to check by hand: each class has its own words, and "fridge" is shared.
const corpus = [
  { tokens: ['fridge', 'works', 'great'], label: 'pos' },
  { tokens: ['great', 'service', 'thanks'], label: 'pos' },
  { tokens: ['quiet', 'fridge', 'great'], label: 'pos' },
  { tokens: ['fridge', 'broken', 'again'], label: 'neg' },
  { tokens: ['broken', 'door', 'leaking'], label: 'neg' },
] as const;

describe('multinomial naive Bayes', () => {
  const model = trainNaiveBayes(corpus.map((d) => ({ tokens: [...d.tokens], label: d.label })));

  it('classifies by the words each class used', () => {
    expect(model.predict(['great'])).toBe('pos');
    expect(model.predict(['broken'])).toBe('neg');
    expect(model.predict(['leaking', 'fridge'])).toBe('neg');
    expect(model.predict(['thanks', 'fridge', 'quiet'])).toBe('pos');
  });

  it('falls back to the prior (the larger class) on words it never saw', () => {
    expect(model.predict(['unseen', 'words'])).toBe('pos');
    expect(model.predict([])).toBe('pos');
  });

  it('scores by hand-computable Laplace-smoothed log probabilities', () => {
    // pos: 9 tokens, neg: 6 tokens, vocabulary 10 words. P(great|pos) = (3+1)/(9+10), P(great|neg) = 1/(6+10).
    const scores = model.logScores(['great']);
    expect(scores.get('pos')).toBeCloseTo(Math.log(3 / 5) + Math.log(4 / 19), 10);
    expect(scores.get('neg')).toBeCloseTo(Math.log(2 / 5) + Math.log(1 / 16), 10);
  });

  it('refuses an empty training set', () => {
    expect(() => trainNaiveBayes([])).toThrow(RangeError);
  });

  it('tokenises Chinese with jieba and English into lower-case words', () => {
    expect(sentimentTokens('The fridge is GREAT, isn’t it')).toEqual(['the', 'fridge', 'is', 'great', "isn't", 'it']);
    const zh = sentimentTokens('洗衣机不排水');
    expect(zh).toContain('洗衣机');
    expect(zh.join('')).toContain('排水');
  });
});

describe('hash split', () => {
  const items = Array.from({ length: 2000 }, (_, i) => ({ text: `message number ${i}`, i }));

  it('is deterministic and does not depend on the order of the items', () => {
    const a = hashSplit(items);
    const b = hashSplit([...items].reverse());
    expect(a.test.map((x) => x.i).sort((x, y) => x - y)).toEqual(b.test.map((x) => x.i).sort((x, y) => x - y));
    expect(hashSplit(items)).toEqual(a);
  });

  it('is disjoint, covers every item and puts about a fifth in the test split', () => {
    const { train, test } = hashSplit(items);
    const trainIds = new Set(train.map((x) => x.i));
    expect(test.filter((x) => trainIds.has(x.i))).toEqual([]);
    expect(train.length + test.length).toBe(items.length);
    expect(test.length / items.length).toBeGreaterThan(0.17);
    expect(test.length / items.length).toBeLessThan(0.23);
  });

  it('sends copies of one text to the same side', () => {
    const { train, test } = hashSplit([...items, ...items]);
    const testTexts = new Set(test.map((x) => x.text));
    expect(train.filter((x) => testTexts.has(x.text))).toEqual([]);
    expect(inTestSplit('message number 7')).toBe(test.some((x) => x.text === 'message number 7'));
  });
});
