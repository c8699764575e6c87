/**
 * Wiring for receipts and warranty: builds the tesseract reader and the warranty dependencies
 * from configuration. The CLI uses it now; the server and the bot's tools will use the same.
 */
import { TesseractReceiptReader } from '../ocr/tesseract-receipt-reader';
import type { Config } from './config';

export function createReceiptReader(config: Config): TesseractReceiptReader {
  return new TesseractReceiptReader({
    languageFolder: config.ocr.languageDir,
    workers: config.ocr.workers,
    imageTimeoutMs: config.ocr.imageTimeoutMs,
    limits: { maxBytes: config.uploads.maxBytes, maxPixels: config.uploads.maxPixels },
  });
}
