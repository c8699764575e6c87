import { describe, expect, it } from 'vitest';
import { accuracy, confusionMatrix, formatConfusionMatrix, macroF1, perClassMetrics } from '../../evals/metrics';

// Hand-computed example: 8 items, 3 classes.
const gold = ['a', 'a', 'a', 'b', 'b', 'c', 'c', 'c'];
const pred = ['a', 'a', 'b', 'b', 'c', 'c', 'c', 'a'];

describe('metrics', () => {
  it('accuracy counts exact matches', () => {
    expect(accuracy(gold, pred)).toBe(5 / 8);
    expect(accuracy([], [])).toBe(0);
    expect(() => accuracy(['a'], [])).toThrow(RangeError);
  });
  it('confusion matrix has gold rows and predicted columns', () => {
    expect(confusionMatrix(gold, pred)).toEqual({
      labels: ['a', 'b', 'c'],
      matrix: [
        [2, 1, 0],
        [0, 1, 1],
        [1, 0, 2],
      ],
    });
  });
  it('per-class precision, recall and F1', () => {
    const [a, b, c] = perClassMetrics(gold, pred);
    // a: tp 2, predicted 3, gold 3 -> p 2/3, r 2/3, f1 2/3
    expect(a).toMatchObject({ label: 'a', support: 3 });
    expect(a!.precision).toBeCloseTo(2 / 3);
    expect(a!.recall).toBeCloseTo(2 / 3);
    expect(a!.f1).toBeCloseTo(2 / 3);
    // b: tp 1, predicted 2, gold 2 -> 0.5 / 0.5 / 0.5
    expect(b!.f1).toBeCloseTo(0.5);
    // c: tp 2, predicted 3, gold 3 -> 2/3
    expect(c!.precision).toBeCloseTo(2 / 3);
    expect(c!.f1).toBeCloseTo(2 / 3);
  });
  it('macro-F1 is the unweighted mean of class F1s', () => {
    expect(macroF1(gold, pred)).toBeCloseTo((2 / 3 + 0.5 + 2 / 3) / 3);
  });
  it('counts a class never predicted (or never in gold) as F1 0 when labels are given', () => {
    const classes = perClassMetrics(['a', 'b'], ['a', 'a'], ['a', 'b', 'z']);
    expect(classes.map((c) => c.f1)).toEqual([2 / 3, 0, 0]);
    expect(macroF1(['a', 'b'], ['a', 'a'], ['a', 'b'])).toBeCloseTo(1 / 3);
  });
  it('renders a readable matrix', () => {
    const text = formatConfusionMatrix(confusionMatrix(gold, pred));
    expect(text.split('\n')).toHaveLength(4);
    expect(text).toMatch(/^a\s+2\s+1\s+\.$/m);
  });
});
