/**
 * Third-party sentiment sets in ../shared/datasets (read in place, never copied into the project):
 * each folder's SOURCE.md gives the format. Labels are 1 positive / 0 negative.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { analyzeSentiment } from '../../bot/understanding';

export interface SentimentItem {
  text: string;
  positive: boolean;
}

export interface SentimentDataset {
  name: string;
  load(dir: string): SentimentItem[];
}

function csvLabelReview(file: string): SentimentItem[] {
  // UTF-8 with an optional BOM; columns label,review.
  const rows = parse(fs.readFileSync(file), { bom: true, columns: true, skip_empty_lines: true, relax_quotes: true }) as { label: string; review: string }[];
  return rows.filter((r) => r.review && (r.label === '0' || r.label === '1')).map((r) => ({ text: r.review, positive: r.label === '1' }));
}

export const SENTIMENT_DATASETS: SentimentDataset[] = [
  { name: 'zh-sentiment-chnsenticorp-htl', load: (dir) => csvLabelReview(path.join(dir, 'ChnSentiCorp_htl_all.csv')) },
  { name: 'zh-sentiment-waimai10k', load: (dir) => csvLabelReview(path.join(dir, 'waimai_10k.csv')) },
  {
    name: 'en-sentiment-uci-amazon-cells',
    // One "sentence<TAB>label" per line.
    load: (dir) =>
      fs
        .readFileSync(path.join(dir, 'amazon_cells_labelled.txt'), 'utf8')
        .split('\n')
        .map((line) => /^(.*)\t([01])\s*$/.exec(line))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => ({ text: m[1]!, positive: m[2] === '1' })),
  },
];

export interface SentimentScore {
  name: string;
  size: number;
  /** Neutral predictions (score exactly 0: no cue found) count as wrong. */
  accuracy: number;
  /** Accuracy over the items where the lexicon found anything. */
  accuracyWhenDecided: number;
  coverage: number;
  /** Baseline: always predicting the larger class. */
  majorityBaseline: number;
  ms: number;
}

export function evaluateSentimentDataset(dataset: SentimentDataset, root: string): SentimentScore | undefined {
  const dir = path.join(root, dataset.name);
  if (!fs.existsSync(dir)) return undefined;
  const items = dataset.load(dir);
  const started = performance.now();
  let right = 0;
  let decided = 0;
  let rightDecided = 0;
  for (const item of items) {
    const { score } = analyzeSentiment(item.text);
    if (score === 0) continue;
    decided++;
    if (score > 0 === item.positive) {
      right++;
      rightDecided++;
    }
  }
  const positives = items.filter((i) => i.positive).length;
  return {
    name: dataset.name,
    size: items.length,
    accuracy: right / items.length,
    accuracyWhenDecided: decided ? rightDecided / decided : 0,
    coverage: decided / items.length,
    majorityBaseline: Math.max(positives, items.length - positives) / items.length,
    ms: performance.now() - started,
  };
}
