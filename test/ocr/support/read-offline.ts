/**
 * Child process for offline.test.ts: proves the network block reaches worker threads (a
 * control fetch from a worker must be logged), then reads one receipt with a fresh reader.
 */
import { Worker } from 'node:worker_threads';
import fs from 'node:fs';
import { readReceipt } from '../../../ocr/read-receipt';
import { TesseractReceiptReader } from '../../../ocr/tesseract-receipt-reader';

const [image, languageFolder] = process.argv.slice(2) as [string, string];
await new Promise<void>((resolve, reject) => {
  const control = new Worker("fetch('http://control.invalid/').catch(() => {})", { eval: true });
  control.on('exit', () => resolve());
  control.on('error', reject);
});
const reader = new TesseractReceiptReader({ languageFolder, workers: 1, imageTimeoutMs: 60_000, limits: { maxBytes: 8e6, maxPixels: 4e7 } });
try {
  const reading = await readReceipt(reader, fs.readFileSync(image));
  process.stdout.write(JSON.stringify({ date: reading.fields.purchaseDate?.value ?? null }) + '\n');
} finally {
  await reader.close();
}
