/** The eval metrics against examples computed by hand. */
import { describe, expect, it } from 'vitest';
import { bootstrapInterval, confusionMatrix, hitAtK, macroF1, mrr, passHatK, percentile, perClassMetrics, wilsonInterval } from '../../evals/metrics';
import { rate } from '../../evals/suite';
import { compareRuns } from '../../evals/reporting/compare';
import type { EvalRun } from '../../evals/reporting/eval-run';

// Five queries: first right answer at rank 1, 3, none, 2, 6.
const ranks = [1, 3, undefined, 2, 6];

describe('ranking metrics', () => {
  it('hit@k counts queries answered within the first k', () => {
    expect(hitAtK(ranks, 1)).toBe(1 / 5);
    expect(hitAtK(ranks, 3)).toBe(3 / 5);
    expect(hitAtK(ranks, 5)).toBe(3 / 5);
    expect(hitAtK(ranks, 10)).toBe(4 / 5);
    expect(hitAtK([], 5)).toBe(0);
  });

  it('MRR averages 1/rank with a miss as 0', () => {
    // (1 + 1/3 + 0 + 1/2 + 1/6) / 5 = 2 / 5
    expect(mrr(ranks)).toBeCloseTo(0.4, 12);
    expect(mrr([undefined, undefined])).toBe(0);
  });
});

describe('classification metrics', () => {
  // gold:  x x x y y z ; predicted: x y x y x z
  const gold = ['x', 'x', 'x', 'y', 'y', 'z'];
  const pred = ['x', 'y', 'x', 'y', 'x', 'z'];

  it('F1 per class and macro-F1', () => {
    const [x, y, z] = perClassMetrics(gold, pred);
    // x: tp 2, predicted 3, gold 3 -> p = r = f1 = 2/3
    expect(x!.f1).toBeCloseTo(2 / 3);
    // y: tp 1, predicted 2, gold 2 -> p = r = f1 = 1/2
    expect(y!.precision).toBeCloseTo(1 / 2);
    expect(y!.f1).toBeCloseTo(1 / 2);
    // z: perfect
    expect(z!.f1).toBe(1);
    expect(macroF1(gold, pred)).toBeCloseTo((2 / 3 + 1 / 2 + 1) / 3);
  });

  it('a class that is never predicted has F1 0, and an extra label counts in the macro average', () => {
    expect(macroF1(['a', 'b'], ['a', 'a'])).toBeCloseTo((2 / 3 + 0) / 2);
    expect(macroF1(['a'], ['a'], ['a', 'b'])).toBe(0.5);
  });

  it('confusion matrix in a given label order', () => {
    expect(confusionMatrix(gold, pred, ['z', 'y', 'x']).matrix).toEqual([
      [1, 0, 0],
      [0, 1, 1],
      [0, 1, 2],
    ]);
  });
});

describe('pass^k', () => {
  it('pass^1 is the success rate over all trials of all tasks', () => {
    expect(
      passHatK(
        [
          { trials: 1, passed: 1 },
          { trials: 1, passed: 0 },
          { trials: 1, passed: 1 },
          { trials: 1, passed: 1 },
        ],
        1,
      ),
    ).toBe(3 / 4);
  });

  it('pass^k is C(c,k)/C(n,k) averaged over tasks', () => {
    // Task A: 4 trials, 3 passed -> pass^2 = C(3,2)/C(4,2) = 3/6; task B: 4 of 4 -> 1; task C: 1 of 4 -> 0.
    expect(
      passHatK(
        [
          { trials: 4, passed: 3 },
          { trials: 4, passed: 4 },
          { trials: 4, passed: 1 },
        ],
        2,
      ),
    ).toBeCloseTo((0.5 + 1 + 0) / 3);
    // pass^4 of A: C(3,4) = 0.
    expect(passHatK([{ trials: 4, passed: 3 }], 4)).toBe(0);
    expect(passHatK([{ trials: 4, passed: 3 }], 1)).toBe(3 / 4);
  });

  it('refuses impossible inputs', () => {
    expect(() => passHatK([{ trials: 1, passed: 1 }], 2)).toThrow(/at least 2 trials/);
    expect(() => passHatK([{ trials: 2, passed: 3 }], 1)).toThrow(RangeError);
    expect(passHatK([], 1)).toBe(0);
  });
});

describe('intervals', () => {
  // Reference values computed independently (the closed form of the Wilson score interval).
  it('gives the Wilson 95% interval, honest at 0%, 100% and small n', () => {
    const close = (got: { low: number; high: number }, low: number, high: number) => {
      expect(got.low).toBeCloseTo(low, 4);
      expect(got.high).toBeCloseTo(high, 4);
    };
    close(wilsonInterval(0, 10), 0, 0.2775);
    close(wilsonInterval(10, 10), 0.7225, 1);
    close(wilsonInterval(5, 10), 0.2366, 0.7634);
    close(wilsonInterval(12, 60), 0.1183, 0.3178);
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
  });

  it('builds a rate with its n and interval', () => {
    const m = rate('pass', 'pass rate', 12, 60, { data: 'own', baselines: [{ label: 'shipped', value: 0.2 }] });
    expect(m.value).toBeCloseTo(0.2, 10);
    expect(m.n).toBe(60);
    expect(m.interval!.low).toBeCloseTo(0.1183, 4);
    expect(m.data).toBe('own');
  });

  it('bootstraps whole items: repeatable, around the mean, wider for fewer items', () => {
    const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const items = Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? 0 : 1));
    const a = bootstrapInterval(items, mean);
    expect(bootstrapInterval(items, mean)).toEqual(a);
    expect(a.low).toBeLessThan(0.75);
    expect(a.high).toBeGreaterThan(0.75);
    const few = bootstrapInterval(items.slice(0, 8), mean);
    expect(few.high - few.low).toBeGreaterThan(a.high - a.low);
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 100)).toBe(10);
    expect(percentile([], 50)).toBe(0);
  });
});

describe('comparing two runs', () => {
  const run = (values: Record<string, number>): EvalRun => ({
    version: 1,
    ranAt: '2026-01-01T00:00:00Z',
    durationMs: 1,
    options: { suites: ['retrieval'], llm: false, datasetsDir: '', ocrLimit: 0 },
    machine: { node: 'v20', cores: 2, platform: 'linux' },
    suites: [
      {
        name: 'retrieval',
        title: 'r',
        status: 'ran',
        notes: [],
        ms: 1,
        metrics: Object.entries(values).map(([key, value]) => ({ key, label: key, value, better: key === 'ms' ? 'lower' : 'higher', unit: key === 'ms' ? 'ms' : 'ratio' })),
      },
    ],
  });

  it('says which way each figure moved, by its direction', () => {
    const c = compareRuns(run({ hitAt1: 0.9, mrr: 0.8, ms: 10, gone: 1 }), run({ hitAt1: 0.95, mrr: 0.8002, ms: 14, fresh: 1 }));
    const by = Object.fromEntries(c.changes.map((x) => [x.key, x]));
    expect(by.hitAt1).toMatchObject({ verdict: 'improved' });
    expect(by.hitAt1!.delta).toBeCloseTo(0.05);
    expect(by.mrr).toMatchObject({ verdict: 'unchanged' });
    expect(by.ms).toMatchObject({ verdict: 'regressed', delta: 4 });
    // Timing noise within a quarter is no change.
    expect(compareRuns(run({ ms: 10 }), run({ ms: 12 })).changes[0]).toMatchObject({ verdict: 'unchanged' });
    expect(c.added).toEqual(['retrieval.fresh']);
    expect(c.removed).toEqual(['retrieval.gone']);
  });
});
