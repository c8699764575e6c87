/** The ReceiptReader contract against tesseract.js on the fixture receipts (the only implementation). */
import path from 'node:path';
import { TesseractReceiptReader } from '../../ocr/tesseract-receipt-reader';
import { tempDir } from '../../testing/temp-dir';
import { describeReceiptReaderContract } from './receipt-reader.contract';

describeReceiptReaderContract('TesseractReceiptReader', () => {
  const { dir, cleanup } = tempDir('ocr-contract-');
  const reader = new TesseractReceiptReader({ languageFolder: path.join(dir, 'lang'), workers: 1, imageTimeoutMs: 60_000, limits: { maxBytes: 8 * 1024 * 1024, maxPixels: 40_000_000 } });
  return { reader, cleanup };
});
