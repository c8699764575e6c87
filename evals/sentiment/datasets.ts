/**
 * The third-party sentiment sets the sentiment suite scores, read in place from the datasets
 * folder (../shared/datasets; never copied into the project). Each folder's SOURCE.md gives the
 * format. Labels are 1 positive / 0 negative. None of these sets ships a train/test split, so
 * each is split by hash-split.ts; a set that ships one gives `splits` and that split is used.
 *
 * These are the scored sets: no lexicon, rule or prompt of the product may take words from them
 * (test/understanding/lexicon-provenance.test.ts scans the lexicons for their domains' words).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

export interface SentimentItem {
  text: string;
  positive: boolean;
}

export interface SentimentDataset {
  /** The folder under the datasets directory. */
  name: string;
  /** What the texts are, for the report. */
  domain: string;
  load(dir: string): SentimentItem[];
  /** The set's own train/test split, when it ships one. */
  splits?(dir: string): { train: SentimentItem[]; test: SentimentItem[] };
}

const csvRow = z.object({ label: z.string(), review: z.string() });

/** UTF-8 CSV with an optional BOM and `label` and `review` columns (other columns ignored). */
function csvLabelReview(file: string): SentimentItem[] {
  const rows = z.array(z.looseObject(csvRow.shape)).parse(parse(fs.readFileSync(file), { bom: true, columns: true, skip_empty_lines: true, relax_quotes: true }));
  return rows
    .map((r) => ({ text: r.review.replace(/\ufeff/g, '').trim(), label: r.label.trim() }))
    .filter((r) => r.text && (r.label === '0' || r.label === '1'))
    .map((r) => ({ text: r.text, positive: r.label === '1' }));
}

/** One "sentence<TAB>label" per line (the UCI format). */
function tabSeparated(file: string): SentimentItem[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => /^(.*)\t([01])\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && m[1]!.trim() !== '')
    .map((m) => ({ text: m[1]!.trim(), positive: m[2] === '1' }));
}

export const SENTIMENT_DATASETS: readonly SentimentDataset[] = [
  {
    name: 'zh-sentiment-online-shopping-electronics',
    domain: 'zh reviews of phones, tablets, computers, water heaters',
    load: (dir) => csvLabelReview(path.join(dir, 'online_shopping_electronics.csv')),
  },
  { name: 'zh-sentiment-chnsenticorp-htl', domain: 'zh hotel reviews', load: (dir) => csvLabelReview(path.join(dir, 'ChnSentiCorp_htl_all.csv')) },
  { name: 'zh-sentiment-waimai10k', domain: 'zh food-delivery reviews', load: (dir) => csvLabelReview(path.join(dir, 'waimai_10k.csv')) },
  { name: 'en-sentiment-uci-amazon-cells', domain: 'en phone and accessory reviews', load: (dir) => tabSeparated(path.join(dir, 'amazon_cells_labelled.txt')) },
];
