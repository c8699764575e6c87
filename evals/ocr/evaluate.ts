/**
 * Receipt field accuracy as one call: the team's rendered fixtures (test/fixtures/receipts) and,
 * when present, the SROIE subset read in place from the datasets folder (research data that must
 * not be redistributed, so it is never copied into the project). Shared by `npm run eval:ocr`
 * and the OCR suite of `aftersales eval`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readReceipt } from '../../ocr/read-receipt';
import { scoreAll, valuesOf, type AccuracyTable, type FieldValues, type ScoredField } from '../../ocr/field-accuracy';
import { parseDate } from '../../ocr/fields/date';
import { TesseractReceiptReader } from '../../ocr/tesseract-receipt-reader';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures/receipts');
export const FIXTURE_FIELDS: ScoredField[] = ['purchaseDate', 'merchant', 'total', 'currency', 'product', 'model', 'serial', 'invoiceNumber'];
export const SROIE_FIELDS: ScoredField[] = ['purchaseDate', 'total', 'merchant'];

export interface OcrRow {
  id: string;
  got: FieldValues;
  truth: FieldValues;
  ms: number;
  error?: string;
}

export interface OcrPart {
  rows: OcrRow[];
  table: AccuracyTable;
  fields: ScoredField[];
}

export interface OcrEvalOptions {
  datasetsDir: string;
  workers: number;
  /** At most this many SROIE receipts (undefined: all). */
  limit?: number;
  /** Leave SROIE out entirely. */
  skipSroie?: boolean;
  /** Told the number of receipts once known, then once per receipt read. */
  onTotal?: (n: number) => void;
  onReceipt?: () => void;
}

export interface OcrEvalResult {
  fixtures: OcrPart;
  sroie?: OcrPart;
  /** Why SROIE was not scored, when it was not. */
  sroieSkipped?: string;
  workers: number;
}

interface Item {
  id: string;
  file: string;
  truth: FieldValues;
}

function fixtureItems(): Item[] {
  const truth = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'truth.json'), 'utf8')) as Record<string, FieldValues>;
  return Object.entries(truth).map(([file, t]) => ({ id: file, file: path.join(FIXTURES, file), truth: t }));
}

function sroieItems(dir: string, limit?: number): Item[] {
  return fs
    .readFileSync(path.join(dir, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; image: string; company: string; date: string; total: string })
    .slice(0, limit)
    .map((l) => ({
      id: l.id,
      file: path.join(dir, l.image),
      // SROIE dates are printed day-first except where the day is > 12 in second place; the
      // labels keep the printed form, so they are parsed the same way our reader parses them.
      truth: { purchaseDate: parseDate(l.date, 'dmy')?.iso ?? l.date, total: l.total, merchant: l.company },
    }));
}

export async function runOcrEval(options: OcrEvalOptions): Promise<OcrEvalResult> {
  const sroieDir = path.join(options.datasetsDir, 'receipts-sroie-subset');
  const haveSroie = !options.skipSroie && fs.existsSync(path.join(sroieDir, 'labels.jsonl'));
  const fixtures = fixtureItems();
  const sroie = haveSroie ? sroieItems(sroieDir, options.limit) : [];
  options.onTotal?.(fixtures.length + sroie.length);

  const langDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-ocr-'));
  const reader = new TesseractReceiptReader({ languageFolder: langDir, workers: options.workers, imageTimeoutMs: 60_000, limits: { maxBytes: 16e6, maxPixels: 40e6 } });
  const read = async (items: Item[]): Promise<OcrRow[]> => {
    const rows: OcrRow[] = [];
    let next = 0;
    // As many images in flight as there are workers, so the pool is kept busy.
    await Promise.all(
      Array.from({ length: options.workers }, async () => {
        while (next < items.length) {
          const item = items[next++]!;
          const started = performance.now();
          try {
            const reading = await readReceipt(reader, fs.readFileSync(item.file));
            rows.push({ id: item.id, got: valuesOf(reading.fields), truth: item.truth, ms: performance.now() - started });
          } catch (error) {
            rows.push({ id: item.id, got: {}, truth: item.truth, ms: performance.now() - started, error: (error as Error).message });
          }
          options.onReceipt?.();
        }
      }),
    );
    return rows.sort((a, b) => a.id.localeCompare(b.id));
  };
  try {
    const fixtureRows = await read(fixtures);
    const result: OcrEvalResult = { fixtures: { rows: fixtureRows, table: scoreAll(fixtureRows, FIXTURE_FIELDS), fields: FIXTURE_FIELDS }, workers: options.workers };
    if (haveSroie) {
      const rows = await read(sroie);
      result.sroie = { rows, table: scoreAll(rows, SROIE_FIELDS), fields: SROIE_FIELDS };
    } else {
      result.sroieSkipped = options.skipSroie ? 'left out by request' : `${sroieDir} is not there (set AFTERSALES_DATASETS_DIR or --datasets)`;
    }
    return result;
  } finally {
    await reader.close();
    fs.rmSync(langDir, { recursive: true, force: true });
  }
}
