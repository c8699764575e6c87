/**
 * What the rest of the product uses from ocr/: the port, the use case, the warranty tool and
 * its schema. The bot imports from here and never from tesseract.js (STYLE.md rule 12).
 */
export type { OcrLine, OcrResult, ReadOptions, ReceiptReader } from './receipt-reader';
export { readReceipt, interpretOcr, type ReceiptReading, type ReceiptWarning } from './read-receipt';
export type { ReceiptFields, PurchaseDateField, Currency } from './fields/extract-fields';
export type { ExtractedField } from './fields/field';
export {
  verifyWarranty,
  verifyWarrantyInputSchema,
  DEFAULT_MIN_CONFIDENCE,
  type VerifyWarrantyInput,
  type WarrantyDecision,
  type WarrantyDeps,
  type WarrantyStatus,
  type Remedy,
} from '../warranty/verify-warranty';
export { receiptEvidence } from './receipt-evidence';
export { DEFAULT_POLICY, PRODUCT_CATEGORIES, COMPONENTS, type ProductCategory, type Component } from '../warranty/policy';
export { loadBrandOverrides, brandOverrides, NO_OVERRIDES, type BrandOverrides } from '../warranty/brand-overrides';
