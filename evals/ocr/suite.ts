/**
 * The OCR suite: receipt field accuracy on the team's rendered fixtures and on every SROIE receipt
 * (the slow suite). The two are reported apart: the fixtures are our own renderings of clean
 * receipts, SROIE is real scanned paper from a third party. A handful of SROIE receipts swings the
 * figure by about ±30 points, so all 44 are read by default and every figure carries its n and a
 * 95% interval: Wilson per field, and a bootstrap over receipts for the pooled figure (the fields
 * of one receipt are read right or wrong together, so they are not independent trials).
 */
import os from 'node:os';
import { fieldCorrect, type ScoredField } from '../../ocr/field-accuracy';
import { bootstrapInterval } from '../metrics';
import { count, rate, type DataSource, type Metric, type SuiteOptions, type SuiteResult } from '../suite';
import { runOcrEval, type OcrPart, type OcrRow } from './evaluate';

/** Per receipt: how many of its scored fields were read right, of how many. */
function fieldsRight(row: OcrRow, fields: readonly ScoredField[]): { right: number; total: number } {
  let right = 0;
  let total = 0;
  for (const f of fields) {
    if (!(f in row.truth)) continue;
    total++;
    if (fieldCorrect(f, row.got[f], row.truth[f])) right++;
  }
  return { right, total };
}

function partMetrics(prefix: string, name: string, part: OcrPart, data: DataSource): Metric[] {
  const perReceipt = part.rows.map((r) => fieldsRight(r, part.fields));
  const pooled = (sample: readonly { right: number; total: number }[]) => {
    const t = sample.reduce((a, x) => a + x.total, 0);
    return t ? sample.reduce((a, x) => a + x.right, 0) / t : 0;
  };
  const fieldsTotal = perReceipt.reduce((a, x) => a + x.total, 0);
  const allRight = perReceipt.filter((x) => x.total > 0 && x.right === x.total).length;
  return [
    {
      key: `${prefix}Overall`,
      label: `${name}: fields read right (pooled)`,
      value: pooled(perReceipt),
      better: 'higher',
      unit: 'ratio',
      n: part.rows.length,
      interval: bootstrapInterval(perReceipt, pooled),
      data,
      headline: data === 'third-party',
    },
    rate(`${prefix}AllFieldsRight`, `${name}: receipts with every field right`, allRight, part.rows.length, { data }),
    ...part.fields.map((f) => {
      const cell = part.table.perField[f]!;
      return rate(`${prefix}.${f}`, `${name} ${f}`, cell.right, cell.total, { data });
    }),
    count(`${prefix}Fields`, `${name}: fields scored`, fieldsTotal),
  ];
}

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
  const failures = [...result.fixtures.rows, ...(result.sroie?.rows ?? [])].filter((r) => r.error);
  const partial = result.sroie && options.ocrLimit !== undefined;
  return {
    name: 'ocr',
    title: 'Receipt OCR (发票识别)',
    status: 'ran',
    notes: [
      result.sroie
        ? `SROIE (third-party): ${result.sroie.rows.length} real scanned receipts${partial ? ` — only the first ${options.ocrLimit} (--ocr-limit); the subset has 44 and a few receipts move the figure by tens of points` : ''}; fields: ${result.sroie.fields.join(', ')}.`
        : `SROIE subset skipped: ${result.sroieSkipped}.`,
      `Fixtures (our own data): ${result.fixtures.rows.length} receipts we rendered (zh + en, clean to mildly degraded), so they flatter the reader; tesseract.js offline, ${result.workers} worker(s).`,
    ],
    metrics: [
      ...(result.sroie ? partMetrics('sroie', 'SROIE', result.sroie, 'third-party') : []),
      ...partMetrics('fixtures', 'fixtures', result.fixtures, 'own'),
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
