/**
 * Our intent rules on third-party English data: the Bitext customer-service test split (810
 * utterances), each gold intent mapped to ours by mapping.ts. Read in place from the datasets
 * folder; skipped with a note when it is absent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { understand } from '../../bot/understanding';
import { INTENTS } from '../../bot/understanding/types';
import { confusionMatrix, macroF1, perClassMetrics } from '../metrics';
import { count, rate, ratio, skipped, type SuiteOptions, type SuiteResult } from '../suite';
import { mapBitextIntent } from './mapping';

export const BITEXT_FOLDER = 'en-intent-bitext-customer-service';
const TITLE = 'Intent on Bitext (English, third-party)';
/** The rules read relative dates against a day; Bitext has none, any fixed day keeps runs equal. */
const TODAY = '2026-07-20';

export interface BitextRow {
  utterance: string;
  intent: string;
}

export function loadBitextSplit(datasetsDir: string, split: 'train' | 'dev' | 'test' = 'test'): BitextRow[] {
  const file = path.join(datasetsDir, BITEXT_FOLDER, `${split}.csv`);
  return parse<BitextRow>(fs.readFileSync(file), { bom: true, columns: true, skip_empty_lines: true }).filter((r) => r.utterance && r.intent);
}

/** The most common of our intents among the mapped gold labels of `rows` (ties: alphabetical). */
export function majorityIntent(rows: readonly BitextRow[]): string {
  const tally = new Map<string, number>();
  for (const r of rows) {
    const ours = mapBitextIntent(r.intent);
    if (ours) tally.set(ours, (tally.get(ours) ?? 0) + 1);
  }
  const best = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (!best) throw new Error('Bitext train split has no mapped intent');
  return best[0];
}

export async function intentBitextSuite(options: SuiteOptions): Promise<SuiteResult> {
  const started = performance.now();
  const file = path.join(options.datasetsDir, BITEXT_FOLDER, 'test.csv');
  if (!fs.existsSync(file)) return skipped('intent-bitext', TITLE, `${file} not found (set AFTERSALES_DATASETS_DIR or --datasets).`);
  const rows = loadBitextSplit(options.datasetsDir);
  const unmapped = [...new Set(rows.map((r) => r.intent).filter((i) => !mapBitextIntent(i)))];
  if (unmapped.length) throw new Error(`Bitext intents missing from evals/intent-bitext/mapping.ts: ${unmapped.join(', ')}`);
  // The baseline: always answer the most common of our intents in the train split (mapped as the
  // gold labels are), scored on the same test rows.
  const trainFile = path.join(options.datasetsDir, BITEXT_FOLDER, 'train.csv');
  const majority = fs.existsSync(trainFile) ? majorityIntent(loadBitextSplit(options.datasetsDir, 'train')) : undefined;
  options.progress.total(rows.length);
  const gold: string[] = [];
  const predicted: string[] = [];
  const timings: number[] = [];
  const perSource = new Map<string, { right: number; total: number }>();
  for (const row of rows) {
    const t0 = performance.now();
    const got = understand(row.utterance, { today: TODAY }).intent;
    timings.push(performance.now() - t0);
    const want = mapBitextIntent(row.intent)!;
    gold.push(want);
    predicted.push(got);
    const tally = perSource.get(row.intent) ?? { right: 0, total: 0 };
    tally.total++;
    if (got === want) tally.right++;
    perSource.set(row.intent, tally);
    options.progress.tick();
  }
  // Only the labels that occur on either side, so the matrix is not padded with empty rows.
  const labels = INTENTS.filter((l) => gold.includes(l) || predicted.includes(l));
  const goldLabels = INTENTS.filter((l) => gold.includes(l));
  const classes = perClassMetrics(gold, predicted, goldLabels);
  const right = gold.filter((g, i) => g === predicted[i]).length;
  const majorityRight = majority ? gold.filter((g) => g === majority).length : undefined;
  const baselines = majorityRight === undefined ? [] : [{ label: `majority class of the train split (${majority})`, value: majorityRight / gold.length }];
  return {
    name: 'intent-bitext',
    title: TITLE,
    status: 'ran',
    notes: [
      `${rows.length} utterances of the Bitext test split (third-party, never used to write the rules); 27 intents mapped to ours by evals/intent-bitext/mapping.ts. Macro-F1 over the ${goldLabels.length} of our intents that occur in the gold labels.`,
      majority
        ? `Baseline: always answering ${majority}, the most common mapped intent of the train split, scores ${majorityRight}/${gold.length} on the test split.`
        : `No train split at ${trainFile}: no majority-class baseline.`,
    ],
    metrics: [
      rate('accuracy', 'intent accuracy (held-out, third-party)', right, gold.length, { data: 'third-party', baselines, headline: true }),
      { ...ratio('macroF1', 'macro-F1', macroF1(gold, predicted, goldLabels)), n: gold.length, data: 'third-party' },
      ...(majorityRight === undefined ? [] : [rate('majorityBaseline', `majority class (${majority})`, majorityRight, gold.length, { data: 'third-party' })]),
      ...classes.map((c) => ({ ...ratio(`f1.${c.label}`, `F1 ${c.label}`, c.f1), n: c.support, data: 'third-party' as const })),
      count('utterances', 'utterances', rows.length),
    ],
    confusions: [{ title: 'Bitext intent, mapped (gold rows × predicted columns)', matrix: confusionMatrix(gold, predicted, labels) }],
    latencies: [{ label: 'understanding per utterance', valuesMs: timings }],
    details: [...perSource.entries()]
      .sort((a, b) => a[1].right / a[1].total - b[1].right / b[1].total)
      .map(([intent, t]) => `${intent} → ${mapBitextIntent(intent)}: ${t.right}/${t.total} (${((t.right / t.total) * 100).toFixed(0)}%)`),
    ms: performance.now() - started,
  };
}
