/**
 * The real tesseract.js reader on the committed fixtures: accuracy per field held above a
 * floor, the injected receipt, and every kind of bad input. One reader (one worker) for the
 * whole file, because each worker costs about a second and 150 MB.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../kernel/clock';
import { AppError } from '../../kernel/errors';
import { interpretOcr, readReceipt, receiptEvidence, verifyWarranty, type ReceiptReading } from '../../ocr';
import { fieldCorrect, scoreAll, SCORED_FIELDS, valuesOf, type ScoredField } from '../../ocr/field-accuracy';
import { TesseractReceiptReader } from '../../ocr/tesseract-receipt-reader';
import { blankImage, pngBomb } from './support/bad-images';
import { fixture, fixtureTruth } from './support/fixtures';

const limits = { maxBytes: 8 * 1024 * 1024, maxPixels: 40_000_000 };
const deps = { clock: new FixedClock('2025-06-01T04:00:00Z'), timeZone: 'Asia/Shanghai' };
let dir: string;
let reader: TesseractReceiptReader;
const readings = new Map<string, ReceiptReading>();
/** A fixture's reading, made once: the first test reads them all, a test run before it reads its own. */
async function readingOf(file: string): Promise<ReceiptReading> {
  if (!readings.has(file)) readings.set(file, await readReceipt(reader, fixture(file)));
  return readings.get(file)!;
}

/** Floors just under what this reader measured on the fixtures (see the report in the log). */
const FLOORS: Record<ScoredField, number> = {
  purchaseDate: 0.9,
  merchant: 0.9,
  total: 0.9,
  currency: 0.9,
  invoiceNumber: 0.9,
  serial: 0.8,
  model: 0.75,
  product: 0.65,
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocr-test-'));
  reader = new TesseractReceiptReader({ languageFolder: path.join(dir, 'lang'), workers: 1, imageTimeoutMs: 60_000, limits });
});

afterAll(async () => {
  await reader.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('TesseractReceiptReader on the fixture receipts', () => {
  it('reads every fixture and holds each field above its floor', async () => {
    const truth = fixtureTruth();
    const rows = [];
    const misses: string[] = [];
    for (const [file, expected] of Object.entries(truth)) {
      const reading = await readingOf(file);
      const got = valuesOf(reading.fields);
      for (const name of SCORED_FIELDS) if (!fieldCorrect(name, got[name], expected[name])) misses.push(`${file} ${name}: got ${JSON.stringify(got[name])}, truth ${JSON.stringify(expected[name])}`);
      rows.push({ got, truth: expected });
    }
    const table = scoreAll(rows);
    console.log('fixture field accuracy:', JSON.stringify(table.perField), 'overall', table.overall, '\nmisses:\n  ' + misses.join('\n  '));
    for (const name of SCORED_FIELDS) expect.soft(table.perField[name]!.accuracy, name).toBeGreaterThanOrEqual(FLOORS[name]);
    expect(table.overall).toBeGreaterThanOrEqual(0.9);
    // Offline data went where it was told, and nothing was written to the working folder.
    expect(fs.readdirSync(path.join(dir, 'lang')).sort()).toEqual(['chi_sim.traineddata.gz', 'eng.traineddata.gz']);
    expect(fs.readdirSync(process.cwd()).filter((f) => f.endsWith('.traineddata'))).toEqual([]);
  }, 240_000);

  it('applies EXIF orientation: the sideways-stored photo reads upright', async () => {
    expect((await readingOf('en-exif-rotated-fridge.jpg')).fields.purchaseDate?.value).toBe('2024-08-21');
  });

  it('ignores instructions printed on a receipt: same fields, same decision as without them (ADVERSARIAL #8)', async () => {
    const reading = await readingOf('zh-injection-water-heater.png');
    expect(reading.warnings).toContain('instructions_ignored');
    expect(reading.ignoredLines.join('\n')).toMatch(/2030/);
    expect(reading.fields.purchaseDate).toMatchObject({ value: '2023-05-10', conflicting: [] });
    const withInjection = verifyWarranty({ category: 'water_heater', receipt: receiptEvidence(reading) }, deps);
    expect(withInjection).toMatchObject({ status: 'expired', dates: { purchased: '2023-05-10', coverEnds: '2024-05-10' }, remedies: ['paid_repair'] });
    // The same receipt with the injected lines cut out decides identically.
    const clean = interpretOcr({ ...reading.ocr, lines: reading.ocr.lines.filter((l) => !/2030/.test(l.text)) });
    expect(verifyWarranty({ category: 'water_heater', receipt: receiptEvidence(clean) }, deps)).toEqual(withInjection);
    expect(JSON.stringify(withInjection)).not.toMatch(/2030|refund/i);
  });

  it('returns no date for a receipt without one, and the decision asks for it', async () => {
    const reading = await readingOf('zh-no-date-washer.png');
    expect(reading.fields.purchaseDate).toBeUndefined();
    expect(reading.warnings).toContain('no_purchase_date');
    expect(verifyWarranty({ category: 'washing_machine', receipt: receiptEvidence(reading) }, deps)).toMatchObject({ status: 'cannot_tell', reasonCode: 'no_purchase_date' });
  });
});

// Not an image, empty, truncated, and closing then reading again: the ReceiptReader contract
// (test/contracts/receipt-reader.contract.ts) holds those for every reader.
describe('TesseractReceiptReader on bad input: a clear answer, never a crash or a hang', () => {
  const refusal = async (bytes: Uint8Array) => {
    // "Never a hang" is the per-image time limit's job, proven below with ocr_timeout.
    const error = await reader.read(bytes).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  };

  it('refuses a 20000x20000 image bomb of a few KB from its header, without decoding it', async () => {
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(20_000);
    const before = process.memoryUsage().rss;
    expect(await refusal(bomb)).toMatchObject({ kind: 'validation', code: 'receipt_too_many_pixels' });
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses an image too small to hold text', async () => {
    const { default: sharp } = await import('sharp');
    const tiny = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    expect(await refusal(tiny)).toMatchObject({ kind: 'validation', code: 'receipt_image_too_small' });
  });

  it('reads a blank image as "no text", with no fields and no decision', async () => {
    const reading = await readReceipt(reader, await blankImage());
    expect(reading.warnings).toEqual(expect.arrayContaining(['no_text', 'no_purchase_date']));
    expect(reading.fields.purchaseDate).toBeUndefined();
    expect(reading.summary.en).toMatch(/No text could be read/);
    expect(verifyWarranty({ category: 'television', receipt: receiptEvidence(reading) }, deps).status).toBe('cannot_tell');
  });

  it('stops an image that overruns its time limit, frees the worker, and keeps working', async () => {
    const hurried = new TesseractReceiptReader({ languageFolder: path.join(dir, 'lang'), workers: 1, imageTimeoutMs: 300, limits });
    try {
      // Preparing the image plus starting a worker takes well over 300 ms.
      await expect(hurried.read(fixture('en-noisy-tv.png'))).rejects.toMatchObject({ code: 'ocr_timeout', retryable: true });
    } finally {
      await hurried.close();
    }
    expect(hurried.workerCount).toBe(0);
    // The shared reader is unaffected.
    const reading = await readReceipt(reader, fixture('en-rotated-kettle.png'));
    expect(reading.fields.purchaseDate?.value).toBe('2025-03-15');
  });

  it('frees its worker when closed and starts one again when next asked', async () => {
    await reader.close();
    expect(reader.workerCount).toBe(0);
    const reading = await readReceipt(reader, fixture('en-clean-phone.png'));
    expect(reading.fields.total?.value).toBe('873.99');
    expect(reader.workerCount).toBe(1);
  });
});
