/** The small statistics every figure of the report uses, defined once. */

/** Nearest-rank percentile (p in 0..100) of the values; undefined for none. Nearest rank is a value that happened. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** The median as the 50th nearest-rank percentile (the lower middle of an even count). */
export function median(values: readonly number[]): number | undefined {
  return percentile(values, 50);
}

/** A share with its parts, so a reader sees n behind every percentage. */
export interface Share {
  count: number;
  of: number;
  /** count / of, or undefined when there is nothing to divide by. */
  rate?: number;
}

export function share(count: number, of: number): Share {
  return of > 0 ? { count, of, rate: count / of } : { count, of };
}

export interface Spread {
  n: number;
  medianMs?: number;
  p90Ms?: number;
}

export function spread(values: readonly number[]): Spread {
  return { n: values.length, medianMs: median(values), p90Ms: percentile(values, 90) };
}
