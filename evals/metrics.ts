/**
 * Classification metrics shared by every eval suite: accuracy, per-class precision/recall/F1,
 * macro-F1 and a confusion matrix. Conventions follow scikit-learn: the label set is the union
 * of gold and predicted labels unless given; a class never predicted has precision 0 (and one
 * never in the gold set recall 0), and F1 is 0 when precision and recall are both 0.
 */
export interface ClassMetrics {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  /** How many gold items carry this label. */
  support: number;
}

export interface ConfusionMatrix {
  labels: string[];
  /** matrix[g][p]: items whose gold label is labels[g] and predicted label labels[p]. */
  matrix: number[][];
}

function checkLengths(gold: readonly unknown[], predicted: readonly unknown[]): void {
  if (gold.length !== predicted.length) throw new RangeError(`gold has ${gold.length} items but predicted has ${predicted.length}`);
}

function labelSet(gold: readonly string[], predicted: readonly string[], labels?: readonly string[]): string[] {
  return labels ? [...labels] : [...new Set([...gold, ...predicted])].sort();
}

export function accuracy(gold: readonly string[], predicted: readonly string[]): number {
  checkLengths(gold, predicted);
  if (gold.length === 0) return 0;
  let right = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) right++;
  return right / gold.length;
}

export function confusionMatrix(gold: readonly string[], predicted: readonly string[], labels?: readonly string[]): ConfusionMatrix {
  checkLengths(gold, predicted);
  const all = labelSet(gold, predicted, labels);
  const index = new Map(all.map((l, i) => [l, i]));
  const matrix = all.map(() => all.map(() => 0));
  for (let i = 0; i < gold.length; i++) {
    const g = index.get(gold[i]!);
    const p = index.get(predicted[i]!);
    if (g !== undefined && p !== undefined) matrix[g]![p]!++;
  }
  return { labels: all, matrix };
}

export function perClassMetrics(gold: readonly string[], predicted: readonly string[], labels?: readonly string[]): ClassMetrics[] {
  const { labels: all, matrix } = confusionMatrix(gold, predicted, labels);
  return all.map((label, k) => {
    const tp = matrix[k]![k]!;
    const support = matrix[k]!.reduce((a, b) => a + b, 0);
    const predictedCount = matrix.reduce((a, row) => a + row[k]!, 0);
    const precision = predictedCount ? tp / predictedCount : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support };
  });
}

export function macroF1(gold: readonly string[], predicted: readonly string[], labels?: readonly string[]): number {
  const classes = perClassMetrics(gold, predicted, labels);
  return classes.length ? classes.reduce((a, c) => a + c.f1, 0) / classes.length : 0;
}

/** A fixed-width text rendering: gold labels down the side, predictions across the top. */
export function formatConfusionMatrix({ labels, matrix }: ConfusionMatrix, abbreviate = (l: string) => l): string {
  const heads = labels.map(abbreviate);
  const side = Math.max(9, ...labels.map((l) => l.length));
  const width = Math.max(4, ...heads.map((h) => h.length)) + 1;
  const lines = [`${'gold \\ pred'.padEnd(side)} ${heads.map((h) => h.padStart(width)).join('')}`];
  labels.forEach((label, g) => lines.push(`${label.padEnd(side)} ${matrix[g]!.map((n) => String(n || '.').padStart(width)).join('')}`));
  return lines.join('\n');
}

export function formatClassTable(classes: ClassMetrics[]): string {
  const side = Math.max(5, ...classes.map((c) => c.label.length));
  const pct = (x: number) => (x * 100).toFixed(1).padStart(7);
  return [
    `${'class'.padEnd(side)}  precision  recall     f1  support`,
    ...classes.map((c) => `${c.label.padEnd(side)}  ${pct(c.precision)}  ${pct(c.recall)} ${pct(c.f1)}  ${String(c.support).padStart(7)}`),
  ].join('\n');
}

/**
 * Ranking metrics. `ranks` holds, per query, the 1-based rank of the first right answer, or
 * undefined when none was returned; queries without any right answer are left out by the caller.
 */
export function hitAtK(ranks: readonly (number | undefined)[], k: number): number {
  if (!ranks.length) return 0;
  return ranks.filter((r) => r !== undefined && r <= k).length / ranks.length;
}

/** Mean reciprocal rank: a miss counts 0. */
export function mrr(ranks: readonly (number | undefined)[]): number {
  if (!ranks.length) return 0;
  return ranks.reduce<number>((sum, r) => sum + (r ? 1 / r : 0), 0) / ranks.length;
}

/** Binomial coefficient, exact for the small n of agent trials. */
function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return c;
}

/**
 * pass^k as τ-bench defines it: for each task with n trials of which c passed, the chance that k
 * trials drawn without replacement all pass, C(c, k) / C(n, k), averaged over tasks. pass^1 is
 * the plain success rate; higher k rewards an agent that is reliably right, not sometimes right.
 */
export function passHatK(trials: readonly { trials: number; passed: number }[], k: number): number {
  if (!trials.length) return 0;
  let sum = 0;
  for (const t of trials) {
    if (t.passed > t.trials || t.passed < 0) throw new RangeError(`passed ${t.passed} of ${t.trials} trials`);
    if (t.trials < k) throw new RangeError(`pass^${k} needs at least ${k} trials per task, a task has ${t.trials}`);
    sum += choose(t.passed, k) / choose(t.trials, k);
  }
  return sum / trials.length;
}

/** Nearest-rank percentile of unsorted values (0 for none). */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson score interval for a binomial rate (95% by default). Unlike the normal approximation it
 * stays inside 0-1 and is honest at small n and at 0% or 100%: 10 of 10 is 72-100%, not 100±0.
 */
export function wilsonInterval(successes: number, n: number, z = 1.959963984540054): Interval {
  if (n <= 0) return { low: 0, high: 1 };
  if (successes < 0 || successes > n) throw new RangeError(`${successes} successes of ${n}`);
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** A small seeded generator (mulberry32), so a bootstrap gives the same interval on every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Percentile bootstrap 95% interval of a statistic over items resampled with replacement. Used
 * where the scored units are not independent (the fields of one receipt succeed or fail together),
 * so resampling whole items gives an honest spread where a Wilson interval over fields would not.
 */
export function bootstrapInterval<T>(items: readonly T[], statistic: (sample: readonly T[]) => number, rounds = 2000, seed = 20261205): Interval {
  if (!items.length) return { low: 0, high: 1 };
  const random = seededRandom(seed);
  const values: number[] = [];
  const sample: T[] = new Array(items.length);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < items.length; i++) sample[i] = items[Math.floor(random() * items.length)]!;
    values.push(statistic(sample));
  }
  values.sort((a, b) => a - b);
  return { low: values[Math.floor(0.025 * (rounds - 1))]!, high: values[Math.ceil(0.975 * (rounds - 1))]! };
}
