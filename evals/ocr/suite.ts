/** The OCR suite: receipt field accuracy on the fixtures and a slice of SROIE (the slow suite). */
import os from 'node:os';
import { count, ratio, type Metric, type SuiteOptions, type SuiteResult } from '../suite';
import { runOcrEval, type OcrPart } from './evaluate';

export async function ocrSuite(options: SuiteOptions & { skipSroie?: boolean }): Promise<SuiteResult> {
  const started = performance.now();
  const result = await runOcrEval({
    datasetsDir: options.datasetsDir,
    workers: Math.min(2, os.cpus().length),
    limit: options.ocrLimit,
    skipSroie: options.skipSroie,
    onTotal: (n) => options.progress.total(n),
    onReceipt: () => options.progress.tick(),
  });
  const fields = (prefix: string, part: OcrPart): Metric[] => part.fields.map((f) => ratio(`${prefix}.${f}`, `${prefix} ${f}`, part.table.perField[f]!.accuracy));
  const failures = [...result.fixtures.rows, ...(result.sroie?.rows ?? [])].filter((r) => r.error);
  return {
    name: 'ocr',
    title: 'Receipt OCR (发票识别)',
    status: 'ran',
    notes: [
      `${result.fixtures.rows.length} rendered fixture receipts (zh + en), tesseract.js offline, ${result.workers} worker(s).`,
      result.sroie
        ? `SROIE subset: ${result.sroie.rows.length} real scanned receipts (--ocr-limit ${options.ocrLimit}; the whole subset is 44).`
        : `SROIE subset skipped: ${result.sroieSkipped}.`,
    ],
    metrics: [
      ratio('fixturesOverall', 'fixtures overall field accuracy', result.fixtures.table.overall),
      ...(result.sroie ? [ratio('sroieOverall', 'SROIE overall field accuracy', result.sroie.table.overall)] : []),
      ...fields('fixtures', result.fixtures),
      ...(result.sroie ? fields('sroie', result.sroie) : []),
      count('readErrors', 'receipts that failed to read', failures.length, 'lower'),
    ],
    latencies: [
      { label: 'fixture receipt read', valuesMs: result.fixtures.rows.map((r) => r.ms) },
      ...(result.sroie ? [{ label: 'SROIE receipt read', valuesMs: result.sroie.rows.map((r) => r.ms) }] : []),
    ],
    details: failures.map((r) => `${r.id}: ${r.error}`),
    ms: performance.now() - started,
  };
}
