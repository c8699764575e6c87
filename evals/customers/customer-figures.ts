/**
 * The customers suite's figures from its verdicts: the pass rate overall (the headline) and per
 * language, each with n, its Wilson interval and the baselines it is read against; one count per
 * failure kind; turn latency. Kept apart from the replay so the arithmetic is tested on its own.
 */
import { percentile } from '../metrics';
import { count, millis, rate, type Baseline, type Metric } from '../suite';
import type { CustomerVerdict } from './customer-verdict';
import { FAILURE_KINDS, type FailureKind } from './failure-kinds';

export interface PublishedFigure {
  label: string;
  passed: number;
  of: number;
}

const passedOf = (list: CustomerVerdict[]) => list.filter((v) => v.passed).length;

export function failureCounts(verdicts: CustomerVerdict[]): Record<FailureKind, number> {
  const counts = Object.fromEntries(Object.keys(FAILURE_KINDS).map((k) => [k, 0])) as Record<FailureKind, number>;
  for (const v of verdicts) for (const f of [...v.failures, ...v.problems]) counts[f.kind] += 1;
  return counts;
}

export function customerFigures(verdicts: CustomerVerdict[], trivial: CustomerVerdict[], published?: PublishedFigure): Metric[] {
  const trivialRate = (lang?: 'zh' | 'en'): Baseline => {
    const list = lang ? trivial.filter((v) => v.customer.lang === lang) : trivial;
    return { label: 'trivial agent: hands to a person at once, says nothing (same run)', value: list.length ? passedOf(list) / list.length : 0 };
  };
  const byLang = (lang: 'zh' | 'en') => verdicts.filter((v) => v.customer.lang === lang);
  const overallBaselines = [trivialRate(), ...(published ? [{ label: published.label, value: published.passed / published.of }] : [])];
  const counts = failureCounts(verdicts);
  const turnMs = verdicts.flatMap((v) => v.run.turns.map((t) => t.ms));
  return [
    rate('passRate', 'customers passed', passedOf(verdicts), verdicts.length, { data: 'own', headline: true, baselines: overallBaselines }),
    rate('passRateZh', 'customers passed (zh)', passedOf(byLang('zh')), byLang('zh').length, { data: 'own', baselines: [trivialRate('zh')] }),
    rate('passRateEn', 'customers passed (en)', passedOf(byLang('en')), byLang('en').length, { data: 'own', baselines: [trivialRate('en')] }),
    ...(Object.entries(FAILURE_KINDS) as [FailureKind, (typeof FAILURE_KINDS)[FailureKind]][]).map(([kind, k]) => ({
      ...count(k.key, k.label, counts[kind], 'lower'),
      n: verdicts.length,
      data: 'own' as const,
    })),
    millis('turnP50Ms', 'turn p50 ms (HTTP round trip)', percentile(turnMs, 50)),
    millis('turnP95Ms', 'turn p95 ms (HTTP round trip)', percentile(turnMs, 95)),
  ];
}
