/**
 * Wiring for receipts and warranty: builds the tesseract reader and the warranty dependencies
 * from configuration. The CLI uses it now; the server and the bot's tools will use the same.
 */
import type { Clock } from '../kernel/clock';
import type { WarrantyDeps } from '../ocr';
import { loadBrandOverrides } from '../ocr/warranty/brand-overrides';
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

export function warrantyDeps(config: Config, clock: Clock): WarrantyDeps {
  return {
    clock,
    timeZone: config.timeZone,
    overrides: loadBrandOverrides(config.warranty.overridesFile),
    minConfidence: config.warranty.minConfidence,
  };
}
