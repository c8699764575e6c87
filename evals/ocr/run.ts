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
import { fieldCorrect } from '../../ocr/field-accuracy';
import { runOcrEval, type OcrPart } from './evaluate';

const program = new Command('eval:ocr')
  .option('--datasets <dir>', 'folder holding receipts-sroie-subset (default: $AFTERSALES_DATASETS_DIR or ../shared/datasets)')
  .option('--workers <n>', 'OCR workers', (v) => Number(v), Math.min(2, os.cpus().length))
  .option('--limit <n>', 'at most this many SROIE receipts', (v) => Number(v))
  .option('--json <file>', 'also write the figures as JSON')
  .option('--verbose', 'print every miss');
program.parse();
const o = program.opts<{ datasets?: string; workers: number; limit?: number; json?: string; verbose?: boolean }>();
const datasetsDir = path.resolve(o.datasets ?? loadConfig().datasetsDir);

function report(title: string, part: OcrPart) {
  const { rows, table, fields } = part;
  for (const row of rows) if (row.error) console.error(`${row.id}: ${row.error}`);
  console.log(`\n${title}: ${rows.length} receipts, ${(rows.reduce((s, r) => s + r.ms, 0) / rows.length / 1000).toFixed(2)} s each (with ${o.workers} worker(s) in parallel)`);
  for (const name of fields) {
    const f = table.perField[name]!;
    console.log(`  ${name.padEnd(14)} ${(f.accuracy * 100).toFixed(1).padStart(5)}%  (${f.right}/${f.total})`);
  }
  console.log(`  ${'overall'.padEnd(14)} ${(table.overall * 100).toFixed(1).padStart(5)}%`);
  if (o.verbose) {
    for (const row of rows)
      for (const name of fields)
        if (!fieldCorrect(name, row.got[name], row.truth[name])) console.log(`    miss ${row.id} ${name}: got ${JSON.stringify(row.got[name] ?? null)}, truth ${JSON.stringify(row.truth[name])}`);
  }
  return table;
}

const result = await runOcrEval({ datasetsDir, workers: o.workers, limit: o.limit });
const results: Record<string, unknown> = { ranAt: new Date().toISOString() };
results.fixtures = report('Rendered fixtures (zh + en)', result.fixtures);
if (result.sroie) results.sroie = report('SROIE subset (real scanned receipts, en/ms)', result.sroie);
else console.log(`\nSROIE subset: skipped, ${result.sroieSkipped}.`);
if (o.json) fs.writeFileSync(o.json, JSON.stringify(results, null, 2) + '\n');
