/**
 * CI floors: the offline suites run as `aftersales eval` runs them (OCR is left out for time) and
 * their headline figures must stay at or above these floors. A floor sits a little under what
 * the code measured when it was set (in brackets), so noise passes and a real regression fails.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../app/config';
import type { EvalRun } from '../../evals/reporting/eval-run';
import { runEvals } from '../../evals/run-evals';
import type { Metric, SuiteName, SuiteResult } from '../../evals/suite';

let run: EvalRun;
// Six suites in one run (about a minute on a quiet machine): the hook gets room for a loaded one.
beforeAll(async () => {
  run = await runEvals({ suites: ['retrieval', 'understanding', 'sentiment', 'intent-bitext', 'adversarial', 'tau2-retail'], datasetsDir: loadConfig().datasetsDir });
}, 300_000);

function suite(name: SuiteName): SuiteResult {
  const found = run.suites.find((s) => s.name === name);
  if (!found) throw new Error(`suite ${name} did not run`);
  return found;
}

function metric(name: SuiteName, key: string): Metric {
  const s = suite(name);
  expect(s.status, `${name}: ${s.notes.join(' ')}`).toBe('ran');
  const found = s.metrics.find((m) => m.key === key);
  if (!found) throw new Error(`${name} has no figure ${key}`);
  return found;
}

const figure = (name: SuiteName, key: string): number => metric(name, key).value;

/** Third-party suites skip when ../shared/datasets is absent; say so rather than pass silently. */
function present(name: SuiteName): boolean {
  const s = suite(name);
  if (s.status === 'skipped') console.warn(`${name} floors not checked: ${s.notes.join(' ')}`);
  return s.status !== 'skipped';
}

describe('eval floors (offline)', () => {
  it('retrieval: hit@1, hit@5, MRR, no-answer precision', () => {
    expect(figure('retrieval', 'hitAt1')).toBeGreaterThanOrEqual(0.93); // (0.977)
    expect(figure('retrieval', 'hitAt5')).toBeGreaterThanOrEqual(0.97); // (0.993)
    expect(figure('retrieval', 'mrr')).toBeGreaterThanOrEqual(0.95); // (0.984)
    expect(figure('retrieval', 'noAnswerPrecision')).toBeGreaterThanOrEqual(0.9); // (0.95)
  });

  it('understanding: intent and urgency on the labelled set, P1 recall', () => {
    expect(figure('understanding', 'intentAccuracy')).toBeGreaterThanOrEqual(0.9); // (0.928)
    expect(figure('understanding', 'intentMacroF1')).toBeGreaterThanOrEqual(0.88); // (0.921)
    expect(figure('understanding', 'urgencyAccuracy')).toBeGreaterThanOrEqual(0.87); // (0.904)
    expect(figure('understanding', 'urgencyMacroF1')).toBeGreaterThanOrEqual(0.86); // (0.894)
    expect(figure('understanding', 'p1Recall')).toBeGreaterThanOrEqual(0.93); // (0.958)
    const u = suite('understanding');
    expect(u.confusions?.map((c) => c.matrix.labels.length)).toEqual([8, 4]);
    // Our own labelled set: said so on every figure, and no headline from it.
    expect(u.metrics.filter((m) => m.unit === 'ratio').every((m) => m.data === 'own' && !m.headline)).toBe(true);
    expect(metric('understanding', 'intentAccuracy')).toMatchObject({ n: 335 });
  });

  it('sentiment (third-party sets): the lexicon above its floors, beside baselines from the same run', () => {
    if (!present('sentiment')) return;
    // Measured after the lexicons lost every food, hotel and review-idiom entry (issue 15).
    const floors: Record<string, [lexicon: number, naiveBayes: number]> = {
      'zh-sentiment-online-shopping-electronics': [0.75, 0.88], // (0.781 of 3465; NB 0.911)
      'zh-sentiment-chnsenticorp-htl': [0.76, 0.83], // (0.797 of 1578; NB 0.864)
      'zh-sentiment-waimai10k': [0.6, 0.84], // (0.633 of 2397, under its majority class 0.663; NB 0.874)
      'en-sentiment-uci-amazon-cells': [0.64, 0.75], // (0.700 of 203; NB 0.813)
    };
    for (const [set, [lexiconFloor, naiveBayesFloor]] of Object.entries(floors)) {
      const lexicon = metric('sentiment', `${set}.lexiconAccuracy`);
      expect(lexicon.value, set).toBeGreaterThanOrEqual(lexiconFloor);
      expect(lexicon, set).toMatchObject({ data: 'third-party', headline: true });
      expect(
        lexicon.baselines?.map((b) => b.label),
        set,
      ).toEqual(['majority class', 'naive Bayes']);
      // A broken baseline would flatter the lexicon: it has its own floor.
      expect(figure('sentiment', `${set}.naiveBayes`), set).toBeGreaterThanOrEqual(naiveBayesFloor);
    }
  });

  it('intent on Bitext (third-party English) stays above its floor and its majority baseline', () => {
    if (!present('intent-bitext')) return;
    const accuracy = metric('intent-bitext', 'accuracy');
    expect(accuracy.value).toBeGreaterThanOrEqual(0.42); // (0.472 of 810)
    expect(accuracy).toMatchObject({ n: 810, data: 'third-party', headline: true });
    expect(accuracy.value).toBeGreaterThan(figure('intent-bitext', 'majorityBaseline')); // (0.338: always out_of_scope)
    expect(figure('intent-bitext', 'macroF1')).toBeGreaterThanOrEqual(0.33); // (0.381)
  });

  it('adversarial: the offline brain withstands every attack and answers every turn; the LLM run reaches its scripted model', () => {
    expect(figure('adversarial', 'offline.judgeViolations')).toBe(0);
    expect(figure('adversarial', 'offline.deskViolations')).toBe(0);
    expect(figure('adversarial', 'offline.turnsAnswered')).toBe(1);
    expect(suite('adversarial').gates?.filter((g) => !g.passed)).toEqual([]);
    expect(suite('adversarial').details?.filter((d) => d.startsWith('offline '))).toEqual([]);
    expect(figure('adversarial', 'llm.modelRequests')).toBeGreaterThan(0);
  });

  it('τ²-retail tools conformance: every task replays, its gates hold, and nothing in it is a headline', () => {
    if (!present('tau2-retail')) return;
    const tau2 = suite('tau2-retail');
    expect(figure('tau2-retail', 'tasksReplayed')).toBe(114);
    expect(figure('tau2-retail', 'deterministic')).toBe(1);
    expect(figure('tau2-retail', 'stateAsExpected')).toBe(1);
    expect(figure('tau2-retail', 'goldWritesAccepted')).toBeGreaterThanOrEqual(0.98); // (0.989: 174 of 176; τ² itself refuses the other 2)
    expect(tau2.gates?.map((g) => [g.label, g.passed, g.detail])).toEqual(tau2.gates?.map((g) => [g.label, true, g.detail]));
    expect(tau2.gates).toHaveLength(3);
    // A conformance check is not an agent score: no headline, and the data is labelled third-party.
    expect(tau2.title).toMatch(/conformance/);
    expect(tau2.metrics.filter((m) => m.headline)).toEqual([]);
    expect(tau2.metrics.filter((m) => m.unit === 'ratio').every((m) => m.data === 'third-party' && m.n && m.interval)).toBe(true);
    expect(tau2.notes.join(' ')).toMatch(/Product pipeline on τ² tasks: skipped/);
  });
});
