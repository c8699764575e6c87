/**
 * `npm run eval:ocr [-- --datasets DIR] [--json FILE]`: receipt field accuracy.
 *
 * 1. The team's rendered fixtures (test/fixtures/receipts), every field.
 * 2. The SROIE subset (real scanned Malaysian receipts; date, total, merchant), read in place
 *    from $AFTERSALES_DATASETS_DIR/receipts-sroie-subset (default ../shared/datasets). It is
 *    research data that must not be redistributed, so it is never copied into the project;
 *    when the folder is absent that part is skipped with a message.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../../app/config';
import { readReceipt } from '../../ocr/read-receipt';
import { fieldCorrect, scoreAll, valuesOf, type FieldValues, type ScoredField } from '../../ocr/field-accuracy';
import { parseDate } from '../../ocr/fields/date';
import { TesseractReceiptReader } from '../../ocr/tesseract-receipt-reader';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/receipts');

const program = new Command('eval:ocr')
  .option('--datasets <dir>', 'folder holding receipts-sroie-subset (default: $AFTERSALES_DATASETS_DIR or ../shared/datasets)')
  .option('--workers <n>', 'OCR workers', (v) => Number(v), Math.min(2, os.cpus().length))
  .option('--limit <n>', 'at most this many SROIE receipts', (v) => Number(v))
  .option('--json <file>', 'also write the figures as JSON')
  .option('--verbose', 'print every miss');
program.parse();
const o = program.opts<{ datasets?: string; workers: number; limit?: number; json?: string; verbose?: boolean }>();
const datasetsDir = path.resolve(o.datasets ?? loadConfig().datasetsDir);

const langDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-ocr-'));
const reader = new TesseractReceiptReader({ languageFolder: langDir, workers: o.workers, imageTimeoutMs: 60_000, limits: { maxBytes: 16e6, maxPixels: 40e6 } });

interface Row {
  id: string;
  got: FieldValues;
  truth: FieldValues;
  ms: number;
}

async function evaluate(items: { id: string; file: string; truth: FieldValues }[]): Promise<Row[]> {
  const rows: Row[] = [];
  let next = 0;
  // As many images in flight as there are workers, so the pool is kept busy.
  await Promise.all(
    Array.from({ length: o.workers }, async () => {
      while (next < items.length) {
        const item = items[next++]!;
        const started = performance.now();
        try {
          const reading = await readReceipt(reader, fs.readFileSync(item.file));
          rows.push({ id: item.id, got: valuesOf(reading.fields), truth: item.truth, ms: performance.now() - started });
        } catch (error) {
          console.error(`${item.id}: ${(error as Error).message}`);
          rows.push({ id: item.id, got: {}, truth: item.truth, ms: performance.now() - started });
        }
      }
    }),
  );
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}

function report(title: string, rows: Row[], fields: ScoredField[]) {
  const table = scoreAll(rows, fields);
  console.log(`\n${title}: ${rows.length} receipts, ${(rows.reduce((s, r) => s + r.ms, 0) / rows.length / 1000).toFixed(2)} s each (with ${o.workers} worker(s) in parallel)`);
  for (const name of fields) {
    const f = table.perField[name]!;
    console.log(`  ${name.padEnd(14)} ${(f.accuracy * 100).toFixed(1).padStart(5)}%  (${f.right}/${f.total})`);
  }
  console.log(`  ${'overall'.padEnd(14)} ${(table.overall * 100).toFixed(1).padStart(5)}%`);
  if (o.verbose) {
    for (const row of rows) for (const name of fields) if (!fieldCorrect(name, row.got[name], row.truth[name])) console.log(`    miss ${row.id} ${name}: got ${JSON.stringify(row.got[name] ?? null)}, truth ${JSON.stringify(row.truth[name])}`);
  }
  return table;
}

const results: Record<string, unknown> = { ranAt: new Date().toISOString() };
try {
  const truth = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'truth.json'), 'utf8')) as Record<string, FieldValues>;
  const fixtureRows = await evaluate(Object.entries(truth).map(([file, t]) => ({ id: file, file: path.join(FIXTURES, file), truth: t })));
  results.fixtures = report('Rendered fixtures (zh + en)', fixtureRows, ['purchaseDate', 'merchant', 'total', 'currency', 'product', 'model', 'serial', 'invoiceNumber']);

  const sroie = path.join(datasetsDir, 'receipts-sroie-subset');
  if (!fs.existsSync(path.join(sroie, 'labels.jsonl'))) {
    console.log(`\nSROIE subset: skipped, ${sroie} is not there (set AFTERSALES_DATASETS_DIR or --datasets).`);
  } else {
    const labels = fs
      .readFileSync(path.join(sroie, 'labels.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; image: string; company: string; date: string; total: string })
      .slice(0, o.limit);
    const items = labels.map((l) => ({
      id: l.id,
      file: path.join(sroie, l.image),
      // SROIE dates are printed day-first except where the day is > 12 in second place; the
      // labels keep the printed form, so they are parsed the same way our reader parses them.
      truth: { purchaseDate: parseDate(l.date, 'dmy')?.iso ?? l.date, total: l.total, merchant: l.company } as FieldValues,
    }));
    const rows = await evaluate(items);
    results.sroie = report('SROIE subset (real scanned receipts, en/ms)', rows, ['purchaseDate', 'total', 'merchant']);
  }
  if (o.json) fs.writeFileSync(o.json, JSON.stringify(results, null, 2) + '\n');
} finally {
  await reader.close();
  fs.rmSync(langDir, { recursive: true, force: true });
}
